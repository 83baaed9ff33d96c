// How records become column values and back, the same for every backend:
// JSON text for lists, the day an item is filed under, an entity's merged forms.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "store/store.h"

namespace newsdesk::store {

// JSON text for a column. Bytes that are not UTF-8 (a URL's host from a WARC
// header, say) become U+FFFD rather than failing the whole batch.
std::string json_text(const nlohmann::json& value);

std::vector<std::string> json_strings(const std::string& text);

// `text` with each ill-formed UTF-8 sequence and NUL byte as U+FFFD: what a
// database that checks its text columns (PostgreSQL) accepts.
std::string valid_text(std::string_view text);

// What date filters use: the published day, else the UTC day of `time`.
std::string item_day(const StoredItem& item, int64_t time);

// The entities column of a story: each with its id and, here, its mentions.
nlohmann::json story_entities_json(const std::vector<EntitySummary>& entities);

// An entity keeps the forms every story has given it: `stored` plus the new ones.
std::vector<std::string> merged_variants(std::vector<std::string> stored, const std::vector<std::string>& more);

// The variants to write for an entity, or nothing when its stored row (`stored`,
// nullopt if none) already holds them all: a story gains items far more often
// than its entities gain spellings, and an unchanged row is not written again.
std::optional<std::vector<std::string>> variants_to_write(const std::optional<std::vector<std::string>>& stored,
                                                          const std::vector<std::string>& more);

// Page sizes are 1..100 whatever is asked.
int clamp_limit(int limit);

[[noreturn]] void bad_cursor();

}  // namespace newsdesk::store
