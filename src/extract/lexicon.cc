#include "extract/lexicon.h"

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "core/bundle.h"
#include "extract/ascii.h"

extern "C" const char newsdesk_blob_html_boilerplate[];
extern "C" const char newsdesk_blob_html_boilerplate_end[];

namespace newsdesk::extract {
namespace {

std::vector<std::string>* list_for(HtmlLexicon& lex, std::string_view kind) {
  if (kind == "section_start") return &lex.section_starts;
  if (kind == "furniture") return &lex.furniture;
  if (kind == "tail_promo") return &lex.tail_promos;
  if (kind == "credit_mark") return &lex.credit_marks;
  if (kind == "strong_prefix") return &lex.strong_prefixes;
  if (kind == "strong_phrase") return &lex.strong_phrases;
  if (kind == "strong_token") return &lex.strong_tokens;
  if (kind == "negative_token") return &lex.negative_tokens;
  if (kind == "positive") return &lex.positive;
  return nullptr;
}

HtmlLexicon load() {
  HtmlLexicon lex;
  auto files = core::parse_bundle(std::string_view(
      newsdesk_blob_html_boilerplate, newsdesk_blob_html_boilerplate_end - newsdesk_blob_html_boilerplate));
  for (const auto& [name, body] : files) {
    for (std::string_view line : core::lexicon_entries(body)) {
      size_t tab = line.find('\t');
      std::vector<std::string>* list = tab == std::string_view::npos ? nullptr : list_for(lex, line.substr(0, tab));
      if (!list) {
        // A typo in a shipped lexicon is a build mistake: say so loudly, once.
        std::fprintf(stderr, "html_boilerplate/%s: unknown entry '%.*s'\n", name.c_str(),
                     static_cast<int>(line.size()), line.data());
        continue;
      }
      list->push_back(lower_latin1(line.substr(tab + 1)));
    }
  }
  return lex;
}

}  // namespace

const HtmlLexicon& html_lexicon() {
  static const HtmlLexicon lex = load();
  return lex;
}

}  // namespace newsdesk::extract
