// Bundle: named text files packed into one blob at build time (cmake/Embed.cmake),
// so lexicons travel inside the binary.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::core {

// Splits a blob of "@@ file NAME\n<body>" sections into NAME -> body.
std::map<std::string, std::string_view, std::less<>> parse_bundle(std::string_view blob);

// The entries of a lexicon file: its lines, trimmed, without blank lines and
// '#' comment lines.
std::vector<std::string_view> lexicon_entries(std::string_view body);

// "it.txt" -> "it": lexicon files are named by language.
std::string language_of_file(std::string_view file_name);

}  // namespace newsdesk::core
