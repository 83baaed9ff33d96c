#include "analyze/date_english_compound_durations.h"

#include <cmath>
#include <string_view>

namespace newsdesk::analyze {
namespace {

constexpr double kDay = 86400, kWeek = 604800, kMonth = 2592000, kYear = 31536000;

// Words after which a bare "10D" is a length of time, not a thing's name ("3D", "2W" a form).
bool asks_for_length(std::string_view w) {
  static const char* kWords[] = {"for", "lasted", "lasts", "last", "took", "takes", "over", "during", "within"};
  for (const char* k : kWords)
    if (w == k) return true;
  return false;
}

}  // namespace

std::optional<DurationPiece> english_shorthand_duration_at(const std::vector<FactToken>& t, size_t i, size_t& end) {
  if (i == 0 || i + 1 >= t.size() || t[i].kind != TokenKind::kDigits || t[i].folded.size() > 3) return std::nullopt;
  if (t[i - 1].kind != TokenKind::kWord || !asks_for_length(t[i - 1].folded)) return std::nullopt;
  const FactToken& u = t[i + 1];
  if (u.kind != TokenKind::kWord || u.space_before || u.folded.size() != 1) return std::nullopt;
  double unit = u.folded == "d" ? kDay : u.folded == "w" ? kWeek : u.folded == "y" ? kYear : 0;
  if (unit == 0) return std::nullopt;
  // It closes the phrase: "for 3D films" names a kind of film
  if (i + 2 < t.size() && t[i + 2].kind != TokenKind::kMark && !t[i + 2].newline_before) return std::nullopt;
  end = i + 2;
  return DurationPiece{std::stod(t[i].folded), unit};
}

bool is_half_sign(const std::vector<FactToken>& t, size_t i) { return i < t.size() && t[i].folded == "½"; }

std::string iso_of_pieces(const std::vector<DurationPiece>& pieces) {
  std::string date, time;
  for (const DurationPiece& p : pieces) {
    if (p.amount < 0 || p.amount > 1e9 || std::floor(p.amount) != p.amount) return "";
    std::string n = std::to_string(static_cast<long>(p.amount));
    if (p.unit_seconds == kYear) date += n + "Y";
    else if (p.unit_seconds == kMonth) date += n + "M";
    else if (p.unit_seconds == kWeek) date += n + "W";
    else if (p.unit_seconds == kDay) date += n + "D";
    else if (p.unit_seconds == 3600) time += n + "H";
    else if (p.unit_seconds == 60) time += n + "M";
    else if (p.unit_seconds == 1) time += n + "S";
    else return "";
  }
  return "P" + date + (time.empty() ? "" : "T" + time);
}

}  // namespace newsdesk::analyze
