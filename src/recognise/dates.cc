#include "dyad/dates.h"

#include <charconv>

#include "dyad/text.h"
#include "util/word_bits.h"

namespace dyad {

void DateRecogniser::WordValues::set(uint32_t w, int v) {
  word_bits_set(has, w);
  if (w >= value.size()) value.resize(w + 1, 0);
  value[w] = v;
}

std::optional<int> DateRecogniser::WordValues::get(uint32_t w) const {
  if (!word_bits_test(has, w)) return std::nullopt;
  return value[w];
}

void DateRecogniser::load(const Data& data, Vocabulary& vocab, std::vector<std::string>* errors) {
  for (const DataFile& f : data.files("time/calendar", ".tsv")) {
    for_each_row(f, [&](int line, const std::vector<std::string_view>& cols) {
      auto fail = [&](const char* why) {
        if (errors) errors->push_back(f.name + ":" + std::to_string(line) + ": " + why);
      };
      if (cols.size() != 3) return fail("expected `class | value | words`");
      if (cols[0] == "keyword") {
        for (std::string_view w : split_list(cols[2])) {
          uint32_t id = vocab.intern(fold(w));
          if (cols[1] == "ago") ago_ = id;
          if (cols[1] == "in") word_bits_set(in_words_, id);
          if (cols[1] == "since") since_ = id;
          if (cols[1] == "on") on_ = id;
          if (cols[1] == "of") of_ = id;
          if (cols[1] == "early") word_bits_set(early_words_, id);
        }
        return;
      }
      int value = 0;
      auto r = std::from_chars(cols[1].data(), cols[1].data() + cols[1].size(), value);
      if (r.ec != std::errc()) return fail("value must be a number");
      WordValues* m = cols[0] == "month"      ? &month_
                      : cols[0] == "weekday"  ? &weekday_
                      : cols[0] == "number"   ? &number_
                      : cols[0] == "unit"     ? &unit_
                      : cols[0] == "relative" ? &relative_
                      : cols[0] == "shift"    ? &this_
                                              : nullptr;
      if (!m) return fail("unknown class");
      for (std::string_view w : split_list(cols[2])) m->set(vocab.intern(fold(w)), value);
    });
  }
}

namespace {

std::optional<int> number_value(std::string_view s) {
  int v = 0;
  if (s.empty() || s.size() > 4) return std::nullopt;
  auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  if (r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nullopt;
  return v;
}

Date add_months(const Date& d, int months) {
  int m = d.year * 12 + (d.month - 1) + months;
  Date out;
  out.year = m / 12;
  out.month = m % 12 + 1;
  out.day = 0;
  out.precision = Precision::kMonth;
  return out;
}

}  // namespace

std::vector<TimeExpression> DateRecogniser::find(const Document& doc, size_t si, const Date& anchor) const {
  std::vector<TimeExpression> out;
  const Sentence& s = doc.sentences[si];
  const auto& T = doc.tokens;
  auto word = [&](size_t i) { return i < s.end_token ? T[i].word : 0u; };
  auto num = [&](size_t i) -> std::optional<int> {
    if (i >= s.end_token) return std::nullopt;
    if (T[i].has(kNumber)) return number_value(doc.norm(T[i]));
    return std::nullopt;
  };
  auto lookup = [](const WordValues& m, uint32_t w) { return m.get(w); };
  auto year_ok = [](int y) { return y >= 1900 && y <= 2100; };
  const long anchor_days = anchor.days();

  for (size_t i = s.first_token; i < s.end_token; ++i) {
    const uint32_t w = T[i].word;
    if (!w && !T[i].has(kNumber)) continue;
    TimeExpression te;
    te.first_token = static_cast<uint32_t>(i);
    std::optional<int> shift;
    if (i > s.first_token) shift = lookup(this_, word(i - 1));
    if (shift) te.first_token = static_cast<uint32_t>(i - 1);

    // Month names: "March 31", "March 31, 2022", "31 March", "March 2021", "last February".
    if (auto m = lookup(month_, w); m && T[i].has(kCapitalised)) {
      Date d;
      d.month = *m;
      size_t e = i + 1;
      int day = 0;
      if (auto n = num(e); n && *n >= 1 && *n <= 31) {
        day = *n;
        ++e;
      } else if (i > s.first_token) {
        if (auto p = num(i - 1); p && *p >= 1 && *p <= 31) {
          day = *p;
          te.first_token = static_cast<uint32_t>(i - 1);
        }
      }
      int year = 0;
      size_t y = e;
      if (y < s.end_token && doc.norm(T[y]) == ",") ++y;
      if (auto n = num(y); n && year_ok(*n)) {
        year = *n;
        e = y + 1;
      }
      if (!day && !year && !shift && !(i > s.first_token && word_bits_test(in_words_, word(i - 1))) &&
          !(i > s.first_token && word(i - 1) == on_))
        if (!(i > s.first_token && word_bits_test(early_words_, word(i - 1)))) continue;  // "May" the verb
      d.day = day;
      d.precision = day ? Precision::kDay : Precision::kMonth;
      if (year) {
        d.year = year;
      } else {
        // The latest such date not after the document date; "last X" strictly before its month.
        d.year = anchor.year;
        Date probe = d;
        if (!day) probe.day = 1;
        if (shift && *shift < 0) {
          if (d.month >= anchor.month) --d.year;
        } else if (shift && *shift > 0) {
          if (d.month <= anchor.month) ++d.year;
        } else if (probe.days() > anchor_days + 7) {
          --d.year;
        }
      }
      if (day && day > days_in_month(d.year, d.month)) continue;
      te.date = d;
      te.end_token = static_cast<uint32_t>(e);
      out.push_back(te);
      i = e - 1;
      continue;
    }
    // Weekdays: "on Tuesday" -> the latest Tuesday not after the document date.
    if (auto wd = lookup(weekday_, w); wd && T[i].has(kCapitalised)) {
      const long anchor_wd = ((anchor_days % 7) + 7 + 3) % 7 + 1;  // 1970-01-01 was a Thursday (4)
      long back = (anchor_wd - *wd + 7) % 7;
      if (shift && *shift < 0 && back == 0) back = 7;
      te.date = Date::from_days(anchor_days - back);
      te.end_token = static_cast<uint32_t>(i + 1);
      out.push_back(te);
      continue;
    }
    // yesterday, today
    if (auto rel = lookup(relative_, w)) {
      te.date = Date::from_days(anchor_days + *rel);
      te.first_token = static_cast<uint32_t>(i);
      te.end_token = static_cast<uint32_t>(i + 1);
      out.push_back(te);
      continue;
    }
    // "last month", "this year", "last week"
    if (auto unit = lookup(unit_, w); unit && shift) {
      Date d = anchor;
      if (*unit == 365) {
        d.year += *shift;
        d.month = d.day = 0;
        d.precision = Precision::kYear;
      } else if (*unit == 30) {
        d = add_months(anchor, *shift);
      } else {
        d = Date::from_days(anchor_days + *shift * *unit);
        d.precision = *unit == 1 ? Precision::kDay : Precision::kMonth;
        if (*unit != 1) d.day = 0;
      }
      te.date = d;
      te.end_token = static_cast<uint32_t>(i + 1);
      out.push_back(te);
      continue;
    }
    // "two days ago", "more than two months ago"
    if (auto unit = lookup(unit_, w); unit && word(i + 1) == ago_ && i > s.first_token) {
      std::optional<int> n = lookup(number_, word(i - 1));
      if (!n) n = num(i - 1);
      if (!n) continue;
      Date d;
      if (*unit == 365) {
        d = anchor;
        d.year -= *n;
        d.month = d.day = 0;
        d.precision = Precision::kYear;
      } else if (*unit == 30) {
        d = add_months(anchor, -*n);
      } else {
        d = Date::from_days(anchor_days - static_cast<long>(*n) * *unit);
        if (*unit != 1) {
          d.precision = Precision::kMonth;
          d.day = 0;
        }
      }
      te.date = d;
      te.first_token = static_cast<uint32_t>(i - 1);
      te.end_token = static_cast<uint32_t>(i + 2);
      out.push_back(te);
      ++i;
      continue;
    }
    // "in 2023", "since 2013", "early 2021"
    if (T[i].has(kNumber) && i > s.first_token &&
        (word_bits_test(in_words_, word(i - 1)) || word(i - 1) == since_ ||
         word_bits_test(early_words_, word(i - 1)))) {
      auto n = num(i);
      if (!n || !year_ok(*n)) continue;
      Date d;
      d.year = *n;
      d.precision = Precision::kYear;
      te.date = d;
      te.first_token = static_cast<uint32_t>(i - 1);
      te.end_token = static_cast<uint32_t>(i + 1);
      out.push_back(te);
    }
  }
  return out;
}

}  // namespace dyad
