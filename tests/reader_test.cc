// Readers (contract §1): jsonl, dated-text, text; gzip and zstd; directories; errors.
#include "dyad/reader.h"

#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <atomic>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "temp_dir.h"

namespace dyad {
namespace {

namespace fs = std::filesystem;

using testing::TempDir;

std::string gzip(const std::string& s) {
  z_stream z{};
  EXPECT_EQ(deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&z, s.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(s.data()));
  z.avail_in = static_cast<uInt>(s.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string zstd(const std::string& s) {
  std::string out(ZSTD_compressBound(s.size()), '\0');
  size_t n = ZSTD_compress(out.data(), out.size(), s.data(), s.size(), 19);
  EXPECT_FALSE(ZSTD_isError(n));
  out.resize(n);
  return out;
}

struct Result {
  std::vector<Document> docs;
  std::vector<InputError> errors;
  uint64_t rejected = 0;
  uint64_t bytes = 0;
};

Result read(std::vector<std::string> paths, ReadOptions opt = {}) {
  Result r;
  Reader reader(std::move(paths), opt, [&](const InputError& e) { r.errors.push_back(e); });
  Document doc;
  while (reader.next(doc)) r.docs.push_back(doc);
  r.rejected = reader.rejected();
  r.bytes = reader.bytes();
  return r;
}

std::string errors_of(const Result& r) {
  std::string s;
  for (const auto& e : r.errors) s += e.message() + "\n";
  return s;
}

const char kStory[] =
    "Mali received two combat helicopters from Russia on Wednesday, the defence ministry said. "
    "The aircraft were unloaded at Bamako airport.";

// ---------------------------------------------------------------- jsonl

TEST(ReaderTest, JsonlFields) {
  TempDir dir;
  const std::string f = dir.file(
      "feed.jsonl",
      "{\"id\":\"mali-001\",\"date\":\"2022-04-20\",\"text\":\"Mali received helicopters.\",\"title\":\"Helicopters "
      "arrive\",\"url\":\"https://example.org/mali-001\",\"source\":\"Example Wire\",\"language\":\"en\"}\n"
      "{\"id\":\"mali-002\",\"date\":null,\"text\":\"Troops left Gao.\"}\n");
  Result r = read({f});
  ASSERT_EQ(r.docs.size(), 2u) << errors_of(r);
  EXPECT_TRUE(r.errors.empty());
  const Document& a = r.docs[0];
  EXPECT_EQ(a.id, "mali-001");
  ASSERT_TRUE(a.date);
  EXPECT_EQ(a.date->iso(), "2022-04-20");
  EXPECT_EQ(a.text, "Mali received helicopters.");
  EXPECT_EQ(a.title, "Helicopters arrive");
  EXPECT_EQ(a.url, "https://example.org/mali-001");
  EXPECT_EQ(a.source, "Example Wire");
  EXPECT_EQ(a.language, "en");
  EXPECT_EQ(a.origin.file, f);
  EXPECT_EQ(a.origin.line, 1u);
  EXPECT_EQ(a.ordinal, 0u);
  const Document& b = r.docs[1];
  EXPECT_EQ(b.id, "mali-002");
  EXPECT_FALSE(b.date);
  EXPECT_EQ(b.title, "");
  EXPECT_EQ(b.origin.line, 2u);
  EXPECT_EQ(b.ordinal, 1u);
  EXPECT_EQ(r.bytes, a.text.size() + b.text.size());
  EXPECT_EQ(r.rejected, 0u);
}

TEST(ReaderTest, JsonlSpeakerAndTheDefaultSpeaker) {
  TempDir dir;
  const std::string f =
      dir.file("speeches.jsonl",
               "{\"id\":\"a\",\"date\":null,\"speaker\":\"SYR\",\"text\":\"We thank the Assembly.\"}\n"
               "{\"id\":\"b\",\"date\":null,\"text\":\"We thank the Assembly.\"}\n"
               "{\"id\":\"c\",\"date\":null,\"speaker\":null,\"text\":\"We thank the Assembly.\"}\n"
               "{\"id\":\"d\",\"date\":null,\"speaker\":[\"SYR\"],\"text\":\"We thank the Assembly.\"}\n");
  ReadOptions opt;
  opt.speaker = "IRQ";  // --speaker: for the documents that name none
  Result r = read({f}, opt);
  ASSERT_EQ(r.docs.size(), 3u) << errors_of(r);
  EXPECT_EQ(r.docs[0].speaker, "SYR");
  EXPECT_EQ(r.docs[1].speaker, "IRQ");
  EXPECT_EQ(r.docs[2].speaker, "IRQ");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 4u);
  EXPECT_NE(r.errors[0].reason.find("speaker is not a string"), std::string::npos);
  // Text documents take --speaker.
  const std::string t = dir.file("speech.txt", "We thank the Assembly.");
  r = read({t}, opt);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].speaker, "IRQ");
}

TEST(ReaderTest, JsonlEscapesAndUnicode) {
  TempDir dir;
  const std::string f = dir.file(
      "feed.jsonl", "{\"id\":\"x\",\"text\":\"Colonel Ma\\u00efga said: \\\"We are ready.\\\"\\nThe army agreed.\"}\n");
  Result r = read({f});
  ASSERT_EQ(r.docs.size(), 1u) << errors_of(r);
  EXPECT_EQ(r.docs[0].text, "Colonel Ma\xC3\xAFga said: \"We are ready.\"\nThe army agreed.");
}

TEST(ReaderTest, JsonlNumericIdAndTimestampDate) {
  TempDir dir;
  const std::string f = dir.file(
      "feed.jsonl", "{\"id\":42,\"date\":\"2021-12-23T09:30:00Z\",\"text\":\"Russian instructors arrived.\"}\n");
  Result r = read({f});
  ASSERT_EQ(r.docs.size(), 1u) << errors_of(r);
  EXPECT_EQ(r.docs[0].id, "42");
  ASSERT_TRUE(r.docs[0].date);
  EXPECT_EQ(r.docs[0].date->iso(), "2021-12-23");
}

// Documented coercions (README, "Input formats"): an integer id is its decimal
// digits; a timestamp keeps the date as written, its offset not applied. Anything
// else that is not what the contract asks is rejected as "file:line: reason".
TEST(ReaderTest, JsonlIdAndDateCoercionsAreBoundedAndReported) {
  TempDir dir;
  const std::string f =
      dir.file("feed.jsonl",
               "{\"id\":18446744073709551615,\"date\":\"2022-04-20T23:30:00-05:00\",\"text\":\"A.\"}\n"  // 1
               "{\"id\":-7,\"date\":\"2022-04-20 08:15\",\"text\":\"B.\"}\n"                             // 2
               "{\"id\":\"c\",\"date\":\"2022-04-20T08:15:30.250+0200\",\"text\":\"C.\"}\n"              // 3
               "{\"id\":1.5,\"text\":\"Fraction.\"}\n"                                                   // 4
               "{\"id\":true,\"text\":\"Boolean.\"}\n"                                                   // 5
               "{\"id\":[\"x\"],\"text\":\"Array.\"}\n"                                                  // 6
               "{\"id\":\"d\",\"date\":\"2022-04-20Tnoon\",\"text\":\"Word for a time.\"}\n"             // 7
               "{\"id\":\"e\",\"date\":\"2022-04-20T25:00\",\"text\":\"Hour 25.\"}\n"                    // 8
               "{\"id\":\"f\",\"date\":\"2022-04-20T\",\"text\":\"No time.\"}\n"                         // 9
               "{\"id\":\"g\",\"date\":\"2022-04-20T10:00+5\",\"text\":\"Bad offset.\"}\n");             // 10
  Result r = read({f});
  std::vector<std::string> ids, dates;
  for (const auto& d : r.docs) {
    ids.push_back(d.id);
    dates.push_back(d.date ? d.date->iso() : "");
  }
  EXPECT_EQ(ids, (std::vector<std::string>{"18446744073709551615", "-7", "c"}));
  EXPECT_EQ(dates, (std::vector<std::string>{"2022-04-20", "2022-04-20", "2022-04-20"}));
  std::vector<std::string> messages;
  for (const auto& e : r.errors) messages.push_back(e.message());
  const std::string expected_date = " (expected YYYY-MM-DD, or YYYY-MM-DDThh:mm[:ss[.f]][Z|±hh:mm])";
  EXPECT_EQ(messages, (std::vector<std::string>{
                          f + ":4: id must be a string or an integer",
                          f + ":5: id must be a string or an integer",
                          f + ":6: id must be a string or an integer",
                          f + ":7: invalid date \"2022-04-20Tnoon\"" + expected_date,
                          f + ":8: invalid date \"2022-04-20T25:00\"" + expected_date,
                          f + ":9: invalid date \"2022-04-20T\"" + expected_date,
                          f + ":10: invalid date \"2022-04-20T10:00+5\"" + expected_date,
                      }));
  // --id-from-hash fills a missing id, not one of the wrong type.
  ReadOptions hash;
  hash.id_from_hash = true;
  EXPECT_EQ(read({f}, hash).docs.size(), 3u);
}

TEST(ReaderTest, JsonlBlankLinesCrLfAndNoFinalNewline) {
  TempDir dir;
  const std::string f = dir.file("feed.jsonl",
                                 "{\"id\":\"a\",\"text\":\"First report.\"}\r\n"
                                 "\r\n"
                                 "   \n"
                                 "{\"id\":\"b\",\"text\":\"Second report.\"}");
  Result r = read({f});
  ASSERT_EQ(r.docs.size(), 2u) << errors_of(r);
  EXPECT_EQ(r.docs[0].text, "First report.");
  EXPECT_EQ(r.docs[1].id, "b");
  EXPECT_EQ(r.docs[1].origin.line, 4u);
}

TEST(ReaderTest, ErrorsReportedOnceWithLineNumbers) {
  TempDir dir;
  const std::string f =
      dir.file("mixed.jsonl",
               "{\"id\":\"good-1\",\"date\":\"2022-04-20\",\"text\":\"Mali received radars.\"}\n"  // 1
               "{\"id\":\"bad-json\",\"text\":\"unterminated\n"                                    // 2
               "{\"id\":\"good-2\",\"text\":\"France withdrew its troops.\"}\n"                    // 3
               "{\"id\":\"bad-utf8\",\"text\":\"Bamako \xC3\x28 airport\"}\n"                      // 4
               "\n"                                                                                // 5
               "{\"id\":\"empty\",\"text\":\"  \"}\n"                                              // 6
               "{\"text\":\"A report without an id.\"}\n"                                          // 7
               "{\"id\":\"bad-date\",\"date\":\"2022-13-01\",\"text\":\"Talks resumed.\"}\n"       // 8
               "{\"id\":\"no-text\"}\n"                                                            // 9
               "[1,2,3]\n"                                                                         // 10
               "{\"id\":\"good-3\",\"text\":\"The junta expelled the envoy.\"}\n");                // 11
  Result r = read({f});
  std::vector<std::string> ids;
  for (const auto& d : r.docs) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"good-1", "good-2", "good-3"}));
  ASSERT_EQ(r.errors.size(), 7u) << errors_of(r);
  std::vector<uint64_t> lines;
  for (const auto& e : r.errors) {
    lines.push_back(e.line);
    EXPECT_EQ(e.file, f);
    EXPECT_FALSE(e.reason.empty());
    EXPECT_EQ(e.message().rfind(f + ":" + std::to_string(e.line) + ": ", 0), 0u) << e.message();
  }
  EXPECT_EQ(lines, (std::vector<uint64_t>{2, 4, 6, 7, 8, 9, 10}));
  EXPECT_NE(r.errors[0].reason.find("JSON"), std::string::npos) << r.errors[0].reason;
  EXPECT_NE(r.errors[1].reason.find("UTF-8"), std::string::npos) << r.errors[1].reason;
  EXPECT_NE(r.errors[2].reason.find("empty"), std::string::npos) << r.errors[2].reason;
  EXPECT_NE(r.errors[3].reason.find("id"), std::string::npos) << r.errors[3].reason;
  EXPECT_NE(r.errors[4].reason.find("date"), std::string::npos) << r.errors[4].reason;
  EXPECT_NE(r.errors[5].reason.find("text"), std::string::npos) << r.errors[5].reason;
  EXPECT_EQ(r.rejected, 7u);
  EXPECT_EQ(r.docs[1].origin.line, 3u);
  EXPECT_EQ(r.docs[2].origin.line, 11u);
}

TEST(ReaderTest, IdFromHash) {
  TempDir dir;
  const std::string f = dir.file("noid.jsonl",
                                 "{\"text\":\"Burkina Faso recalled its ambassador.\"}\n"
                                 "{\"id\":\"\",\"text\":\"Niger closed its airspace.\"}\n"
                                 "{\"text\":\"Burkina Faso recalled its ambassador.\"}\n");
  ReadOptions opt;
  opt.id_from_hash = true;
  Result r = read({f}, opt);
  ASSERT_EQ(r.docs.size(), 3u) << errors_of(r);
  EXPECT_TRUE(r.errors.empty());
  EXPECT_FALSE(r.docs[0].id.empty());
  EXPECT_FALSE(r.docs[1].id.empty());
  EXPECT_NE(r.docs[0].id, r.docs[1].id);
  EXPECT_EQ(r.docs[0].id, r.docs[2].id);  // derived from the text: stable
  // Without the option the same lines are rejected.
  Result plain = read({f});
  EXPECT_TRUE(plain.docs.empty());
  EXPECT_EQ(plain.rejected, 3u);
}

TEST(ReaderTest, ExplicitJsonlFormat) {
  TempDir dir;
  const std::string f = dir.file("feed.txt", "{\"id\":\"a\",\"text\":\"Protesters gathered in Niamey.\"}\n");
  ReadOptions opt;
  opt.format = InputFormat::kJsonl;
  Result r = read({f}, opt);
  ASSERT_EQ(r.docs.size(), 1u) << errors_of(r);
  EXPECT_EQ(r.docs[0].id, "a");
}

// ---------------------------------------------------------------- dated-text and text

TEST(ReaderTest, DatedText) {
  TempDir dir;
  const std::string f = dir.file("000_90c7cde4.txt", std::string("date 2022-04-20 ") + kStory + "\n\n");
  Result r = read({f});
  ASSERT_EQ(r.docs.size(), 1u) << errors_of(r);
  const Document& d = r.docs[0];
  EXPECT_EQ(d.id, "000_90c7cde4");
  ASSERT_TRUE(d.date);
  EXPECT_EQ(d.date->iso(), "2022-04-20");
  EXPECT_EQ(d.text, kStory);  // the prefix removed, trailing blank lines too
  EXPECT_EQ(d.origin.file, f);
  EXPECT_EQ(d.origin.line, 1u);
}

TEST(ReaderTest, DatedTextWithNewlineAfterDate) {
  TempDir dir;
  const std::string f = dir.file("story.txt", "date 2021-09-14\nBAMAKO\n\nThe junta denied the reports.");
  Result r = read({f});
  ASSERT_EQ(r.docs.size(), 1u) << errors_of(r);
  EXPECT_EQ(r.docs[0].text, "BAMAKO\n\nThe junta denied the reports.");
  EXPECT_EQ(r.docs[0].date->iso(), "2021-09-14");
  EXPECT_EQ(r.docs[0].id, "story");
}

TEST(ReaderTest, PlainTextWithAndWithoutDate) {
  TempDir dir;
  const std::string f = dir.file("wire.story.txt", kStory);
  Result r = read({f});
  ASSERT_EQ(r.docs.size(), 1u) << errors_of(r);
  EXPECT_EQ(r.docs[0].id, "wire.story");
  EXPECT_FALSE(r.docs[0].date);
  EXPECT_EQ(r.docs[0].text, kStory);

  ReadOptions opt;
  opt.date = parse_iso_date("2022-03-31");
  Result dated = read({f}, opt);
  ASSERT_EQ(dated.docs.size(), 1u);
  ASSERT_TRUE(dated.docs[0].date);
  EXPECT_EQ(dated.docs[0].date->iso(), "2022-03-31");
}

TEST(ReaderTest, DateOptionDoesNotOverrideDatedText) {
  TempDir dir;
  const std::string f = dir.file("d.txt", "date 2022-04-20 The convoy reached Kidal.");
  ReadOptions opt;
  opt.date = parse_iso_date("2020-01-01");
  Result r = read({f}, opt);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].date->iso(), "2022-04-20");
}

TEST(ReaderTest, ForcedTextFormatKeepsDatePrefix) {
  TempDir dir;
  const std::string f = dir.file("d.txt", "date 2022-04-20 The convoy reached Kidal.");
  ReadOptions opt;
  opt.format = InputFormat::kText;
  Result r = read({f}, opt);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text, "date 2022-04-20 The convoy reached Kidal.");
  EXPECT_FALSE(r.docs[0].date);
}

TEST(ReaderTest, ForcedDatedTextWithoutPrefixIsRejected) {
  TempDir dir;
  const std::string f = dir.file("d.txt", "The convoy reached Kidal.");
  ReadOptions opt;
  opt.format = InputFormat::kDatedText;
  Result r = read({f}, opt);
  EXPECT_TRUE(r.docs.empty());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].line, 1u);
  EXPECT_EQ(r.rejected, 1u);
}

TEST(ReaderTest, AutoDetection) {
  TempDir dir;
  const std::string a = dir.file("a.data", "\n  {\"id\":\"j1\",\"text\":\"Chad closed its border.\"}\n");
  const std::string b = dir.file("b.data", "date 2023-07-26 Soldiers detained the president in Niamey.");
  const std::string c = dir.file("c.data", "dated reports say the border is closed.");
  const std::string d = dir.file("d.data", "date 2023-02-30 is not a real date.");
  Result r = read({a, b, c, d});
  ASSERT_EQ(r.docs.size(), 4u) << errors_of(r);
  EXPECT_EQ(r.docs[0].id, "j1");
  EXPECT_EQ(r.docs[1].id, "b");
  EXPECT_EQ(r.docs[1].date->iso(), "2023-07-26");
  EXPECT_EQ(r.docs[1].text, "Soldiers detained the president in Niamey.");
  EXPECT_EQ(r.docs[2].id, "c");
  EXPECT_FALSE(r.docs[2].date);
  EXPECT_EQ(r.docs[2].text, "dated reports say the border is closed.");
  EXPECT_EQ(r.docs[3].text, "date 2023-02-30 is not a real date.");  // not a calendar date: plain text
  EXPECT_FALSE(r.docs[3].date);
  for (size_t i = 0; i < r.docs.size(); ++i) EXPECT_EQ(r.docs[i].ordinal, i);
}

TEST(ReaderTest, ByteOrderMarkStripped) {
  TempDir dir;
  const std::string f = dir.file("bom.txt",
                                 "\xEF\xBB\xBF"
                                 "date 2022-04-20 Troops withdrew from Menaka.");
  Result r = read({f});
  ASSERT_EQ(r.docs.size(), 1u) << errors_of(r);
  ASSERT_TRUE(r.docs[0].date);
  EXPECT_EQ(r.docs[0].text, "Troops withdrew from Menaka.");
}

TEST(ReaderTest, InvalidUtf8TextReportsLine) {
  TempDir dir;
  const std::string bad = dir.file("bad.txt", "First line is fine.\nSecond too.\nThird has \xFF\xFE bytes.\nFourth.\n");
  const std::string good = dir.file("good.txt", "The army said it repelled the attack.");
  Result r = read({bad, good});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "good");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].file, bad);
  EXPECT_EQ(r.errors[0].line, 3u);
  EXPECT_NE(r.errors[0].reason.find("UTF-8"), std::string::npos);
  EXPECT_EQ(r.rejected, 1u);
}

TEST(ReaderTest, EmptyTextFilesRejected) {
  TempDir dir;
  const std::string empty = dir.file("empty.txt", "");
  const std::string blank = dir.file("blank.txt", "  \n\n\t\n");
  const std::string only_date = dir.file("only_date.txt", "date 2022-04-20\n\n");
  const std::string good = dir.file("good.txt", "Officials confirmed the delivery.");
  Result r = read({empty, blank, only_date, good});
  ASSERT_EQ(r.docs.size(), 1u);
  ASSERT_EQ(r.errors.size(), 3u) << errors_of(r);
  EXPECT_EQ(r.errors[0].file, empty);
  EXPECT_EQ(r.errors[1].file, blank);
  EXPECT_EQ(r.errors[2].file, only_date);
  for (const auto& e : r.errors) {
    EXPECT_EQ(e.line, 1u);
    EXPECT_NE(e.reason.find("empty"), std::string::npos) << e.message();
  }
  EXPECT_EQ(r.rejected, 3u);
}

TEST(ReaderTest, MissingFileReportedAndRunContinues) {
  TempDir dir;
  const std::string good = dir.file("good.txt", "The airport reopened.");
  Result r = read({dir.path("does-not-exist.jsonl"), good});
  ASSERT_EQ(r.docs.size(), 1u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].file, dir.path("does-not-exist.jsonl"));
  EXPECT_EQ(r.rejected, 1u);
}

// ---------------------------------------------------------------- compression

TEST(ReaderTest, GzipJsonl) {
  TempDir dir;
  const std::string f = dir.file("feed.jsonl.gz", gzip("{\"id\":\"g1\",\"text\":\"Mali received radars.\"}\n"
                                                       "{\"id\":\"g2\",\"text\":\"Niger expelled the envoy.\"}\n"));
  Result r = read({f});
  ASSERT_EQ(r.docs.size(), 2u) << errors_of(r);
  EXPECT_EQ(r.docs[0].id, "g1");
  EXPECT_EQ(r.docs[1].text, "Niger expelled the envoy.");
  EXPECT_EQ(r.docs[1].origin.line, 2u);
}

TEST(ReaderTest, GzipDatedTextIdDropsBothExtensions) {
  TempDir dir;
  const std::string f = dir.file("001_ab12.txt.gz", gzip(std::string("date 2022-04-20 ") + kStory));
  Result r = read({f});
  ASSERT_EQ(r.docs.size(), 1u) << errors_of(r);
  EXPECT_EQ(r.docs[0].id, "001_ab12");
  EXPECT_EQ(r.docs[0].date->iso(), "2022-04-20");
  EXPECT_EQ(r.docs[0].text, kStory);
}

TEST(ReaderTest, ZstdJsonl) {
  TempDir dir;
  const std::string f =
      dir.file("feed.jsonl.zst", zstd("{\"id\":\"z1\",\"date\":\"2022-01-10\",\"text\":\"ECOWAS imposed "
                                      "sanctions on Mali.\"}\n"));
  Result r = read({f});
  ASSERT_EQ(r.docs.size(), 1u) << errors_of(r);
  EXPECT_EQ(r.docs[0].id, "z1");
  EXPECT_EQ(r.docs[0].text, "ECOWAS imposed sanctions on Mali.");
}

TEST(ReaderTest, ZstdDatedText) {
  TempDir dir;
  const std::string f = dir.file("002_cd34.txt.zst", zstd(std::string("date 2022-04-20 ") + kStory));
  Result r = read({f});
  ASSERT_EQ(r.docs.size(), 1u) << errors_of(r);
  EXPECT_EQ(r.docs[0].id, "002_cd34");
  EXPECT_EQ(r.docs[0].text, kStory);
}

std::string big_jsonl(int n) {
  std::string s;
  for (int i = 0; i < n; ++i)
    s += "{\"id\":\"doc-" + std::to_string(i) + "\",\"date\":\"2022-04-20\",\"text\":\"" + kStory + "\"}\n";
  return s;
}

TEST(ReaderTest, LargeGzipStream) {
  TempDir dir;
  const std::string plain = big_jsonl(3000);  // ~700 KB, compresses very well
  const std::string f = dir.file("big.jsonl.gz", gzip(plain));
  Result r = read({f});
  EXPECT_TRUE(r.errors.empty()) << errors_of(r);
  ASSERT_EQ(r.docs.size(), 3000u);
  EXPECT_EQ(r.docs.back().id, "doc-2999");
}

TEST(ReaderTest, LargeZstdStream) {
  TempDir dir;
  const std::string plain = big_jsonl(3000);
  const std::string f = dir.file("big.jsonl.zst", zstd(plain));
  Result r = read({f});
  EXPECT_TRUE(r.errors.empty()) << errors_of(r);
  ASSERT_EQ(r.docs.size(), 3000u);
  EXPECT_EQ(r.docs.back().id, "doc-2999");
}

TEST(ReaderTest, LargeZstdTextFile) {
  TempDir dir;
  std::string text = "date 2022-04-20 ";
  for (int i = 0; i < 4000; ++i) text += kStory, text += ' ';
  const std::string f = dir.file("long.txt.zst", zstd(text));
  Result r = read({f});
  EXPECT_TRUE(r.errors.empty()) << errors_of(r);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text.size(), text.size() - 16 - 1);
}

TEST(ReaderTest, TruncatedGzipReported) {
  TempDir dir;
  std::string gz = gzip(big_jsonl(50));
  gz.resize(gz.size() / 2);
  const std::string f = dir.file("cut.jsonl.gz", gz);
  const std::string good = dir.file("good.txt", "Talks resumed in Algiers.");
  Result r = read({f, good});
  EXPECT_GE(r.errors.size(), 1u);
  EXPECT_GE(r.rejected, 1u);
  ASSERT_FALSE(r.docs.empty());
  EXPECT_EQ(r.docs.back().id, "good");
  for (const auto& e : r.errors) EXPECT_EQ(e.file, f);
}

// ---------------------------------------------------------------- directories

TEST(ReaderTest, DirectoryWalkSortedSkippingDotFiles) {
  TempDir dir;
  dir.file("b.txt", "Second story.");
  dir.file("a.txt", "First story.");
  dir.file(".hidden.txt", "Should not be read.");
  dir.file(".git/objects.txt", "Should not be read either.");
  dir.file("sub/c.jsonl", "{\"id\":\"c1\",\"text\":\"Nested story.\"}\n");
  dir.file("Z.txt", "Upper-case name sorts first.");
  Result r = read({dir.path()});
  std::vector<std::string> ids;
  for (const auto& d : r.docs) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"Z", "a", "b", "c1"}));
  EXPECT_TRUE(r.errors.empty()) << errors_of(r);

  std::vector<InputError> errors;
  auto paths = expand_paths({dir.path(), dir.path("a.txt")}, &errors);
  EXPECT_EQ(paths, (std::vector<std::string>{dir.path("Z.txt"), dir.path("a.txt"), dir.path("b.txt"),
                                             dir.path("sub/c.jsonl"), dir.path("a.txt")}));
  EXPECT_TRUE(errors.empty());
}

// Every entry the walk cannot read is reported as "path: reason" and the walk
// goes on: loops of links, links into an enclosing directory, dangling links,
// FIFOs (never opened, so never waited on) and sockets.
TEST(ReaderTest, DirectoryWalkReportsWhatItCannotRead) {
  TempDir dir;
  dir.file("a.txt", "First story.");
  dir.file("sub/b.txt", "Second story.");
  dir.file("z/c.txt", "Third story.");
  fs::create_symlink(dir.path("loop2"), dir.path("loop1"));
  fs::create_symlink(dir.path("loop1"), dir.path("loop2"));
  fs::create_symlink("self", dir.path("self"));
  fs::create_symlink(dir.path("missing.txt"), dir.path("dangling.txt"));
  fs::create_directory_symlink(dir.path(), dir.path("sub/up"));
  fs::create_symlink(dir.path("a.txt"), dir.path("z/link.txt"));
  ASSERT_EQ(::mkfifo(dir.path("pipe").c_str(), 0600), 0);
  const int sock = ::socket(AF_UNIX, SOCK_STREAM, 0);
  ASSERT_GE(sock, 0);
  sockaddr_un addr{};
  addr.sun_family = AF_UNIX;
  const std::string sock_path = dir.path("sock");
  ASSERT_LT(sock_path.size(), sizeof addr.sun_path);
  std::memcpy(addr.sun_path, sock_path.c_str(), sock_path.size() + 1);
  ASSERT_EQ(::bind(sock, reinterpret_cast<const sockaddr*>(&addr), sizeof addr), 0);

  Result r = read({dir.path()});
  ::close(sock);
  std::vector<std::string> ids;
  for (const auto& d : r.docs) ids.push_back(d.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b", "c", "link"}));
  std::vector<std::string> messages;
  for (const auto& e : r.errors) messages.push_back(e.message());
  EXPECT_EQ(messages, (std::vector<std::string>{
                          dir.path("dangling.txt") + ": dangling symbolic link",
                          dir.path("loop1") + ": symbolic link loop",
                          dir.path("loop2") + ": symbolic link loop",
                          dir.path("pipe") + ": not read: a FIFO",
                          dir.path("self") + ": symbolic link loop",
                          dir.path("sock") + ": not read: a socket",
                          dir.path("sub/up") + ": symbolic link loop (leads back to a directory that contains it)",
                      }));
  EXPECT_EQ(r.rejected, messages.size());
}

// An unreadable subdirectory is reported, not skipped. Root reads any directory,
// so the test needs a user that permissions apply to.
TEST(ReaderTest, DirectoryWalkReportsAnUnreadableSubdirectory) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads any directory (CliTest.UnreadableSubdirectory covers it as nobody)";
  TempDir dir;
  dir.file("a.txt", "First story.");
  dir.file("locked/b.txt", "Second story.");
  fs::permissions(dir.path("locked"), fs::perms::none);
  Result r = read({dir.path()});
  fs::permissions(dir.path("locked"), fs::perms::owner_all);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "a");
  ASSERT_EQ(r.errors.size(), 1u) << errors_of(r);
  EXPECT_EQ(r.errors[0].message(), dir.path("locked") + ": cannot read directory: Permission denied");
}

TEST(ReaderTest, ExpandPathsDefaultsToStdin) {
  EXPECT_EQ(expand_paths({}, nullptr), (std::vector<std::string>{"-"}));
  EXPECT_EQ(expand_paths({"-"}, nullptr), (std::vector<std::string>{"-"}));
}

TEST(ReaderTest, ParseInputFormat) {
  EXPECT_EQ(parse_input_format("auto"), InputFormat::kAuto);
  EXPECT_EQ(parse_input_format("jsonl"), InputFormat::kJsonl);
  EXPECT_EQ(parse_input_format("dated-text"), InputFormat::kDatedText);
  EXPECT_EQ(parse_input_format("text"), InputFormat::kText);
  EXPECT_FALSE(parse_input_format("xml"));
  EXPECT_FALSE(parse_input_format(""));
}

TEST(ReaderTest, InputErrorMessage) {
  EXPECT_EQ((InputError{"feed.jsonl", 12, "invalid JSON"}).message(), "feed.jsonl:12: invalid JSON");
  EXPECT_EQ((InputError{"dir", 0, "cannot open"}).message(), "dir: cannot open");
}

}  // namespace
}  // namespace dyad
