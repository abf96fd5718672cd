// The embedded backend: one SQLite file in WAL mode. Statements are prepared
// once and cached by their text; '?' placeholders bind natively. WAL with
// synchronous=NORMAL keeps every committed transaction across a killed process
// (only a power loss may drop the last ones). Full-text search is an FTS5
// external-content table over documents.text, filled in the same transaction
// as the document row.
//
// Tested by store_test.cc (SQLite instantiation) and crash_test.cc.
#include <sqlite3.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <unordered_map>

#include "dyad/store.h"
#include "store/sql_store.h"

namespace dyad::store {

namespace {

const Dialect& sqlite_dialect() {
  static const Dialect d{
      "sqlite",
      "id INTEGER PRIMARY KEY",
      "CREATE VIRTUAL TABLE documents_fts USING fts5(text, content='documents', content_rowid='id', "
      "tokenize='unicode61 remove_diacritics 2');",
      "INSERT INTO documents_fts (rowid, text) VALUES (?, ?)",
      "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?",
      "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?",
      "",  // begin() is BEGIN IMMEDIATE: the write lock, taken at once (waiting up to the busy timeout)
      "SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? LIMIT 1",
      "",                                                  // BEGIN IMMEDIATE again: SQLite has one writer at a time
      "PRAGMA query_only=ON; PRAGMA mmap_size=268435456",  // reads from the page cache, no copies
      true,
  };
  return d;
}

class Row final : public SqlRow {
 public:
  explicit Row(sqlite3_stmt* s) : s_(s) {}
  bool null(int c) const override { return sqlite3_column_type(s_, c) == SQLITE_NULL; }
  int64_t integer(int c) const override { return sqlite3_column_int64(s_, c); }
  double real(int c) const override { return sqlite3_column_double(s_, c); }
  std::string text(int c) const override {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(s_, c));
    return p ? std::string(p, static_cast<size_t>(sqlite3_column_bytes(s_, c))) : std::string();
  }

 private:
  sqlite3_stmt* s_;
};

class SqliteConnection final : public SqlConnection {
 public:
  SqliteConnection(const std::string& path, bool create) : path_(path) {
    struct stat st;
    if (!create && ::stat(path.c_str(), &st) != 0)
      throw StoreUsageError("no dyad store at " + path + ": " + std::strerror(errno) +
                            " (nothing created; `dyad ingest --store " + path + " …` makes a store)");
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(path.c_str(), &db_, flags, nullptr) != SQLITE_OK) {
      std::string msg = db_ ? sqlite3_errmsg(db_) : "out of memory";
      sqlite3_close(db_);
      throw StoreError("cannot open " + path + ": " + msg);
    }
    sqlite3_busy_timeout(db_, 10000);
    // WAL is a property of the file, set when the store is made: a read-only open
    // leaves the file as it is (it may not even be a dyad store).
    if (create) script("PRAGMA journal_mode=WAL;");
    script("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
  }
  ~SqliteConnection() override {
    for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
    sqlite3_close(db_);
  }

  const Dialect& dialect() const override { return sqlite_dialect(); }
  std::string location() const override { return path_; }

  void script(const std::string& sql) override {
    char* err = nullptr;
    if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string msg = err ? err : "error";
      sqlite3_free(err);
      throw StoreError(path_ + ": " + msg);
    }
  }

  void query(const std::string& sql, const std::vector<SqlValue>& params,
             const std::function<void(const SqlRow&)>& row) override {
    sqlite3_stmt* s = prepare(sql);
    // Reset even when `row` throws, so the cached statement stays usable.
    struct Reset {
      sqlite3_stmt* s;
      ~Reset() {
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
      }
    } reset{s};
    for (size_t i = 0; i < params.size(); ++i) bind(s, static_cast<int>(i + 1), params[i]);
    const Row r(s);
    for (;;) {
      const int rc = sqlite3_step(s);
      if (rc == SQLITE_DONE) break;
      if (rc == SQLITE_ROW) {
        row(r);
        continue;
      }
      const std::string reason = sqlite3_errmsg(db_);
      // SQLITE_ERROR: the statement was refused (FTS5 reports query syntax errors so);
      // anything else (busy, I/O, corruption …) is the store failing.
      if ((rc & 0xff) == SQLITE_ERROR) throw SqlStatementError(path_ + ": " + reason + " in: " + sql, reason);
      throw StoreError(path_ + ": " + reason + " in: " + sql);
    }
  }

  int64_t insert(const std::string& sql, const std::vector<SqlValue>& params) override {
    exec(sql, params);
    return sqlite3_last_insert_rowid(db_);
  }

  void begin() override { script("BEGIN IMMEDIATE"); }
  void commit() override { script("COMMIT"); }
  void rollback() override { script("ROLLBACK"); }

 private:
  sqlite3_stmt* prepare(const std::string& sql) {
    auto it = cache_.find(sql);
    if (it != cache_.end()) return it->second;
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v3(db_, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &s, nullptr) !=
        SQLITE_OK)
      throw StoreError(path_ + ": " + sqlite3_errmsg(db_) + " in: " + sql);
    cache_.emplace(sql, s);
    return s;
  }

  void bind(sqlite3_stmt* s, int i, const SqlValue& v) {
    int rc = SQLITE_OK;
    if (std::holds_alternative<std::monostate>(v)) {
      rc = sqlite3_bind_null(s, i);
    } else if (const auto* n = std::get_if<int64_t>(&v)) {
      rc = sqlite3_bind_int64(s, i, *n);
    } else if (const auto* d = std::get_if<double>(&v)) {
      rc = sqlite3_bind_double(s, i, *d);
    } else {
      const std::string& t = std::get<std::string>(v);
      rc = sqlite3_bind_text(s, i, t.data(), static_cast<int>(t.size()), SQLITE_STATIC);  // params outlive the step
    }
    if (rc != SQLITE_OK) throw StoreError(path_ + ": " + sqlite3_errmsg(db_));
  }

  std::string path_;
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

}  // namespace

std::unique_ptr<SqlConnection> open_sqlite(const std::string& path, bool create) {
  return std::make_unique<SqliteConnection>(path, create);
}

}  // namespace dyad::store
