// Turns a RawDoc's bytes into text the pipeline can trust: valid UTF-8, no BOM,
// not binary, not empty — or a Diagnostic saying which of these failed.
#pragma once

#include <string>

#include "core/raw_doc.h"
#include "core/result.h"

namespace newsdesk::text {

core::Result<std::string> decode_plain_text(const core::RawDoc& doc);

}  // namespace newsdesk::text
