// The register (dyad/register.h): every item of every transfer becomes a
// mention keyed by (supplier, recipient, designation family) — or, for generic
// items, by their description — and rows() folds each key's mentions into one
// SIPRI-shaped row. Mentions are sorted first (doc id, sentence, offset), so the
// row does not depend on the order documents were added in. Repeated figures
// collapse into one Figure holding its sources; a second quantity for the same
// status is kept as another Figure and flags the row.
//
// Tested by src/aggregate/register_test.cc.
#include "dyad/register.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "dyad/text.h"

namespace dyad {

namespace {

constexpr std::string_view kStatuses[] = {"rumoured", "requested", "offered",   "planned",
                                          "agreed",   "ordered",   "cancelled", "delivered"};

std::string party_key(const Actor& a) {
  return a.country.empty() ? a.code : a.country;
}

bool date_less(const Date& a, const Date& b) {
  return std::tie(a.year, a.month, a.day) < std::tie(b.year, b.month, b.day);
}

// The most frequent value (ties: the smallest), ignoring empty ones.
std::string most_common(const std::vector<std::string>& values) {
  std::map<std::string, int> count;
  for (const std::string& v : values)
    if (!v.empty()) ++count[v];
  std::string best;
  int n = 0;
  for (const auto& [v, c] : count)
    if (c > n) best = v, n = c;
  return best;
}

// The figure a SIPRI-style number column shows: the one given by the most
// sources, then the most documents, then the larger quantity.
std::optional<long> chosen(const std::vector<Figure>& figures, std::string_view status) {
  const Figure* best = nullptr;
  for (const Figure& f : figures) {
    if (f.status != status) continue;
    if (!best || std::tuple(f.sources.size(), f.documents.size(), f.quantity) >
                     std::tuple(best->sources.size(), best->documents.size(), best->quantity))
      best = &f;
  }
  if (!best) return std::nullopt;
  return best->quantity;
}

}  // namespace

int status_rank(std::string_view status) {
  for (size_t i = 0; i < std::size(kStatuses); ++i)
    if (kStatuses[i] == status) return static_cast<int>(i);
  return -1;
}

std::string source_of(std::string_view source, std::string_view url, std::string_view doc_id) {
  if (!source.empty()) return std::string(source);
  if (!url.empty()) {
    std::string_view host = url;
    if (size_t scheme = host.find("://"); scheme != std::string_view::npos) host.remove_prefix(scheme + 3);
    host = host.substr(0, host.find_first_of("/?#"));
    if (size_t at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
    host = host.substr(0, host.find(':'));
    if (host.starts_with("www.")) host.remove_prefix(4);
    if (!host.empty()) {
      std::string h(host);
      for (char& c : h) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
      return h;
    }
  }
  const size_t cut = doc_id.find_first_of("/:");
  return std::string(cut == std::string_view::npos || cut == 0 ? doc_id : doc_id.substr(0, cut));
}

void Register::add(const Transfer& t, const MentionContext& context) {
  for (const Item& item : t.items) {
    Mention m;
    m.supplier = party_key(t.supplier);
    m.supplier_name = t.supplier.name;
    m.recipient = party_key(t.recipient);
    m.recipient_name = t.recipient.name;
    m.designation = item.designation;
    m.variant = item.variant;
    m.description = item.description;
    m.category = item.category;
    m.quantity = item.quantity;
    m.status = t.status;
    if (t.has_date && t.date.valid()) m.date = t.date;
    m.doc_date = context.doc_date ? context.doc_date : m.date;
    m.doc_id = t.doc_id;
    m.source = context.source.empty() ? source_of("", "", t.doc_id) : context.source;
    m.text = context.sentence;
    m.sentence = t.evidence.sentence;
    m.span = t.evidence.span;
    const bool generic = item.designation.empty();
    std::string what =
        generic ? fold(item.description.empty() ? item.text : item.description) : designation_key(item.designation);
    mentions_[{m.supplier, m.recipient, generic ? 1 : 0, std::move(what)}].push_back(std::move(m));
    ++count_;
  }
}

void Register::add(const Document& doc) {
  MentionContext context;
  context.doc_date = doc.date;
  context.source = source_of(doc.source, doc.url, doc.id);
  for (const Transfer& t : doc.transfers) {
    const Span s = t.evidence.span;
    context.sentence = s.end <= doc.text.size() && !s.empty() ? std::string(s.of(doc.text)) : std::string();
    add(t, context);
  }
}

std::vector<RegisterRow> Register::rows() const {
  std::vector<RegisterRow> rows;
  rows.reserve(mentions_.size());
  for (const auto& [key, unsorted] : mentions_) {
    std::vector<const Mention*> ms;
    for (const Mention& m : unsorted) ms.push_back(&m);
    std::sort(ms.begin(), ms.end(), [](const Mention* a, const Mention* b) {
      return std::tie(a->doc_id, a->sentence, a->span.start, a->designation, a->variant, a->description, a->status,
                      a->quantity) < std::tie(b->doc_id, b->sentence, b->span.start, b->designation, b->variant,
                                              b->description, b->status, b->quantity);
    });
    RegisterRow r;
    r.supplier = std::get<0>(key);
    r.recipient = std::get<1>(key);
    std::vector<std::string> sup_names, rec_names, designations, descriptions, categories;
    std::set<std::string> variants, docs, sources;
    std::set<int> order_years, delivery_years;
    std::map<std::tuple<int, std::string, long>, std::pair<std::set<std::string>, std::set<std::string>>> figures;
    std::set<std::pair<std::string, int>> seen_evidence;
    int rank = -2;
    for (const Mention* m : ms) {
      sup_names.push_back(m->supplier_name);
      rec_names.push_back(m->recipient_name);
      designations.push_back(m->designation);
      descriptions.push_back(m->description);
      categories.push_back(m->category);
      if (!m->variant.empty()) variants.insert(m->variant);
      docs.insert(m->doc_id);
      sources.insert(m->source);
      const int sr = status_rank(m->status);
      if (sr > rank) {
        rank = sr;
        r.status = m->status;
      }
      if (m->date) {
        if (m->status == "ordered" || m->status == "agreed") order_years.insert(m->date->year);
        if (m->status == "delivered") delivery_years.insert(m->date->year);
      }
      if (m->quantity) {
        auto& f = figures[{sr, m->status, *m->quantity}];
        f.first.insert(m->source);
        f.second.insert(m->doc_id);
      }
      if (m->doc_date) {
        if (!r.first_mention || date_less(*m->doc_date, *r.first_mention)) r.first_mention = m->doc_date;
        if (!r.last_mention || date_less(*r.last_mention, *m->doc_date)) r.last_mention = m->doc_date;
      }
      if (seen_evidence.insert({m->doc_id, m->sentence}).second)
        r.evidence.push_back({m->doc_id, m->sentence, m->span, m->text, m->status, m->quantity});
    }
    r.supplier_name = most_common(sup_names);
    r.recipient_name = most_common(rec_names);
    r.designation = most_common(designations);
    r.description = most_common(descriptions);
    r.category = most_common(categories);
    r.variants.assign(variants.begin(), variants.end());
    r.order_years.assign(order_years.begin(), order_years.end());
    r.delivery_years.assign(delivery_years.begin(), delivery_years.end());
    r.mentions = ms.size();
    r.documents = docs.size();
    r.sources = sources.size();
    for (const auto& [what, who] : figures) {
      Figure f;
      f.status = std::get<1>(what);
      f.quantity = std::get<2>(what);
      f.sources.assign(who.first.begin(), who.first.end());
      f.documents.assign(who.second.begin(), who.second.end());
      if (!r.figures.empty() && r.figures.back().status == f.status) r.conflict = true;
      r.figures.push_back(std::move(f));
    }
    r.number_ordered = chosen(r.figures, "ordered");
    if (!r.number_ordered) r.number_ordered = chosen(r.figures, "agreed");
    r.number_delivered = chosen(r.figures, "delivered");
    std::sort(r.evidence.begin(), r.evidence.end(), [](const RowEvidence& a, const RowEvidence& b) {
      return std::tie(a.doc_id, a.sentence) < std::tie(b.doc_id, b.sentence);
    });
    rows.push_back(std::move(r));
  }
  return rows;
}

}  // namespace dyad
