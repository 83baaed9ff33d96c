// English durations written in more than one piece or in shorthand: "1 hour and 30 minutes",
// "2 hours, 15 minutes" (one span of time, not two), "for 10D", "lasted 2W", "3Y" after a
// duration word (the D/W/Y shorthand of schedules and tables), and "½ hour".
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

struct DurationPiece {
  double amount = 0;
  double unit_seconds = 0;
};

// "for 10D", "lasted 3Y", "over 2W": digits with a glued D, W or Y after a word that asks for a
// length of time. Not "3D printing" (no such word before it). The piece and the token after it.
std::optional<DurationPiece> english_shorthand_duration_at(const std::vector<FactToken>& t, size_t i, size_t& end);

// Whether token i is "½" (then "½ hour" is half an hour).
bool is_half_sign(const std::vector<FactToken>& t, size_t i);

// After a duration ending at token k whose unit is `unit_seconds`: "and 30 minutes", ", 15 seconds",
// "30 minutes" of a smaller unit. `read_piece(j, piece, end)` reads an amount and unit at j.
// Returns the end token of the last piece added to `pieces` (k when none follows).
template <typename ReadPiece>
size_t english_duration_tail(const std::vector<FactToken>& t, size_t k, double unit_seconds,
                             std::vector<DurationPiece>& pieces, ReadPiece read_piece) {
  size_t end = k;
  double last_unit = unit_seconds;
  while (end < t.size()) {
    size_t j = end;
    if (t[j].folded == "and" || t[j].folded == ",") ++j;
    if (j < t.size() && t[j].folded == "and") ++j;  // ", and 5 seconds"
    DurationPiece p;
    size_t e = 0;
    if (j >= t.size() || t[j].newline_before || !read_piece(j, p, e) || p.unit_seconds >= last_unit) break;
    pieces.push_back(p);
    last_unit = p.unit_seconds;
    end = e;
  }
  return end;
}

// The ISO 8601 period of pieces of whole standard units: "P2Y1M21D", "PT1H30M". Empty when one is
// not a whole amount of a year, month, week, day, hour, minute or second.
std::string iso_of_pieces(const std::vector<DurationPiece>& pieces);

}  // namespace newsdesk::analyze
