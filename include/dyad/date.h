// Date: a calendar date with a precision (day, month or year).
#ifndef DYAD_DATE_H_
#define DYAD_DATE_H_

#include <optional>
#include <string>
#include <string_view>

namespace dyad {

enum class Precision { kDay, kMonth, kYear };

struct Date {
  int year = 0;
  int month = 0;  // 1..12, 0 when unknown
  int day = 0;    // 1..31, 0 when unknown
  Precision precision = Precision::kDay;

  bool valid() const { return year != 0; }
  // ISO 8601 at the date's precision: "2022-03-31", "2021-09" or "2013".
  std::string iso() const;
  // Days since 1970-01-01 (proleptic Gregorian), for windows and arithmetic.
  long days() const;
  static Date from_days(long days);
  friend bool operator==(const Date&, const Date&) = default;
};

// Parses "YYYY-MM-DD" strictly (a real calendar date). Returns nullopt otherwise.
std::optional<Date> parse_iso_date(std::string_view s);
int days_in_month(int year, int month);
std::string_view precision_name(Precision p);

}  // namespace dyad

#endif  // DYAD_DATE_H_
