// Opaque page cursors: the sort key of the last row shown, so the next page
// starts strictly after it whatever was inserted meanwhile (keyset paging).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace newsdesk::store {

std::string encode_cursor(const std::vector<std::string>& fields);
// nullopt when the text is not a cursor this store made (or has `count` fields).
std::optional<std::vector<std::string>> decode_cursor(const std::string& cursor, size_t count);

}  // namespace newsdesk::store
