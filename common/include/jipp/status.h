// Status and Result<T>: how expected failures travel inside the project.
// Owns the few canonical error kinds; the edges (indexer diagnostics, HTTP
// responses) turn them into messages and exit codes or status numbers.
// Thread-safety: plain values, safe to copy between threads.
// Not for bugs: those are asserts.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <utility>

namespace jipp {

enum class ErrorKind {
  kOk,
  kInvalidArgument,     // bad input from a user or a file
  kNotFound,            // something named does not exist
  kFailedPrecondition,  // the system is not in a state to do it (e.g. locked)
  kUnavailable,         // a resource cannot be reached or opened now
  kInternal,            // an unexpected failure of a dependency
};

// "invalid_argument", "not_found", ...: the code used in JSON error bodies.
const char* error_kind_name(ErrorKind kind);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(ErrorKind kind, std::string message, std::string field = {})
      : kind_(kind), message_(std::move(message)), field_(std::move(field)) {}

  static Status ok() { return Status(); }
  static Status invalid(std::string message, std::string field = {}) {
    return Status(ErrorKind::kInvalidArgument, std::move(message),
                  std::move(field));
  }

  bool is_ok() const { return kind_ == ErrorKind::kOk; }
  ErrorKind kind() const { return kind_; }
  const std::string& message() const { return message_; }
  // The field or parameter the error is about, empty when none.
  const std::string& field() const { return field_; }

 private:
  ErrorKind kind_ = ErrorKind::kOk;
  std::string message_;
  std::string field_;
};

// A value or the Status saying why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.is_ok());
  }

  bool is_ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }
  const T& operator*() const { return *value_; }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace jipp
