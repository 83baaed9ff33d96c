// A hash map keyed by std::string and looked up by std::string_view without a
// copy: lexicons are probed with slices of a text, most of which they lack.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace newsdesk::core {

struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template <class Value>
using StringMap = std::unordered_map<std::string, Value, StringHash, std::equal_to<>>;

}  // namespace newsdesk::core
