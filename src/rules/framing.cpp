//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.1: framing and body (RFC 9110 §6.4, §8.6; RFC 9112 §6, §7).

#include "detail/framing.hpp"
#include "detail/checker.hpp"

#include <respolicy/status.hpp>

namespace respolicy::detail {
namespace {

// How the response's content is delimited on an HTTP/1.1 connection (RFC 9112 §6.3).
enum class framing { none, chunked, length, close };

framing framing_of(checker const& c) noexcept {
  if (ends_at_header(c.status()) || c.is_head() || c.is_connect_2xx()) return framing::none;
  if (c.transfer_encoding) return c.chunked_final ? framing::chunked : framing::close;
  if (c.content_length) return framing::length;
  return framing::close;
}

void scan_transfer_codings(checker& c) {
  // RFC 9112 §6.1, §7: codings in the order applied; chunked at most once and last.
  for_each_line(c, field_id::transfer_encoding, [&](std::string_view v) {
    grammar::for_each_element(v, [&](std::string_view coding) {
      if (coding.empty()) return;
      auto const semi = coding.find(';');
      auto const name = grammar::trim_ows(coding.substr(0, semi));
      bool const known = iequals(name, "chunked") || iequals(name, "gzip") ||
                         iequals(name, "deflate") || iequals(name, "compress") ||
                         iequals(name, "x-gzip") || iequals(name, "x-compress");
      if (semi != std::string_view::npos && known)
        c.emit("transfer-coding-no-params", "Transfer-Encoding", coding);
      if (!known) c.emit("transfer-coding-registered", "Transfer-Encoding", name);
    });
  });
  if (c.chunked_codings > 1)
    c.emitf("transfer-encoding-chunked-once", "Transfer-Encoding", "chunked applied %u times",
            c.chunked_codings);
}

void check_no_content(checker& c) {
  // RFC 9110 §6.4.1, §15.2, §15.3.5, §15.4.5; RFC 9112 §6.3: these end at the header section.
  int const s = c.status();
  bool const ends = ends_at_header(s);
  bool const forbidden =
      ends || ((s == 205 || c.is_head() || c.is_connect_2xx()) && c.has_content());
  if (!forbidden || !(c.has_content() || !c.res.trailers.empty())) return;
  char detail[64];
  if (c.res.body_size)
    std::snprintf(detail, sizeof detail, "%llu content bytes%s",
                  static_cast<unsigned long long>(*c.res.body_size),
                  c.res.trailers.empty() ? "" : " and trailer fields");
  else
    std::snprintf(detail, sizeof detail, "content of unknown length");
  if (s >= 100 && s <= 199) c.emit("no-content-1xx", {}, detail);
  if (s == 204) c.emit("no-content-204", {}, detail);
  if (s == 304) c.emit("no-content-304", {}, detail);
  if (s == 205 && c.has_content()) c.emit("no-content-205", {}, detail);
  if (c.is_head() && c.has_content()) c.emit("head-no-content", {}, detail);
  if (c.is_connect_2xx() && c.has_content()) c.emit("connect-2xx-no-content", {}, detail);
}

void check_205_zero_length_framing(checker& c) {
  // RFC 9112 §6.3: a 205 is not self-delimiting; say "empty" explicitly.
  if (c.status() != 205 || c.is_head()) return;
  if (c.content_length == 0u || c.chunked_final || c.connection_close) return;
  c.emit("205-zero-length-framing", {}, "no Content-Length: 0, chunked coding or close");
}

void check_forbidden_framing_fields(checker& c) {
  int const s = c.status();
  bool const cl = c.has(field_id::content_length);
  bool const te = c.transfer_encoding;
  if ((s >= 100 && s <= 199) || s == 204) {
    if (cl)
      c.emit("no-content-length-1xx-204", "Content-Length", c.value(field_id::content_length));
    if (te)
      c.emit("no-transfer-encoding-1xx-204", "Transfer-Encoding",
             c.value(field_id::transfer_encoding));
  }
  if (c.is_connect_2xx()) {
    if (cl) c.emit("no-content-length-connect-2xx", "Content-Length");
    if (te) c.emit("no-transfer-encoding-connect-2xx", "Transfer-Encoding");
  }
  if (cl && te) c.emit("no-content-length-with-transfer-encoding", "Content-Length");
  if (te && c.http10_request())
    c.emit("transfer-encoding-needs-http11-request", "Transfer-Encoding",
           "the request was HTTP/1.0");
}

void check_transfer_encoding_chunked_last(checker& c) {
  // RFC 9112 §6.1: unless the connection close ends the message, chunked is the final coding.
  // A HEAD response or a 304 only names the codings a GET would get (RFC 9112 §6.1).
  if (!c.transfer_encoding || c.chunked_final || c.connection_close) return;
  if (ends_at_header(c.status()) || c.is_head() || c.is_connect_2xx()) return;
  c.emit("transfer-encoding-chunked-last", "Transfer-Encoding",
         c.value(field_id::transfer_encoding));
}

void check_content_length_syntax(checker& c) {
  // RFC 9110 §8.6: Content-Length = 1*DIGIT; a list, sign or space is invalid to generate.
  if (!c.index.repeated(field_id::content_length)) {
    if (!c.content_length)
      c.emit("content-length-syntax", "Content-Length", c.value(field_id::content_length));
    return;
  }
  for_each_line(c, field_id::content_length, [&](std::string_view v) {
    if (!grammar::parse_decimal(v)) c.emit("content-length-syntax", "Content-Length", v);
  });
}

void check_content_length_accurate(checker& c) {
  // RFC 9110 §8.6, RFC 9112 §6.3: a wrong length splits or truncates the response. A HEAD answer
  // and a 304 state the GET's length instead; 1xx, 204 and CONNECT have their own rules.
  if (!c.content_length || !c.res.body_size || c.transfer_encoding) return;
  if (ends_at_header(c.status()) || c.is_head() || c.is_connect_2xx()) return;
  if (*c.content_length != *c.res.body_size)
    c.emitf("content-length-accurate", "Content-Length", "says %llu, content is %llu bytes",
            static_cast<unsigned long long>(*c.content_length),
            static_cast<unsigned long long>(*c.res.body_size));
}

// The length of the 200's content as its recipient reads it (RFC 9112 §6.3 items 3 and 5): its
// Content-Length, unless Transfer-Encoding overrides it; none when that is invalid.
std::optional<std::uint64_t> length_of(response_view const& r) {
  auto const f = read_framing(r.fields);
  return f.length_present && !f.transfer_encoding ? f.length : r.body_size;
}

void check_content_length_matches_200(checker& c) {
  // RFC 9110 §8.6: on HEAD and 304, Content-Length MUST equal what the 200 to GET carries.
  auto const* get = c.req ? c.req->equivalent_200 : nullptr;
  if (!get || !c.content_length) return;
  auto const expected = length_of(*get);
  if (!expected || *expected == *c.content_length) return;
  char const* fmt = "says %llu, the 200 to GET has %llu bytes";
  auto const a = static_cast<unsigned long long>(*c.content_length);
  auto const b = static_cast<unsigned long long>(*expected);
  if (c.is_head()) c.emitf("content-length-head-matches-get", "Content-Length", fmt, a, b);
  if (c.status() == 304) c.emitf("content-length-304-matches-200", "Content-Length", fmt, a, b);
}

void check_close_delimited(checker& c, framing f) {
  if (f != framing::close) return;
  // RFC 9110 §8.6: an origin that knows the size before sending SHOULD send Content-Length.
  if (c.res.body_size && !c.transfer_encoding && c.pol.role() == server_role::origin)
    c.emitf("content-length-when-known", {}, "%llu content bytes, no Content-Length",
            static_cast<unsigned long long>(*c.res.body_size));
  // RFC 9112 §6.3: prefer length or chunked delimiting "whenever possible". A known size can always
  // be sent as Content-Length (reported above for an origin); an unknown one needs chunked, which
  // an HTTP/1.0 request or response rules out (RFC 9112 §6.1).
  bool const when_known_reported =
      c.res.body_size && !c.transfer_encoding && c.pol.role() == server_role::origin;
  bool const http10 = c.http10_request() || c.res.version < 11;
  if (c.res.body_size ? !when_known_reported : !http10)
    c.emit("prefer-explicit-framing", {},
           c.res.body_size ? "content of known length, ended by closing"
                           : "content of unknown length, ended by closing");
  // RFC 9112 §9.6: a close-delimited response ends the connection; say so.
  if (!c.connection_close)
    c.emit("close-delimited-needs-connection-close", "Connection",
           "no Content-Length or chunked coding, and no close option");
}

void check_trailers(checker& c, framing f) {
  if (c.res.trailers.empty()) return;
  // RFC 9110 §6.5.1, RFC 9112 §7.1.2: trailers exist only after chunked content.
  if (f != framing::chunked && !ends_at_header(c.status()))
    c.emit("trailer-requires-chunked", {}, "trailer fields without the chunked coding");
  for (std::size_t i = 0; i < c.res.trailers.size(); ++i) {
    auto const& t = c.res.trailers[i];
    // RFC 9110 §6.6.2: announce trailers in a Trailer field; a list field, possibly on several
    // lines (RFC 9110 §5.3).
    bool listed = false;
    for_each_line(c, field_id::trailer, [&](std::string_view v) {
      grammar::for_each_element(v, [&](std::string_view e) { listed |= iequals(e, t.name); });
    });
    auto const id = lookup_field(t.name);
    // RFC 9110 §6.5.1: only fields whose definition allows it may be trailers.
    bool const permitted = id == field_id::unknown || id == field_id::etag ||
                           id == field_id::accept_ranges || id == field_id::authentication_info ||
                           id == field_id::proxy_authentication_info;
    c.line = static_cast<std::uint32_t>(c.res.fields.size() + i);  // the findings show this line
    if (!permitted) c.emit("trailer-field-permitted", t.name, "not permitted in trailers");
    if (!listed) c.emit("trailer-announced", t.name, "not listed in Trailer");
    c.line = diagnostic::no_line;
  }
}

void check_200_empty_needs_explicit_length(checker& c, framing f) {
  // RFC 9110 §15.3.1: a 200 is expected to have content unless framing says zero length.
  if (c.status() == 200 && f == framing::close && c.content_empty())
    c.emit("200-empty-needs-explicit-length", {}, "empty 200 without Content-Length: 0");
}

// The common response: a status that may carry content, not to HEAD or CONNECT, one
// Content-Length that parses and matches the content, no Transfer-Encoding and no trailers. Not
// one framing rule can apply to it: each check below returns at one of these tests.
bool plainly_framed(checker const& c) noexcept {
  int const s = c.status();
  return !c.transfer_encoding && c.res.trailers.empty() && s >= 200 && s != 204 && s != 205 &&
         s != 304 && !c.is_head() && !c.is_connect_2xx() && c.content_length && c.res.body_size &&
         *c.content_length == *c.res.body_size && !c.index.repeated(field_id::content_length) &&
         !(c.req && c.req->equivalent_200);
}

}  // namespace

void check_framing(checker& c) {
  if (plainly_framed(c)) return;
  if (c.transfer_encoding) scan_transfer_codings(c);
  check_no_content(c);
  check_205_zero_length_framing(c);
  check_forbidden_framing_fields(c);
  check_transfer_encoding_chunked_last(c);
  if (c.has(field_id::content_length)) {
    check_content_length_syntax(c);
    check_content_length_accurate(c);
    check_content_length_matches_200(c);
  }
  auto const f = framing_of(c);
  // RFC 9112 §6.3: without Transfer-Encoding, a Content-Length that is not one length makes the
  // framing "an unrecoverable error" (content-length-syntax), not a close-delimited message.
  bool const invalid_length =
      !c.transfer_encoding && c.has(field_id::content_length) && !c.content_length;
  if (!invalid_length) {
    check_close_delimited(c, f);
    check_200_empty_needs_explicit_length(c, f);
  }
  check_trailers(c, f);
}

}  // namespace respolicy::detail
