// dyad eval on the detection (VOA-style) and arms-transfer gold sets: the same
// matching as ../shared/tools/devscore.py, so the CLI and the scorer agree.
#include <simdjson.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "dyad/eval.h"
#include "read/byte_source.h"

namespace dyad {

namespace {

// Country codes some gold sets use for a state dyad codes by its ISO 3166 alpha-3 code.
std::string country_of(std::string_view code) {
  static constexpr std::pair<std::string_view, std::string_view> kLegacy[] = {
      {"JAP", "JPN"}, {"UK", "GBR"},  {"GER", "DEU"}, {"ROM", "ROU"},
      {"ZAI", "COD"}, {"PAL", "PSE"}, {"SUD", "SDN"}, {"ITL", "ITA"}};
  std::string c(code.substr(0, 3));
  for (char& ch : c) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  if (c == "---") return {};
  for (const auto& [legacy, iso] : kLegacy)
    if (c == legacy) return std::string(iso);
  return c;
}

// The country of one of dyad's actors (its country, else its code), empty when unnamed.
std::string country_of(const Actor& a) {
  return country_of(a.country.empty() ? a.code : a.country);
}

std::string str(simdjson::dom::element e, std::string_view key) {
  std::string_view v;
  return e[key].get_string().get(v) == simdjson::SUCCESS ? std::string(v) : std::string();
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string squeeze(std::string_view s) {  // "F-16 " -> "f16"
  std::string out;
  for (char c : lower(s))
    if (c != '-' && c != ' ') out.push_back(c);
  return out;
}

std::set<std::string> words(const std::string& s) {
  std::set<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && std::isspace(static_cast<unsigned char>(s[i]))) ++i;
    size_t j = i;
    while (j < s.size() && !std::isspace(static_cast<unsigned char>(s[j]))) ++j;
    if (j > i) out.insert(s.substr(i, j - i));
    i = j;
  }
  for (const char* w : {"of", "the", "and", "a"}) out.erase(w);
  return out;
}

struct GoldItem {
  std::string designation, text;
  std::optional<long> quantity;
};

// The same item: designation families that contain one another, else item words in common.
bool same_item(const GoldItem& g, const Item& p) {
  if (!g.designation.empty() && !p.designation.empty()) {
    const std::string a = squeeze(g.designation), b = squeeze(p.designation);
    return a.find(b) != std::string::npos || b.find(a) != std::string::npos;
  }
  const std::string gt = lower(g.text), pt = lower(p.text.empty() ? p.description : p.text);
  if (gt.empty() || pt.empty()) return false;
  if (gt.find(pt) != std::string::npos || pt.find(gt) != std::string::npos) return true;
  const auto a = words(gt), b = words(pt);
  return std::any_of(a.begin(), a.end(), [&](const std::string& w) { return b.count(w) > 0; });
}

// Reads GOLD line by line: `fn(root, line_no)` for each parsed record; malformed lines are
// reported. Returns the number rejected.
template <class Fn>
size_t for_each_record(const std::string& path, std::vector<std::string>& errors, Fn fn) {
  LineReader lines(open_source(path));
  simdjson::dom::parser parser;
  std::string line;
  size_t line_no = 0, rejected = 0;
  while (lines.next(line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    simdjson::dom::element root;
    std::string_view text;
    if (parser.parse(line).get(root) || root["text"].get_string().get(text) || !fn(root, line_no)) {
      ++rejected;
      errors.push_back(path + ":" + std::to_string(line_no) + ": not a gold record");
    }
  }
  return rejected;
}

Document document_of(simdjson::dom::element root, size_t line_no) {
  Document doc;
  doc.text = str(root, "text");
  doc.id = str(root, "id");
  if (doc.id.empty()) doc.id = std::to_string(line_no);
  const std::string date = str(root, "date");
  if (date.size() >= 10) doc.date = parse_iso_date(std::string_view(date).substr(0, 10));
  return doc;
}

}  // namespace

GoldKind gold_kind(const std::string& gold_path) {
  LineReader lines(open_source(gold_path));
  simdjson::dom::parser parser;
  std::string line;
  while (lines.next(line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    simdjson::dom::element root, x;
    if (parser.parse(line).get(root)) return GoldKind::kUnknown;
    if (root["transfers"].get(x) == simdjson::SUCCESS) return GoldKind::kArms;
    if (root["gold"]["types"].get(x) == simdjson::SUCCESS) return GoldKind::kDetection;
    if (root["gold"]["plover"].get(x) == simdjson::SUCCESS) return GoldKind::kPlover;
    return GoldKind::kUnknown;
  }
  return GoldKind::kUnknown;
}

DetectionResult evaluate_detection(const Pipeline& pipeline, const std::string& gold_path) {
  DetectionResult r;
  struct Gold {
    Document doc;
    std::set<std::string> types;
  };
  std::vector<Gold> gold;
  std::set<std::string> scored;  // the types the gold file labels
  r.rejected = for_each_record(gold_path, r.errors, [&](simdjson::dom::element root, size_t line_no) {
    simdjson::dom::array types;
    if (root["gold"]["types"].get_array().get(types)) return false;
    Gold g{document_of(root, line_no), {}};
    for (auto t : types) {
      std::string_view v;
      if (t.get_string().get(v)) return false;
      g.types.emplace(v);
      scored.emplace(v);
    }
    gold.push_back(std::move(g));
    return true;
  });
  for (Gold& g : gold) {
    pipeline.process(g.doc);
    ++r.sentences;
    std::set<std::string> got;
    for (const Event& e : g.doc.events)
      if (scored.count(e.plover_type)) got.insert(e.plover_type);
    std::string missed;
    for (const std::string& t : scored) {
      const bool want = g.types.count(t) > 0, have = got.count(t) > 0;
      Counts& c = r.per_type[t];
      if (want && have) ++c.tp, ++r.overall.tp;
      if (!want && have) ++c.fp, ++r.overall.fp;
      if (want && !have) {
        ++c.fn, ++r.overall.fn;
        missed += " " + t;
      }
    }
    if (!missed.empty()) r.errors.push_back(g.doc.id + ": missed" + missed);
  }
  return r;
}

ArmsEvalResult evaluate_arms(const Pipeline& pipeline, const std::string& gold_path) {
  ArmsEvalResult r;
  struct GoldTransfer {
    std::string supplier, recipient, status;
    std::vector<std::string> status_alt;
    std::vector<GoldItem> items;
  };
  struct Passage {
    Document doc;
    bool positive = false;
    std::vector<GoldTransfer> transfers;
    std::vector<std::string> tags;
  };
  std::vector<Passage> gold;
  std::set<std::string> tags;
  r.rejected = for_each_record(gold_path, r.errors, [&](simdjson::dom::element root, size_t line_no) {
    simdjson::dom::array transfers;
    if (root["transfers"].get_array().get(transfers)) return false;
    Passage p{document_of(root, line_no), false, {}, {}};
    bool positive = false;
    if (root["positive"].get_bool().get(positive) == simdjson::SUCCESS) p.positive = positive;
    for (auto t : transfers) {
      GoldTransfer g;
      g.supplier = country_of(str(t, "supplier"));
      g.recipient = country_of(str(t, "recipient"));
      g.status = str(t, "status");
      simdjson::dom::array a;
      if (t["status_alt"].get_array().get(a) == simdjson::SUCCESS)
        for (auto x : a) {
          std::string_view v;
          if (x.get_string().get(v) == simdjson::SUCCESS) g.status_alt.emplace_back(v);
        }
      if (t["items"].get_array().get(a) == simdjson::SUCCESS)
        for (auto x : a) {
          GoldItem it{str(x, "designation"), str(x, "text"), std::nullopt};
          int64_t q;
          if (x["quantity"].get_int64().get(q) == simdjson::SUCCESS) it.quantity = q;
          g.items.push_back(std::move(it));
        }
      p.transfers.push_back(std::move(g));
    }
    simdjson::dom::array ts;
    if (root["tags"].get_array().get(ts) == simdjson::SUCCESS)
      for (auto x : ts) {
        std::string_view v;
        if (x.get_string().get(v) == simdjson::SUCCESS) {
          p.tags.emplace_back(v);
          tags.emplace(v);
        }
      }
    gold.push_back(std::move(p));
    return true;
  });
  for (const std::string& t : tags) r.without_tag[t];
  for (Passage& p : gold) {
    pipeline.process(p.doc);
    ++r.passages;
    ArmsCounts one;
    std::vector<bool> used(p.doc.transfers.size(), false);
    for (const GoldTransfer& g : p.transfers) {
      bool hit = false;
      for (size_t i = 0; i < p.doc.transfers.size() && !hit; ++i) {
        const Transfer& t = p.doc.transfers[i];
        if (used[i] || country_of(t.supplier) != g.supplier || country_of(t.recipient) != g.recipient) continue;
        for (const GoldItem& gi : g.items)
          for (const Item& pi : t.items)
            if (!hit && same_item(gi, pi)) {
              hit = true;
              used[i] = true;
              if (t.status == g.status ||
                  std::find(g.status_alt.begin(), g.status_alt.end(), t.status) != g.status_alt.end())
                ++one.status_right;
              if (gi.quantity) {
                ++one.quantities;
                if (pi.quantity == gi.quantity) ++one.quantity_right;
              }
            }
      }
      if (hit)
        ++one.transfers.tp;
      else {
        ++one.transfers.fn;
        r.errors.push_back(p.doc.id + ": missed " + (g.supplier.empty() ? "-" : g.supplier) + " -> " +
                           (g.recipient.empty() ? "-" : g.recipient) + " " + g.status);
      }
    }
    one.transfers.fp = static_cast<size_t>(std::count(used.begin(), used.end(), false));
    if (!p.positive) one.on_negatives = p.doc.transfers.size();
    auto add = [&](ArmsCounts& to) {
      to.transfers.tp += one.transfers.tp;
      to.transfers.fp += one.transfers.fp;
      to.transfers.fn += one.transfers.fn;
      to.on_negatives += one.on_negatives;
      to.status_right += one.status_right;
      to.quantities += one.quantities;
      to.quantity_right += one.quantity_right;
    };
    add(r.all);
    for (auto& [tag, counts] : r.without_tag)
      if (std::find(p.tags.begin(), p.tags.end(), tag) == p.tags.end()) add(counts);
  }
  return r;
}

}  // namespace dyad
