// Internals of the tagger and parser shared by parsing and training: the word
// lexicon (ambiguity classes and the tag dictionary), feature extraction, and
// the arc-hybrid transition system (Kuhlmann et al. 2011) with its state.
#ifndef DYAD_PARSE_MODEL_H_
#define DYAD_PARSE_MODEL_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/parse.h"
#include "parse/features.h"
#include "parse/weights.h"

namespace dyad::parse {

constexpr uint16_t kNoTag = 0xFFFF;

// Words seen in training: the set of tags each had (its ambiguity class) and, for
// frequent words that almost always had one tag, that tag (no scoring needed).
class Lexicon {
 public:
  struct Entry {
    uint64_t word = 0;  // 0: empty slot
    uint64_t ambiguity = 0;
    uint16_t tag = kNoTag;  // dictionary tag, or kNoTag
  };
  const Entry* find(uint64_t word) const {
    if (slots_.empty()) return nullptr;
    size_t i = word & mask_;
    for (;;) {
      const Entry& e = slots_[i];
      if (e.word == word) return &e;
      if (e.word == 0) return nullptr;
      i = (i + 1) & mask_;
    }
  }
  size_t size() const { return size_; }
  static Lexicon build(std::vector<Entry> entries);
  void save(std::string& out) const;
  static Lexicon load(std::string_view& in);

 private:
  std::vector<Entry> slots_;
  size_t mask_ = 0, size_ = 0;
};

// Transitions of the arc-hybrid system. LEFT: s0 <- b0 (pop s0); RIGHT: s1 -> s0
// (pop s0); SHIFT: b0 onto the stack. Word 0 is the root, at the stack's bottom.
enum Action : int { kShift = 0, kLeft = 1, kRight = 2, kActions = 3 };

struct State {
  int n = 0;  // words 1..n
  int b = 1;  // buffer front; the buffer is b..n
  std::vector<int> stack;
  std::vector<int> head, label;      // per word; -1 unset
  std::vector<int> l1, l2, r1, r2;   // leftmost two and rightmost two children (0: none)
  std::vector<uint8_t> nl, nr;       // numbers of left and right children
  std::vector<uint64_t> lset, rset;  // labels of left and right children, as bits
  std::vector<uint64_t> marker;      // word of the leftmost ADP/SCONJ/TO child, or 0

  void init(int words);
  bool terminal() const { return b > n && stack.size() == 1; }
  int s(int i) const { return static_cast<int>(stack.size()) > i ? stack[stack.size() - 1 - i] : -1; }
  bool valid(int a) const {
    switch (a) {
      case kShift:
        return b <= n;
      case kLeft:
        return b <= n && stack.size() >= 2;
      case kRight:
        return stack.size() >= 3 || (stack.size() == 2 && b > n);
    }
    return false;
  }
  // The arc an action makes (head, dependent), or {-1, -1} for SHIFT.
  std::pair<int, int> arc(int a) const {
    if (a == kLeft) return {b, s(0)};
    if (a == kRight) return {s(1), s(0)};
    return {-1, -1};
  }
  void apply(int a);
  // Records the label of dependent `d` (made by the last arc); `is_marker`,
  // `word`: whether d marks its head (case/mark words) and its word value.
  void set_label(int d, int lab);
};

// Values of the sentence the features read: words 0..n (0 = root) and their tags.
struct Tagged {
  std::vector<WordFeatures> words;  // [0] is the root
  std::vector<uint16_t> tags;       // [0] is the root (its tag value is special)
  std::vector<uint8_t> marks;       // 1 when the word's tag can mark a head (ADP, SCONJ, TO)
};

constexpr int kMaxFeatures = 96;
// Tagger features of word i (1..n) given the tags already chosen for words < i.
int tagger_features(const Tagged& s, int i, uint64_t* keys);
int parser_features(const Tagged& s, const State& st, uint64_t* keys);
int labeller_features(const Tagged& s, const State& st, int head, int dep, uint64_t* keys);

// Sets the word features of word i of `s` from its form.
void set_word(Tagged& s, int i, std::string_view form, std::string_view folded, const Lexicon& lex);

// The dynamic oracle's cost of an action in a state (training only).
struct Oracle {
  virtual ~Oracle() = default;
  virtual int cost(const State& st, int action) const = 0;
};

// Beam search over transition sequences (Zhang & Clark 2008; Zhang & Nivre 2011).
// Every parse of n words takes 2n transitions, so hypotheses stay in step.
// With an oracle (training), hypotheses carry their cost and actions, and
// decoding stops at the first step no zero-cost hypothesis survives (early
// update): gold_actions and pred_actions are then the two sequences to update on.
struct Beam {
  struct Hyp {
    State st;
    float score = 0;
    int cost = 0;
    std::vector<uint8_t> actions;
  };
  struct Cand {
    float score;
    int parent, action, cost;
  };
  std::vector<Hyp> cur, next;
  std::vector<Cand> cands;
  int live = 0, best = 0;
  bool violation = false;
  std::vector<uint8_t> gold_actions, pred_actions;

  template <class W>
  void decode(const ParserModel::Impl& m, const W& weights, const Tagged& s, int width, const Oracle* oracle);
};

}  // namespace dyad::parse

namespace dyad {

struct ParserModel::Impl {
  std::vector<std::string> tag_names;  // "UPOS\tXPOS"
  std::vector<Upos> tag_upos;
  std::vector<std::string> xpos;
  std::vector<uint8_t> tag_marks;  // tag can mark a head
  std::vector<std::string> deprels;
  int root_label = 0;
  parse::Lexicon lexicon;
  parse::Weights tagger, parser, labeller;
  ParserModel::Info info;

  void set_tags(std::vector<std::string> names);
  // Fills s.words from `words` and tags them (s.tags[1..n]).
  void tag(parse::Tagged& s, const std::vector<ParseWord>& words) const;
  int beam = 1;  // beam width (1: greedy)
  // Parses a tagged sentence: head[i], label[i] for words 1..n.
  void parse(const parse::Tagged& s, parse::State& st) const;
  // Applies a transition and labels the arc it makes.
  void apply_labelled(const parse::Tagged& s, parse::State& st, int action) const;
  // The best label other than root for the arc h -> d (made last) by labeller
  // weights `w` (the model's, or those under training); the features it scored are
  // left in keys[0..*nk).
  template <class W>
  int best_label(const parse::Tagged& s, const parse::State& st, int h, int d, const W& w, uint64_t* keys,
                 int* nk) const {
    float scores[64];
    const int nl = w.classes();
    std::fill(scores, scores + nl, 0.0f);
    *nk = parse::labeller_features(s, st, h, d, keys);
    w.add_scores(keys, *nk, scores);
    int lab = -1;
    for (int c = 0; c < nl; ++c)
      if (c != root_label && (lab < 0 || scores[c] > scores[lab])) lab = c;
    return lab;
  }
  // Records d's label and, when d is a case/mark word left of h, h's marker.
  void record_label(const parse::Tagged& s, parse::State& st, int h, int d, int lab) const {
    st.set_label(d, lab);
    if (s.marks[static_cast<size_t>(d)] && st.marker[static_cast<size_t>(h)] == 0 && d < h)
      st.marker[static_cast<size_t>(h)] = s.words[static_cast<size_t>(d)].word;
  }
};

}  // namespace dyad

#endif  // DYAD_PARSE_MODEL_H_
