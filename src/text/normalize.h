// Unicode normalisation and folding: what makes two spellings of the same words
// compare equal ("Nord-Coreano" / "nord‑coreano", "l’alleanza" / "l'alleanza").
#pragma once

#include <string>
#include <string_view>

namespace newsdesk::text {

// NFC, with typographic variants unified: every dash and hyphen to '-' (U+2014
// kept), curly apostrophes to '\'', exotic spaces to ' ', ellipsis char to "...".
std::string clean(std::string_view utf8);

// clean(), then NFKC case folding. Keeps diacritics (stemmers need them).
std::string fold_case(std::string_view utf8);

// Removes combining marks: "perché" -> "perche", "Ñandú" -> "Nandu".
std::string strip_marks(std::string_view utf8);

// fold_case() then strip_marks(): the comparison form of a word or text.
std::string fold(std::string_view utf8);

// fold() of the whole text, then its runs of letters and digits joined by one
// space: the form in which two copies of a text compare equal whatever their
// punctuation, case, accents and spacing. Cheap: no word-break rules.
std::string fold_to_key(std::string_view utf8);

}  // namespace newsdesk::text
