// Temporal expressions: "On March 31", "last month", "last September",
// "since 2013", "on Tuesday", "two days ago", "in 2023" resolved against the
// document date. Words come from data/time/calendar.tsv.
#ifndef DYAD_DATES_H_
#define DYAD_DATES_H_

#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dyad/data.h"
#include "dyad/document.h"
#include "dyad/vocabulary.h"

namespace dyad {

struct TimeExpression {
  Date date;
  uint32_t first_token = 0, end_token = 0;
};

class DateRecogniser {
 public:
  void load(const Data& data, Vocabulary& vocab, std::vector<std::string>* errors);
  // The temporal expressions of sentence `si`, resolved against `anchor` (the document date).
  std::vector<TimeExpression> find(const Document& doc, size_t si, const Date& anchor) const;

 private:
  std::unordered_map<uint32_t, int> month_, weekday_, number_;
  std::unordered_map<uint32_t, int> unit_;      // day=1, week=7, month=30, year=365
  std::unordered_map<uint32_t, int> relative_;  // yesterday=-1, today=0, tomorrow=1
  std::unordered_map<uint32_t, int> this_;      // last=-1, this=0, next=1, past=-1
  std::unordered_set<uint32_t> in_words_, early_words_;
  uint32_t ago_ = 0, since_ = 0, on_ = 0, of_ = 0;
};

}  // namespace dyad

#endif  // DYAD_DATES_H_
