// Bundle: named text files packed into one blob at build time (cmake/Embed.cmake),
// so lexicons travel inside the binary.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace newsdesk::core {

// Splits a blob of "@@ file NAME\n<body>" sections into NAME -> body.
std::map<std::string, std::string_view, std::less<>> parse_bundle(std::string_view blob);

}  // namespace newsdesk::core
