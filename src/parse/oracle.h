// The training oracle of the arc-hybrid parser: projectivisation of the gold
// tree and the dynamic oracle's action costs (Goldberg & Nivre 2013).
#ifndef DYAD_PARSE_ORACLE_H_
#define DYAD_PARSE_ORACLE_H_

#include <algorithm>
#include <vector>

#include "parse/model.h"

namespace dyad::parse {

// Lifts non-projective arcs (the shortest first) until the tree is projective.
inline std::vector<int> projectivize(std::vector<int> head) {
  const int n = static_cast<int>(head.size()) - 1;
  auto dominates = [&](int h, int k) {
    for (int x = k, steps = 0; x > 0 && steps <= n; x = head[static_cast<size_t>(x)], ++steps)
      if (x == h) return true;
    return h == 0;
  };
  for (int round = 0; round < 4 * n + 4; ++round) {
    int best = -1, span = 1 << 30;
    for (int d = 1; d <= n; ++d) {
      const int h = head[static_cast<size_t>(d)];
      const int lo = std::min(h, d), hi = std::max(h, d);
      for (int k = lo + 1; k < hi; ++k)
        if (!dominates(h, k)) {
          if (hi - lo < span) span = hi - lo, best = d;
          break;
        }
    }
    if (best < 0) break;
    const int h = head[static_cast<size_t>(best)];
    head[static_cast<size_t>(best)] = h > 0 ? head[static_cast<size_t>(h)] : 0;
  }
  return head;
}

// The dynamic oracle's cost of an action: gold arcs it makes unreachable.
inline int cost(const State& st, int a, const std::vector<int>& gh, const std::vector<std::vector<int>>& kids,
                const std::vector<uint8_t>& in_stack) {
  const int s0 = st.s(0), s1 = st.s(1), b0 = st.b;
  int c = 0;
  if (a == kLeft) {
    const int h = gh[static_cast<size_t>(s0)];
    if (h != b0 && (h == s1 || h > b0)) ++c;
    for (int d : kids[static_cast<size_t>(s0)]) c += d >= b0;
  } else if (a == kRight) {
    const int h = gh[static_cast<size_t>(s0)];
    if (h != s1 && h >= b0) ++c;
    for (int d : kids[static_cast<size_t>(s0)]) c += d >= b0;
  } else {
    const int h = gh[static_cast<size_t>(b0)];
    if (h != s0 && in_stack[static_cast<size_t>(h)]) ++c;
    for (int d : kids[static_cast<size_t>(b0)]) c += in_stack[static_cast<size_t>(d)] != 0;
  }
  return c;
}

// The same cost with stack membership read off the stack itself (beam training,
// where every hypothesis has its own stack).
inline int cost_scan(const State& st, int a, const std::vector<int>& gh, const std::vector<std::vector<int>>& kids) {
  if (a != kShift) {
    static const std::vector<uint8_t> none;
    const int s0 = st.s(0), s1 = st.s(1), b0 = st.b;
    int c = 0;
    const int h = gh[static_cast<size_t>(s0)];
    if (a == kLeft) {
      if (h != b0 && (h == s1 || h > b0)) ++c;
    } else if (h != s1 && h >= b0) {
      ++c;
    }
    for (int d : kids[static_cast<size_t>(s0)]) c += d >= b0;
    return c;
  }
  const int s0 = st.s(0), b0 = st.b;
  auto on_stack = [&](int x) { return std::find(st.stack.begin(), st.stack.end(), x) != st.stack.end(); };
  int c = 0;
  const int h = gh[static_cast<size_t>(b0)];
  if (h != s0 && on_stack(h)) ++c;
  for (int d : kids[static_cast<size_t>(b0)]) c += on_stack(d);
  return c;
}

}  // namespace dyad::parse

#endif  // DYAD_PARSE_ORACLE_H_
