// Internal: the small SQL seam both backends implement. SqlStore
// (sql_store.cc) writes portable SQL with '?' placeholders; each connection
// binds them its own way and supplies the few dialect-specific statements.
#ifndef DYAD_STORE_SQL_H_
#define DYAD_STORE_SQL_H_

#include <cstdint>
#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "dyad/store.h"

namespace dyad::store {

using SqlValue = std::variant<std::monostate, int64_t, double, std::string>;

// The statement itself was refused (a syntax error, an unknown column, a full-text
// query the index cannot parse), as opposed to the store failing (I/O, locks, a lost
// connection). reason() is the backend's message without the SQL.
class SqlStatementError : public StoreError {
 public:
  SqlStatementError(const std::string& what, std::string reason) : StoreError(what), reason_(std::move(reason)) {}
  const std::string& reason() const { return reason_; }

 private:
  std::string reason_;
};

// A result row; columns by 0-based index.
class SqlRow {
 public:
  virtual ~SqlRow() = default;
  virtual bool null(int col) const = 0;
  virtual int64_t integer(int col) const = 0;
  virtual double real(int col) const = 0;
  virtual std::string text(int col) const = 0;
};

// What differs between SQLite and PostgreSQL.
struct Dialect {
  std::string name;           // "sqlite" | "postgresql"
  std::string id_column;      // auto-increment primary key column definition
  std::string fts_migration;  // DDL of the full-text index (schema version 2)
  std::string fts_insert;     // "…(?, ?)" with doc id and text; empty when the index maintains itself
  std::string fts_doc_ids;    // "SELECT id … ?" : ids of documents matching a text query
  std::string table_exists;   // "SELECT COUNT(*) … ?": 1 when the table named exists
  std::string schema_lock;    // run first in the schema transaction: serialises migrations (empty: begin() does)
  std::string fts_check;      // "… ? LIMIT 1": runs a text query alone, to tell its syntax errors apart
  std::string write_lock;     // run first in ingest and aggregation transactions: one writer at a time
                              // (empty: begin() does)
  std::string read_only;      // makes the connection refuse writes from then on
  // Text compares byte by byte (SQLite's BINARY), so a code prefix is also a range an index can
  // search: "RUS" <= code < "RUT". PostgreSQL compares by the database's collation: no such range.
  bool byte_order = false;
};

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  virtual const Dialect& dialect() const = 0;
  // Runs one or more statements without parameters.
  virtual void script(const std::string& sql) = 0;
  // Runs one statement; `row` is called for each result row.
  virtual void query(const std::string& sql, const std::vector<SqlValue>& params,
                     const std::function<void(const SqlRow&)>& row) = 0;
  // Runs an INSERT into a table with an `id` key and returns the new id.
  virtual int64_t insert(const std::string& sql, const std::vector<SqlValue>& params) = 0;
  virtual void begin() = 0;
  virtual void commit() = 0;
  virtual void rollback() = 0;
  virtual std::string location() const = 0;

  void exec(const std::string& sql, const std::vector<SqlValue>& params = {}) {
    query(sql, params, [](const SqlRow&) {});
  }
  int64_t scalar(const std::string& sql, const std::vector<SqlValue>& params = {}) {
    int64_t v = 0;
    query(sql, params, [&](const SqlRow& r) { v = r.null(0) ? 0 : r.integer(0); });
    return v;
  }
};

// Rolls back unless commit() was called: a batch is all or nothing.
class Transaction {
 public:
  explicit Transaction(SqlConnection& c) : c_(c) { c_.begin(); }
  ~Transaction() {
    if (!done_) {
      try {
        c_.rollback();
      } catch (...) {
      }
    }
  }
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit() {
    c_.commit();
    done_ = true;
  }

 private:
  SqlConnection& c_;
  bool done_ = false;
};

}  // namespace dyad::store

#endif  // DYAD_STORE_SQL_H_
