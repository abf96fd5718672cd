// Weights of a linear multi-class model over hashed features: the averaged
// perceptron used for training (dense rows, lazy averaging) and the compact table
// it is finalised into for use (each feature's non-zero class weights, stored
// together so one feature costs one probe and one short run of pairs).
#ifndef DYAD_PARSE_WEIGHTS_H_
#define DYAD_PARSE_WEIGHTS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dyad::parse {

// The finalised weights: read-only, shared by all threads.
class Weights {
 public:
  // A feature: the high 32 bits of its key (the low 32 bits chose the slot, so a
  // false match needs two keys equal in 32 + log2(slots) bits), and its pairs.
  struct Slot {
    uint32_t fp = 0;   // 0: empty (keys with high bits 0 are stored as 1)
    uint32_t pos = 0;  // first pair << 7 | number of pairs
    uint32_t off() const { return pos >> 7; }
    uint32_t len() const { return pos & 127; }
  };
  static uint32_t fingerprint(uint64_t key) {
    const uint32_t f = static_cast<uint32_t>(key >> 32);
    return f ? f : 1;
  }
  // A class weight, quantised: the model's scale is dropped since only the
  // order of the scores matters (the argmax).
  struct Pair {
    int16_t w;
    uint16_t cls;
  };

  // Tables of at most kDense classes (the parser's transitions) keep the weights
  // in the slot itself: one cache miss a feature instead of two.
  static constexpr int kDense = 4;
  struct DenseSlot {
    uint32_t fp = 0;
    int16_t w[kDense] = {};
  };

  int classes() const { return classes_; }
  size_t features() const { return features_; }
  size_t pairs() const { return npairs_; }

  // scores[c] += the weights of every key in keys[0..n) (n <= kMaxKeys). The
  // lookups are cache misses into tables of tens of MB, so they go in three
  // passes (prefetch the slots, probe and prefetch the pairs, add) and overlap.
  static constexpr int kMaxKeys = 128;
  void add_scores(const uint64_t* keys, int n, float* scores) const {
    if (ndense_) {
      add_dense(keys, n, scores);
      return;
    }
    if (nslots_ == 0) return;
    size_t at[kMaxKeys];
    for (int i = 0; i < n; ++i) {
      at[i] = home(keys[i], nslots_);
      __builtin_prefetch(slots_ + at[i]);
    }
    const Slot* found[kMaxKeys];
    int m = 0;
    for (int i = 0; i < n; ++i) {
      const Slot* s = probe(keys[i], at[i]);
      if (!s) continue;
      __builtin_prefetch(pairs_ + s->off());
      found[m++] = s;
    }
    for (int i = 0; i < m; ++i) {
      const Pair* p = pairs_ + found[i]->off();
      const uint32_t len = found[i]->len();
      for (uint32_t j = 0; j < len; ++j) scores[p[j].cls] += static_cast<float>(p[j].w);
    }
  }

  // The sparse slot of a key (tables of more than kDense classes), or nullptr.
  const Slot* find(uint64_t key) const { return nslots_ ? probe(key, home(key, nslots_)) : nullptr; }

 private:
  void add_dense(const uint64_t* keys, int n, float* scores) const {
    size_t at[kMaxKeys];
    for (int i = 0; i < n; ++i) {
      at[i] = home(keys[i], ndense_);
      __builtin_prefetch(dense_ + at[i]);
    }
    int32_t sum[kDense] = {0, 0, 0, 0};
    for (int i = 0; i < n; ++i) {
      const uint32_t fp = fingerprint(keys[i]);
      for (size_t j = at[i];;) {
        const DenseSlot& d = dense_[j];
        if (d.fp == fp) {
          for (int c = 0; c < kDense; ++c) sum[c] += d.w[c];
          break;
        }
        if (d.fp == 0) break;
        if (++j == ndense_) j = 0;
      }
    }
    for (int c = 0; c < classes_; ++c) scores[c] += static_cast<float>(sum[c]);
  }
  const Slot* probe(uint64_t key, size_t i) const {
    const uint32_t fp = fingerprint(key);
    for (;;) {
      const Slot& s = slots_[i];
      if (s.fp == fp) return &s;
      if (s.fp == 0) return nullptr;
      if (++i == nslots_) i = 0;
    }
  }

 public:
  // Builds the table from (key, class, weight) triples sorted by key then class;
  // weights are quantised to int16 (the largest magnitude maps to 32767).
  struct Entry {
    uint64_t key;
    uint32_t cls;
    float w;
  };
  static Weights build(int classes, const std::vector<Entry>& sorted);

  // Binary form (little-endian): the table as it is in memory, arrays aligned
  // to 8 bytes from the start of `out`, so a loaded table is used in place.
  void save(std::string& out) const;
  // Reads what save() wrote at `in` (advancing it), pointing into the bytes when
  // they are aligned and `owner` keeps them alive, else copying them. `base` is
  // where the serialised model starts (for the alignment). Throws std::runtime_error.
  static Weights load(std::string_view& in, const char* base, std::shared_ptr<const void> owner);

 private:
  // The slot a key starts probing at: the low 32 bits scaled to the table size.
  static size_t home(uint64_t key, size_t n) { return static_cast<size_t>(((key & 0xffffffffULL) * n) >> 32); }

  int classes_ = 0;
  size_t features_ = 0;
  std::shared_ptr<const void> owner_;  // keeps slots_ and pairs_ alive
  const Slot* slots_ = nullptr;
  size_t nslots_ = 0;
  const Pair* pairs_ = nullptr;
  size_t npairs_ = 0;
  const DenseSlot* dense_ = nullptr;
  size_t ndense_ = 0;
};

// Averaged perceptron weights under training (Collins 2002, lazy averaging).
class TrainingWeights {
 public:
  explicit TrainingWeights(int classes);

  void add_scores(const uint64_t* keys, int n, float* scores) const;
  // w[cls] += delta for every key; the clock advances once per example (tick()).
  void update(const uint64_t* keys, int n, int cls, float delta);
  void tick() { ++now_; }
  int classes() const { return classes_; }
  size_t features() const { return keys_used_; }

  // The averaged weights without those under `min_abs` in magnitude (pruning:
  // they change almost no decision); deterministic (sorted keys).
  Weights average(float min_abs) const;

 private:
  int64_t find(uint64_t key) const;
  size_t insert(uint64_t key);
  void grow();

  int classes_;
  uint64_t now_ = 1;
  std::vector<uint64_t> keys_;  // open addressing, 0 = empty
  std::vector<uint32_t> rows_;  // row of each slot
  size_t mask_ = 0, keys_used_ = 0;
  std::vector<float> w_;         // rows x classes
  std::vector<double> total_;    // accumulated w over time
  std::vector<uint64_t> stamp_;  // time of the last change
};

}  // namespace dyad::parse

#endif  // DYAD_PARSE_WEIGHTS_H_
