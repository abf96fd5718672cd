#include "parse/oracle.h"

#include <gtest/gtest.h>

#include <random>

namespace dyad::parse {
namespace {

// A random projective tree over words 1..n: the head of a span is a random word
// of it; the words left and right of it are split into subtrees.
void random_span(int lo, int hi, int head, std::vector<int>& heads, std::mt19937& rng) {
  if (lo > hi) return;
  std::uniform_int_distribution<int> pick(lo, hi);
  const int h = pick(rng);
  heads[static_cast<size_t>(h)] = head;
  // Children of h on each side: consecutive sub-spans.
  for (int a = lo; a < h;) {
    std::uniform_int_distribution<int> end(a, h - 1);
    const int b = end(rng);
    random_span(a, b, h, heads, rng);
    a = b + 1;
  }
  for (int a = h + 1; a <= hi;) {
    std::uniform_int_distribution<int> end(a, hi);
    const int b = end(rng);
    random_span(a, b, h, heads, rng);
    a = b + 1;
  }
}

struct Gold {
  std::vector<int> heads;
  std::vector<std::vector<int>> kids;
};
Gold random_tree(int n, std::mt19937& rng) {
  Gold g;
  g.heads.assign(static_cast<size_t>(n) + 1, 0);
  random_span(1, n, 0, g.heads, rng);
  g.kids.assign(g.heads.size(), {});
  for (int d = 1; d <= n; ++d) g.kids[static_cast<size_t>(g.heads[static_cast<size_t>(d)])].push_back(d);
  return g;
}
// Applies `a` to `st`, keeping `in_stack` in step.
void step(State& st, std::vector<uint8_t>& in_stack, int a) {
  if (a == kShift)
    in_stack[static_cast<size_t>(st.b)] = 1;
  else
    in_stack[static_cast<size_t>(st.s(0))] = 0;
  st.apply(a);
}

// Following zero-cost actions from the start rebuilds every projective tree.
TEST(Oracle, ZeroCostPathRebuildsProjectiveTrees) {
  std::mt19937 rng(7);
  for (int trial = 0; trial < 2000; ++trial) {
    const int n = 1 + trial % 30;
    const Gold g = random_tree(n, rng);
    const std::vector<int>& heads = g.heads;
    const auto& kids = g.kids;
    ASSERT_EQ(projectivize(heads), heads);
    State st;
    st.init(n);
    std::vector<uint8_t> in_stack(heads.size(), 0);
    in_stack[0] = 1;
    while (!st.terminal()) {
      int chosen = -1;
      for (int a = 0; a < kActions; ++a)
        if (st.valid(a) && cost(st, a, heads, kids, in_stack) == 0) {
          chosen = a;
          break;
        }
      ASSERT_GE(chosen, 0) << "no zero-cost action, trial " << trial;
      step(st, in_stack, chosen);
    }
    for (int d = 1; d <= n; ++d) EXPECT_EQ(st.head[static_cast<size_t>(d)], heads[static_cast<size_t>(d)]);
  }
}

// From any state reached by wrong actions, the zero-cost actions still reach
// every arc that was reachable: the final tree loses exactly the cost paid.
TEST(Oracle, CostCountsTheArcsLost) {
  std::mt19937 rng(11);
  for (int trial = 0; trial < 2000; ++trial) {
    const int n = 2 + trial % 25;
    const Gold g = random_tree(n, rng);
    const std::vector<int>& heads = g.heads;
    const auto& kids = g.kids;
    State st;
    st.init(n);
    std::vector<uint8_t> in_stack(heads.size(), 0);
    in_stack[0] = 1;
    int paid = 0;
    while (!st.terminal()) {
      std::vector<int> valid, zero;
      for (int a = 0; a < kActions; ++a)
        if (st.valid(a)) {
          valid.push_back(a);
          if (cost(st, a, heads, kids, in_stack) == 0) zero.push_back(a);
        }
      ASSERT_FALSE(zero.empty());
      int a = zero.front();
      if (std::uniform_int_distribution<int>(0, 3)(rng) == 0)
        a = valid[std::uniform_int_distribution<size_t>(0, valid.size() - 1)(rng)];
      paid += cost(st, a, heads, kids, in_stack);
      step(st, in_stack, a);
    }
    int wrong = 0;
    for (int d = 1; d <= n; ++d) wrong += st.head[static_cast<size_t>(d)] != heads[static_cast<size_t>(d)];
    EXPECT_EQ(wrong, paid) << "trial " << trial;
  }
}

TEST(Oracle, ProjectivizeLiftsCrossingArcs) {
  // Heads 1:3 2:root 3:2 4:1. The arc 3->1 spans word 2 (the root, not under 3), and 1->4
  // spans 2 and 3: both cross. The shorter goes first: 1 to its head's head (2); then 4 to 2.
  const std::vector<int> heads = {0, 3, 0, 2, 1};
  const std::vector<int> p = projectivize(heads);
  EXPECT_EQ(p, (std::vector<int>{0, 2, 0, 2, 2}));
  EXPECT_EQ(projectivize(p), p);
}

}  // namespace
}  // namespace dyad::parse
