// A POSTed page made into the RawDoc the ingest job reads: a page as HTML or
// plain text, or a JSON record {url, title, text | html, published, language}.
#pragma once

#include <string>
#include <variant>

#include "core/raw_doc.h"

namespace newsdesk::serve {

struct BodyError {
  int status;  // 400 or 415
  std::string message;
};

// `url` is the ?url= parameter (pages posted as HTML or text have nowhere else to say it).
std::variant<core::RawDoc, BodyError> document_from_body(const std::string& content_type,
                                                         const std::string& body,
                                                         const std::string& url);

}  // namespace newsdesk::serve
