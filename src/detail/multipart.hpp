//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_SRC_DETAIL_MULTIPART_HPP
#define RESPOLICY_SRC_DETAIL_MULTIPART_HPP

// Multipart content (RFC 2046 §5.1.1), read for the multipart rules (RFC 9110 §8.3.3, §14.6,
// §15.3.7.2):
//
//   multipart-body  := [preamble CRLF] dash-boundary transport-padding CRLF body-part
//                      *encapsulation close-delimiter transport-padding [CRLF epilogue]
//   encapsulation   := delimiter transport-padding CRLF body-part
//   delimiter       := CRLF dash-boundary
//   close-delimiter := delimiter "--"
//   dash-boundary   := "--" boundary
//   boundary        := 0*69<bchars> bcharsnospace
//   bchars          := bcharsnospace / " "
//   bcharsnospace   := DIGIT / ALPHA / "'" / "(" / ")" / "+" / "_" / "," / "-" / "." / "/" /
//                      ":" / "=" / "?"
//
// The scan is a single pass over the content with no allocation and no recursion: the boundary
// lives in a fixed-size array, and the search for delimiter lines visits only line starts, so the
// time is linear in the content whatever it holds.

#include "detail/whitespace.hpp"

#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/detail/parameters.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace respolicy::detail::multipart {

constexpr std::size_t npos = std::string_view::npos;

/** The longest boundary RFC 2046 §5.1.1 allows. */
constexpr std::size_t max_boundary = 70;

/** bcharsnospace (RFC 2046 §5.1.1); bchars adds the space. */
constexpr bool is_bcharsnospace(char ch) noexcept {
  if ((ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')) return true;
  return std::string_view("'()+_,-./:=?").find(ch) != npos;
}

/** A boundary parameter's value, unescaped into a buffer of its own. */
struct boundary_text {
  std::array<char, max_boundary> bytes{};
  std::size_t size = 0;
  bool too_long = false;

  constexpr std::string_view view() const noexcept { return {bytes.data(), size}; }
};

/** The value of a boundary parameter without the quotes and quoted-pairs of a quoted-string
    (RFC 9110 §5.6.4); too_long, and the first 70 characters, when it has more than 70. */
constexpr boundary_text unescape_boundary(grammar::parameter const& p) noexcept {
  boundary_text b;
  auto const raw = p.raw();
  for (std::size_t i = 0; i < raw.size(); ++i) {
    char ch = raw[i];
    if (p.quoted && ch == '\\' && i + 1 < raw.size()) ch = raw[++i];  // quoted-pair
    if (b.size == max_boundary) {
      b.too_long = true;
      return b;
    }
    b.bytes[b.size++] = ch;
  }
  return b;
}

/** What the byte after a "--boundary" at a line start makes of it. */
enum class delimiter_kind : std::uint8_t { none, open, close };

struct delimiter {
  delimiter_kind kind = delimiter_kind::none;
  std::size_t at = npos;  // offset of the "--"
  std::size_t end = 0;    // offset after the line break that ends the delimiter line
  bool bare_lf_before = false;
  bool bare_lf_after = false;
};

/** Reads a delimiter line at `at`, where "--" and the boundary must start a line. RFC 2046
    §5.1.1: a delimiter line is "--", the boundary, optional whitespace (transport padding) and
    CRLF; the close delimiter adds "--" and may end the content. A line that goes on with other
    text after the boundary is not a delimiter here. */
constexpr delimiter delimiter_at(std::string_view body, std::size_t at,
                                 std::string_view boundary) noexcept {
  delimiter d;
  if (at > 0 && body[at - 1] != '\n') return d;
  auto rest = body.substr(at);
  if (rest.size() < 2 + boundary.size() || rest[0] != '-' || rest[1] != '-' ||
      rest.substr(2, boundary.size()) != boundary)
    return d;
  auto p = at + 2 + boundary.size();
  bool const close = body.substr(p, 2) == "--";
  if (close) p += 2;
  while (p < body.size() && (body[p] == ' ' || body[p] == '\t')) ++p;
  if (body.substr(p, 2) == "\r\n") {
    d.end = p + 2;
  } else if (p < body.size() && body[p] == '\n') {
    d.end = p + 1;
    d.bare_lf_after = true;
  } else if (close) {
    d.end = p;  // the close delimiter may end the content, or be followed by anything
  } else {
    return d;
  }
  d.kind = close ? delimiter_kind::close : delimiter_kind::open;
  d.at = at;
  d.bare_lf_before = at > 0 && (at < 2 || body[at - 2] != '\r');
  return d;
}

/** The first delimiter at or after `from`. `line_start` is "\n--" and the boundary: searching
    for it visits only line starts, so the search stays linear in the content whatever it holds. */
constexpr delimiter find_delimiter(std::string_view body, std::size_t from,
                                   std::string_view boundary,
                                   std::string_view line_start) noexcept {
  if (from == 0)
    if (auto d = delimiter_at(body, 0, boundary); d.kind != delimiter_kind::none) return d;
  for (auto i = body.find(line_start, from == 0 ? 0 : from - 1); i != npos;
       i = body.find(line_start, i + 1))
    if (auto d = delimiter_at(body, i + 1, boundary); d.kind != delimiter_kind::none) return d;
  return {};
}

/** What one pass over a multipart body found. */
struct multipart_facts {
  std::size_t parts = 0;
  bool delimiter_seen = false;
  bool closed = false;
  std::size_t bare_lf = npos;  // offset of the first line break that is LF without CR
  char const* bare_lf_where = "";

  constexpr void lf(std::size_t at, char const* where) noexcept {
    if (bare_lf == npos) {
      bare_lf = at;
      bare_lf_where = where;
    }
  }
};

/** The value of the field `lower_name` in a part's header section, trimmed; nothing if absent. */
constexpr std::optional<std::string_view> part_field(std::string_view headers,
                                                     std::string_view lower_name) noexcept {
  while (!headers.empty()) {
    auto const nl = headers.find('\n');
    auto line = headers.substr(0, nl);
    headers = nl == npos ? std::string_view{} : headers.substr(nl + 1);
    auto const colon = line.find(':');
    if (colon == npos) continue;
    if (grammar::iequals(trim_space(line.substr(0, colon)), lower_name))
      return trim_space(line.substr(colon + 1));
  }
  return std::nullopt;
}

/** Walks a multipart body once. For each body part, `on_part(headers, index, rest)` sees its
    header section and the body from the part's content on, and returns the length of its content
    when it knows it (a 206 part's Content-Range), so that the walk can jump over the content
    instead of searching it for the next delimiter. The boundary is checked by the caller: an empty
    one or one longer than max_boundary finds nothing. */
template <class OnPart>
multipart_facts scan_multipart(std::string_view body, std::string_view boundary, OnPart&& on_part) {
  multipart_facts f;
  if (boundary.empty() || boundary.size() > max_boundary) return f;  // checked by the caller
  std::array<char, 3 + max_boundary> needle{'\n', '-', '-'};
  std::copy(boundary.begin(), boundary.end(), needle.begin() + 3);
  std::string_view const line_start(needle.data(), 3 + boundary.size());
  auto d = find_delimiter(body, 0, boundary, line_start);
  while (d.kind != delimiter_kind::none) {
    f.delimiter_seen = true;
    if (d.bare_lf_before) f.lf(d.at - 1, "before a delimiter line");
    if (d.bare_lf_after) f.lf(d.end - 1, "after a delimiter line");
    if (d.kind == delimiter_kind::close) {
      f.closed = true;
      break;
    }
    // The part's header section: lines up to an empty one (RFC 2046 §5.1.1: a body part is an
    // RFC 822 message whose header fields are all optional). A bare LF counts only when the
    // section ends with its blank line: without one, the lines are not header lines.
    auto p = d.end;
    auto const header_start = p;
    auto header_end = p;
    auto content_start = npos;
    auto header_lf = npos;
    for (;;) {
      if (body.substr(p, 2) == "--" && delimiter_at(body, p, boundary).kind != delimiter_kind::none)
        break;  // the next delimiter: this part had no blank line
      auto const nl = body.find('\n', p);
      if (nl == npos) break;
      bool const cr = nl > p && body[nl - 1] == '\r';
      if (!cr && header_lf == npos) header_lf = nl;
      if (nl - (cr ? 1 : 0) == p) {
        header_end = p;
        content_start = nl + 1;
        break;
      }
      p = nl + 1;
    }
    if (content_start == npos) {
      content_start = header_start;  // no header section: the lines are content
    } else if (header_lf != npos) {
      f.lf(header_lf, "in a part's header section");
    }
    ++f.parts;
    std::optional<std::uint64_t> const length = on_part(
        body.substr(header_start, header_end - header_start), f.parts, body.substr(content_start));
    delimiter next;
    if (length && *length <= body.size() - content_start) {
      auto const at = content_start + static_cast<std::size_t>(*length);
      auto const skip = body.substr(at, 2) == "\r\n" ? 2u : body.substr(at, 1) == "\n" ? 1u : 0u;
      if (skip) next = delimiter_at(body, at + skip, boundary);
    }
    if (next.kind == delimiter_kind::none)
      next = find_delimiter(body, content_start, boundary, line_start);
    d = next;
  }
  return f;
}

}  // namespace respolicy::detail::multipart

#endif
