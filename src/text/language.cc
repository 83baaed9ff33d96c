#include "text/language.h"

#include <cld2/public/compact_lang_det.h>
#include <fasttext/fasttext.h>

#include <algorithm>
#include <sstream>
#include <streambuf>
#include <string>
#include <vector>

#include "text/normalize.h"
#include "text/stopwords.h"
#include "text/words.h"

extern "C" const char newsdesk_blob_lid_model[];
extern "C" const char newsdesk_blob_lid_model_end[];

namespace newsdesk::text {
namespace {

// Reads the embedded model without copying it into a stringstream first.
struct MemoryBuffer : std::streambuf {
  MemoryBuffer(const char* begin, const char* end) {
    char* b = const_cast<char*>(begin);
    setg(b, b, const_cast<char*>(end));
  }
};

const fasttext::FastText& model() {
  static const fasttext::FastText* ft = [] {
    auto* m = new fasttext::FastText();
    // The file starts with a magic number and a version (two int32) that
    // loadModel(filename) checks and loadModel(istream) expects already read.
    MemoryBuffer buf(newsdesk_blob_lid_model + 8, newsdesk_blob_lid_model_end);
    std::istream in(&buf);
    m->loadModel(in);
    return m;
  }();
  return *ft;
}

std::vector<LanguageGuess> fasttext_guesses(std::string_view utf8, int k) {
  std::string line(utf8.substr(0, 4096));
  for (char& c : line) if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  line.push_back('\n');
  std::istringstream in(line);
  std::vector<std::pair<fasttext::real, std::string>> predictions;
  model().predictLine(in, predictions, k, 0.0);
  std::vector<LanguageGuess> guesses;
  constexpr std::string_view kPrefix = "__label__";
  for (auto& [p, label] : predictions) {
    if (label.rfind(kPrefix, 0) == 0) label.erase(0, kPrefix.size());
    // fastText's probabilities are exponentiated float log-probabilities and can
    // round past 1 (1.0001 on " 3[dozz0 8"); a confidence is within [0, 1].
    guesses.push_back({label, std::clamp(static_cast<double>(p), 0.0, 1.0)});
  }
  return guesses;
}

// Share of the words that are function words of `language`, each counted by how
// distinctive it is: on a short headline "in de haven van" says Dutch more surely
// than character n-grams do, and "van" says it more than "in".
double stopword_share(std::string_view language, const std::vector<std::string>& folded) {
  if (folded.empty()) return 0;
  double hits = 0;
  for (const auto& w : folded) {
    if (is_stopword(language, w)) hits += 1.0 / stopword_language_count(w);
  }
  return hits / static_cast<double>(folded.size());
}

// When the model is unsure, its top candidates are re-ranked by how many of
// the text's words are each candidate's function words.
LanguageGuess fasttext_guess(std::string_view utf8) {
  std::vector<LanguageGuess> top = fasttext_guesses(utf8, 5);
  if (top.empty()) return {};
  if (top[0].confidence >= 0.7 || utf8.size() > 1000) return top[0];
  std::vector<std::string> folded;
  for (const auto& w : split_words(utf8)) folded.push_back(fold(w.text));
  LanguageGuess best = top[0];
  double best_score = -1;
  for (const auto& g : top) {
    double score = g.confidence + 2 * stopword_share(g.code, folded);
    if (score > best_score) { best_score = score; best = g; }
  }
  best.confidence = std::min(1.0, best_score);
  return best;
}

LanguageGuess cld2_guess(std::string_view utf8) {
  bool reliable = false;
  int text_bytes = 0;
  CLD2::Language lang3[3];
  int percent3[3];
  double scores3[3];
  CLD2::Language lang = CLD2::ExtDetectLanguageSummary(
      utf8.data(), static_cast<int>(utf8.size()), true, nullptr, 0, lang3, percent3, scores3,
      nullptr, &text_bytes, &reliable);
  if (lang == CLD2::UNKNOWN_LANGUAGE) return {};
  return {CLD2::LanguageCode(lang), reliable ? percent3[0] / 100.0 : percent3[0] / 200.0};
}

}  // namespace

LanguageGuess identify_language(std::string_view utf8) {
  LanguageGuess ft = fasttext_guess(utf8);
  if (ft.confidence >= 0.5 || utf8.size() < 200) return ft;
  // On long, mixed or unusual text CLD2's reliability flag is the better judge.
  LanguageGuess cld = cld2_guess(utf8);
  return cld.confidence > ft.confidence ? cld : ft;
}

}  // namespace newsdesk::text
