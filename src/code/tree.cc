#include "code/tree.h"

#include <algorithm>

namespace dyad {

DepRelations::DepRelations(const ParserModel& model) : model_(model) {
  for (size_t i = 0; i < model.deprels(); ++i) {
    const std::string_view n = model.deprel_name(static_cast<uint16_t>(i));
    names_.emplace_back(n);
    bases_.emplace_back(n.substr(0, n.find(':')));
  }
}

std::string_view DepRelations::name(uint16_t deprel) const {
  return deprel < names_.size() ? std::string_view(names_[deprel]) : std::string_view();
}

std::string_view DepRelations::base(uint16_t deprel) const {
  return deprel < bases_.size() ? std::string_view(bases_[deprel]) : std::string_view();
}

bool DepRelations::is(uint16_t deprel, std::string_view rel) const {
  return rel.find(':') == std::string_view::npos ? base(deprel) == rel : name(deprel) == rel;
}

Tree::Tree(const Document& doc, const Sentence& s, const DepRelations& rel)
    : doc_(doc), rel_(rel), begin_(s.first_token), end_(s.end_token) {
  parsed_ = doc.syntax.size() >= end_ && end_ > begin_;
  for (uint32_t t = begin_; parsed_ && t < end_; ++t) parsed_ = doc.syntax[t].parsed();
  if (!parsed_) return;
  children_.resize(end_ - begin_);
  for (uint32_t t = begin_; t < end_; ++t) {
    const int h = head(t);
    if (h >= 0) children_[static_cast<uint32_t>(h) - begin_].push_back(t);
  }
}

int Tree::head(uint32_t t) const {
  const TokenSyntax& x = doc_.syntax[t];
  int h = x.head;
  // A host word whose head is its own clitic ("cannot": "can" under "not") takes the clitic's head.
  if (h == static_cast<int>(t)) h = x.clitic_head == static_cast<int>(t) ? -1 : x.clitic_head;
  if (h < static_cast<int>(begin_) || h >= static_cast<int>(end_)) return -1;
  return h;
}

Upos Tree::upos(uint32_t t) const {
  return static_cast<Upos>(doc_.syntax[t].upos);
}

std::string_view Tree::xpos(uint32_t t) const {
  return rel_.model().xpos(doc_.syntax[t].tag);
}

std::string_view Tree::rel(uint32_t t) const {
  return rel_.name(doc_.syntax[t].deprel);
}

bool Tree::is(uint32_t t, std::string_view r) const {
  return rel_.is(doc_.syntax[t].deprel, r);
}

bool Tree::verbal(uint32_t t) const {
  return upos(t) == Upos::VERB || upos(t) == Upos::AUX;
}

const std::vector<uint32_t>& Tree::children(uint32_t t) const {
  return children_[t - begin_];
}

std::vector<uint32_t> Tree::children(uint32_t t, std::string_view r) const {
  std::vector<uint32_t> out;
  for (uint32_t c : children(t))
    if (is(c, r)) out.push_back(c);
  return out;
}

int Tree::child(uint32_t t, std::string_view r) const {
  for (uint32_t c : children(t))
    if (is(c, r)) return static_cast<int>(c);
  return -1;
}

std::string_view Tree::case_word(uint32_t t) const {
  int c = child(t, "case");
  if (c < 0) c = child(t, "mark");
  return c < 0 ? std::string_view() : doc_.norm(doc_.tokens[static_cast<uint32_t>(c)]);
}

std::vector<uint32_t> Tree::conjuncts(uint32_t t) const {
  std::vector<uint32_t> out{t};
  for (size_t k = 0; k < out.size(); ++k)
    for (uint32_t c : children(out[k]))
      if (is(c, "conj") && out.size() < 64) out.push_back(c);
  std::sort(out.begin(), out.end());
  return out;
}

int Tree::subject(uint32_t t) const {
  uint32_t at = t;
  for (int depth = 0; depth < 8; ++depth) {
    for (uint32_t c : children(at))
      if (is(c, "nsubj") || is(c, "csubj")) return antecedent(c);
    const int h = head(at);
    if (h < 0) return -1;
    const uint32_t hu = static_cast<uint32_t>(h);
    if (is(at, "xcomp")) {
      // Object control ("asked France to sell") before subject control ("sought to sell").
      for (uint32_t c : children(hu))
        if (is(c, "obj") || is(c, "iobj")) return static_cast<int>(c);
      at = hu;
      continue;
    }
    if (is(at, "conj") && verbal(at) && verbal(hu)) {
      at = hu;
      continue;
    }
    // An infinitive completing a noun ("his decision to sell", "Russia's offer to supply"): the
    // noun's possessor.
    if (infinitive_of_noun(at)) {
      const int poss = child(hu, "nmod:poss");
      return poss >= 0 ? antecedent(static_cast<uint32_t>(poss)) : -1;
    }
    return -1;
  }
  return -1;
}

bool Tree::passive(uint32_t t) const {
  for (uint32_t c : children(t))
    if (is(c, "nsubj:pass") || is(c, "aux:pass") || is(c, "obl:agent")) return true;
  return is(t, "acl") && !is(t, "acl:relcl") && xpos(t) == "VBN";
}

int Tree::modified_noun(uint32_t t) const {
  return is(t, "acl") ? head(t) : -1;
}

int Tree::antecedent(uint32_t t) const {
  const std::string_view x = xpos(t);
  if (x != "WDT" && x != "WP") return static_cast<int>(t);
  // Climb to the relative clause the pronoun belongs to.
  for (int at = head(t), depth = 0; at >= 0 && depth < 8; at = head(static_cast<uint32_t>(at)), ++depth)
    if (is(static_cast<uint32_t>(at), "acl:relcl")) return head(static_cast<uint32_t>(at));
  return static_cast<int>(t);
}

bool Tree::infinitive_of_noun(uint32_t t) const {
  if (!is(t, "acl") || is(t, "acl:relcl") || head(t) < 0) return false;
  const Upos h = upos(static_cast<uint32_t>(head(t)));
  if (h != Upos::NOUN && h != Upos::PROPN) return false;
  const int m = child(t, "mark");
  return m >= 0 && doc_.norm(doc_.tokens[static_cast<uint32_t>(m)]) == "to";
}

std::vector<uint32_t> Tree::controllers(uint32_t t) const {
  std::vector<uint32_t> out;
  for (uint32_t at = t; (is(at, "xcomp") || infinitive_of_noun(at)) && head(at) >= 0 && out.size() < 8;) {
    at = static_cast<uint32_t>(head(at));
    out.push_back(at);
  }
  return out;
}

bool Tree::clausal(uint32_t t) const {
  if (head(t) < 0) return true;
  if (is(t, "ccomp") || is(t, "advcl") || is(t, "acl") || is(t, "parataxis") || is(t, "csubj") || is(t, "list"))
    return true;
  return is(t, "conj") && verbal(t);
}

uint32_t Tree::clause_head(uint32_t t) const {
  uint32_t at = t;
  for (int depth = 0; depth < 64 && !clausal(at); ++depth) at = static_cast<uint32_t>(head(at));
  return at;
}

bool Tree::in_clause(uint32_t t, uint32_t clause) const {
  uint32_t at = t;
  for (int depth = 0; depth < 64; ++depth) {
    if (at == clause) return true;
    if (clausal(at)) return false;
    at = static_cast<uint32_t>(head(at));
  }
  return false;
}

bool Tree::dominates(uint32_t a, uint32_t t) const {
  int at = static_cast<int>(t);
  for (int depth = 0; at >= 0 && depth < 64; ++depth, at = head(static_cast<uint32_t>(at)))
    if (at == static_cast<int>(a)) return true;
  return false;
}

}  // namespace dyad
