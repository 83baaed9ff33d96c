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

// A name as it is compared: its tokens with their skeletons, made once. A text's
// people are compared pairwise, and looking skeletons up per comparison took
// several percent of an ingest.
struct NameKey {
  std::vector<std::string> tokens;     // name_tokens()
  std::vector<std::string> skeletons;  // name_skeleton() of each token
  std::string joined;                  // skeleton of the tokens written together
};
NameKey name_key(std::string_view name);
NameKey name_key_of_tokens(std::vector<std::string> tokens);

// How two person names relate.
NameMatch compare_person_names(std::string_view a, std::string_view b);

// The same, on keys already made.
NameMatch compare_name_keys(const NameKey& a, const NameKey& b);

}  // namespace newsdesk::analyze
