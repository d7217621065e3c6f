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
// one is skipped silently. The content is read by single-pass scans with no allocation and no
// recursion (detail/multipart.hpp, detail/xml_scan.hpp): what they remember lives in fixed-size
// arrays, and when those would overflow the scan stops without a finding rather than guess. The
// request's Range is read with grammar::parse_range.

#include "detail/checker.hpp"
#include "detail/multipart.hpp"
#include "detail/whitespace.hpp"
#include "detail/xml_scan.hpp"

#include <respolicy/grammar/content_range.hpp>
#include <respolicy/grammar/media_type.hpp>
#include <respolicy/grammar/range.hpp>

#include <algorithm>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <optional>

namespace respolicy::detail {
namespace {

namespace g = respolicy::grammar;

using multipart::boundary_text;
using multipart::is_bcharsnospace;
using multipart::multipart_facts;
using multipart::part_field;
using multipart::scan_multipart;
using multipart::unescape_boundary;
using xml::all_space;
using xml::scan_xml;
using xml::status_line_code;
using xml::xml_element;
using xml::xml_stop;

constexpr std::size_t npos = std::string_view::npos;

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

// --- 206 parts (RFC 9110 §15.3.7.2) -------------------------------------------------------------

/** The most range-specs the order check considers; a longer Range is not judged, and each part
    is compared with this many specs at most. */
constexpr std::size_t max_range_specs = 64;

/** Whether `s`, a range-spec of a "bytes" Range, asks for any byte of [lo, hi] of a
    representation of `complete` bytes (RFC 9110 §14.1.2); with the complete length unknown a
    suffix range may be anywhere. */
constexpr bool overlaps(g::range_spec const& s, std::uint64_t lo, std::uint64_t hi,
                        std::optional<std::uint64_t> complete) noexcept {
  if (s.form == g::range_spec::kind::suffix_range) {
    if (!complete) return true;
    auto const start = s.suffix >= *complete ? 0 : *complete - s.suffix;
    return hi >= start;
  }
  return hi >= s.first && (!s.last_known || lo <= s.last);
}

struct byteranges_state {
  // 206-parts-order: the request's range-specs, and the lowest position the next part may take.
  g::range_set specs;
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
  if (!iequals(trim_space(coding), trim_space(c.value(field_id::content_encoding))))
    return std::nullopt;
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
  std::size_t i = 0;
  for (auto const& spec : st.specs) {
    if (overlaps(spec, r.first, r.last, complete)) {
      any = true;
      if (i >= st.next_position) {
        st.next_position = i;
        return;
      }
    }
    ++i;
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
  // A field value has no OWS at either end (RFC 9110 §5.5); the grammar reads it without.
  auto const r = g::parse_range(g::trim_ows(c.rq.value(field_id::range)));
  if (!r || !r->bytes() || r->size() < 2 || r->size() > max_range_specs) return;
  st.specs = r->set;
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

// --- WebDAV XML bodies (RFC 4918), read with the bounded scan of detail/xml_scan.hpp ----------

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
  auto const& r = c.content_range();
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
