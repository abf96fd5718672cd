// Temporal expressions: "On March 31", "last month", "last September",
// "since 2013", "on Tuesday", "two days ago", "in 2023" resolved against the
// document date. Words come from data/time/calendar.tsv.
#ifndef DYAD_DATES_H_
#define DYAD_DATES_H_

#include <optional>
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
  // Word id -> value, as flat vectors indexed by word id: no hashing per token.
  // Invariant: `value[w]` is meaningful only where bit w of `has` is set, and
  // `value` covers every id set in `has`.
  struct WordValues {
    std::vector<uint64_t> has;
    std::vector<int> value;
    void set(uint32_t w, int v);
    std::optional<int> get(uint32_t w) const;
  };
  WordValues month_, weekday_, number_;
  WordValues unit_;                               // day=1, week=7, month=30, year=365
  WordValues relative_;                           // yesterday=-1, today=0, tomorrow=1
  WordValues this_;                               // last=-1, this=0, next=1, past=-1
  std::vector<uint64_t> in_words_, early_words_;  // bitsets by word id (util/word_bits.h)
  uint32_t ago_ = 0, since_ = 0, on_ = 0, of_ = 0;
};

}  // namespace dyad

#endif  // DYAD_DATES_H_
