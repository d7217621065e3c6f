//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// The rules that read the content itself: multipart framing (RFC 9110 §8.3.3, §14.6; RFC 2046
// §5.1.1), the parts of a multipart 206 (RFC 9110 §15.3.7.2) and the WebDAV XML bodies of 207
// and 423 (RFC 4918 §13, §11.3, §16).
//
// Every check is gated on the status or on a multipart Content-Type before it touches the
// content, so a typical response pays a comparison or two. The content is read only when the
// view holds all of it (response_view::body, as long as the announced size); an absent or partial
// one is skipped silently. The scans are single passes over the content with no allocation and no
// recursion: what they remember lives in fixed-size arrays, and when those would overflow the scan
// stops without a finding rather than guess.

#include "detail/checker.hpp"

#include <respolicy/grammar/content_range.hpp>
#include <respolicy/grammar/media_type.hpp>

#include <algorithm>
#include <array>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <optional>

namespace respolicy::detail {
namespace {

namespace g = respolicy::grammar;

constexpr std::size_t npos = std::string_view::npos;

constexpr bool is_space(char ch) noexcept {
  return ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n';
}

constexpr std::string_view trim(std::string_view s) noexcept {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

/** The `type "/" subtype` of a Content-Type value, without parameters or whitespace. */
constexpr std::string_view media_type_of(std::string_view v) noexcept {
  return trim(v.substr(0, v.find(';')));
}

/** A view cut to fit a diagnostic. */
constexpr std::string_view shown(std::string_view s, std::size_t max = 40) noexcept {
  return s.substr(0, max);
}

constexpr int len(std::string_view s) noexcept { return static_cast<int>(s.size()); }

/** The content when the view holds all of it: not when it is absent (empty), nor when it is
    shorter or longer than the size the response announces (a part of a streamed body). */
std::string_view content_in_view(checker const& c) noexcept {
  auto const body = c.res.body;
  if (body.empty() || (c.res.body_size && *c.res.body_size != body.size())) return {};
  return body;
}

/** emit_should() with a printf-formatted detail. */
[[gnu::format(printf, 4, 5)]] void emit_should_f(checker& c, rule_index r, std::string_view field,
                                                 char const* fmt, ...) {
  char buf[121];
  va_list args;
  va_start(args, fmt);
  int const n = std::vsnprintf(buf, sizeof buf, fmt, args);
  va_end(args);
  auto const size = n < 0 ? std::size_t{0} : std::min(static_cast<std::size_t>(n), sizeof buf - 1);
  c.emit_should(r, field, {buf, size});
}

// ===============================================================================================
// Multipart content (RFC 2046 §5.1.1)
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
// ===============================================================================================

/** The longest boundary RFC 2046 §5.1.1 allows. */
constexpr std::size_t max_boundary = 70;

constexpr bool is_bcharsnospace(char ch) noexcept {
  if ((ch >= '0' && ch <= '9') || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')) return true;
  return std::string_view("'()+_,-./:=?").find(ch) != npos;
}

/** A boundary parameter's value, unescaped into a buffer of its own. */
struct boundary_text {
  std::array<char, max_boundary> bytes{};
  std::size_t size = 0;
  bool too_long = false;

  std::string_view view() const noexcept { return {bytes.data(), size}; }
};

boundary_text unescape_boundary(g::parameter const& p) noexcept {
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
delimiter delimiter_at(std::string_view body, std::size_t at, std::string_view boundary) noexcept {
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
delimiter find_delimiter(std::string_view body, std::size_t from, std::string_view boundary,
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

  void lf(std::size_t at, char const* where) noexcept {
    if (bare_lf == npos) {
      bare_lf = at;
      bare_lf_where = where;
    }
  }
};

/** The value of the field `lower_name` in a part's header section, trimmed; nothing if absent. */
std::optional<std::string_view> part_field(std::string_view headers,
                                           std::string_view lower_name) noexcept {
  while (!headers.empty()) {
    auto const nl = headers.find('\n');
    auto line = headers.substr(0, nl);
    headers = nl == npos ? std::string_view{} : headers.substr(nl + 1);
    auto const colon = line.find(':');
    if (colon == npos) continue;
    if (iequals(trim(line.substr(0, colon)), lower_name)) return trim(line.substr(colon + 1));
  }
  return std::nullopt;
}

/** Walks a multipart body once. For each body part, `on_part(headers, index, rest)` sees its
    header section and the body from the part's content on, and returns the length of its content
   when it knows it (a 206 part's Content-Range), so that the walk can jump over the content instead
   of searching it for the next delimiter. */
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

// --- 206 parts (RFC 9110 §15.3.7.2) -------------------------------------------------------------

/** One range-spec of a request's Range (RFC 9110 §14.1.1), resolved against a complete length. */
struct range_spec {
  std::uint64_t first = 0;
  std::optional<std::uint64_t> last;    // int-range "first-" leaves it open
  std::optional<std::uint64_t> suffix;  // suffix-range "-N"

  /** Whether the spec asks for any byte of [lo, hi] of a representation of `complete` bytes;
      with the complete length unknown a suffix range may be anywhere. */
  bool overlaps(std::uint64_t lo, std::uint64_t hi,
                std::optional<std::uint64_t> complete) const noexcept {
    if (suffix) {
      if (!complete) return true;
      auto const start = *suffix >= *complete ? 0 : *complete - *suffix;
      return hi >= start;
    }
    return hi >= first && (!last || lo <= *last);
  }
};

/** Calls f(index, spec) for each range-spec of a "bytes" Range value; false when the value is not
    one (another unit, or an element outside the grammar). */
template <class F>
bool for_each_range_spec(std::string_view range, F&& f) {
  auto const eq = range.find('=');
  if (eq == npos || !iequals(trim(range.substr(0, eq)), "bytes")) return false;
  bool ok = true;
  std::size_t index = 0;
  g::for_each_element(range.substr(eq + 1), [&](std::string_view e) {
    if (!ok || e.empty()) return;
    auto const dash = e.find('-');
    if (dash == npos) {
      ok = false;
      return;
    }
    range_spec s;
    if (dash == 0) {
      auto const suffix = g::parse_decimal(e.substr(1));
      ok = suffix.has_value();
      if (ok) s.suffix = *suffix;
    } else {
      auto const first = g::parse_decimal(e.substr(0, dash));
      ok = first.has_value();
      if (ok) s.first = *first;
      if (ok && dash + 1 < e.size()) {
        auto const last = g::parse_decimal(e.substr(dash + 1));
        ok = last && *last >= s.first;
        if (ok) s.last = *last;
      }
    }
    if (ok) f(index++, s);
  });
  return ok;
}

/** The most range-specs the order check considers; a longer Range is not judged. */
constexpr std::size_t max_range_specs = 64;

struct byteranges_state {
  // 206-parts-order: the request's range-specs, and the lowest position the next part may take.
  std::array<range_spec, max_range_specs> specs{};
  std::size_t spec_count = 0;
  bool check_order = false;
  std::size_t next_position = 0;
  // 206-part-headers: the media type the 200 would have had, when it is known.
  std::string_view media_type_200;
};

/** The equivalent 200's content when the view holds all of it and it is coded as this 206's
    (the same Content-Encoding): the representation whose bytes a 206 transfers. */
std::optional<std::string_view> content_of_200(checker const& c) noexcept {
  auto const* get = c.req ? c.req->equivalent_200 : nullptr;
  if (!get || get->status != 200 || !get->body_size || get->body.size() != *get->body_size)
    return std::nullopt;
  std::string_view coding;
  for (auto const& f : get->fields)
    if (lookup_field(f.name) == field_id::content_encoding) coding = f.value;
  if (!iequals(trim(coding), trim(c.value(field_id::content_encoding)))) return std::nullopt;
  return get->body;
}

/** True for a satisfied "bytes" range: what a part of a 206 carries (RFC 9110 §15.3.7). */
bool is_byte_range(g::result<g::content_range> const& r) noexcept {
  return r && r->bytes() && r->form == g::content_range::kind::satisfied;
}

/** 206-content-matches-200 for one part (index 0: a single-part 206): its Content-Range names
    bytes of the 200's content, and `bytes` (at least as long as the range) begin with them. */
void check_range_bytes(checker& c, std::string_view whole, g::content_range const& r,
                       std::string_view bytes, std::size_t index) {
  // RFC 9110 §15.3.7: a 206 transfers "one or more parts of the selected representation".
  char where[32] = "";
  if (index) std::snprintf(where, sizeof where, "part %zu: ", index);
  if (r.complete_known && r.complete != whole.size())
    return c.emitf("206-content-matches-200", "Content-Range",
                   "%scomplete-length %llu, the 200 has %zu bytes", where,
                   static_cast<unsigned long long>(r.complete), whole.size());
  if (r.last >= whole.size())
    return c.emitf("206-content-matches-200", "Content-Range",
                   "%sbytes %llu-%llu, the 200 has %zu bytes", where,
                   static_cast<unsigned long long>(r.first),
                   static_cast<unsigned long long>(r.last), whole.size());
  auto const n = static_cast<std::size_t>(r.length());
  if (bytes.size() < n) return;  // 206-range-length-consistent reports the size
  auto const expected = whole.substr(static_cast<std::size_t>(r.first), n);
  auto const [e, a] = std::mismatch(expected.begin(), expected.end(), bytes.begin());
  if (e == expected.end()) return;
  c.emitf(
      "206-content-matches-200", "Content-Range",
      "%sbytes %llu-%llu differ from the 200's at byte %llu", where,
      static_cast<unsigned long long>(r.first), static_cast<unsigned long long>(r.last),
      static_cast<unsigned long long>(r.first + static_cast<std::size_t>(e - expected.begin())));
}

void check_206_part_headers(checker& c, byteranges_state const& st, std::string_view headers,
                            std::size_t index, bool has_content_range) {
  // RFC 9110 §15.3.7.2: "each body part MUST have a Content-Range header field"; and the
  // Content-Type a 200 would have had SHOULD be in each part.
  if (!has_content_range)
    c.emitf("206-part-headers", "Content-Range", "part %zu has no Content-Range", index);
  if (st.media_type_200.empty()) return;
  auto const type = part_field(headers, "content-type");
  if (!type)
    emit_should_f(c, "206-part-headers", "Content-Type", "part %zu has no Content-Type (200: %.*s)",
                  index, len(shown(st.media_type_200)), st.media_type_200.data());
  else if (!iequals(media_type_of(*type), st.media_type_200))
    emit_should_f(c, "206-part-headers", "Content-Type", "part %zu is %.*s, the 200 is %.*s", index,
                  len(shown(media_type_of(*type))), media_type_of(*type).data(),
                  len(shown(st.media_type_200)), st.media_type_200.data());
}

void check_206_parts_order(checker& c, byteranges_state& st, g::content_range const& r,
                           std::size_t index) {
  // RFC 9110 §15.3.7.2: parts SHOULD follow the order of the range-specs, leaving out the
  // unsatisfiable ones and those coalesced into others. A part covers the specs it overlaps
  // (several when coalesced); it may stand for any of them, so the parts are in order when each
  // can take a position no lower than its predecessor's. Taking the lowest one that fits each
  // time decides that exactly. A part that overlaps no spec is not this rule's concern.
  auto const complete = r.complete_known ? std::optional<std::uint64_t>(r.complete) : std::nullopt;
  bool any = false;
  for (std::size_t i = 0; i < st.spec_count; ++i) {
    if (!st.specs[i].overlaps(r.first, r.last, complete)) continue;
    any = true;
    if (i >= st.next_position) {
      st.next_position = i;
      return;
    }
  }
  if (!any) return;
  st.check_order = false;  // one finding per response
  c.emitf("206-parts-order", "Content-Type",
          "part %zu (bytes %llu-%llu) answers a range-spec before an earlier part's", index,
          static_cast<unsigned long long>(r.first), static_cast<unsigned long long>(r.last));
}

/** Reads the request's Range for 206-parts-order: only a "bytes" Range with two or more
    range-specs orders parts. */
void load_range_specs(checker const& c, byteranges_state& st) noexcept {
  if (!c.req || !c.rq.has(field_id::range) || c.rq.index.repeated(field_id::range)) return;
  std::size_t n = 0;
  bool const ok =
      for_each_range_spec(c.rq.value(field_id::range), [&](std::size_t i, range_spec const& s) {
        if (i < max_range_specs) st.specs[i] = s;
        n = i + 1;
      });
  if (!ok || n < 2 || n > max_range_specs) return;
  st.spec_count = n;
  st.check_order = true;
}

/** The media type of the equivalent 200's Content-Type, or empty. */
std::string_view media_type_of_200(checker const& c) noexcept {
  auto const* get = c.req ? c.req->equivalent_200 : nullptr;
  if (!get) return {};
  for (auto const& f : get->fields)
    if (lookup_field(f.name) == field_id::content_type) return media_type_of(f.value);
  return {};
}

// --- multipart-boundary-param, multipart-crlf (RFC 9110 §8.3.3; RFC 2046 §5.1.1) ----------------

/** Checks the boundary parameter; returns it when it is usable for reading the content. */
std::optional<boundary_text> check_multipart_boundary_param(checker& c, g::media_type const& mt) {
  // RFC 9110 §8.3.3: multipart types "include a boundary parameter as part of the media type
  // value"; RFC 2046 §5.1.1: it is required, 1 to 70 bchars, and does not end with a space.
  auto const p = mt.parameters.find("boundary");
  if (!p) {
    c.emitf("multipart-boundary-param", "Content-Type", "%.*s/%.*s without boundary", len(mt.type),
            mt.type.data(), len(shown(mt.subtype)), mt.subtype.data());
    return std::nullopt;
  }
  auto const b = unescape_boundary(*p);
  if (b.too_long) {
    c.emit("multipart-boundary-param", "Content-Type", "boundary longer than 70 characters");
    return std::nullopt;
  }
  if (b.size == 0) {
    c.emit("multipart-boundary-param", "Content-Type", "empty boundary");
    return std::nullopt;
  }
  auto const v = b.view();
  for (char const ch : v) {
    if (ch != ' ' && !is_bcharsnospace(ch)) {
      c.emitf("multipart-boundary-param", "Content-Type", "boundary has byte 0x%02X, not a bchar",
              static_cast<unsigned>(static_cast<unsigned char>(ch)));
      return std::nullopt;
    }
  }
  if (v.back() == ' ') {
    c.emit("multipart-boundary-param", "Content-Type", "boundary ends with a space");
    return std::nullopt;
  }
  return b;
}

/** "The body uses it": the content has a delimiter line with the boundary, a body part, and
    the close delimiter (RFC 2046 §5.1.1: the multipart-body production). */
void check_multipart_boundary_used(checker& c, multipart_facts const& f, std::string_view b) {
  if (!f.delimiter_seen)
    c.emitf("multipart-boundary-param", "Content-Type", "no delimiter line --%.*s in the content",
            len(shown(b)), b.data());
  else if (f.parts == 0)
    c.emit("multipart-boundary-param", "Content-Type", "no body part before the close delimiter");
  else if (!f.closed)
    c.emitf("multipart-boundary-param", "Content-Type", "no close delimiter --%.*s--",
            len(shown(b)), b.data());
}

void check_multipart_crlf(checker& c, multipart_facts const& f) {
  // RFC 9110 §8.3.3: "a sender MUST generate only CRLF to represent line breaks between body
  // parts"; RFC 2046 §5.1.1 attaches a CRLF to each delimiter and ends each delimiter line and
  // each part header line with CRLF.
  if (f.bare_lf != npos)
    c.emitf("multipart-crlf", "Content-Type", "LF without CR %s, at offset %zu", f.bare_lf_where,
            f.bare_lf);
}

void check_multipart(checker& c, std::string_view content_type) {
  auto const mt = g::parse_content_type(content_type);
  if (!mt) return;  // content-type-syntax says why
  auto const boundary = check_multipart_boundary_param(c, *mt);
  std::string_view const body = content_in_view(c);
  if (!boundary || body.empty() || c.is_head()) return;  // no content in the view to read
  auto const b = boundary->view();

  bool const byteranges = c.status() == 206 && iequals(mt->subtype, "byteranges");
  byteranges_state st;
  if (byteranges) {
    load_range_specs(c, st);
    st.media_type_200 = media_type_of_200(c);
  }
  auto const whole = byteranges ? content_of_200(c) : std::nullopt;
  auto const facts =
      scan_multipart(body, b,
                     [&](std::string_view headers, std::size_t index,
                         std::string_view rest) -> std::optional<std::uint64_t> {
                       if (!byteranges) return std::nullopt;
                       auto const field = part_field(headers, "content-range");
                       check_206_part_headers(c, st, headers, index, field.has_value());
                       if (!field) return std::nullopt;
                       auto const r = g::parse_content_range(*field);
                       if (!is_byte_range(r)) return std::nullopt;
                       if (st.check_order) check_206_parts_order(c, st, *r, index);
                       if (whole) check_range_bytes(c, *whole, *r, rest, index);
                       return r->length();
                     });
  check_multipart_boundary_used(c, facts, b);
  check_multipart_crlf(c, facts);
}

// ===============================================================================================
// WebDAV XML bodies (RFC 4918)
//
// Not an XML parser: a bounded scan that follows elements, resolves the prefixes declared with
// xmlns attributes (Namespaces in XML 1.0) and skips the XML declaration, processing
// instructions, comments and CDATA sections. It reports malformation it is sure of (an
// unterminated construct, mismatched or unclosed tags, an undeclared prefix, a second root,
// text outside the root) and stops without a finding on what it does not follow: a DOCTYPE
// (which could declare default attributes, xmlns among them), character or entity references
// in a namespace name, UTF-16, nesting deeper than 63 or more than 32 namespace declarations in
// scope, and content beyond max_xml_size.
// ===============================================================================================

constexpr std::size_t max_xml_size = 1024 * 1024;
constexpr std::size_t max_xml_depth = 63;
constexpr std::size_t max_namespace_decls = 32;

enum class xml_stop : std::uint8_t {
  end,        // the document ended after its root element, or the visitor stopped the scan
  malformed,  // not well-formed (or not namespace-well-formed); `why` says what
  unsure,     // something the scan does not follow; nothing may be concluded
};

struct xml_element {
  std::string_view name;   // qualified name as written
  std::string_view local;  // without the prefix
  bool dav = false;        // in the "DAV:" namespace (RFC 4918 §21)
  std::size_t depth = 0;   // the root element is at depth 0
};

struct xml_result {
  xml_stop stop = xml_stop::end;
  bool root_seen = false;
  char const* why = "";
  std::size_t at = 0;
};

constexpr bool is_name_end(char ch) noexcept {
  return is_space(ch) || ch == '/' || ch == '>' || ch == '=' || ch == '<';
}

constexpr bool all_space(std::string_view s) noexcept { return trim(s).empty(); }

/** Scans `doc`; calls v.start(element) (returning false ends the scan), v.text(text, depth) for
    character data inside the root (CDATA sections included), and v.end(depth). */
template <class Visitor>
xml_result scan_xml(std::string_view doc, Visitor& v) {
  xml_result r;
  auto fail = [&r](xml_stop s, char const* why, std::size_t at) {
    r.stop = s;
    r.why = why;
    r.at = at;
    return r;
  };
  if (doc.size() >= 2 &&
      ((doc[0] == '\xFE' && doc[1] == '\xFF') || (doc[0] == '\xFF' && doc[1] == '\xFE') ||
       doc[0] == '\0' || doc[1] == '\0'))
    return fail(xml_stop::unsure, "UTF-16", 0);
  bool const limited = doc.size() > max_xml_size;
  if (limited) doc = doc.substr(0, max_xml_size);
  // Where the content ends inside a construct: malformed, unless the limit cut it.
  auto cut = [&](char const* why, std::size_t at) {
    return fail(limited ? xml_stop::unsure : xml_stop::malformed, why, at);
  };
  std::size_t pos = doc.starts_with("\xEF\xBB\xBF") ? 3 : 0;

  struct ns_decl {
    std::size_t depth;
    std::string_view prefix;  // empty: the default namespace
    bool dav;
  };
  std::array<ns_decl, max_namespace_decls> decls{};
  std::size_t decl_count = 0;
  std::array<std::string_view, max_xml_depth + 1> open{};  // names of the open elements
  std::size_t depth = 0;
  bool root_closed = false;

  while (pos < doc.size()) {
    auto const lt = doc.find('<', pos);
    auto const text = doc.substr(pos, (lt == npos ? doc.size() : lt) - pos);
    if (!text.empty()) {
      if (depth == 0 && !all_space(text))
        return fail(xml_stop::malformed, "text outside the root element", pos);
      if (depth > 0) v.text(text, depth);
    }
    if (lt == npos) break;
    pos = lt;
    auto const rest = doc.substr(pos);
    if (rest.starts_with("<?")) {
      auto const e = doc.find("?>", pos + 2);
      if (e == npos) return cut("unterminated processing instruction", pos);
      pos = e + 2;
    } else if (rest.starts_with("<!--")) {
      auto const e = doc.find("-->", pos + 4);
      if (e == npos) return cut("unterminated comment", pos);
      pos = e + 3;
    } else if (rest.starts_with("<![CDATA[")) {
      if (depth == 0) return fail(xml_stop::malformed, "CDATA outside the root element", pos);
      auto const e = doc.find("]]>", pos + 9);
      if (e == npos) return cut("unterminated CDATA section", pos);
      v.text(doc.substr(pos + 9, e - pos - 9), depth);
      pos = e + 3;
    } else if (rest.starts_with("<!")) {
      return fail(xml_stop::unsure, "DOCTYPE", pos);
    } else if (rest.starts_with("</")) {
      auto const gt = doc.find('>', pos + 2);
      if (gt == npos) return cut("unterminated end tag", pos);
      auto const name = trim(doc.substr(pos + 2, gt - pos - 2));
      if (depth == 0 || name != open[depth - 1])
        return fail(xml_stop::malformed, "end tag does not match", pos);
      --depth;
      while (decl_count > 0 && decls[decl_count - 1].depth == depth) --decl_count;
      v.end(depth);
      root_closed = depth == 0;
      pos = gt + 1;
    } else {
      // A start tag: name, attributes, then ">" or "/>".
      auto p = pos + 1;
      while (p < doc.size() && !is_name_end(doc[p])) ++p;
      auto const name = doc.substr(pos + 1, p - pos - 1);
      if (name.empty()) return fail(xml_stop::malformed, "'<' without a name", pos);
      if (root_closed) return fail(xml_stop::malformed, "a second root element", pos);
      if (depth > max_xml_depth) return fail(xml_stop::unsure, "nesting too deep", pos);
      bool empty = false;
      for (;;) {
        while (p < doc.size() && is_space(doc[p])) ++p;
        if (p >= doc.size()) return cut("unterminated start tag", pos);
        if (doc[p] == '>') {
          ++p;
          break;
        }
        if (doc[p] == '/') {
          if (p + 1 >= doc.size()) return cut("unterminated start tag", pos);
          if (doc[p + 1] != '>') return fail(xml_stop::malformed, "'/' inside a tag", p);
          p += 2;
          empty = true;
          break;
        }
        auto const attr_start = p;
        while (p < doc.size() && !is_name_end(doc[p])) ++p;
        auto const attr = doc.substr(attr_start, p - attr_start);
        while (p < doc.size() && is_space(doc[p])) ++p;
        if (p >= doc.size()) return cut("unterminated start tag", pos);
        if (attr.empty() || doc[p] != '=')
          return fail(xml_stop::malformed, "attribute without a value", attr_start);
        ++p;
        while (p < doc.size() && is_space(doc[p])) ++p;
        if (p >= doc.size()) return cut("unterminated start tag", pos);
        if (doc[p] != '"' && doc[p] != '\'')
          return fail(xml_stop::malformed, "unquoted attribute value", p);
        auto const close = doc.find(doc[p], p + 1);
        if (close == npos) return cut("unterminated attribute value", p);
        auto const value = doc.substr(p + 1, close - p - 1);
        p = close + 1;
        bool const is_default = attr == "xmlns";
        if (!is_default && !attr.starts_with("xmlns:")) continue;
        if (value.find('&') != npos) return fail(xml_stop::unsure, "reference in xmlns", p);
        if (decl_count == max_namespace_decls) return fail(xml_stop::unsure, "xmlns count", p);
        decls[decl_count++] = {depth, is_default ? std::string_view{} : attr.substr(6),
                               value == "DAV:"};
      }
      // Namespaces in XML 1.0 §6.2: the innermost declaration of the prefix applies; an
      // unprefixed element takes the default namespace (none without a declaration); "xml" is
      // bound without a declaration.
      auto const colon = name.find(':');
      auto const prefix = colon == npos ? std::string_view{} : name.substr(0, colon);
      xml_element e{name, colon == npos ? name : name.substr(colon + 1), false, depth};
      bool bound = prefix.empty() || prefix == "xml";
      for (auto i = decl_count; i > 0; --i) {
        if (decls[i - 1].prefix != prefix) continue;
        e.dav = decls[i - 1].dav;
        bound = true;
        break;
      }
      if (!bound) return fail(xml_stop::malformed, "undeclared namespace prefix", pos);
      r.root_seen = true;
      if (!v.start(e)) return r;
      if (empty) {
        while (decl_count > 0 && decls[decl_count - 1].depth == depth) --decl_count;
        v.end(depth);
        root_closed = depth == 0;
      } else {
        open[depth++] = name;
      }
      pos = p;
    }
  }
  if (limited) return fail(xml_stop::unsure, "size limit", doc.size());
  if (!r.root_seen) return fail(xml_stop::malformed, "no root element", doc.size());
  if (!root_closed) return fail(xml_stop::malformed, "unclosed element", doc.size());
  return r;
}

/** True for text/xml, application/xml and the +xml types (RFC 7303). */
bool is_xml_media_type(std::string_view mt) noexcept {
  auto const slash = mt.find('/');
  if (slash == npos) return false;
  auto const sub = mt.substr(slash + 1);
  return iequals(mt, "text/xml") || iequals(mt, "application/xml") ||
         (sub.size() > 4 && iequals(sub.substr(sub.size() - 4), "+xml"));
}

/** The content an XML check may read: nothing when it is not in the view, when the response
    has no content (HEAD), or when its Content-Type names another format. */
std::string_view xml_content(checker const& c) noexcept {
  if (c.is_head() || content_in_view(c).empty()) return {};
  if (c.has(field_id::content_type) &&
      !is_xml_media_type(media_type_of(c.value(field_id::content_type))))
    return {};
  return content_in_view(c);
}

// --- 207 (RFC 4918 §13) -------------------------------------------------------------------------

/** Reads the code of a status-line such as "HTTP/1.1 102 Processing" (RFC 4918 §14.28). */
std::optional<int> status_line_code(std::string_view s) noexcept {
  s = trim(s);
  if (!s.starts_with("HTTP/")) return std::nullopt;
  auto const sp = s.find(' ');
  if (sp == npos || s.size() < sp + 4) return std::nullopt;
  auto const code = s.substr(sp + 1, 3);
  for (char const ch : code)
    if (ch < '0' || ch > '9') return std::nullopt;
  if (s.size() > sp + 4 && s[sp + 4] != ' ') return std::nullopt;
  return (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
}

struct multistatus_visitor {
  checker& c;
  std::uint64_t responses = 0;  // bit d: the open element at depth d is a DAV:response
  std::uint64_t hrefs = 0;      // bit d: that response has a DAV:href child
  bool in_status = false;       // inside a DAV:status of a response, before its first text

  static constexpr std::uint64_t bit(std::size_t d) noexcept { return std::uint64_t{1} << d; }

  bool start(xml_element const& e) {
    in_status = false;
    if (e.depth == 0) {
      if (e.dav && e.local == "multistatus") return true;
      c.emitf("207-multistatus-body", "Content-Type",
              "root element is <%.*s>%s, not DAV:multistatus", len(shown(e.name)), e.name.data(),
              e.dav ? "" : " outside the DAV: namespace");
      return false;
    }
    if (!e.dav) return true;
    if (e.local == "href" && (responses & bit(e.depth - 1))) hrefs |= bit(e.depth - 1);
    if (e.local == "response") {
      responses |= bit(e.depth);
      hrefs &= ~bit(e.depth);
    }
    if (e.local == "status" && (responses & (bit(e.depth) - 1))) in_status = true;
    return true;
  }
  void text(std::string_view t, std::size_t) {
    if (!in_status || all_space(t)) return;
    in_status = false;
    // RFC 4918 §13: "100 series status codes SHOULD NOT be recorded in a 'response' XML
    // element".
    auto const code = status_line_code(t);
    if (code && *code >= 100 && *code <= 199)
      emit_should_f(c, "207-multistatus-body", "Content-Type",
                    "a DAV:response records the 1xx status %d", *code);
  }
  void end(std::size_t depth) {
    in_status = false;
    if (!(responses & bit(depth))) return;
    // RFC 4918 §13: "Each 'response' element MUST have an 'href' element".
    if (!(hrefs & bit(depth)))
      c.emit("207-multistatus-body", "Content-Type", "a DAV:response without DAV:href");
    responses &= ~bit(depth);
    hrefs &= ~bit(depth);
  }
};

void check_207_multistatus_body(checker& c) {
  // RFC 4918 §13: a Multi-Status body is by default a text/xml or application/xml document with
  // a DAV:multistatus root; other formats are not judged.
  if (c.content_empty() && !c.is_head())
    return c.emit("207-multistatus-body", {}, "207 with empty content: no multistatus document");
  auto const doc = xml_content(c);
  if (doc.empty()) return;
  multistatus_visitor v{c};
  auto const r = scan_xml(doc, v);
  if (r.stop == xml_stop::malformed)
    c.emitf("207-multistatus-body", "Content-Type", "not well-formed XML: %s at offset %zu", r.why,
            r.at);
}

// --- 423 (RFC 4918 §11.3, §16) ------------------------------------------------------------------

struct condition_visitor {
  bool root_error = false;
  bool code = false;
  std::string_view root;

  bool start(xml_element const& e) {
    if (e.depth == 0) {
      root = e.name;
      root_error = e.dav && e.local == "error";
      return root_error;
    }
    // RFC 4918 §16: each child of DAV:error names a pre- or postcondition. The scan goes on to
    // the end: a client reads the code only from a well-formed document.
    if (e.depth == 1) code = true;
    return true;
  }
  void text(std::string_view, std::size_t) {}
  void end(std::size_t) {}
};

void check_423_condition_code(checker& c) {
  // RFC 4918 §11.3: a 423 "SHOULD contain an appropriate precondition or postcondition code";
  // §16: the codes are the child elements of a DAV:error root element.
  if (c.is_head()) return;
  if (c.content_empty())
    return c.emit("423-condition-code", {}, "423 with empty content: no condition code");
  // A non-XML Content-Type decides without the content: no DAV:error can be in it.
  if (c.has(field_id::content_type)) {
    auto const mt = media_type_of(c.value(field_id::content_type));
    if (!is_xml_media_type(mt))
      return c.emitf("423-condition-code", "Content-Type",
                     "content is %.*s, not a DAV:error document", len(shown(mt)), mt.data());
  }
  auto const doc = content_in_view(c);
  if (doc.empty()) return;  // the content is not in the view
  condition_visitor v;
  auto const r = scan_xml(doc, v);
  if (r.stop == xml_stop::unsure) return;
  if (!v.root.empty() && !v.root_error)
    return c.emitf("423-condition-code", "Content-Type", "root element is <%.*s>, not DAV:error",
                   len(shown(v.root)), v.root.data());
  if (r.stop == xml_stop::malformed)
    return c.emitf("423-condition-code", "Content-Type", "not well-formed XML: %s at offset %zu",
                   r.why, r.at);
  if (!v.code)
    c.emit("423-condition-code", "Content-Type", "DAV:error without a condition element");
}

/** True when the response has a multipart Content-Type: one byte decides for almost every
    response. */
bool is_multipart(checker const& c) noexcept {
  if (!c.has(field_id::content_type)) return false;
  auto const ct = c.value(field_id::content_type);
  return !ct.empty() && (ct[0] | 0x20) == 'm' && istarts_with(ct, "multipart/");
}

// The checks of a 207, a 423 or a multipart response; kept out of line so that check_content()
// returns from the other responses without saving a register.
/** 206-content-matches-200 for a single-part 206, whose content is the range. */
void check_206_single_part(checker& c) {
  auto const whole = content_of_200(c);
  if (!whole || !c.has(field_id::content_range)) return;
  auto const r = g::parse_content_range(c.value(field_id::content_range));
  if (!is_byte_range(r)) return;  // content-range-syntax and content-range-valid say why
  check_range_bytes(c, *whole, *r, content_in_view(c), 0);
}

[[gnu::noinline]] void check_content_of(checker& c) {
  auto const s = c.status();
  if (s == 206 && !is_multipart(c) && !c.is_head()) check_206_single_part(c);
  if (s == 207) check_207_multistatus_body(c);
  if (s == 423) check_423_condition_code(c);
  if (is_multipart(c)) check_multipart(c, c.value(field_id::content_type));
}

}  // namespace

void check_content(checker& c) {
  auto const s = c.status();
  // Most responses are neither 206 (with the 200 beside it), 207 nor 423 nor multipart: a few
  // comparisons and no call.
  if ((s == 206 && c.req && c.req->equivalent_200) || s == 207 || s == 423 || is_multipart(c))
    check_content_of(c);
}

}  // namespace respolicy::detail
