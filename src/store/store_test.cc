// The store's tests, written once and run on both backends: SQLite always,
// PostgreSQL when DYAD_TEST_PG holds a connection URL (skipped otherwise).
// Documents are built by hand so the tests do not depend on the coder.
#include "dyad/store.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <pqxx/pqxx>
#include <random>
#include <thread>

#include "dyad/series.h"

// Designated initialisers leave the other filter fields at their defaults, on purpose.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

// libpqxx 6.4 leaks the PGresult of a BEGIN that fails on a dropped connection
// (transaction_base::direct_exec throws broken_connection without clearing it);
// PostgresStoreTest.LostConnectionIsSaidSo drops the connection on purpose.
// LeakSanitizer (the ASan build) reads this hook; the pattern names libpqxx's
// module, so no leak in dyad's own code is hidden.
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libpqxx\n";
}

namespace dyad {
namespace {

// Each PostgreSQL test works in its own schema (ctest runs tests in parallel
// against one database); the schema is dropped when the test ends.
std::string pg_schema_url(const std::string& url, const std::string& schema) {
  return url + (url.find('?') == std::string::npos ? "?" : "&") + "options=-csearch_path%3D" + schema;
}

std::vector<std::string>& pg_schemas() {
  static std::vector<std::string> schemas;
  return schemas;
}

void drop_pg_schemas() {
  const char* url = std::getenv("DYAD_TEST_PG");
  if (!url || pg_schemas().empty()) return;
  pqxx::connection c(url);
  pqxx::work w(c);
  for (const std::string& s : pg_schemas()) w.exec("DROP SCHEMA IF EXISTS " + s + " CASCADE");
  w.commit();
  pg_schemas().clear();
}

// A fresh, empty store location for one test; empty when the backend is unavailable.
std::string fresh_store(const std::string& backend) {
  static std::atomic<int> counter{0};
  const std::string unique = std::to_string(::getpid()) + "_" + std::to_string(counter++);
  if (backend == "postgresql") {
    const char* url = std::getenv("DYAD_TEST_PG");
    if (!url || !*url) return {};
    const std::string schema = "dyad_test_" + unique;
    pqxx::connection c(url);
    pqxx::work w(c);
    w.exec("SET client_min_messages TO WARNING; DROP SCHEMA IF EXISTS " + schema + " CASCADE; CREATE SCHEMA " + schema);
    w.commit();
    pg_schemas().push_back(schema);
    return pg_schema_url(url, schema);
  }
  const auto dir = std::filesystem::temp_directory_path() / "dyad_store_test";
  std::filesystem::create_directories(dir);
  const auto path = dir / ("s" + unique + ".db");
  std::filesystem::remove(path);
  return path.string();
}

Actor actor(const std::string& code, const std::string& country, std::vector<std::string> sectors = {}) {
  Actor a;
  a.code = code;
  a.text = code;
  a.country = country;
  a.name = country;
  a.sectors = std::move(sectors);
  return a;
}

struct MentionSpec {
  std::string source, target, cameo, plover = "AID";
  std::string date;  // YYYY-MM-DD
  std::string place_country;
  std::string status = "actual";
  int quad = 2;
  double goldstein = 7.0;
};

// A document with one sentence per mention; its text names the actors.
Document doc(const std::string& id, const std::string& source, const std::string& extra_text,
             const std::vector<MentionSpec>& mentions) {
  Document d;
  d.id = id;
  d.source = source;
  d.date = parse_iso_date(mentions.empty() ? "2022-01-01" : mentions[0].date);
  for (size_t i = 0; i < mentions.size(); ++i) {
    const MentionSpec& m = mentions[i];
    const uint32_t start = static_cast<uint32_t>(d.text.size());
    d.text += m.source + " and " + m.target + " (" + m.cameo + ") " + extra_text + ". ";
    Sentence s;
    s.span = {start, static_cast<uint32_t>(d.text.size())};
    d.sentences.push_back(s);
    Event e;
    e.doc_id = id;
    e.event_id = id + "-" + std::to_string(i);
    e.date = *parse_iso_date(m.date);
    e.has_date = true;
    e.source = actor(m.source, m.source.substr(0, 3),
                     m.source.size() > 3 ? std::vector{m.source.substr(3)} : std::vector<std::string>{});
    if (!m.target.empty()) e.target = actor(m.target, m.target.substr(0, 3));
    e.plover_type = m.plover;
    e.cameo = m.cameo;
    e.quad_class = m.quad;
    e.goldstein = m.goldstein;
    e.status = m.status;
    if (!m.place_country.empty()) {
      Location l;
      l.text = l.name = m.place_country;
      l.country = m.place_country;
      e.location = l;
    }
    e.evidence.sentence = static_cast<int>(i);
    e.evidence.span = s.span;
    e.evidence.trigger = {start, start + 3};
    e.evidence.trigger_text = "met";
    e.confidence = 0.9;
    d.events.push_back(e);
    ActorMention am;
    am.actor = e.source;
    am.span = {start, start + 3};
    d.actors.push_back(am);
  }
  return d;
}

std::vector<Document> corpus() {
  return {
      doc("a", "wire", "helicopters were delivered", {{"RUSGOV", "MLIGOV", "072", "AID", "2022-03-01"}}),
      doc("b", "paper", "a delivery of helicopters", {{"RUSGOV", "MLIGOV", "073", "AID", "2022-03-03"}}),
      doc("c", "wire", "radars arrived", {{"RUSGOV", "MLIGOV", "072", "AID", "2022-03-09"}}),
      doc("d", "wire", "accusations flew",
          {{"MLIGOV", "FRA", "112", "ACCUSE", "2022-03-02", "", "actual", 3, -2.0},
           {"FRA", "MLI", "0874", "RETREAT", "2022-02-17", "MLI", "intended", 2, 10.0}}),
      doc("e", "radio", "troops left", {{"FRA", "MLI", "0874", "RETREAT", "2022-02-18", "NER", "actual", 2, 10.0}}),
  };
}

IngestResult ingest(Store& s, const std::vector<Document>& docs) {
  std::vector<const Document*> p;
  for (const Document& d : docs) p.push_back(&d);
  return s.ingest(p);
}

std::vector<StoredEvent> events(Store& s, const EventFilter& f = {}) {
  std::vector<StoredEvent> out;
  s.for_each_event(f, [&](const StoredEvent& e) { out.push_back(e); });
  return out;
}

std::vector<std::string> keys(const std::vector<StoredEvent>& ev) {
  std::vector<std::string> k;
  for (const StoredEvent& e : ev)
    k.push_back(e.event_key + ":" + std::to_string(e.num_mentions) + "/" + std::to_string(e.num_sources) + "/" +
                std::to_string(e.num_articles));
  return k;
}

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    location_ = fresh_store(GetParam());
    if (location_.empty()) GTEST_SKIP() << "PostgreSQL tests need DYAD_TEST_PG=postgresql://… (a scratch database)";
    store_ = open_store(location_);
  }
  void TearDown() override {
    store_.reset();
    drop_pg_schemas();
  }
  void ingest_all() {
    ingest(*store_, corpus());
    store_->aggregate({});
  }
  std::string location_;
  std::unique_ptr<Store> store_;
};

TEST_P(StoreTest, InfoReportsVersionAndEmptyCounts) {
  const StoreInfo i = store_->info();
  EXPECT_EQ(i.backend, GetParam());
  EXPECT_EQ(i.schema_version, 2);
  EXPECT_EQ(i.documents, 0u);
  EXPECT_EQ(i.events, 0u);
}

TEST_P(StoreTest, IngestWritesEveryLayer) {
  const IngestResult r = ingest(*store_, corpus());
  EXPECT_EQ(r.added, 5u);
  EXPECT_EQ(r.skipped, 0u);
  const StoreInfo i = store_->info();
  EXPECT_EQ(i.documents, 5u);
  EXPECT_EQ(i.sentences, 6u);
  EXPECT_EQ(i.mentions, 6u);
  EXPECT_EQ(i.actors, 6u);
  EXPECT_GT(i.pending_groups, 0u);
  EXPECT_EQ(store_->aggregate({}), i.pending_groups);
  EXPECT_EQ(store_->info().pending_groups, 0u);
}

TEST_P(StoreTest, IngestTwiceAddsNothing) {
  ingest_all();
  const StoreInfo before = store_->info();
  const IngestResult r = ingest(*store_, corpus());
  EXPECT_EQ(r.added, 0u);
  EXPECT_EQ(r.skipped, 5u);
  EXPECT_EQ(store_->aggregate({}), 0u);
  const StoreInfo after = store_->info();
  EXPECT_EQ(after.documents, before.documents);
  EXPECT_EQ(after.mentions, before.mentions);
  EXPECT_EQ(after.events, before.events);
}

TEST_P(StoreTest, TransfersComeBackWithTheirDocumentAndEvidence) {
  Document d =
      doc("t", "", "Russia delivered two Mi-35 helicopters to Mali", {{"RUS", "MLI", "072", "AID", "2022-04-20"}});
  d.url = "https://www.example.org/news/1";
  Transfer t;
  t.doc_id = "t";
  t.transfer_id = "t-tr";
  t.supplier = actor("RUS", "RUS");
  t.recipient = actor("MLI", "MLI");
  t.date = *parse_iso_date("2022-04-20");
  t.has_date = true;
  Item it;
  it.text = "two Mi-35 helicopters";
  it.designation = "Mi-35";
  it.quantity = 2;
  t.items.push_back(it);
  const size_t at = d.text.find("delivered");
  t.evidence.span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + 9)};
  d.transfers.push_back(t);
  ingest(*store_, {d, corpus()[0]});
  std::vector<StoredTransfer> got;
  store_->for_each_transfer([&](const StoredTransfer& s) { got.push_back(s); });
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].transfer, t);
  EXPECT_EQ(got[0].doc_date, parse_iso_date("2022-04-20"));
  EXPECT_EQ(got[0].url, d.url);
  EXPECT_EQ(got[0].source, "");
  EXPECT_NE(got[0].sentence_text.find("delivered"), std::string::npos) << got[0].sentence_text;
}

TEST_P(StoreTest, SameTextUnderAnotherIdIsTheSameDocument) {
  ingest_all();
  std::vector<Document> again = corpus();
  again[0].id = "renamed";
  EXPECT_EQ(ingest(*store_, {again[0]}).added, 0u);
  EXPECT_EQ(store_->content_hashes().size(), 5u);
}

TEST_P(StoreTest, MergesMentionsWithinTheWindow) {
  ingest_all();
  EventFilter f;
  f.dyad_a = "RUS";
  f.dyad_b = "MLI";
  const auto ev = events(*store_, f);
  // 03-01 and 03-03 (072 and 073: same root 07) merge; 03-09 is 8 days after the first.
  ASSERT_EQ(ev.size(), 2u);
  EXPECT_EQ(ev[0].num_mentions, 2u);
  EXPECT_EQ(ev[0].num_articles, 2u);
  EXPECT_EQ(ev[0].num_sources, 2u);  // wire and paper
  EXPECT_EQ(ev[0].first_seen->iso(), "2022-03-01");
  EXPECT_EQ(ev[0].last_seen->iso(), "2022-03-03");
  EXPECT_EQ(ev[0].event.cameo, "072");  // the representative is the earliest mention
  EXPECT_EQ(ev[1].num_mentions, 1u);
  const auto links = store_->mentions_of(ev[0].event_key);
  ASSERT_EQ(links.size(), 2u);
  EXPECT_EQ(links[0].doc_id, "a");
  EXPECT_EQ(links[1].doc_id, "b");
}

TEST_P(StoreTest, WiderWindowMergesMore) {
  ingest(*store_, corpus());
  store_->aggregate({.window_days = 10});
  EventFilter f;
  f.dyad_a = "RUS";
  f.dyad_b = "MLI";
  const auto ev = events(*store_, f);
  ASSERT_EQ(ev.size(), 1u);
  EXPECT_EQ(ev[0].num_mentions, 3u);
  EXPECT_EQ(ev[0].num_sources, 2u);
}

TEST_P(StoreTest, IncompatiblePlacesStayApart) {
  ingest_all();
  EventFilter f;
  f.cameo_prefix = "087";
  const auto ev = events(*store_, f);
  ASSERT_EQ(ev.size(), 2u);  // FRA→MLI withdrawal located in MLI and in NER
  EXPECT_EQ(ev[0].num_mentions + ev[1].num_mentions, 2u);
}

TEST_P(StoreTest, SameEventsInAnyOrderAndBatching) {
  ingest_all();
  const auto expected = keys(events(*store_));
  std::vector<Document> docs = corpus();
  std::mt19937 rng(7);
  for (int round = 0; round < 2; ++round) {
    std::shuffle(docs.begin(), docs.end(), rng);
    const std::string other = fresh_store(GetParam());
    auto s = other == location_ ? (store_.reset(), open_store(other)) : open_store(other);
    for (const Document& d : docs) {  // one document per batch, aggregating as we go
      ingest(*s, {d});
      s->aggregate({});
    }
    EXPECT_EQ(keys(events(*s)), expected);
  }
}

TEST_P(StoreTest, FiltersSelectEvents) {
  ingest_all();
  auto count = [&](EventFilter f) { return events(*store_, f).size(); };
  EXPECT_EQ(count({}), 5u);
  EXPECT_EQ(count({.actor = "FRA"}), 3u);
  EXPECT_EQ(count({.actor = "rusgov"}), 2u);
  EXPECT_EQ(count({.country = "MLI"}), 5u);
  EXPECT_EQ(count({.sector = "GOV"}), 3u);
  EXPECT_EQ(count({.dyad_a = "MLI", .dyad_b = "FRA"}), 3u);  // either direction
  EXPECT_EQ(count({.plover_type = "ACCUSE"}), 1u);
  EXPECT_EQ(count({.cameo_prefix = "07"}), 2u);
  EXPECT_EQ(count({.location_country = "NER"}), 1u);
  EXPECT_EQ(count({.status = "intended"}), 1u);
  EXPECT_EQ(count({.from = parse_iso_date("2022-03-01")}), 3u);
  EXPECT_EQ(count({.from = parse_iso_date("2022-03-02"), .to = parse_iso_date("2022-03-08")}), 1u);
  EXPECT_EQ(count({.limit = 2}), 2u);
}

TEST_P(StoreTest, FullTextSearchJoinsEvents) {
  ingest_all();
  EXPECT_EQ(events(*store_, {.text = "helicopters"}).size(), 1u);
  EXPECT_EQ(events(*store_, {.text = "radars"}).size(), 1u);
  EXPECT_EQ(events(*store_, {.dyad_a = "RUS", .dyad_b = "MLI", .text = "accusations"}).size(), 0u);
  EXPECT_EQ(events(*store_, {.text = "accusations"}).size(), 2u);  // both events of document d
}

TEST_P(StoreTest, SeriesAndTopAggregate) {
  ingest_all();
  aggregate::Series series(aggregate::Period::kMonth);
  std::vector<StoredEvent> ev = events(*store_);
  for (const StoredEvent& e : ev) series.add(e);
  const auto rows = series.rows();
  ASSERT_EQ(rows.size(), 3u);  // FRA→MLI 2022-02, MLIGOV→FRA 2022-03, RUSGOV→MLIGOV 2022-03
  EXPECT_EQ(rows[0].source, "FRA");
  EXPECT_EQ(rows[0].events, 2u);
  EXPECT_DOUBLE_EQ(rows[0].goldstein_sum, 20.0);
  EXPECT_EQ(rows[2].source, "RUSGOV");
  EXPECT_EQ(rows[2].events, 2u);
  EXPECT_EQ(rows[2].mentions, 3u);
  EXPECT_EQ(rows[2].quad[1], 2u);
  const auto top = aggregate::top(ev, aggregate::TopKind::kActors, 2);
  ASSERT_EQ(top.size(), 2u);
  EXPECT_EQ(top[0].key, "MLIGOV");  // 3 events, 4 mentions
  EXPECT_EQ(top[0].events, 3u);
  EXPECT_EQ(top[1].key, "FRA");  // 3 events, 3 mentions
}

TEST_P(StoreTest, PagesFollowTheOrderOfTheQuery) {
  ingest_all();
  const std::vector<StoredEvent> all = events(*store_);
  std::vector<StoredEvent> paged;
  EventFilter f{.limit = 2};
  for (int page = 0; page < 10; ++page) {
    const std::vector<StoredEvent> got = events(*store_, f);
    paged.insert(paged.end(), got.begin(), got.end());
    if (got.size() < 2) break;
    f.after = position_of(got.back());
  }
  EXPECT_EQ(keys(paged), keys(all));
  EXPECT_EQ(events(*store_, {.event_key = all[1].event_key}).size(), 1u);
}

TEST_P(StoreTest, ReadOnlyOpenReadsAndRefusesWrites) {
  ingest_all();
  auto ro = open_store(location_, StoreAccess::kReadOnly);
  EXPECT_EQ(events(*ro).size(), 5u);
  const std::vector<Document> more = {doc("z", "wire", "new", {{"RUS", "UKR", "190", "ASSAULT", "2022-04-01"}})};
  EXPECT_THROW(ingest(*ro, more), StoreError);
  EXPECT_EQ(events(*store_).size(), 5u);
}

TEST_P(StoreTest, DocumentsAndEvidenceComeBack) {
  ingest_all();
  const std::optional<StoredDocument> d = store_->document("d");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->sentences.size(), 2u);
  EXPECT_EQ(d->events.size(), 2u);
  ASSERT_EQ(d->actors.size(), 2u);
  EXPECT_EQ(d->actors[0].span.of(d->text), "MLI");
  EXPECT_EQ(d->sentences[1].of(d->text).substr(0, 3), "FRA");
  EXPECT_FALSE(store_->document("nope"));
  const std::vector<StoredEvent> accuse = events(*store_, {.plover_type = "ACCUSE"});
  ASSERT_EQ(accuse.size(), 1u);
  const std::vector<StoredMention> m = store_->mentions_with_evidence(accuse[0].event_key);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].doc_id, "d");
  EXPECT_EQ(m[0].sentence_start, 0u);
  EXPECT_EQ(m[0].sentence_text, "MLIGOV and FRA (112) accusations flew. ");
  EXPECT_EQ(m[0].event.cameo, "112");
}

TEST_P(StoreTest, ReopenKeepsData) {
  ingest_all();
  const auto expected = keys(events(*store_));
  store_.reset();
  store_ = open_store(location_);
  EXPECT_EQ(store_->info().schema_version, 2);
  EXPECT_EQ(keys(events(*store_)), expected);
}

// Several processes opening one fresh store at once all succeed: schema creation
// is serialised (PostgreSQL: an advisory lock; SQLite: its write lock). Threads
// with a connection each race as processes do.
TEST_P(StoreTest, ConcurrentOpensOfAFreshStoreAllSucceed) {
  const std::string fresh = fresh_store(GetParam());
  constexpr int kOpeners = 8;
  std::vector<std::string> failures(kOpeners);
  std::vector<int> versions(kOpeners, 0);
  std::atomic<int> ready{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < kOpeners; ++i) {
    threads.emplace_back([&, i] {
      ++ready;
      while (ready < kOpeners) std::this_thread::yield();
      try {
        versions[i] = open_store(fresh)->info().schema_version;
      } catch (const std::exception& e) {
        failures[i] = e.what();
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (int i = 0; i < kOpeners; ++i) {
    EXPECT_EQ(failures[i], "") << "opener " << i;
    EXPECT_EQ(versions[i], 2) << "opener " << i;
  }
  auto s = open_store(fresh);
  ingest(*s, corpus());
  EXPECT_EQ(s->info().documents, 5u);
}

// Processes ingesting the same documents into one store at once all succeed and
// store each document once, with the events of a single ingest (PostgreSQL
// serialises the write transactions with an advisory lock; SQLite's are).
TEST_P(StoreTest, ConcurrentIngestsOfTheSameDocumentsAllSucceed) {
  ingest_all();
  const auto expected = keys(events(*store_));
  const std::string fresh = fresh_store(GetParam());
  open_store(fresh);
  constexpr int kWriters = 4;
  std::vector<std::string> failures(kWriters);
  std::atomic<int> ready{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < kWriters; ++i) {
    threads.emplace_back([&, i] {
      try {
        auto s = open_store(fresh);
        ++ready;
        while (ready < kWriters) std::this_thread::yield();
        const std::vector<Document> docs = corpus();
        for (size_t k = 0; k < docs.size(); ++k) {  // one document a batch, each writer from another start
          ingest(*s, {docs[(k + static_cast<size_t>(i)) % docs.size()]});
          s->aggregate({});
        }
      } catch (const std::exception& e) {
        failures[i] = e.what();
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (int i = 0; i < kWriters; ++i) EXPECT_EQ(failures[i], "") << "writer " << i;
  auto s = open_store(fresh);
  EXPECT_EQ(s->info().documents, 5u);
  EXPECT_EQ(keys(events(*s)), expected);
}

// Read-only opens (query, export, store info) of a location without a store fail
// with a usage error and create nothing.
TEST_P(StoreTest, ReadOnlyOpenOfAMissingStoreCreatesNothing) {
  std::string fresh = fresh_store(GetParam());
  if (GetParam() == "sqlite") fresh += ".typo";
  for (int attempt = 0; attempt < 2; ++attempt) {  // the second proves the first made nothing
    try {
      open_store(fresh, StoreAccess::kExisting);
      ADD_FAILURE() << "opened a store that does not exist: " << fresh;
    } catch (const StoreUsageError& e) {
      EXPECT_NE(std::string(e.what()).find("no dyad store at "), std::string::npos) << e.what();
    }
  }
  if (GetParam() == "sqlite") {
    EXPECT_FALSE(std::filesystem::exists(fresh));
  }
  // An existing store opens read-only.
  EXPECT_EQ(open_store(location_, StoreAccess::kExisting)->info().schema_version, 2);
}

// A full-text query that does not parse is the user's error: StoreUsageError with
// the reason and no SQL. (PostgreSQL's websearch syntax accepts any text.)
TEST_P(StoreTest, TextQuerySyntaxErrorIsAUsageError) {
  ingest_all();
  for (const std::string q : {"\"unterminated", "NEAR(", "mi-35"}) {
    if (GetParam() == "postgresql") {
      EXPECT_NO_THROW(events(*store_, {.text = q})) << q;
      continue;
    }
    try {
      events(*store_, {.text = q});
      ADD_FAILURE() << "accepted " << q;
    } catch (const StoreUsageError& e) {
      const std::string m = e.what();
      EXPECT_EQ(m.rfind("--text '" + q + "' is not a valid full-text query (", 0), 0u) << m;
      EXPECT_EQ(m.find("SELECT"), std::string::npos) << m;
    }
  }
  EXPECT_EQ(events(*store_, {.text = "\"delivery of\""}).size(), 1u);
}

// A backend killed mid-ingest (server restart, pg_terminate_backend) gives a
// readable StoreError, not libpqxx's "Could not obtain client encoding".
TEST(PostgresStoreTest, LostConnectionIsSaidSo) {
  const char* url = std::getenv("DYAD_TEST_PG");
  if (!url || !*url) GTEST_SKIP() << "PostgreSQL tests need DYAD_TEST_PG=postgresql://… (a scratch database)";
  const std::string app = "dyad_lost_connection_" + std::to_string(::getpid());
  const std::string location = fresh_store("postgresql") + "&application_name=" + app;
  auto s = open_store(location);
  const std::vector<Document> docs = corpus();
  ingest(*s, {docs[0]});
  {
    pqxx::connection c(url);
    pqxx::work w(c);
    const pqxx::result r =
        w.exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = " + w.quote(app));
    ASSERT_EQ(r.size(), 1u);
    w.commit();
  }
  for (int batch = 1; batch < 3; ++batch) {  // the batch that notices, and any after it
    try {
      ingest(*s, {docs[batch]});
      ADD_FAILURE() << "ingest went on after the backend was terminated";
    } catch (const StoreError& e) {
      const std::string m = e.what();
      EXPECT_NE(m.find("lost the connection to the PostgreSQL server"), std::string::npos) << m;
      EXPECT_EQ(m.find("client encoding"), std::string::npos) << m;
    }
  }
  drop_pg_schemas();
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values("sqlite", "postgresql"),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace dyad
