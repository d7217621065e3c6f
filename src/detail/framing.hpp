//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_SRC_DETAIL_FRAMING_HPP
#define RESPOLICY_SRC_DETAIL_FRAMING_HPP

#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/delta_seconds.hpp>
#include <respolicy/message.hpp>

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace respolicy::detail {

/** The framing fields of a message as a recipient reads them: every Content-Length line, and
    every Transfer-Encoding line combined in order. What a sender may generate is stricter
    (content-length-syntax, transfer-coding-no-params): the checks read that themselves. */
struct recipient_framing {
  // Content-Length (RFC 9110 §8.6, RFC 9112 §6.3 item 5): one decimal number, which a list of
  // identical numbers, on one line or several, states too. Anything else is invalid.
  bool length_present = false;          // a Content-Length line
  bool length_valid = true;             // its elements are 1*DIGIT, all the same number
  std::optional<std::uint64_t> length;  // that number, when valid and at most 2^64 - 1
  std::string_view length_field;        // the last Content-Length line's name, as written

  // Transfer-Encoding (RFC 9110 §5.3, RFC 9112 §6.1): the codings of every line, in order;
  // empty elements are ignored (RFC 9110 §5.6.1), any other element is a coding.
  bool transfer_encoding = false;  // a Transfer-Encoding line
  unsigned codings = 0;            // the codings
  unsigned chunked = 0;            // how many of them are chunked
  bool chunked_last = false;       // the last coding is chunked
  std::string_view te_field;       // the last Transfer-Encoding line's name, as written
};

/** The digits of a 1*DIGIT string without its leading zeros ("0" for zero): two strings are the
    same number exactly when these are equal, however many digits they have. */
constexpr std::string_view significant_digits(std::string_view digits) noexcept {
  auto const i = digits.find_first_not_of('0');
  return i == std::string_view::npos ? digits.substr(digits.size() - 1) : digits.substr(i);
}

/** Reads `fields`' Content-Length and Transfer-Encoding lines as a recipient does. */
constexpr recipient_framing read_framing(std::span<field_view const> fields) noexcept {
  recipient_framing r;
  std::string_view first;   // the first length element
  std::uint64_t value = 0;  // its number,
  bool fits = false;        // when that is at most 2^64 - 1
  for (auto const& f : fields) {
    // Two names are looked for: comparing each name with them (most differ in size from both) is
    // cheaper than lookup_field().
    if (grammar::iequals(f.name, "Content-Length")) {
      r.length_present = true;
      r.length_field = f.name;
      if (!r.length_valid) continue;
      grammar::for_each_element(f.value, [&](std::string_view e) {
        auto const n = grammar::parse_decimal(e);
        // A number above 2^64 - 1 is still one decimal number; it cannot frame a message.
        bool const digits = n || (n.error().code == grammar::error::overflow &&
                                  e.find_first_not_of("0123456789") == std::string_view::npos);
        if (!digits) {
          r.length_valid = false;
        } else if (first.empty()) {
          first = e;
          fits = static_cast<bool>(n);
          value = n.value_or(0);
        } else {
          r.length_valid =
              n ? fits && value == *n : significant_digits(e) == significant_digits(first);
        }
        return r.length_valid;
      });
    } else if (grammar::iequals(f.name, "Transfer-Encoding")) {
      r.transfer_encoding = true;
      r.te_field = f.name;
      grammar::for_each_element(f.value, [&](std::string_view e) {
        if (e.empty()) return;
        bool const is_chunked =
            grammar::iequals(grammar::trim_ows(e.substr(0, e.find(';'))), "chunked");
        r.chunked += is_chunked;
        r.chunked_last = is_chunked;
        ++r.codings;
      });
    }
  }
  if (r.length_valid && fits) r.length = value;
  return r;
}

// What read_framing() reads, checked at compile time.
namespace framing_examples {
constexpr recipient_framing read(std::string_view name, std::string_view value) noexcept {
  field_view const f[] = {{name, value}};
  return read_framing(f);
}
static_assert(read("Content-Length", "42").length == 42u);
static_assert(read("content-length", "42, 042").length == 42u);
static_assert(!read("Content-Length", "42, 43").length_valid);
static_assert(!read("Content-Length", "42,").length_valid);
static_assert(!read("Content-Length", "").length_valid);
static_assert(!read("Content-Length", "+42").length_valid);
static_assert(read("Content-Length", "18446744073709551616").length_valid);
static_assert(!read("Content-Length", "18446744073709551616").length);
static_assert(read("Content-Length", "18446744073709551616, 018446744073709551616").length_valid);
static_assert(!read("Content-Length", "18446744073709551616, 18446744073709551617").length_valid);
static_assert(read("Transfer-Encoding", "gzip, chunked").chunked_last);
static_assert(read("Transfer-Encoding", "chunked, ,").chunked_last);
static_assert(!read("Transfer-Encoding", "chunked, ;x").chunked_last);
static_assert(read("Transfer-Encoding", "gzip, chunked;x=1").codings == 2);
}  // namespace framing_examples

}  // namespace respolicy::detail

#endif
