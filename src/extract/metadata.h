// Page metadata from markup: JSON-LD, OpenGraph and <meta> tags, <title>, <h1>,
// <time>, itemprop and rel=author — the evidence for title, dates, authors and site.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "extract/article.h"
#include "extract/dates.h"
#include "extract/html.h"

namespace newsdesk::extract {

struct Metadata {
  std::string html_title;      // <title>
  std::string og_title;        // og:title / twitter:title
  std::string jsonld_headline;
  std::vector<std::string> h1; // first few <h1> texts
  std::string site_name;       // og:site_name, JSON-LD publisher, application-name
  std::string canonical;       // <link rel=canonical>, og:url
  std::string description;
  std::string declared_language;  // <html lang>, content-language, og:locale
  std::vector<std::string> authors;
  FoundDate published;
  FoundDate modified;
};

// `order` reads numeric dates in meta values that are not ISO.
Metadata read_metadata(const HtmlDocument& doc, DayMonthOrder order);

// The page title without the site name: "Headline | Site" -> "Headline".
std::string clean_title(const Metadata& meta);

// Splits and cleans a byline: "By Ann Lee and Bob Roe" -> {"Ann Lee", "Bob Roe"};
// drops non-names ("Minute Read", "Published", URLs, e-mail addresses).
std::vector<std::string> clean_authors(std::string_view byline);

}  // namespace newsdesk::extract
