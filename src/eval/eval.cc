#include "dyad/eval.h"

#include <simdjson.h>

#include <set>

#include "read/byte_source.h"

namespace dyad {

namespace {

// Country codes some gold sets use for a state dyad codes by its ISO 3166 alpha-3 code
// (older CAMEO and hand-coding variants): the same country, so the same answer.
std::string_view iso_of_legacy(std::string_view gold) {
  static constexpr std::pair<std::string_view, std::string_view> kLegacy[] = {
      {"JAP", "JPN"}, {"ITL", "ITA"}, {"VTN", "VNM"}, {"GER", "DEU"}, {"UK", "GBR"}};
  for (const auto& [legacy, iso] : kLegacy)
    if (gold == legacy) return iso;
  return gold;
}

// Actor codes compare on their leading country/organisation code ("USAGOV" ~ "USA").
bool code_matches(const std::string& ours, const std::string& gold_code) {
  const std::string_view gold = iso_of_legacy(gold_code);
  if (gold.empty() || ours.empty()) return false;
  const size_t n = std::min<size_t>(3, gold.size());
  return std::string_view(ours).substr(0, n) == gold.substr(0, n);
}

bool any_matches(const std::string& ours, const std::vector<std::string>& gold) {
  for (const auto& g : gold)
    if (code_matches(ours, g)) return true;
  return false;
}

std::vector<std::string> codes(simdjson::dom::element gold, const char* key) {
  std::vector<std::string> out;
  simdjson::dom::array arr;
  if (gold[key].get_array().get(arr) != simdjson::SUCCESS) return out;
  for (auto a : arr) {
    std::string_view c;
    if (a["code"].get_string().get(c) == simdjson::SUCCESS) out.emplace_back(c);
  }
  return out;
}

}  // namespace

EvalResult evaluate(const Pipeline& pipeline, const std::string& gold_path) {
  EvalResult r;
  LineReader lines(open_source(gold_path));
  simdjson::dom::parser parser;
  std::string line;
  size_t line_no = 0;
  Document doc;
  while (lines.next(line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    simdjson::dom::element root;
    std::string_view text, type;
    simdjson::dom::element gold;
    if (parser.parse(line).get(root) || root["text"].get_string().get(text) || root["gold"].get(gold) ||
        gold["plover"].get_string().get(type)) {
      ++r.rejected;
      r.errors.push_back(gold_path + ":" + std::to_string(line_no) + ": not a gold record");
      continue;
    }
    doc.reset();
    doc.text.assign(text);
    std::string_view id, date;
    doc.id = root["id"].get_string().get(id) == simdjson::SUCCESS ? std::string(id) : std::to_string(line_no);
    if (root["date"].get_string().get(date) == simdjson::SUCCESS) doc.date = parse_iso_date(date.substr(0, 10));
    pipeline.process(doc);
    const std::string gold_type(type);
    const auto src = codes(gold, "source");
    const auto tgt = codes(gold, "target");
    ++r.sentences;
    r.events += doc.events.size();
    std::set<std::string> predicted;
    bool full = false;
    for (const Event& e : doc.events) {
      if (e.plover_type.empty()) continue;  // a CAMEO code without a PLOVER type (01x)
      predicted.insert(e.plover_type);
      if (e.plover_type != gold_type || !any_matches(e.source.code, src)) continue;
      // No gold target: a symmetric event between the gold sources (or none) is right.
      const bool target_ok = tgt.empty() ? (!e.target || any_matches(e.target->code, src))
                                         : (e.target && any_matches(e.target->code, tgt));
      full = full || target_ok;
    }
    if (predicted.count(gold_type)) ++r.type_correct;
    if (full) ++r.full_correct;
    for (const std::string& p : predicted) {
      Counts& c = r.per_type[p];
      if (p == gold_type) {
        ++c.tp;
        ++r.overall.tp;
      } else {
        ++c.fp;
        ++r.overall.fp;
      }
    }
    if (!predicted.count(gold_type)) {
      ++r.per_type[gold_type].fn;
      ++r.overall.fn;
    }
    if (!full) {
      std::string got;
      for (const Event& e : doc.events)
        got += " " + e.plover_type + "(" + e.source.code + "->" + (e.target ? e.target->code : "-") + ")";
      std::string want = gold_type + "(";
      for (const auto& s : src) want += s + " ";
      want += "->";
      for (const auto& t : tgt) want += " " + t;
      want += ")";
      r.errors.push_back(doc.id + ": want " + want + " got" + (got.empty() ? " nothing" : got));
    }
  }
  return r;
}

}  // namespace dyad
