// Dates a text gives, absolute ("3 settembre 2025", "2025-09-03", "Sept. 3") or
// relative ("ieri", "lo scorso anno", "vor zwei Wochen"), resolved to ISO days or ranges.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

class FactText;  // analyze/fact_text.h

struct CivilDate {
  int year = 0, month = 0, day = 0;
  std::string iso() const;  // YYYY-MM-DD
  auto operator<=>(const CivilDate&) const = default;
};

// What relative expressions are resolved against.
struct Anchor {
  CivilDate date;
  std::string source = "publication";  // "publication" (given) or "text" (latest date the text gives)
  std::string time;                    // "HH:MM:SS" when the moment is known ("now" resolves to it)
};

enum class DateGranularity { kDay, kWeek, kWeekend, kMonth, kYear, kDecade, kSpan, kTime, kSet };

struct DateMention {
  size_t begin = 0, end = 0;  // byte span in the text
  std::string text;           // the span as written
  DateGranularity granularity = DateGranularity::kDay;
  CivilDate start;            // first day
  CivilDate end_exclusive;    // day after the last day (== start + 1 day for kDay)
  std::optional<CivilDate> future_start, future_end;  // the other reading when the year (or week) is left out
  std::string time;           // "HH:MM:SS" when a time of day is given (kDay: a date and time; kTime: time only)
  std::string time_end;       // "HH:MM:SS": the end of a span of the day ("5 to 6pm", "domani sera"), with `time`
  std::string set;            // kSet, a recurring time ("every Monday", "daily"): its TIMEX3 value ("XXXX-WXX-1", "P1D")
  bool open_start = false;    // "before 2018": no start (start is unset)
  bool open_end = false;      // "since 2019", "after 2016": no end (end_exclusive is unset)
  // A date with no days of its own: a season ("2016-SU", "SU"), a fiscal or school year ("FY2018",
  // "SYXXXX"), a day that does not exist ("XXXX-02-30"). Its TIMEX3 value; start and end are unset.
  std::string unresolved;
  // The beginning, middle or end of a period ("the end of 2008", "mid-March") as a bound of a range
  // or after "before"/"after": the day it points at (2009-01-01, 03-16), and the other reading's.
  std::optional<CivilDate> point, future_point;
  bool approx = false;        // "around 1pm", "verso le 11", "cerca de las tres": about that moment
  bool uses_anchor = false;   // resolved against the anchor (relative, or the year left out)
  std::optional<Anchor> anchor;  // the anchor it used
  // "2025-09-03", "2025-09", "2024", "2025-W36", "start/end" (inclusive), "2025-09-03T08:00:00", "T08:00:00";
  // open ranges "2019-01-01/.." and "../2017-12-31"; spans of a day "2025-09-03T16:00:00/2025-09-03T20:00:00",
  // "T17:00:00/T18:00:00"; sets their TIMEX3 value ("P1W", "XXXX-WXX-1T16")
  std::string value() const;
};

// Every date in `text` (language: ISO 639-1 code), left to right. Relative dates
// need an anchor; without one they resolve against the latest absolute day the text
// itself gives (source "text"), or are dropped when it gives none.
std::vector<DateMention> find_dates(std::string_view text, std::string_view language,
                                    std::optional<Anchor> anchor);

// The same on tokens already made from `text` (find_facts tokenizes once for all finders).
std::vector<DateMention> find_dates(const std::vector<FactToken>& tokens, std::string_view text,
                                    std::string_view language, std::optional<Anchor> anchor);

// The same on a FactText of `text` (find_facts shares one among its finders).
std::vector<DateMention> find_dates(const FactText& fact_text, std::string_view text, std::optional<Anchor> anchor);

// Days since 1970-01-01 and back.
long days_from_civil(const CivilDate& d);
CivilDate civil_from_days(long days);

}  // namespace newsdesk::analyze
