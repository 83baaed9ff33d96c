// English hours and dates written with a dot: "at 6.45", "Monday at 2.30", "Friday 7.6", "on 5.12".
// A dotted number is a decimal far more often than a date or a time ("closed at 2.30", "rose 5.12"),
// so it is read as one only where the words around it say so: a verb of coming and going or
// meeting before "at", or a weekday or "on" before a month and day with nothing numeric after.
#pragma once

#include <cstddef>
#include <vector>

#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

// Whether the word at token j is a verb that schedules a moment ("leave", "meet", "arrives",
// "starting"): "we leave at 6.45" names a time, "shares closed at 6.45" a price.
bool english_schedule_verb_at(const std::vector<FactToken>& t, size_t j);

// Whether the dotted pair "7.6" at tokens [i, i + 3) can be a date or a time by what follows: the
// end, a closing mark or a word that is no unit or amount ("on 5.12", "Friday 7.6 with Jim", "leave
// at 6.45"; not "5.12 million", "7.6 percent", "7.6%", "7.6.2", "at 6.45 dollars").
bool english_dotted_number_stands_alone(const std::vector<FactToken>& t, size_t i);

}  // namespace newsdesk::analyze
