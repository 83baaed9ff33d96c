// A RawDoc as a NATS message: the bytes as payload, where they came from in
// headers, and the content hash as Nats-Msg-Id so the stream drops a document
// published twice. Header values are percent-escaped where a header could not
// carry them (CR, LF, other controls, '%').
#pragma once

#include <nats/nats.h>

#include <string>
#include <string_view>

#include "core/raw_doc.h"

namespace newsdesk::queue {

// The message for `doc` on `subject` with id `hash`; nullptr when libnats
// cannot make it (out of memory), *status set.
natsMsg* message_of(const core::RawDoc& doc, const std::string& subject, const std::string& hash,
                    natsStatus* status);

// The document a message carries; headers that are missing leave fields empty.
core::RawDoc doc_of(natsMsg* msg);

// Exposed for tests.
std::string escape_header_value(std::string_view value);
std::string unescape_header_value(std::string_view value);

}  // namespace newsdesk::queue
