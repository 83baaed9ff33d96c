// extract_article: the extract/ module's entry point — one RawDoc of HTML in, one
// Article (or the Diagnostic saying why not) out.
#pragma once

#include "core/raw_doc.h"
#include "core/result.h"
#include "extract/article.h"

namespace newsdesk::extract {

// Never throws on bad input: oversized or undecodable pages give a Diagnostic.
core::Result<Article> extract_article(const core::RawDoc& doc, const ExtractOptions& options = {});

}  // namespace newsdesk::extract
