//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_SRC_DETAIL_JSON_OBJECT_HPP
#define RESPOLICY_SRC_DETAIL_JSON_OBJECT_HPP

// A strict reader for one JSON object (RFC 8259), made for the problem-details rules (RFC 9457):
// it walks the members of the top-level object and hands out each name with its value's kind and
// text, validating everything on the way (nested values included). It never allocates, never
// copies, and stops at a size limit and a nesting-depth limit, so time and stack are bounded.

#include <respolicy/export.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace respolicy::detail::json {

/** The kind of a JSON value (RFC 8259 §3). */
enum class kind : std::uint8_t { string, number, object, array, boolean, null };

/** Returns "string", "number", "object", "array", "boolean" or "null". */
RESPOLICY_DECL std::string_view to_string(kind k) noexcept;

/** Why a text is not one well-formed JSON object. */
enum class error : std::uint8_t {
  none,
  empty,            // no text, or only whitespace
  not_object,       // the top-level value is not an object
  byte_order_mark,  // RFC 8259 §8.1: senders MUST NOT add a BOM
  unexpected_end,   // the text ends inside a value
  unexpected_char,  // a character the grammar does not allow here
  bad_escape,       // a backslash escape outside RFC 8259 §7
  bad_surrogate,    // a \u escape that is a lone or unpaired UTF-16 surrogate
  control_char,     // an unescaped U+0000..U+001F inside a string
  bad_utf8,         // RFC 8259 §8.1: the text MUST be UTF-8
  bad_number,       // a number outside RFC 8259 §6 (leading zero, "1.", "-", ...)
  too_deep,         // nesting beyond the depth limit
  too_large,        // the text is longer than the size limit; nothing was read
  trailing_data,    // something other than whitespace after the object
};

/** A short English description of `e`, for diagnostics. */
RESPOLICY_DECL std::string_view to_string(error e) noexcept;

/** One member of the top-level object, as written in the text. */
struct member {
  std::string_view name;   ///< between the quotes; escapes not decoded (see next_char)
  kind type = kind::null;  ///< the value's kind
  std::string_view value;  ///< the value's text; for a string, between the quotes
};

struct limits {
  std::size_t max_size = 64 * 1024;  ///< longer texts are not read at all (error::too_large)
  unsigned max_depth = 32;           ///< the top-level object is depth 1; at most 256
};

/** Reads the members of one top-level JSON object, one at a time.

    `next()` yields the members in order; it returns false at the end of the object, after
    checking that only whitespace follows, or at the first error, which `failure()` then names.
    So the text is known to be well formed only once `next()` has returned false with
    `failure() == error::none`. Nested objects and arrays are validated but not reported.

    @par Example
    @code
    json::object_reader r(R"({"status": 404, "title": "Not Found"})");
    json::member m;
    while (r.next(m)) use(m);
    if (r.failure() != json::error::none) report(r.failure(), r.offset());
    @endcode

    @par Specification
    RFC 8259 §2 (grammar), §4 (objects), §6 (numbers), §7 (strings), §8.1 (UTF-8, no BOM);
    unpaired surrogate escapes are rejected as RFC 7493 §2.1 (I-JSON) does.
*/
class RESPOLICY_DECL object_reader {
 public:
  explicit object_reader(std::string_view text, limits l = {}) noexcept;

  /** Reads the next member into `m`; false at the end of the object or on an error. */
  bool next(member& m) noexcept;

  error failure() const noexcept { return error_; }
  /** The byte offset where the error was found (meaningful when failure() is not none). */
  std::size_t offset() const noexcept { return pos_; }

 private:
  bool fail(error e) noexcept;
  void skip_ws() noexcept;
  bool string(std::string_view& out) noexcept;
  bool value(kind& k, std::string_view& text, unsigned depth) noexcept;
  bool container(char close, unsigned depth) noexcept;
  bool number() noexcept;
  bool literal(std::string_view word) noexcept;
  bool finish() noexcept;

  std::string_view text_;
  std::size_t pos_ = 0;
  unsigned max_depth_;
  std::size_t max_size_;
  enum class state : std::uint8_t { start, first, rest, done } state_ = state::start;
  error error_ = error::none;
};

/** Decodes the first code point of `s`, the text of a string the reader has validated, and
    removes it from `s`: escapes and surrogate pairs are resolved, UTF-8 is decoded. `s` must not
    be empty. On text the reader did not validate the result is unspecified but stays in bounds. */
RESPOLICY_DECL char32_t next_char(std::string_view& s) noexcept;

/** True when the validated string text `raw` decodes to exactly `ascii`. */
RESPOLICY_DECL bool string_equals(std::string_view raw, std::string_view ascii) noexcept;

/** The value of a validated number when it is an integer without fraction or exponent that fits
    in 64 bits; nothing otherwise. */
RESPOLICY_DECL std::optional<std::int64_t> to_integer(std::string_view number) noexcept;

}  // namespace respolicy::detail::json

#endif
