// The extractor's word lists (data/html_boilerplate/), embedded in the binary: furniture
// phrases of the text and the class/id words that mark boilerplate or content.
#pragma once

#include <string>
#include <vector>

namespace newsdesk::extract {

struct HtmlLexicon {
  // phrases.txt
  std::vector<std::string> section_starts;
  std::vector<std::string> furniture;
  std::vector<std::string> tail_promos;
  std::vector<std::string> credit_marks;
  // class_words.txt
  std::vector<std::string> strong_prefixes;
  std::vector<std::string> strong_phrases;
  std::vector<std::string> strong_tokens;
  std::vector<std::string> negative_tokens;
  std::vector<std::string> positive;
};

// Loaded once, on first use.
const HtmlLexicon& html_lexicon();

}  // namespace newsdesk::extract
