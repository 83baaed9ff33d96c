#include "analyze/entities_names.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <unordered_map>

#include "text/normalize.h"

namespace newsdesk::analyze {
namespace {

// Lower-case words inside names that say nothing about who: "Lula da Silva" = "Lula Silva".
bool is_particle(std::string_view t) {
  static constexpr std::string_view kParticles[] = {
      "da", "de", "di", "del", "della", "van", "von", "der", "den", "ter", "ten", "bin", "bint",
      "ibn", "al", "el", "dos", "das", "do", "du", "le", "la", "y", "zu", "af"};
  return std::find(std::begin(kParticles), std::end(kParticles), t) != std::end(kParticles);
}

bool ascii_only(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// ICU transliterators are not thread-safe: one per thread. A run costs about
// 20,000 instructions a name, and a story names the same people again and
// again: each thread remembers its recent results.
std::string transliterate_to_latin_ascii(std::string_view s);

std::string to_latin_ascii(std::string_view s) {
  constexpr size_t kRemembered = 1 << 14;
  thread_local std::unordered_map<std::string, std::string> recent;
  thread_local std::string probe;
  probe.assign(s);
  if (auto it = recent.find(probe); it != recent.end()) return it->second;
  if (recent.size() >= kRemembered) recent.clear();
  return recent.emplace(probe, transliterate_to_latin_ascii(s)).first->second;
}

std::string transliterate_to_latin_ascii(std::string_view s) {
  thread_local std::unique_ptr<icu::Transliterator> tr = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "Russian-Latin/BGN; Greek-Latin/UNGEGN; Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) {
      status = U_ZERO_ERROR;
      t.reset(icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    }
    if (U_FAILURE(status)) t.reset();
    return t;
  }();
  if (!tr) return std::string(s);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  tr->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string consonants(std::string_view s) {
  std::string out;
  for (char c : s) if (!is_vowel(c)) out.push_back(c);
  return out;
}

// Token i of a and token j of b name the same: equal tokens or skeletons, or long
// skeletons that differ by one vowel ("Gheddafi" / "Gaddafi").
bool same_token(const NameKey& a, size_t i, const NameKey& b, size_t j) {
  if (a.tokens[i] == b.tokens[j]) return true;
  const std::string& sa = a.skeletons[i];
  const std::string& sb = b.skeletons[j];
  if (sa == sb) return true;
  if (sa.size() < 6 || sb.size() < 6 || sa[0] != sb[0]) return false;
  return consonants(sa) == consonants(sb) && edit_distance(sa, sb) <= 1;
}

bool same_tokens(const NameKey& a, const NameKey& b) {
  size_t n = a.tokens.size();
  if (n == b.tokens.size()) {
    size_t i = 0;
    while (i < n && same_token(a, i, b, i)) ++i;
    if (i == n) return true;
  }
  // Family name first or last: "Abe Shinzo" / "Shinzo Abe".
  if (n == 2 && b.tokens.size() == 2 && same_token(a, 0, b, 1) && same_token(a, 1, b, 0)) return true;
  // Written together or apart: "Jong-un" / "Jongun", "Xi Jinping" / "Xijinping".
  return a.joined == b.joined;
}

// `small` is `big` with given or middle names left out, in order, keeping the
// family name: first or last token ("Putin", "Kim", "Lula Silva").
bool shorter_form(const NameKey& small, const NameKey& big) {
  size_t n = small.tokens.size(), m = big.tokens.size();
  if (n == 0 || n >= m) return false;
  // Both with middle parts of their own are different people: "George W. Bush" / "George H. W. Bush".
  if (n > 2) return false;
  size_t j = 0;
  size_t at[2] = {0, 0};
  for (size_t i = 0; i < n; ++i) {
    while (j < m && !same_token(small, i, big, j)) ++j;
    if (j == m) return false;
    at[i] = j++;
  }
  if (n == 1) return at[0] == 0 || at[0] + 1 == m || m >= 4;
  // Two tokens: they end the big name ("Lula Silva") or are its first and last ("Kim Un").
  return at[1] + 1 == m;
}

}  // namespace

std::vector<std::string> name_tokens(std::string_view name) {
  std::string latin = ascii_only(name) ? std::string(name) : to_latin_ascii(text::clean(name));
  std::string lower = text::fold(latin);
  std::vector<std::string> tokens;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty() && !is_particle(cur)) tokens.push_back(cur);
    cur.clear();
  };
  for (char c : lower) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) {
      cur.push_back(c);
    } else if (c == '\'') {
      continue;  // "O'Brien" = "OBrien"
    } else {
      flush();
    }
  }
  flush();
  return tokens;
}

std::string name_skeleton(std::string_view t) {
  std::string s;
  for (size_t i = 0; i < t.size(); ++i) {
    char c = t[i];
    char n = i + 1 < t.size() ? t[i + 1] : '\0';
    // Digraphs of the Latin transliterations: German "sch"/"tsch", English "sh"/"ch"/"kh".
    if (c == 't' && n == 's' && i + 2 < t.size() && t[i + 2] == 'c' && i + 3 < t.size() && t[i + 3] == 'h') {
      s.push_back('h'); i += 3; continue;
    }
    if (c == 's' && n == 'c' && i + 2 < t.size() && t[i + 2] == 'h') { s.push_back('s'); i += 2; continue; }
    if ((c == 's' || c == 'z' || c == 'k' || c == 'g' || c == 'd' || c == 't' || c == 'p') && n == 'h') {
      s.push_back(c == 'z' ? 's' : c == 'p' ? 'f' : c == 'k' ? 'h' : c == 'g' ? 'k' : c); ++i; continue;
    }
    if (c == 'c' && n == 'h') { s.push_back('h'); ++i; continue; }  // "Chodorkowski" = "Khodorkovsky"
    if (c == 'c' && n == 'k') { s.push_back('k'); ++i; continue; }
    if (c == 'o' && n == 'u') { s.push_back('u'); ++i; continue; }  // French "Poutine" = "Putin"
    switch (c) {
      case 'y': case 'j': c = 'i'; break;
      case 'w': c = 'v'; break;
      case 'z': c = 's'; break;
      case 'q': case 'g': c = 'k'; break;
      case 'c': c = (n == 'e' || n == 'i') ? 's' : 'k'; break;
      case 'x': s.push_back('k'); c = 's'; break;
      default: break;
    }
    if (!s.empty() && s.back() == c) continue;  // double letters
    s.push_back(c);
  }
  if (s.size() > 1 && s.back() == 'h') s.pop_back();  // "Allah"/"Alla", "Bush" keeps "s"
  if (s.size() > 4 && s.back() == 'e') s.pop_back();  // a silent final e: "Poutine"
  return s;
}

NameKey name_key_of_tokens(std::vector<std::string> tokens) {
  NameKey k;
  k.tokens = std::move(tokens);
  std::string written_together;
  for (const auto& t : k.tokens) {
    k.skeletons.push_back(name_skeleton(t));
    written_together += t;
  }
  k.joined = name_skeleton(written_together);
  return k;
}

NameKey name_key(std::string_view name) { return name_key_of_tokens(name_tokens(name)); }

NameMatch compare_name_keys(const NameKey& a, const NameKey& b) {
  if (a.tokens.empty() || b.tokens.empty()) return NameMatch::kNone;
  if (same_tokens(a, b)) return NameMatch::kFull;
  if (shorter_form(a, b) || shorter_form(b, a)) return NameMatch::kPartial;
  return NameMatch::kNone;
}

NameMatch compare_person_names(std::string_view a, std::string_view b) {
  return compare_name_keys(name_key(a), name_key(b));
}

}  // namespace newsdesk::analyze
