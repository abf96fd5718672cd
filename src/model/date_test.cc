#include "dyad/date.h"

#include <gtest/gtest.h>

namespace dyad {

TEST(DateTest, ParsesStrictIsoDates) {
  auto d = parse_iso_date("2022-04-20");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->year, 2022);
  EXPECT_EQ(d->month, 4);
  EXPECT_EQ(d->day, 20);
  EXPECT_FALSE(parse_iso_date("2022-02-30"));
  EXPECT_FALSE(parse_iso_date("2022-4-20"));
  EXPECT_FALSE(parse_iso_date("20220420"));
  EXPECT_TRUE(parse_iso_date("2024-02-29"));
  EXPECT_FALSE(parse_iso_date("2023-02-29"));
}

TEST(DateTest, DaysRoundTrip) {
  for (long d = -1000; d < 40000; d += 37) EXPECT_EQ(Date::from_days(d).days(), d);
  EXPECT_EQ(parse_iso_date("1970-01-01")->days(), 0);
}

TEST(DateTest, IsoAtPrecision) {
  Date d{2021, 9, 0, Precision::kMonth};
  EXPECT_EQ(d.iso(), "2021-09");
  d.precision = Precision::kYear;
  EXPECT_EQ(d.iso(), "2021");
}

}  // namespace dyad
