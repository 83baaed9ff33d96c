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

// Mentions are compared pairwise and the same tokens recur: each skeleton is
// made once per thread. Entries are never erased while a caller holds one;
// same_token() drops the whole cache, before its lookups, past a bound.
using SkeletonCache = std::unordered_map<std::string, std::string>;

SkeletonCache& skeleton_cache() {
  thread_local SkeletonCache cache;
  return cache;
}

const std::string& skeleton_of(const std::string& token) {
  auto [it, fresh] = skeleton_cache().try_emplace(token);
  if (fresh) it->second = name_skeleton(token);
  return it->second;
}

// Two tokens name the same: equal skeletons, or long ones that differ by one vowel
// ("Gheddafi" / "Gaddafi").
bool same_token(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (skeleton_cache().size() > 200000) skeleton_cache().clear();
  const std::string& sa = skeleton_of(a);
  const std::string& sb = skeleton_of(b);
  if (sa == sb) return true;
  if (sa.size() < 6 || sb.size() < 6 || sa[0] != sb[0]) return false;
  return consonants(sa) == consonants(sb) && edit_distance(sa, sb) <= 1;
}

bool same_tokens(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() == b.size() &&
      std::equal(a.begin(), a.end(), b.begin(), [](const auto& x, const auto& y) { return same_token(x, y); })) {
    return true;
  }
  // Family name first or last: "Abe Shinzo" / "Shinzo Abe".
  if (a.size() == 2 && b.size() == 2 && same_token(a[0], b[1]) && same_token(a[1], b[0])) return true;
  // Written together or apart: "Jong-un" / "Jongun", "Xi Jinping" / "Xijinping".
  std::string ja, jb;
  for (const auto& t : a) ja += t;
  for (const auto& t : b) jb += t;
  if (skeleton_cache().size() > 200000) skeleton_cache().clear();
  const std::string& sa = skeleton_of(ja);
  return sa == skeleton_of(jb);  // references to map nodes stay valid as it grows
}

// `small` is `big` with given or middle names left out, in order, keeping the
// family name: first or last token ("Putin", "Kim", "Lula Silva").
bool shorter_form(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  if (small.empty() || small.size() >= big.size()) return false;
  // Both with middle parts of their own are different people: "George W. Bush" / "George H. W. Bush".
  if (small.size() > 2) return false;
  size_t j = 0;
  std::vector<size_t> at;
  for (size_t i = 0; i < small.size(); ++i) {
    while (j < big.size() && !same_token(small[i], big[j])) ++j;
    if (j == big.size()) return false;
    at.push_back(j++);
  }
  if (small.size() == 1) return at[0] == 0 || at[0] + 1 == big.size() || big.size() >= 4;
  // Two tokens: they end the big name ("Lula Silva") or are its first and last ("Kim Un").
  return at.back() + 1 == big.size();
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

NameMatch compare_name_tokens(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return NameMatch::kNone;
  if (same_tokens(a, b)) return NameMatch::kFull;
  if (shorter_form(a, b) || shorter_form(b, a)) return NameMatch::kPartial;
  return NameMatch::kNone;
}

NameMatch compare_person_names(std::string_view a, std::string_view b) {
  return compare_name_tokens(name_tokens(a), name_tokens(b));
}

}  // namespace newsdesk::analyze
