#include "text/word_key.h"

#include "text/normalize.h"
#include "text/stemmer.h"

namespace newsdesk::text {

std::string word_key(std::string_view language, std::string_view word) {
  return strip_marks(stem(language, fold_case(word)));
}

}  // namespace newsdesk::text
