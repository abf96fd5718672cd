// The schema, one migration per version. Migration 1 holds the tables;
// migration 2 the full-text index, whose DDL is the only dialect-specific part
// (FTS5 external-content table on SQLite, a generated tsvector on PostgreSQL).
//
// Tables: documents (one row per content hash), sentences, actors (recognised
// actor mentions), mentions (coded events, with the JSON record and the
// columns queries filter on), transfers, events (merged mentions),
// event_mentions (links), pending_groups (groups to re-aggregate).
#include "store/schema.h"

#include <string>

#include "dyad/store.h"

namespace dyad::store {

namespace {

std::string core_schema(const Dialect& d) {
  const std::string id = d.id_column;
  return R"(
CREATE TABLE documents (
  )" + id +
         R"(,
  content_hash TEXT NOT NULL UNIQUE,
  doc_id TEXT NOT NULL,
  date TEXT,
  title TEXT, url TEXT, source TEXT, language TEXT,
  source_key TEXT NOT NULL,
  text TEXT NOT NULL,
  sentences INTEGER NOT NULL, events INTEGER NOT NULL, transfers INTEGER NOT NULL);
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE TABLE sentences (
  doc INTEGER NOT NULL REFERENCES documents(id),
  idx INTEGER NOT NULL, start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL,
  PRIMARY KEY (doc, idx));
CREATE TABLE actors (
  )" + id +
         R"(,
  doc INTEGER NOT NULL REFERENCES documents(id),
  code TEXT NOT NULL, country TEXT, name TEXT, text TEXT,
  start_byte INTEGER NOT NULL, end_byte INTEGER NOT NULL, place INTEGER NOT NULL);
CREATE INDEX actors_doc ON actors(doc);
CREATE INDEX actors_code ON actors(code);
CREATE TABLE mentions (
  )" + id +
         R"(,
  doc INTEGER NOT NULL REFERENCES documents(id),
  mention_id TEXT NOT NULL,
  group_key TEXT NOT NULL,
  day INTEGER, date_precision TEXT,
  source_code TEXT NOT NULL, target_code TEXT NOT NULL,
  cameo TEXT NOT NULL, location_country TEXT NOT NULL,
  sentence INTEGER NOT NULL, start_byte INTEGER NOT NULL,
  trigger_text TEXT NOT NULL,
  record TEXT NOT NULL);
CREATE INDEX mentions_group ON mentions(group_key);
CREATE INDEX mentions_doc ON mentions(doc);
CREATE TABLE transfers (
  )" + id +
         R"(,
  doc INTEGER NOT NULL REFERENCES documents(id),
  transfer_id TEXT NOT NULL,
  supplier_code TEXT NOT NULL, recipient_code TEXT NOT NULL,
  status TEXT NOT NULL, date TEXT,
  record TEXT NOT NULL);
CREATE INDEX transfers_doc ON transfers(doc);
CREATE TABLE events (
  )" + id +
         R"(,
  event_key TEXT NOT NULL UNIQUE,
  group_key TEXT NOT NULL,
  rep_mention INTEGER NOT NULL REFERENCES mentions(id),
  source_code TEXT NOT NULL, source_country TEXT NOT NULL, source_sectors TEXT NOT NULL, source_name TEXT NOT NULL,
  target_code TEXT NOT NULL, target_country TEXT NOT NULL, target_sectors TEXT NOT NULL, target_name TEXT NOT NULL,
  plover_type TEXT NOT NULL, cameo TEXT NOT NULL, status TEXT NOT NULL, location_country TEXT NOT NULL,
  first_day INTEGER, last_day INTEGER,
  num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL);
CREATE INDEX events_group ON events(group_key);
CREATE INDEX events_first_day ON events(first_day);
CREATE INDEX events_dyad ON events(source_code, target_code);
CREATE TABLE event_mentions (
  event INTEGER NOT NULL REFERENCES events(id),
  mention INTEGER NOT NULL REFERENCES mentions(id),
  ord INTEGER NOT NULL,
  PRIMARY KEY (event, mention));
CREATE TABLE pending_groups (group_key TEXT PRIMARY KEY);
)";
}

int current_version(SqlConnection& db) {
  return static_cast<int>(db.scalar("SELECT MAX(version) FROM schema_version"));
}

}  // namespace

int migrate(SqlConnection& db, bool create) {
  auto check_not_newer = [](int version) {
    if (version > kSchemaVersion)
      throw StoreError("store schema version " + std::to_string(version) + " is newer than this dyad (" +
                       std::to_string(kSchemaVersion) + ")");
  };
  // Without the lock first: a store at this build's version (the usual case) needs no write.
  if (db.scalar(db.dialect().table_exists, {std::string("schema_version")}) > 0) {
    const int version = current_version(db);
    check_not_newer(version);
    if (version == kSchemaVersion) return version;
  } else if (!create) {
    throw StoreUsageError("no dyad store at " + db.location() + ": it holds no dyad tables (nothing created; " +
                          "`dyad ingest --store " + db.location() + " …` makes a store)");
  }
  // Then under the lock, looking again: another process may have created or migrated
  // the schema meanwhile, and one that started after us waits for our commit.
  Transaction t(db);
  if (!db.dialect().schema_lock.empty()) db.exec(db.dialect().schema_lock);
  db.script("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied TEXT)");
  int version = current_version(db);
  check_not_newer(version);
  const std::string migrations[] = {core_schema(db.dialect()), db.dialect().fts_migration};
  for (int v = version + 1; v <= kSchemaVersion; ++v) {
    db.script(migrations[v - 1]);
    db.exec("INSERT INTO schema_version (version, applied) VALUES (?, ?)",
            {int64_t{v}, std::string(v == 1 ? "tables" : "full-text index")});
    version = v;
  }
  t.commit();
  return version;
}

void require_current(SqlConnection& db) {
  if (db.scalar(db.dialect().table_exists, {std::string("schema_version")}) == 0)
    throw StoreUsageError("no dyad store at " + db.location() + ": it holds no dyad tables (nothing created; " +
                          "`dyad ingest --store " + db.location() + " …` makes a store)");
  const int version = current_version(db);
  if (version != kSchemaVersion)
    throw StoreUsageError("the store at " + db.location() + " has schema version " + std::to_string(version) +
                          ", this dyad reads version " + std::to_string(kSchemaVersion) +
                          " only when opened read-only (`dyad store info --store " + db.location() + "` migrates it)");
}

}  // namespace dyad::store
