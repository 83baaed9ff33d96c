// Result<T>: a value or the Diagnostic that explains why there is none.
// Readers and extractors return it so bad input flows as data.
#pragma once

#include <cassert>
#include <utility>
#include <variant>

#include "core/diagnostic.h"

namespace newsdesk::core {

template <typename T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}                // NOLINT: implicit by design
  Result(Diagnostic error) : v_(std::move(error)) {}       // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(v_); }
  explicit operator bool() const { return ok(); }

  T& value() { assert(ok()); return std::get<T>(v_); }
  const T& value() const { assert(ok()); return std::get<T>(v_); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Diagnostic& error() const { assert(!ok()); return std::get<Diagnostic>(v_); }

 private:
  std::variant<T, Diagnostic> v_;
};

}  // namespace newsdesk::core
