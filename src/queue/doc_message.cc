#include "queue/doc_message.h"

#include <charconv>
#include <cstdio>

namespace newsdesk::queue {
namespace {

constexpr const char* kSource = "Newsdesk-Source";
constexpr const char* kUrl = "Newsdesk-Url";
constexpr const char* kMediaType = "Newsdesk-Media-Type";
constexpr const char* kCharset = "Newsdesk-Charset";
constexpr const char* kFetchTime = "Newsdesk-Fetch-Time";

std::string header(natsMsg* msg, const char* key) {
  const char* value = nullptr;
  if (natsMsgHeader_Get(msg, key, &value) != NATS_OK || value == nullptr) return "";
  return unescape_header_value(value);
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

std::string escape_header_value(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (char c : value) {
    auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7f || c == '%') {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out;
}

std::string unescape_header_value(std::string_view value) {
  std::string out;
  out.reserve(value.size());
  for (size_t i = 0; i < value.size(); ++i) {
    int hi = value[i] == '%' && i + 2 < value.size() ? hex_digit(value[i + 1]) : -1;
    int lo = hi >= 0 ? hex_digit(value[i + 2]) : -1;
    if (hi >= 0 && lo >= 0) {
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    } else {
      out += value[i];
    }
  }
  return out;
}

natsMsg* message_of(const core::RawDoc& doc, const std::string& subject, const std::string& hash,
                    natsStatus* status) {
  natsMsg* msg = nullptr;
  natsStatus s = natsMsg_Create(&msg, subject.c_str(), nullptr, doc.bytes.data(), static_cast<int>(doc.bytes.size()));
  auto set = [&](const char* key, const std::string& value) {
    if (s == NATS_OK && !value.empty()) s = natsMsgHeader_Set(msg, key, escape_header_value(value).c_str());
  };
  set("Nats-Msg-Id", hash);
  set(kSource, doc.source);
  set(kUrl, doc.url);
  set(kMediaType, doc.media_type);
  set(kCharset, doc.charset);
  if (doc.fetch_time != 0) set(kFetchTime, std::to_string(doc.fetch_time));
  *status = s;
  if (s != NATS_OK) {
    natsMsg_Destroy(msg);
    return nullptr;
  }
  return msg;
}

core::RawDoc doc_of(natsMsg* msg) {
  core::RawDoc doc;
  doc.bytes.assign(natsMsg_GetData(msg), static_cast<size_t>(natsMsg_GetDataLength(msg)));
  doc.source = header(msg, kSource);
  doc.url = header(msg, kUrl);
  doc.media_type = header(msg, kMediaType);
  doc.charset = header(msg, kCharset);
  std::string time = header(msg, kFetchTime);
  std::from_chars(time.data(), time.data() + time.size(), doc.fetch_time);
  return doc;
}

}  // namespace newsdesk::queue
