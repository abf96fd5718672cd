// Tree: a read-only view of one parsed sentence of a Document (Document::syntax)
// as a Universal Dependencies tree, for the coders: children by relation, the
// subject of a predicate (through xcomp control, verb coordination and reduced
// relatives), objects and obliques with their case word, conjuncts, the noun an
// acl/acl:relcl modifies, and the clause a word belongs to.
//
// Token indices are the Document's (not the sentence's). Relations are named as
// in UD ("nsubj", "nsubj:pass"): a name without a subtype matches the relation
// and all its subtypes ("obl" matches "obl:agent" and "obl:tmod"), a name with a
// subtype matches only itself.
#ifndef DYAD_CODE_TREE_H_
#define DYAD_CODE_TREE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/document.h"
#include "dyad/parse.h"

namespace dyad {

// The relation and tag names of one parser model, resolved once (a pipeline
// builds it next to its model and shares it between threads).
class DepRelations {
 public:
  explicit DepRelations(const ParserModel& model);
  const ParserModel& model() const { return model_; }
  std::string_view name(uint16_t deprel) const;  // "nsubj:pass"
  std::string_view base(uint16_t deprel) const;  // "nsubj"
  // Whether relation `deprel` is `rel` ("obl" also matches "obl:agent"; "obl:agent" only itself).
  bool is(uint16_t deprel, std::string_view rel) const;

 private:
  const ParserModel& model_;
  std::vector<std::string> names_, bases_;
};

class Tree {
 public:
  // The tree of sentence `s`; parsed() says whether the parse stage parsed it.
  Tree(const Document& doc, const Sentence& s, const DepRelations& rel);

  bool parsed() const { return parsed_; }
  uint32_t begin() const { return begin_; }
  uint32_t end() const { return end_; }

  int head(uint32_t t) const;  // -1: the root
  Upos upos(uint32_t t) const;
  std::string_view xpos(uint32_t t) const;  // the PTB tag ("VBN")
  std::string_view rel(uint32_t t) const;   // relation to its head ("obl:agent"; "root")
  bool is(uint32_t t, std::string_view rel) const;
  bool verbal(uint32_t t) const;  // VERB or AUX

  // Dependents, in text order.
  const std::vector<uint32_t>& children(uint32_t t) const;
  std::vector<uint32_t> children(uint32_t t, std::string_view rel) const;
  int child(uint32_t t, std::string_view rel) const;  // the first, or -1
  // The case (else mark) word of a nominal ("to" of "to Mali"), folded; empty when none.
  std::string_view case_word(uint32_t t) const;
  // `t` and the words coordinated with it ("tanks, drones and radars"), in text order.
  std::vector<uint32_t> conjuncts(uint32_t t) const;

  // The subject of predicate `t` (nsubj, nsubj:pass, csubj): its own; else, for an
  // xcomp ("sought to sell"), the controller's object if it has one ("asked France to
  // sell"), else the controller's subject; for a verb coordinated with another
  // ("bought and armed"), the first conjunct's; for an infinitive completing a noun
  // ("Russia's offer to supply"), the noun's possessor; for a relative clause whose
  // subject is the relative pronoun, the noun modified. -1 when none.
  int subject(uint32_t t) const;
  // Whether predicate `t` is passive: nsubj:pass, aux:pass or obl:agent among its
  // dependents, or a past participle modifying a noun ("rockets supplied by Iran").
  bool passive(uint32_t t) const;
  // The noun an acl or acl:relcl headed by `t` modifies; -1 when `t` is no such clause.
  int modified_noun(uint32_t t) const;
  // For a relative pronoun ("which", "that") inside a relative clause, the noun it
  // stands for; otherwise `t` itself.
  int antecedent(uint32_t t) const;
  // The controllers of `t` through xcomp or a noun's infinitive, nearest first ("agreed"
  // of "agreed to supply", "offer" of "an offer to supply").
  std::vector<uint32_t> controllers(uint32_t t) const;
  // Whether `t` is an infinitive completing a noun ("decision to sell": acl marked "to").
  bool infinitive_of_noun(uint32_t t) const;

  // The head of the clause `t` belongs to: `t` climbs through its heads until a
  // clausal relation (root, ccomp, advcl, acl, parataxis, csubj, a coordinated verb);
  // xcomp is no boundary ("refused to supply" is one clause).
  uint32_t clause_head(uint32_t t) const;
  // Whether `t` lies in the clause headed by `clause`: in its subtree, without
  // entering an embedded clause.
  bool in_clause(uint32_t t, uint32_t clause) const;
  // Whether `a` dominates `t` (or is `t`).
  bool dominates(uint32_t a, uint32_t t) const;

 private:
  bool clausal(uint32_t t) const;  // `t` starts a clause of its own below its head
  const Document& doc_;
  const DepRelations& rel_;
  uint32_t begin_ = 0, end_ = 0;
  bool parsed_ = false;
  std::vector<std::vector<uint32_t>> children_;
};

}  // namespace dyad

#endif  // DYAD_CODE_TREE_H_
