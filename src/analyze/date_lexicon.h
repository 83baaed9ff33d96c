// Date words of each language (months, weekdays, "ieri", "scorso", "vor", "Jahr"),
// tagged for the date finder; phrases of up to four words, folded.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "analyze/facts_tokens.h"

namespace newsdesk::analyze {

enum class DateWord : char {
  kMonth = 'M',       // full month name; value 1..12
  kMonthAbbr = 'm',   // abbreviation, only next to a day or year; value 1..12
  kWeekday = 'W',     // value 1 (Monday) .. 7
  kWeekdayAbbr = 'w', // value 1..7, only next to a date
  kRelDay = 'D',      // "ieri" -1, "tomorrow" +1
  kUnit = 'U',        // value: 0 day, 1 week, 2 month, 3 year, 4 weekend, 5 decade, 6 quarter, 7 half year, 9 work week, 10 business days
  kPreMod = 'P',      // modifier before the noun: "last", "lo scorso", "nächste"; value -1, 0, +1
  kPostMod = 'Q',     // modifier after the noun: "scorso", "dernière", "pasado"; value -1, 0, +1
  kAgoAfter = 'A',    // "ago", "fa", "atrás" after the amount
  kAgoBefore = 'B',   // "vor", "hace", "há", "il y a" before it
  kInBefore = 'I',    // "in", "tra", "dans", "dentro de" before it: future
  kLater = 'L',       // "later", "dopo", "después": after it, future
  kYearNoun = 'Y',    // "year", "anno", "Jahr" before a year number
  kYearPrep = 'R',    // "in", "nel", "im", "en", "em" before a bare year
  kFiller = 'F',      // "of", "di", "de", "del", "the": between day and month or month and year
  kDayPrefix = 'T',   // "the", "il", "le", "el", "am", "den": before a day number (inside the span for RT)
  kOrdinal = 'O',     // day suffix: "st", "nd", "rd", "th", "er", "º"
  kLastN = 'N',       // "ultimi", "past", "letzten", "derniers" before an amount: a span up to the anchor
  kNextN = 'X',       // "prossimi", "next", "nächsten", "próximos" before an amount: a span after the anchor
  kRangeOpen = 'G',   // "from", "between", "dal", "entre", "von": opens a range of two dates
  kRangeTo = 'H',     // "to", "and", "al", "y", "bis", "-": joins the two dates of a range
  kTimePrep = 'Z',    // "at", "alle", "um", "à", "a las": before a time of day
  kDurUnit = 'V',     // a unit of a duration; value: its seconds ("hour" 3600, "anni" 31536000)
  kFew = 'K',         // "a few", "alcuni", "einige", "quelques", "unos": an amount of three
  kSince = 'S',       // "since", "dal", "seit", "depuis", "desde": an open range from the date on
  kAfter = 'J',       // "after", "dopo il", "nach", "après", "después de": an open range after the date
  kBefore = 'E',      // "before", "until", "prima del", "bis", "avant", "hasta": an open range up to the date
  kDayPart = 'p',     // "morning", "sera", "Abend", "tarde"; value: the part's first hour (8, 12, 16, 20, 4)
  kTodayPart = 't',   // "tonight", "stasera": a part of today; value as kDayPart
  kPartPrep = 'r',    // "in the", "por la", "am": between a day or a time and a part of the day
  kNow = 'n',         // "now", "adesso", "jetzt": the anchor's moment
  kEvery = 'e',       // "every", "ogni", "jeden", "chaque", "cada": a recurring time follows
  kSetAdverb = 'a',   // "daily", "weekly", "jährlich"; value: the unit as for kUnit
  kShiftFrom = 'f',   // "from", "after", "before" between an amount and a date; value +1 / -1
  kWeekOf = 'o',      // "of", "di", "de la" between a weekday and a week
  kOrdinalWord = 'd', // "first", "ultima", "dritte": which week, quarter or half; value 1..5, -1 last
  kPeriodPart = 'x',  // "early", "mediados de", "Ende": value 1 beginning, 2 middle, 3 end
  kDecadeNoun = 'c',  // "decade", "década", "anni" before a year
  kHoliday = 'h',     // a holiday on a fixed day; value month * 100 + day
  kEasterDay = 'g',   // a holiday counted from Easter Sunday; value days after it
  kMinuteJoin = 'j',  // "e", "y", "and" between an hour and its minutes
  kClockFraction = 'q',  // "mezza", "quarto": minutes after kMinuteJoin; value 30, 15
  kOclock = 'k',      // "o'clock", "Uhr", "horas", "en punto" after an hour
  kDayNoun = 'y',     // "dia", "el día", "il giorno" before a day of the month
  kHourArticle = 'l', // "le", "las": the article before an hour inside a time span
  kWithin = 'i',      // "within", "dentro de", "innerhalb von" before an amount: from the anchor on
  kClockWord = 'C',   // "noon", "midnight", "mezzogiorno", "Mitternacht": a time of day; value its hour
  kRelPart = 'z',     // "later", "earlier", "más tarde" before a period: the part after (3) or before (1) the anchor
  kPeriodLetter = 'b', // "Q", "T", "H" glued to a number next to a year ("Q1 2019"); value the months (3, 6)
  kWeekdaySet = 's',  // a weekday in the plural ("Mondays", "montags", "lundis"); value 1..7
  kPartSet = 'v',     // a part of the day in the plural ("mornings", "soirs"); value as kDayPart
  kMinuteBefore = '-', // "meno", "menos", "moins" after an hour: minutes before it ("otto meno un quarto")
  kMinuteTo = '<',     // "to", "vor", "alle", "para as" between minutes and the hour ("quarter to 4")
  kMinutePast = '>',   // "past", "nach" between minutes and the hour ("20 past 8", "Viertel nach 8")
  kWeekStart = '^',   // "beginning", "starting on", "que comienza el" between "week" and a date in it
  kOrLater = 'u',     // "or later", "onwards", "in poi" after a date: an open range from it on
  kYearKind = '#',    // "fiscal year" 1, "school year" 2, "calendar year" 3; +10 abbreviations "fy", "sy", "cy"
  kSeason = '*',      // "summer", "estate", "Winter"; value 1 spring, 2 summer, 3 fall, 4 winter
  kWhole = '@',       // "all", "tutto il", "den ganzen" before a unit: one whole unit as a duration ("all day")
  kDefArticle = '=',  // "the", "das", "des": before a unit, the anchor's own ("the year", "des Jahres")
  kFortnight = '~',   // "fortnight": an amount of two weeks, or the two weeks from a Monday; value its days (14)
  kCompare = '$',     // "more than", "less than" before a duration: part of it as the specs write it; value +1 / -1
  kCentury = '&',     // "century", "centuries" after an ordinal number
  kMeal = '%',        // "lunch", "dinnertime": a meal's hours; value first * 100 + last, + 10000 if it names the time alone
};

struct DateWordMatch {
  DateWord kind;
  int value = 0;
  size_t end_token = 0;  // token after the phrase
};

// The date words (longest phrase first) that start at tokens[i] in `language`.
std::vector<DateWordMatch> match_date_words(const std::vector<FactToken>& tokens, size_t i,
                                            std::string_view language);

}  // namespace newsdesk::analyze
