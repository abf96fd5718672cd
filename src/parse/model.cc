#include "parse/model.h"

#include <sys/mman.h>
#include <zstd.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <stdexcept>

#include "parse/binary.h"

namespace dyad {

namespace {
constexpr std::array<std::string_view, 18> kUposNames = {"_",     "ADJ",   "ADP",   "ADV", "AUX",  "CCONJ",
                                                         "DET",   "INTJ",  "NOUN",  "NUM", "PART", "PRON",
                                                         "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"};
constexpr std::string_view kMagic = "DYADPARSER1\n";
}  // namespace

std::string_view upos_name(Upos u) {
  return kUposNames[static_cast<size_t>(u)];
}

Upos upos_from_name(std::string_view name) {
  for (size_t i = 1; i < kUposNames.size(); ++i)
    if (kUposNames[i] == name) return static_cast<Upos>(i);
  return Upos::kNone;
}

namespace parse {

namespace {
constexpr uint16_t kRootTag = 0xFFFE;
const uint64_t kStart = str_hash("<s>"), kEnd = str_hash("</s>"), kRootWord = str_hash("<root>");

// Character class of a byte of the original form, for shapes.
inline char shape_class(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return static_cast<char>(c);
}
}  // namespace

void word_features(std::string_view form, std::string_view folded, WordFeatures& f) {
  f.word = str_hash(folded);
  for (size_t k = 0; k < 3; ++k) f.prefix[k] = folded.size() > k ? str_hash(folded.substr(0, k + 1)) ^ (k + 11) : 0;
  for (size_t k = 0; k < 4; ++k)
    f.suffix[k] = folded.size() > k + 1 ? str_hash(folded.substr(folded.size() - k - 1)) ^ (k + 21) : 0;
  uint64_t h = 0xcbf29ce484222325ULL;
  char last = 0;
  int run = 0;
  for (unsigned char c : form) {
    if (c >= 0x80 && (c & 0xC0) == 0x80) continue;  // UTF-8 continuation byte
    const char k = shape_class(c);
    if (k == last && ++run >= 2) continue;  // runs of more than two collapse
    if (k != last) run = 0;
    last = k;
    h = (h ^ static_cast<unsigned char>(k)) * 0x100000001b3ULL;
  }
  f.shape = mix64(h);
}

Lexicon Lexicon::build(std::vector<Entry> entries) {
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.word < b.word; });
  Lexicon lex;
  size_t cap = 16;
  while (cap < entries.size() * 2) cap <<= 1;
  lex.slots_.assign(cap, Entry{});
  lex.mask_ = cap - 1;
  for (const Entry& e : entries) {
    if (e.word == 0) continue;
    size_t i = e.word & lex.mask_;
    while (lex.slots_[i].word != 0 && lex.slots_[i].word != e.word) i = (i + 1) & lex.mask_;
    if (lex.slots_[i].word == 0) ++lex.size_;
    lex.slots_[i] = e;
  }
  return lex;
}

void Lexicon::save(std::string& out) const {
  std::vector<Entry> entries;
  for (const Entry& e : slots_)
    if (e.word) entries.push_back(e);
  std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.word < b.word; });
  put_u64(out, entries.size());
  for (const Entry& e : entries) {
    put_u64(out, e.word);
    put_u64(out, e.ambiguity);
    put_u16(out, e.tag);
  }
}

Lexicon Lexicon::load(std::string_view& in) {
  const uint64_t n = get_u64(in);
  if (n > in.size() / 18) throw std::runtime_error("truncated lexicon");
  std::vector<Entry> entries(n);
  for (Entry& e : entries) {
    e.word = get_u64(in);
    e.ambiguity = get_u64(in);
    e.tag = get_u16(in);
  }
  return build(std::move(entries));
}

void State::init(int words) {
  n = words;
  b = 1;
  stack.clear();
  stack.push_back(0);
  const size_t m = static_cast<size_t>(n) + 1;
  head.assign(m, -1);
  label.assign(m, -1);
  l1.assign(m, 0);
  l2.assign(m, 0);
  r1.assign(m, 0);
  r2.assign(m, 0);
  nl.assign(m, 0);
  nr.assign(m, 0);
  lset.assign(m, 0);
  rset.assign(m, 0);
  marker.assign(m, 0);
}

void State::apply(int a) {
  if (a == kShift) {
    stack.push_back(b++);
    return;
  }
  const auto [h, d] = arc(a);
  stack.pop_back();
  head[static_cast<size_t>(d)] = h;
  const size_t hh = static_cast<size_t>(h);
  if (d < h) {  // left child: arcs to the left come nearest first
    l2[hh] = l1[hh];
    l1[hh] = d;
    if (nl[hh] < 255) ++nl[hh];
  } else {  // right child: arcs to the right come nearest first too
    if (r1[hh] == 0 || d > r1[hh]) {
      r2[hh] = r1[hh];
      r1[hh] = d;
    }
    if (nr[hh] < 255) ++nr[hh];
  }
}

void State::set_label(int d, int lab) {
  label[static_cast<size_t>(d)] = lab;
  const int h = head[static_cast<size_t>(d)];
  if (h < 0) return;
  const uint64_t bit = 1ULL << (lab & 63);
  if (d < h)
    lset[static_cast<size_t>(h)] |= bit;
  else
    rset[static_cast<size_t>(h)] |= bit;
}

namespace {

struct Keys {
  uint64_t* k;
  int n = 0;
  void add(uint32_t t, uint64_t a, uint64_t b = 0, uint64_t c = 0) { k[n++] = fkey(t, a, b, c); }
};

inline const WordFeatures& word_at(const Tagged& s, int i) {
  static const WordFeatures start = [] {
    WordFeatures f;
    f.word = kStart;
    f.shape = kStart;
    return f;
  }();
  static const WordFeatures end = [] {
    WordFeatures f;
    f.word = kEnd;
    f.shape = kEnd;
    return f;
  }();
  if (i < 1) return start;
  if (i >= static_cast<int>(s.words.size())) return end;
  return s.words[static_cast<size_t>(i)];
}

}  // namespace

int tagger_features(const Tagged& s, int i, uint64_t* out) {
  Keys k{out};
  const WordFeatures& w = word_at(s, i);
  const WordFeatures& p1 = word_at(s, i - 1);
  const WordFeatures& p2 = word_at(s, i - 2);
  const WordFeatures& n1 = word_at(s, i + 1);
  const WordFeatures& n2 = word_at(s, i + 2);
  const uint64_t t1 = i >= 2 ? s.tags[static_cast<size_t>(i - 1)] : kNoTag;
  const uint64_t t2 = i >= 3 ? s.tags[static_cast<size_t>(i - 2)] : kNoTag;
  k.add(0, 1);
  k.add(1, w.word);
  for (uint32_t j = 0; j < 4; ++j) k.add(2 + j, w.suffix[j]);
  for (uint32_t j = 0; j < 3; ++j) k.add(6 + j, w.prefix[j]);
  k.add(9, w.shape);
  k.add(10, p1.word);
  k.add(11, n1.word);
  k.add(12, p2.word);
  k.add(13, n2.word);
  k.add(14, t1);
  k.add(15, t1, t2);
  k.add(16, t1, w.word);
  k.add(17, p1.suffix[2]);
  k.add(18, n1.suffix[2]);
  k.add(19, w.ambiguity);
  k.add(20, n1.ambiguity);
  k.add(21, n1.ambiguity, n2.ambiguity);
  k.add(22, n1.shape);
  k.add(23, p1.shape);
  k.add(24, w.word, n1.word);
  k.add(25, p1.word, w.word);
  k.add(26, i == 1, w.shape);
  k.add(27, t1, w.ambiguity);
  k.add(28, w.ambiguity, n1.ambiguity);
  k.add(29, w.shape, w.suffix[2]);
  k.add(30, t1, w.suffix[2]);
  k.add(31, w.known, w.shape, i == 1);
  return k.n;
}

namespace {

inline uint64_t tag_of(const Tagged& s, int i) {
  if (i < 0 || i >= static_cast<int>(s.tags.size())) return kNoTag;
  return s.tags[static_cast<size_t>(i)];
}
inline uint64_t word_of(const Tagged& s, int i) {
  if (i < 0 || i >= static_cast<int>(s.words.size())) return 0;
  return i == 0 ? kRootWord : s.words[static_cast<size_t>(i)].word;
}
inline uint64_t wt(uint64_t w, uint64_t t) {
  return mix64(w ^ (t * 0x9e3779b97f4a7c15ULL));
}
inline uint64_t lab(const State& st, int i) {
  return i > 0 ? static_cast<uint64_t>(st.label[static_cast<size_t>(i)] + 1) : 0;
}
inline uint64_t dist(int a, int b) {
  if (a <= 0 || b <= 0) return 0;
  const int d = b > a ? b - a : a - b;
  return static_cast<uint64_t>(d < 5 ? d : d < 10 ? 5 : 6);
}

}  // namespace

int parser_features(const Tagged& s, const State& st, uint64_t* out) {
  Keys k{out};
  const int s0 = st.s(0), s1 = st.s(1), s2 = st.s(2);
  const int b0 = st.b <= st.n ? st.b : -1, b1 = st.b + 1 <= st.n ? st.b + 1 : -1, b2 = st.b + 2 <= st.n ? st.b + 2 : -1;
  const uint64_t s0w = word_of(s, s0), s0t = tag_of(s, s0), s1w = word_of(s, s1), s1t = tag_of(s, s1);
  const uint64_t s2t = tag_of(s, s2), s2w = word_of(s, s2);
  const uint64_t b0w = word_of(s, b0), b0t = tag_of(s, b0), b1w = word_of(s, b1), b1t = tag_of(s, b1);
  const uint64_t b2w = word_of(s, b2), b2t = tag_of(s, b2);
  const uint64_t s0wt = wt(s0w, s0t), s1wt = wt(s1w, s1t), b0wt = wt(b0w, b0t), b1wt = wt(b1w, b1t);
  const int s0l = s0 > 0 ? st.l1[static_cast<size_t>(s0)] : 0, s0r = s0 > 0 ? st.r1[static_cast<size_t>(s0)] : 0;
  const int s0l2 = s0 > 0 ? st.l2[static_cast<size_t>(s0)] : 0, s0r2 = s0 > 0 ? st.r2[static_cast<size_t>(s0)] : 0;
  const int s1l = s1 > 0 ? st.l1[static_cast<size_t>(s1)] : 0, s1r = s1 > 0 ? st.r1[static_cast<size_t>(s1)] : 0;
  const int s1r2 = s1 > 0 ? st.r2[static_cast<size_t>(s1)] : 0;
  const int b0l = b0 > 0 ? st.l1[static_cast<size_t>(b0)] : 0, b0l2 = b0 > 0 ? st.l2[static_cast<size_t>(b0)] : 0;
  const uint64_t d01 = dist(s0, b0), d10 = dist(s1, s0);
  const uint64_t s0vl = s0 > 0 ? st.nl[static_cast<size_t>(s0)] : 0, s0vr = s0 > 0 ? st.nr[static_cast<size_t>(s0)] : 0;
  const uint64_t s1vr = s1 > 0 ? st.nr[static_cast<size_t>(s1)] : 0, b0vl = b0 > 0 ? st.nl[static_cast<size_t>(b0)] : 0;
  const uint64_t s0ls = s0 > 0 ? st.lset[static_cast<size_t>(s0)] : 0,
                 s0rs = s0 > 0 ? st.rset[static_cast<size_t>(s0)] : 0;
  const uint64_t b0ls = b0 > 0 ? st.lset[static_cast<size_t>(b0)] : 0;
  // single words
  k.add(1, s0w);
  k.add(2, s0t);
  k.add(3, s0wt);
  k.add(4, s1w);
  k.add(5, s1t);
  k.add(6, s1wt);
  k.add(7, b0w);
  k.add(8, b0t);
  k.add(9, b0wt);
  k.add(10, b1w);
  k.add(11, b1t);
  k.add(12, b1wt);
  k.add(13, b2w);
  k.add(14, b2t);
  k.add(15, s2t);
  k.add(16, s2w);
  // pairs
  k.add(17, s0wt, b0wt);
  k.add(18, s0wt, b0w);
  k.add(19, s0w, b0wt);
  k.add(20, s0wt, b0t);
  k.add(21, s0t, b0wt);
  k.add(22, s0w, b0w);
  k.add(23, s0t, b0t);
  k.add(24, b0t, b1t);
  k.add(25, s1wt, s0wt);
  k.add(26, s1w, s0w);
  k.add(27, s1t, s0t);
  k.add(28, s1t, s0wt);
  k.add(29, s1wt, s0t);
  // triples of tags
  k.add(30, b0t, b1t, b2t);
  k.add(31, s0t, b0t, b1t);
  k.add(32, s1t, s0t, b0t);
  k.add(33, s2t, s1t, s0t);
  k.add(34, s1t, s0t, b1t);
  k.add(35, s0t, tag_of(s, s0l), b0t);
  k.add(36, s0t, tag_of(s, s0r), b0t);
  k.add(37, s0t, b0t, tag_of(s, b0l));
  k.add(38, s1t, s0t, tag_of(s, s0l));
  k.add(39, s1t, tag_of(s, s1r), s0t);
  // distance
  k.add(40, s0w, d01);
  k.add(41, s0t, d01);
  k.add(42, b0w, d01);
  k.add(43, b0t, d01);
  k.add(44, s0t, b0t, d01);
  k.add(45, s1t, s0t, d10);
  k.add(46, s1w, s0w, d10);
  // valency
  k.add(47, s0w, s0vr);
  k.add(48, s0t, s0vr);
  k.add(49, s0w, s0vl);
  k.add(50, s0t, s0vl);
  k.add(51, b0w, b0vl);
  k.add(52, b0t, b0vl);
  k.add(53, s1t, s1vr);
  // children
  k.add(54, word_of(s, s0l));
  k.add(55, tag_of(s, s0l));
  k.add(56, lab(st, s0l));
  k.add(57, word_of(s, s0r));
  k.add(58, tag_of(s, s0r));
  k.add(59, lab(st, s0r));
  k.add(60, tag_of(s, s0l2), lab(st, s0l2));
  k.add(61, tag_of(s, s0r2), lab(st, s0r2));
  k.add(62, word_of(s, b0l));
  k.add(63, tag_of(s, b0l));
  k.add(64, lab(st, b0l));
  k.add(65, tag_of(s, b0l2), lab(st, b0l2));
  k.add(66, tag_of(s, s1l), lab(st, s1l));
  k.add(67, tag_of(s, s1r), lab(st, s1r));
  k.add(68, word_of(s, s1r));
  k.add(69, s0t, tag_of(s, s0l), tag_of(s, s0l2));
  k.add(70, s0t, tag_of(s, s0r), tag_of(s, s0r2));
  k.add(71, b0t, tag_of(s, b0l), tag_of(s, b0l2));
  k.add(72, s1t, tag_of(s, s1r), tag_of(s, s1r2));
  // label sets
  k.add(73, s0w, s0ls);
  k.add(74, s0t, s0ls);
  k.add(75, s0w, s0rs);
  k.add(76, s0t, s0rs);
  k.add(77, b0w, b0ls);
  k.add(78, b0t, b0ls);
  // the marker (case/mark word) of s0 and b0, and whether s0 and b1 share a tag
  k.add(79, s0 > 0 ? st.marker[static_cast<size_t>(s0)] : 0, b0t);
  k.add(80, s0 > 0 ? st.marker[static_cast<size_t>(s0)] : 0, s1t, s0t);
  k.add(81, b0 > 0 ? st.marker[static_cast<size_t>(b0)] : 0, s0t);
  k.add(82, s0wt, b1w);
  k.add(83, s0t, b0t, s0 > 0 && s0 + 1 == b0);
  // s1 against b0: whether s0 goes left to s1 or right to b0
  k.add(84, s1t, b0t);
  k.add(85, s1wt, b0t);
  k.add(86, s1t, b0wt);
  k.add(87, s1w, b0w);
  k.add(88, b0w, b1w);
  k.add(89, b0wt, b1t);
  k.add(90, s1t, b0t, dist(s1, b0));
  k.add(91, b0 > 0 ? s.words[static_cast<size_t>(b0)].suffix[2] : 0, b0t);
  k.add(92, s0 > 0 ? s.words[static_cast<size_t>(s0)].suffix[2] : 0, s0t);
  return k.n;
}

int labeller_features(const Tagged& s, const State& st, int h, int d, uint64_t* out) {
  Keys k{out};
  const size_t dd = static_cast<size_t>(d);
  const uint64_t dw = word_of(s, d), dt = tag_of(s, d), hw = word_of(s, h), ht = tag_of(s, h);
  const uint64_t dir = d < h ? 1 : 2, dis = dist(h, d);
  const uint64_t dmark = st.marker[dd];
  const uint64_t hl = h > 0 ? st.lset[static_cast<size_t>(h)] : 0, hr = h > 0 ? st.rset[static_cast<size_t>(h)] : 0;
  const int dl = st.l1[dd], dr = st.r1[dd];
  const int hl1 = h > 0 ? st.l1[static_cast<size_t>(h)] : 0;
  const uint64_t dsuf = d < static_cast<int>(s.words.size()) ? s.words[dd].suffix[2] : 0;
  k.add(101, dw);
  k.add(102, dt);
  k.add(103, dw, dt);
  k.add(104, hw);
  k.add(105, ht);
  k.add(106, hw, ht);
  k.add(107, ht, dt, dir);
  k.add(108, hw, dt, dir);
  k.add(109, ht, dw, dir);
  k.add(110, hw, dw);
  k.add(111, dt, dir, dis);
  k.add(112, dw, dir);
  k.add(113, dmark);
  k.add(114, dmark, ht);
  k.add(115, dmark, dt, ht);
  k.add(116, tag_of(s, dl), dt, lab(st, dl));
  k.add(117, tag_of(s, dr), dt, lab(st, dr));
  k.add(118, st.lset[dd], dt);
  k.add(119, st.rset[dd], dt);
  k.add(120, hl, dir, dt);
  k.add(121, hr, dir, dt);
  k.add(122, dsuf, dt, ht);
  k.add(123, word_of(s, hl1), dt, dir);
  k.add(124, hw, dir);
  k.add(125, ht, dt, hl);
  k.add(126, ht, dt, tag_of(s, d < h ? d + 1 : d - 1));
  k.add(127, dt, ht, word_of(s, st.l2[dd]));
  k.add(128, dw, hw, dir);
  k.add(129, h == 0);
  return k.n;
}

void set_word(Tagged& s, int i, std::string_view form, std::string_view folded, const Lexicon& lex) {
  WordFeatures& f = s.words[static_cast<size_t>(i)];
  word_features(form, folded, f);
  const Lexicon::Entry* e = lex.find(f.word);
  f.known = e != nullptr;
  f.ambiguity = e ? e->ambiguity : 0;
}

}  // namespace parse

void ParserModel::Impl::set_tags(std::vector<std::string> names) {
  tag_names = std::move(names);
  tag_upos.clear();
  xpos.clear();
  tag_marks.clear();
  for (const std::string& t : tag_names) {
    const size_t tab = t.find('\t');
    const std::string u = t.substr(0, tab), x = tab == std::string::npos ? "_" : t.substr(tab + 1);
    tag_upos.push_back(upos_from_name(u));
    xpos.push_back(x);
    tag_marks.push_back(u == "ADP" || u == "SCONJ" || x == "TO");
  }
}

void ParserModel::Impl::tag(parse::Tagged& s, const std::vector<ParseWord>& words) const {
  const int n = static_cast<int>(words.size());
  s.words.resize(static_cast<size_t>(n) + 1);
  s.tags.assign(static_cast<size_t>(n) + 1, parse::kNoTag);
  s.marks.assign(static_cast<size_t>(n) + 1, 0);
  s.words[0] = parse::WordFeatures{};
  s.tags[0] = parse::kRootTag;
  for (int i = 1; i <= n; ++i)
    parse::set_word(s, i, words[static_cast<size_t>(i - 1)].form, words[static_cast<size_t>(i - 1)].folded, lexicon);
  uint64_t keys[parse::kMaxFeatures];
  thread_local std::vector<float> scores;
  scores.resize(static_cast<size_t>(tagger.classes()));
  for (int i = 1; i <= n; ++i) {
    const parse::Lexicon::Entry* e = lexicon.find(s.words[static_cast<size_t>(i)].word);
    uint16_t best = 0;
    if (e && e->tag != parse::kNoTag) {
      best = e->tag;
    } else {
      const int nk = parse::tagger_features(s, i, keys);
      std::fill(scores.begin(), scores.end(), 0.0f);
      tagger.add_scores(keys, nk, scores.data());
      for (size_t c = 1; c < scores.size(); ++c)
        if (scores[c] > scores[best]) best = static_cast<uint16_t>(c);
    }
    s.tags[static_cast<size_t>(i)] = best;
    s.marks[static_cast<size_t>(i)] = tag_marks[best];
  }
}

void ParserModel::Impl::apply_labelled(const parse::Tagged& s, parse::State& st, int action) const {
  using namespace parse;
  const auto [h, d] = st.arc(action);
  st.apply(action);
  if (d < 0) return;
  uint64_t keys[kMaxFeatures];
  int nk = 0;
  record_label(s, st, h, d, h == 0 ? root_label : best_label(s, st, h, d, labeller, keys, &nk));
}

void ParserModel::Impl::parse(const parse::Tagged& s, parse::State& st) const {
  using namespace parse;
  const int n = static_cast<int>(s.words.size()) - 1;
  if (beam > 1) {
    thread_local Beam b;
    b.decode(*this, parser, s, beam, nullptr);
    st = b.cur[b.best].st;
    return;
  }
  st.init(n);
  uint64_t keys[kMaxFeatures];
  while (!st.terminal()) {
    float scores[kActions] = {0, 0, 0};
    const int nk = parser_features(s, st, keys);
    parser.add_scores(keys, nk, scores);
    int best = -1;
    for (int a = 0; a < kActions; ++a)
      if (st.valid(a) && (best < 0 || scores[a] > scores[best])) best = a;
    apply_labelled(s, st, best);
  }
}

namespace parse {

template <class W>
void Beam::decode(const ParserModel::Impl& m, const W& weights, const Tagged& s, int width, const Oracle* oracle) {
  const int n = static_cast<int>(s.words.size()) - 1;
  if (cur.size() < static_cast<size_t>(width)) cur.resize(static_cast<size_t>(width));
  if (next.size() < static_cast<size_t>(width)) next.resize(static_cast<size_t>(width));
  live = 1;
  cur[0].st.init(n);
  cur[0].score = 0;
  cur[0].cost = 0;
  cur[0].actions.clear();
  violation = false;
  uint64_t keys[kMaxFeatures];
  for (int step = 0; step < 2 * n; ++step) {
    cands.clear();
    for (int i = 0; i < live; ++i) {
      const State& st = cur[static_cast<size_t>(i)].st;
      float scores[kActions] = {0, 0, 0};
      const int nk = parser_features(s, st, keys);
      weights.add_scores(keys, nk, scores);
      for (int a = 0; a < kActions; ++a)
        if (st.valid(a)) {
          const int c = oracle ? cur[static_cast<size_t>(i)].cost + oracle->cost(st, a) : 0;
          cands.push_back({cur[static_cast<size_t>(i)].score + scores[a], i, a, c});
        }
    }
    // Best first; ties by parent and action, so decoding is deterministic.
    const size_t keep = std::min(cands.size(), static_cast<size_t>(width));
    std::partial_sort(cands.begin(), cands.begin() + static_cast<long>(keep), cands.end(),
                      [](const Cand& a, const Cand& b) {
                        if (a.score != b.score) return a.score > b.score;
                        return a.parent != b.parent ? a.parent < b.parent : a.action < b.action;
                      });
    if (oracle) {
      bool gold_kept = false;
      for (size_t k = 0; k < keep; ++k) gold_kept = gold_kept || cands[k].cost == 0;
      if (!gold_kept) {  // early update: the best zero-cost candidate against the best one
        const Cand* g = nullptr;
        for (const Cand& c : cands)
          if (c.cost == 0 && (!g || c.score > g->score)) g = &c;
        if (g) {
          gold_actions = cur[static_cast<size_t>(g->parent)].actions;
          gold_actions.push_back(static_cast<uint8_t>(g->action));
          pred_actions = cur[static_cast<size_t>(cands[0].parent)].actions;
          pred_actions.push_back(static_cast<uint8_t>(cands[0].action));
          violation = true;
          return;
        }
      }
    }
    for (size_t k = 0; k < keep; ++k) {
      const Cand& c = cands[k];
      Hyp& h = next[k];
      const Hyp& p = cur[static_cast<size_t>(c.parent)];
      h.st = p.st;
      h.score = c.score;
      h.cost = c.cost;
      if (oracle) {
        h.actions = p.actions;
        h.actions.push_back(static_cast<uint8_t>(c.action));
      }
      m.apply_labelled(s, h.st, c.action);
    }
    live = static_cast<int>(keep);
    std::swap(cur, next);
  }
  best = 0;
  if (oracle && cur[0].cost > 0) {  // the best full parse is wrong: update toward the best right one
    for (int i = 1; i < live; ++i)
      if (cur[static_cast<size_t>(i)].cost == 0) {
        gold_actions = cur[static_cast<size_t>(i)].actions;
        pred_actions = cur[0].actions;
        violation = true;
        break;
      }
  }
}

template void Beam::decode(const ParserModel::Impl&, const Weights&, const Tagged&, int, const Oracle*);
template void Beam::decode(const ParserModel::Impl&, const TrainingWeights&, const Tagged&, int, const Oracle*);

}  // namespace parse

ParserModel::ParserModel(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ParserModel::~ParserModel() = default;

void ParserModel::parse(const std::vector<ParseWord>& words, std::vector<WordSyntax>& out) const {
  thread_local parse::Tagged s;
  thread_local parse::State st;
  out.assign(words.size(), WordSyntax{});
  if (words.empty()) return;
  impl_->tag(s, words);
  impl_->parse(s, st);
  for (size_t i = 0; i < words.size(); ++i) {
    out[i].tag = s.tags[i + 1];
    out[i].head = st.head[i + 1] - 1;
    out[i].deprel = static_cast<uint16_t>(std::max(0, st.label[i + 1]));
  }
}

void ParserModel::tag(const std::vector<ParseWord>& words, std::vector<WordSyntax>& out) const {
  thread_local parse::Tagged s;
  out.assign(words.size(), WordSyntax{});
  if (words.empty()) return;
  impl_->tag(s, words);
  for (size_t i = 0; i < words.size(); ++i) out[i].tag = s.tags[i + 1];
}

Upos ParserModel::upos(uint16_t tag) const {
  return tag < impl_->tag_upos.size() ? impl_->tag_upos[tag] : Upos::kNone;
}
std::string_view ParserModel::upos_name(uint16_t tag) const {
  return dyad::upos_name(upos(tag));
}
std::string_view ParserModel::xpos(uint16_t tag) const {
  return tag < impl_->xpos.size() ? std::string_view(impl_->xpos[tag]) : std::string_view("_");
}
std::string_view ParserModel::deprel_name(uint16_t d) const {
  return d < impl_->deprels.size() ? std::string_view(impl_->deprels[d]) : std::string_view("_");
}
int ParserModel::deprel(std::string_view name) const {
  for (size_t i = 0; i < impl_->deprels.size(); ++i)
    if (impl_->deprels[i] == name) return static_cast<int>(i);
  return -1;
}
int ParserModel::beam() const {
  return impl_->beam;
}
void ParserModel::set_beam(int width) {
  impl_->beam = std::clamp(width, 1, 64);
}
size_t ParserModel::tags() const {
  return impl_->tag_names.size();
}
size_t ParserModel::deprels() const {
  return impl_->deprels.size();
}
const ParserModel::Info& ParserModel::info() const {
  return impl_->info;
}

std::string ParserModel::save(int level) const {
  const Impl& m = *impl_;
  std::string raw(kMagic);
  parse::put_str(raw, m.info.licence);
  parse::put_str(raw, m.info.provenance);
  parse::put_u32(raw, static_cast<uint32_t>(m.tag_names.size()));
  for (const std::string& t : m.tag_names) parse::put_str(raw, t);
  parse::put_u32(raw, static_cast<uint32_t>(m.deprels.size()));
  for (const std::string& d : m.deprels) parse::put_str(raw, d);
  parse::put_u32(raw, static_cast<uint32_t>(m.beam));
  m.lexicon.save(raw);
  m.tagger.save(raw);
  m.parser.save(raw);
  m.labeller.save(raw);
  std::string out(ZSTD_compressBound(raw.size()), '\0');
  const size_t n = ZSTD_compress(out.data(), out.size(), raw.data(), raw.size(), level);
  if (ZSTD_isError(n)) throw std::runtime_error(std::string("model compression failed: ") + ZSTD_getErrorName(n));
  out.resize(n);
  return out;
}

namespace {
// The decompressed model: one anonymous mapping, with transparent huge pages
// asked for (the weight tables are tens of MB; 4 kB pages make loading
// page-fault-bound), used in place by the weight tables.
class ModelBuffer {
 public:
  explicit ModelBuffer(size_t size) : size_((size + kHuge - 1) / kHuge * kHuge) {
    void* p = mmap(nullptr, size_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) throw std::runtime_error("parser model: out of memory");
    madvise(p, size_, MADV_HUGEPAGE);
    data_ = static_cast<char*>(p);
  }
  ~ModelBuffer() { munmap(data_, size_); }
  ModelBuffer(const ModelBuffer&) = delete;
  ModelBuffer& operator=(const ModelBuffer&) = delete;
  char* data() const { return data_; }

 private:
  static constexpr size_t kHuge = 2u << 20;
  size_t size_;
  char* data_ = nullptr;
};
}  // namespace

std::unique_ptr<ParserModel> ParserModel::load(std::string_view bytes) {
  std::shared_ptr<ModelBuffer> buffer;
  if (bytes.size() >= 4 && static_cast<unsigned char>(bytes[0]) == 0x28 &&
      static_cast<unsigned char>(bytes[1]) == 0xB5 && static_cast<unsigned char>(bytes[2]) == 0x2F &&
      static_cast<unsigned char>(bytes[3]) == 0xFD) {
    const unsigned long long size = ZSTD_getFrameContentSize(bytes.data(), bytes.size());
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ULL << 31))
      throw std::runtime_error("parser model: not a readable zstd frame");
    buffer = std::make_shared<ModelBuffer>(size);
    const size_t n = ZSTD_decompress(buffer->data(), size, bytes.data(), bytes.size());
    if (ZSTD_isError(n) || n != size) throw std::runtime_error("parser model: corrupt zstd data");
    bytes = std::string_view(buffer->data(), size);
  } else {
    buffer = std::make_shared<ModelBuffer>(bytes.size());
    std::memcpy(buffer->data(), bytes.data(), bytes.size());
    bytes = std::string_view(buffer->data(), bytes.size());
  }
  const char* base = bytes.data();
  if (!bytes.starts_with(kMagic)) throw std::runtime_error("parser model: not a dyad parser model");
  bytes.remove_prefix(kMagic.size());
  auto impl = std::make_unique<Impl>();
  impl->info.licence = std::string(parse::get_str(bytes));
  impl->info.provenance = std::string(parse::get_str(bytes));
  const uint32_t ntags = parse::get_u32(bytes);
  if (ntags == 0 || ntags > 4096) throw std::runtime_error("parser model: bad tag count");
  std::vector<std::string> tags;
  for (uint32_t i = 0; i < ntags; ++i) tags.emplace_back(parse::get_str(bytes));
  impl->set_tags(std::move(tags));
  const uint32_t nrel = parse::get_u32(bytes);
  if (nrel == 0 || nrel > 64) throw std::runtime_error("parser model: bad relation count");
  for (uint32_t i = 0; i < nrel; ++i) impl->deprels.emplace_back(parse::get_str(bytes));
  const auto root = std::find(impl->deprels.begin(), impl->deprels.end(), "root");
  if (root == impl->deprels.end()) throw std::runtime_error("parser model: no root relation");
  impl->root_label = static_cast<int>(root - impl->deprels.begin());
  impl->beam = static_cast<int>(parse::get_u32(bytes));
  if (impl->beam < 1 || impl->beam > 64) throw std::runtime_error("parser model: bad beam width");
  impl->lexicon = parse::Lexicon::load(bytes);
  impl->tagger = parse::Weights::load(bytes, base, buffer);
  impl->parser = parse::Weights::load(bytes, base, buffer);
  impl->labeller = parse::Weights::load(bytes, base, buffer);
  if (impl->tagger.classes() != static_cast<int>(ntags) || impl->parser.classes() != parse::kActions ||
      impl->labeller.classes() != static_cast<int>(nrel))
    throw std::runtime_error("parser model: tables do not match the tag and relation sets");
  impl->info.tagger_features = impl->tagger.features();
  impl->info.parser_features = impl->parser.features();
  impl->info.labeller_features = impl->labeller.features();
  return std::make_unique<ParserModel>(std::move(impl));
}

}  // namespace dyad
