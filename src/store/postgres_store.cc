// The server backend: PostgreSQL through libpqxx 6.4. '?' placeholders become
// $1, $2 … and values travel as text (the server types them from the column
// they go to). Statements outside begin()/commit() run in their own
// transaction. Full-text search is a generated tsvector column ('simple'
// configuration: no stemming, as FTS5's unicode61) with a GIN index; queries
// use websearch_to_tsquery, so "mi-35 helicopters" and quoted phrases work.
//
// Tested by store_test.cc (PostgreSQL instantiation, when DYAD_TEST_PG is set).
#include <pqxx/pqxx>
#include <string>

#include "dyad/store.h"
#include "store/sql_store.h"

namespace dyad::store {

namespace {

const Dialect& postgres_dialect() {
  static const Dialect d{
      "postgresql",
      "id BIGSERIAL PRIMARY KEY",
      "ALTER TABLE documents ADD COLUMN tsv tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED;"
      "CREATE INDEX documents_tsv ON documents USING GIN (tsv);",
      "",
      "SELECT id FROM documents WHERE tsv @@ websearch_to_tsquery('simple', ?)",
      "SELECT CASE WHEN to_regclass(?) IS NULL THEN 0 ELSE 1 END",
      // Transaction-scoped advisory lock, key 0x64796164 ("dyad"): one schema creation or
      // migration at a time in the database; released by the commit (or a lost connection).
      "SELECT pg_advisory_xact_lock(1685676388)",
      // No syntax errors to tell apart: websearch_to_tsquery accepts any text.
      "",
      // Key 0x64796165, the next one: one ingest or aggregation transaction at a time, as on
      // SQLite. Without it, writers of the same documents race on the unique content hash and
      // event keys (check, then insert); coding runs outside the transaction, so little waits.
      "SELECT pg_advisory_xact_lock(1685676389)",
      "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY",
      false,
  };
  return d;
}

// '?' → '$n'. dyad's SQL never has '?' inside string literals.
std::string number_placeholders(const std::string& sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int n = 0;
  for (char c : sql) {
    if (c == '?')
      out += "$" + std::to_string(++n);
    else
      out.push_back(c);
  }
  return out;
}

// The URL without its password, for messages and `dyad store info`.
std::string redact(const std::string& url) {
  const size_t scheme = url.find("://");
  const size_t at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos) return url;
  const size_t colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon) + ":***" + url.substr(at);
}

class Row final : public SqlRow {
 public:
  explicit Row(const pqxx::row& r) : r_(r) {}
  bool null(int c) const override { return r_[c].is_null(); }
  int64_t integer(int c) const override { return r_[c].is_null() ? 0 : r_[c].as<int64_t>(); }
  double real(int c) const override { return r_[c].is_null() ? 0 : r_[c].as<double>(); }
  std::string text(int c) const override { return r_[c].is_null() ? std::string() : r_[c].as<std::string>(); }

 private:
  const pqxx::row& r_;
};

class PostgresConnection final : public SqlConnection {
 public:
  explicit PostgresConnection(const std::string& url) : location_(redact(url)) {
    try {
      conn_ = std::make_unique<pqxx::connection>(url);
      pqxx::nontransaction q(*conn_);
      q.exec("SET client_min_messages TO WARNING");
    } catch (const std::exception& e) {
      throw StoreError("cannot connect to " + location_ + ": " + e.what());
    }
  }

  const Dialect& dialect() const override { return postgres_dialect(); }
  std::string location() const override { return location_; }

  void script(const std::string& sql) override {
    run([&](pqxx::transaction_base& t) { t.exec(sql); });
  }

  void query(const std::string& sql, const std::vector<SqlValue>& params,
             const std::function<void(const SqlRow&)>& row) override {
    const pqxx::result res = exec_params(sql, params);
    for (const pqxx::row& r : res) row(Row(r));
  }

  int64_t insert(const std::string& sql, const std::vector<SqlValue>& params) override {
    const pqxx::result res = exec_params(sql + " RETURNING id", params);
    return res.at(0).at(0).as<int64_t>();
  }

  void begin() override {
    if (work_) throw StoreError("nested transaction");
    try {
      work_ = std::make_unique<pqxx::work>(*conn_);
    } catch (const std::exception& e) {
      fail(e);
    }
  }
  void commit() override {
    try {
      work_->commit();
    } catch (const std::exception& e) {
      work_.reset();
      fail(e);
    }
    work_.reset();
  }
  void rollback() override {
    if (work_) work_->abort();
    work_.reset();
  }

 private:
  // A StoreError for a libpqxx error. A lost connection (server restarted, backend
  // terminated) is said so: libpqxx reports it by whatever call notices first, as
  // "Could not obtain client encoding" when that is a new transaction.
  [[noreturn]] void fail(const std::exception& e) {
    if (dynamic_cast<const StoreError*>(&e)) throw StoreError(e.what());
    if (dynamic_cast<const pqxx::broken_connection*>(&e) || !conn_->is_open()) {
      std::string reason = e.what();
      if (reason.find("client encoding") != std::string::npos) reason.clear();
      while (!reason.empty() && (reason.back() == '\n' || reason.back() == '.')) reason.pop_back();
      if (const size_t nl = reason.find('\n'); nl != std::string::npos) reason.resize(nl);
      throw StoreError(location_ + ": lost the connection to the PostgreSQL server" +
                       (reason.empty() ? std::string() : " (" + reason + ")") +
                       "; the transaction in progress was rolled back, what was committed is kept: run the "
                       "command again");
    }
    throw StoreError(location_ + ": " + e.what());
  }

  template <typename F>
  void run(F&& f) {
    try {
      if (work_) {
        f(*work_);
      } else {
        pqxx::work w(*conn_);
        f(w);
        w.commit();
      }
    } catch (const StoreError&) {
      throw;
    } catch (const std::exception& e) {
      fail(e);
    }
  }

  pqxx::result exec_params(const std::string& sql, const std::vector<SqlValue>& params) {
    std::vector<std::string> texts(params.size());
    std::vector<const char*> values(params.size(), nullptr);
    for (size_t i = 0; i < params.size(); ++i) {
      const SqlValue& v = params[i];
      if (std::holds_alternative<std::monostate>(v)) continue;
      if (const auto* n = std::get_if<int64_t>(&v))
        texts[i] = std::to_string(*n);
      else if (const auto* d = std::get_if<double>(&v))
        texts[i] = pqxx::to_string(*d);
      else
        texts[i] = std::get<std::string>(v);
      values[i] = texts[i].c_str();
    }
    const std::string numbered = number_placeholders(sql);
    pqxx::result res;
    run([&](pqxx::transaction_base& t) { res = t.exec_params(numbered, pqxx::prepare::make_dynamic_params(values)); });
    return res;
  }

  std::string location_;
  std::unique_ptr<pqxx::connection> conn_;
  std::unique_ptr<pqxx::work> work_;
};

}  // namespace

std::unique_ptr<SqlConnection> open_postgres(const std::string& url) {
  return std::make_unique<PostgresConnection>(url);
}

}  // namespace dyad::store
