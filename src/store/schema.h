// Internal: the store schema as an ordered list of migrations. Version N is
// reached by applying migrations 1..N in order; the schema_version table records
// the version reached. The missing migrations run in one transaction that first
// takes the schema lock (a PostgreSQL advisory lock; SQLite's write lock), so
// processes opening one fresh store at once do not race to create it.
//
// Tested by store_test.cc (StoreTest.InfoReportsVersion, StoreTest.ReopenKeepsData).
#ifndef DYAD_STORE_SCHEMA_H_
#define DYAD_STORE_SCHEMA_H_

#include "store/sql.h"

namespace dyad::store {

// The version this build writes. Do not renumber released migrations.
constexpr int kSchemaVersion = 2;

// Creates schema_version when missing and applies the missing migrations.
// Throws StoreError when the store is newer than this build, and StoreUsageError
// when there is no schema and `create` is false (read-only commands).
int migrate(SqlConnection& db, bool create = true);

// For read-only opens, which may not migrate: throws StoreUsageError unless the
// store holds a dyad schema of exactly this build's version.
void require_current(SqlConnection& db);

}  // namespace dyad::store

#endif  // DYAD_STORE_SCHEMA_H_
