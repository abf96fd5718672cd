// Internal: the Store over any SqlConnection. All of the store's logic —
// ingest, aggregation, queries — is written once here in portable SQL; the
// backends (sqlite_store.cc, postgres_store.cc) only provide connections.
#ifndef DYAD_STORE_SQL_STORE_H_
#define DYAD_STORE_SQL_STORE_H_

#include <memory>

#include "dyad/store.h"
#include "store/sql.h"

namespace dyad::store {

// Migrates the schema on construction (creating it only when `create`; see
// migrate()). With kReadOnly the schema must be current and the connection then
// refuses writes. Takes ownership of `db`.
std::unique_ptr<Store> make_sql_store(std::unique_ptr<SqlConnection> db, StoreAccess access = StoreAccess::kCreate);

// The backends. Without `create`, open_sqlite throws StoreUsageError when `path` does not exist.
std::unique_ptr<SqlConnection> open_sqlite(const std::string& path, bool create = true);
std::unique_ptr<SqlConnection> open_postgres(const std::string& url);

}  // namespace dyad::store

#endif  // DYAD_STORE_SQL_STORE_H_
