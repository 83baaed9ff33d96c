// Person-name comparison across spellings and scripts: "Kim Jong-un" = "Kim Jong Un",
// "Путин" = "Putin", "Selenskyj" = "Zelensky", "Putin" within "Vladimir Putin".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace newsdesk::analyze {

// A name's comparison tokens: Latin script (ICU BGN rules for Russian, then
// Any-Latin; Latin-ASCII), lower case, split at spaces, hyphens and dots,
// with name particles ("da", "von", "bin") left out.
std::vector<std::string> name_tokens(std::string_view name);

// A token's sound skeleton, so transliteration variants meet: "zelenskyj",
// "selenskij" and "zelensky" give one skeleton.
std::string name_skeleton(std::string_view token);

enum class NameMatch {
  kNone,     // different people
  kPartial,  // one is a shorter form of the other: "Putin" / "Vladimir Putin"
  kFull,     // the same full name: "Kim Jong-un" / "Kim Jong Un"
};

// How two person names relate.
NameMatch compare_person_names(std::string_view a, std::string_view b);

// The same, on name_tokens() already computed.
NameMatch compare_name_tokens(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace newsdesk::analyze
