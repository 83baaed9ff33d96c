// The store's schema in PostgreSQL: migration n here makes the same tables as
// SQLite's migration n (schema.cc), so a version number means one schema on
// either backend. The version is the row of schema_version. Migrations run
// under the writers' advisory lock: processes that open one new database at
// once migrate it once, and never while another writes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <pqxx/pqxx>

namespace newsdesk::store {

// The key of the advisory lock every writer of a database takes (its scope is
// the database, so stores on one server do not contend).
constexpr int64_t kPgWriterLock = 0x6e657773646b;  // "newsdk"

const std::vector<std::string>& pg_migrations();

// Migrates to `target` (all when negative). Throws if the database is newer
// than this program; `location` names it.
void pg_migrate(pqxx::connection& conn, const std::string& location, int target = -1);

int pg_schema_version(pqxx::transaction_base& txn);

}  // namespace newsdesk::store
