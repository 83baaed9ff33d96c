// The store's schema as an ordered list of migrations. PRAGMA user_version
// holds how many have run; opening a store runs the rest, each in its own
// transaction, so an older file is brought up to date and a crash mid-way
// leaves it at the last whole version.
#pragma once

#include <string>
#include <vector>

#include "store/sqlite_db.h"

namespace newsdesk::store {

// The migrations in order: migration n (1-based) brings a store from version n-1 to n.
const std::vector<std::string>& migrations();

// The version a fully migrated store has.
int schema_version();

// Runs the migrations the file lacks, up to `target` (all when negative).
// Throws if the file is newer than this program.
void migrate(Database& db, int target = -1);

int user_version(Database& db);

}  // namespace newsdesk::store
