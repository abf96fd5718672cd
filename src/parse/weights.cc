#include "parse/weights.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <stdexcept>

#include "parse/binary.h"

namespace dyad::parse {

namespace {
struct Owned {
  std::vector<Weights::Slot> slots;
  std::vector<Weights::Pair> pairs;
  std::vector<Weights::DenseSlot> dense;
};
}  // namespace

Weights Weights::build(int classes, const std::vector<Entry>& sorted) {
  Weights w;
  w.classes_ = classes;
  size_t features = 0;
  float maxw = 0;
  for (size_t i = 0; i < sorted.size(); ++i) {
    if (i == 0 || sorted[i].key != sorted[i - 1].key) ++features;
    maxw = std::max(maxw, std::fabs(sorted[i].w));
  }
  const float scale = maxw > 0 ? 32767.0f / maxw : 1.0f;
  w.features_ = features;
  auto owned = std::make_shared<Owned>();
  const size_t cap = features + features / 2 + 16;  // load factor at most 2/3
  owned->slots.assign(cap, Slot{});
  owned->pairs.reserve(sorted.size());
  for (size_t i = 0; i < sorted.size();) {
    size_t j = i;
    const uint32_t off = static_cast<uint32_t>(owned->pairs.size());
    while (j < sorted.size() && sorted[j].key == sorted[i].key) {
      const long q = std::lround(sorted[j].w * scale);
      if (q != 0) owned->pairs.push_back({static_cast<int16_t>(q), static_cast<uint16_t>(sorted[j].cls)});
      ++j;
    }
    const uint32_t len = static_cast<uint32_t>(owned->pairs.size() - off);
    if (len > 127 || off >= (1u << 25)) throw std::runtime_error("weights table too large");
    size_t s = home(sorted[i].key, cap);
    while (owned->slots[s].fp != 0)
      if (++s == cap) s = 0;
    owned->slots[s] = {fingerprint(sorted[i].key), off << 7 | len};
    i = j;
  }
  if (classes <= kDense) {  // the same table, weights moved into the slots
    owned->dense.assign(cap, DenseSlot{});
    for (size_t i = 0; i < cap; ++i) {
      const Slot& sl = owned->slots[i];
      if (!sl.fp) continue;
      owned->dense[i].fp = sl.fp;
      for (uint32_t j = 0; j < sl.len(); ++j)
        owned->dense[i].w[owned->pairs[sl.off() + j].cls] = owned->pairs[sl.off() + j].w;
    }
    owned->slots.clear();
    owned->pairs.clear();
    w.dense_ = owned->dense.data();
    w.ndense_ = owned->dense.size();
  }
  w.slots_ = owned->slots.data();
  w.nslots_ = owned->slots.size();
  w.pairs_ = owned->pairs.data();
  w.npairs_ = owned->pairs.size();
  w.owner_ = std::move(owned);
  return w;
}

namespace {
static_assert(std::endian::native == std::endian::little, "the model format is little-endian");
static_assert(sizeof(Weights::Slot) == 8 && sizeof(Weights::Pair) == 4 && sizeof(Weights::DenseSlot) == 12,
              "the model format's record sizes");

template <class T>
void put_array(std::string& out, const T* data, size_t n) {
  put_u64(out, n);
  while (out.size() % 8) out.push_back('\0');
  out.append(reinterpret_cast<const char*>(data), n * sizeof(T));
}

// Points at (or, when misaligned, copies into `copy`) an array written by put_array.
template <class T>
const T* get_array(std::string_view& in, const char* base, size_t& n, std::vector<T>& copy) {
  n = get_u64(in);
  const size_t pad = (8 - static_cast<size_t>(in.data() - base) % 8) % 8;
  need(in, pad);
  in.remove_prefix(pad);
  if (n > in.size() / sizeof(T)) throw std::runtime_error("truncated weights");
  const T* p = reinterpret_cast<const T*>(in.data());
  if (reinterpret_cast<uintptr_t>(in.data()) % alignof(T) != 0) {
    copy.resize(n);
    std::memcpy(copy.data(), in.data(), n * sizeof(T));
    p = copy.data();
  }
  in.remove_prefix(n * sizeof(T));
  return p;
}
}  // namespace

void Weights::save(std::string& out) const {
  put_u32(out, static_cast<uint32_t>(classes_));
  put_u64(out, features_);
  put_array(out, slots_, nslots_);
  put_array(out, pairs_, npairs_);
  put_array(out, dense_, ndense_);
}

Weights Weights::load(std::string_view& in, const char* base, std::shared_ptr<const void> owner) {
  Weights w;
  w.classes_ = static_cast<int>(get_u32(in));
  w.features_ = get_u64(in);
  if (w.classes_ <= 0 || w.classes_ > 65535) throw std::runtime_error("bad class count in weights");
  auto owned = std::make_shared<Owned>();
  w.slots_ = get_array(in, base, w.nslots_, owned->slots);
  w.pairs_ = get_array(in, base, w.npairs_, owned->pairs);
  w.dense_ = get_array(in, base, w.ndense_, owned->dense);
  if (!owned->slots.empty() || !owned->pairs.empty() || !owned->dense.empty() || !owner)
    w.owner_ = std::make_shared<std::pair<std::shared_ptr<const void>, std::shared_ptr<Owned>>>(owner, owned);
  else
    w.owner_ = std::move(owner);
  if ((w.nslots_ == 0) == (w.ndense_ == 0)) throw std::runtime_error("weights table is neither sparse nor dense");
  if (w.ndense_) {
    if (w.classes_ > kDense) throw std::runtime_error("dense weights with too many classes");
    size_t used = 0;
    for (size_t i = 0; i < w.ndense_; ++i) used += w.dense_[i].fp != 0;
    if (used != w.features_ || used == w.ndense_) throw std::runtime_error("weights table inconsistent");
    return w;
  }
  size_t used = 0;
  for (size_t i = 0; i < w.nslots_; ++i) {
    const Slot& s = w.slots_[i];
    if (!s.fp) continue;
    ++used;
    if (static_cast<uint64_t>(s.off()) + s.len() > w.npairs_) throw std::runtime_error("weights out of range");
  }
  for (size_t i = 0; i < w.npairs_; ++i)
    if (w.pairs_[i].cls >= w.classes_) throw std::runtime_error("class out of range in weights");
  if (used != w.features_ || used == w.nslots_) throw std::runtime_error("weights table inconsistent");
  return w;
}

TrainingWeights::TrainingWeights(int classes) : classes_(classes) {
  keys_.assign(1 << 16, 0);
  rows_.assign(1 << 16, 0);
  mask_ = keys_.size() - 1;
}

int64_t TrainingWeights::find(uint64_t key) const {
  size_t i = key & mask_;
  for (;;) {
    if (keys_[i] == key) return rows_[i];
    if (keys_[i] == 0) return -1;
    i = (i + 1) & mask_;
  }
}

void TrainingWeights::grow() {
  std::vector<uint64_t> keys(keys_.size() * 2, 0);
  std::vector<uint32_t> rows(keys.size(), 0);
  const size_t mask = keys.size() - 1;
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (!keys_[i]) continue;
    size_t j = keys_[i] & mask;
    while (keys[j]) j = (j + 1) & mask;
    keys[j] = keys_[i];
    rows[j] = rows_[i];
  }
  keys_.swap(keys);
  rows_.swap(rows);
  mask_ = mask;
}

size_t TrainingWeights::insert(uint64_t key) {
  if ((keys_used_ + 1) * 2 > keys_.size()) grow();
  size_t i = key & mask_;
  for (;;) {
    if (keys_[i] == key) return rows_[i];
    if (keys_[i] == 0) break;
    i = (i + 1) & mask_;
  }
  keys_[i] = key;
  rows_[i] = static_cast<uint32_t>(keys_used_++);
  w_.resize(w_.size() + static_cast<size_t>(classes_), 0.0f);
  total_.resize(total_.size() + static_cast<size_t>(classes_), 0.0);
  stamp_.resize(stamp_.size() + static_cast<size_t>(classes_), now_);
  return rows_[i];
}

void TrainingWeights::add_scores(const uint64_t* keys, int n, float* scores) const {
  for (int i = 0; i < n; ++i) {
    const int64_t r = find(keys[i]);
    if (r < 0) continue;
    const float* w = w_.data() + static_cast<size_t>(r) * static_cast<size_t>(classes_);
    for (int c = 0; c < classes_; ++c) scores[c] += w[c];
  }
}

void TrainingWeights::update(const uint64_t* keys, int n, int cls, float delta) {
  for (int i = 0; i < n; ++i) {
    const size_t at = insert(keys[i]) * static_cast<size_t>(classes_) + static_cast<size_t>(cls);
    total_[at] += static_cast<double>(now_ - stamp_[at]) * w_[at];
    stamp_[at] = now_;
    w_[at] += delta;
  }
}

Weights TrainingWeights::average(float min_abs) const {
  std::vector<Weights::Entry> entries;
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (!keys_[i]) continue;
    const size_t row = rows_[i] * static_cast<size_t>(classes_);
    for (int c = 0; c < classes_; ++c) {
      const size_t at = row + static_cast<size_t>(c);
      const double total = total_[at] + static_cast<double>(now_ - stamp_[at]) * w_[at];
      const float avg = static_cast<float>(total / static_cast<double>(now_));
      if (std::fabs(avg) >= min_abs && avg != 0.0f) entries.push_back({keys_[i], static_cast<uint32_t>(c), avg});
    }
  }
  std::sort(entries.begin(), entries.end(), [](const Weights::Entry& a, const Weights::Entry& b) {
    return a.key != b.key ? a.key < b.key : a.cls < b.cls;
  });
  return Weights::build(classes_, entries);
}

}  // namespace dyad::parse
