//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// The safety blocks: what must never be sent, judged on the bytes a client will read.

#include <respolicy/grammar/basic.hpp>
#include <respolicy/hazard.hpp>
#include <respolicy/status.hpp>

#include "detail/framing.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace respolicy {
namespace {

void add(std::vector<hazard>& out, rule_index rule, std::string_view field, std::string_view detail,
         hazard_repair repair = hazard_repair::none) {
  out.push_back({rule, field, detail, repair});
}

// CR, LF or NUL anywhere, and names that are not tokens (RFC 9110 §5.1, RFC 9112 §5.1).
void find_bad_bytes(std::span<field_view const> lines, std::vector<hazard>& out) {
  for (auto const& f : lines) {
    if (has_cr_lf_nul(f.name))
      add(out, "field-name-token", f.name, "CR, LF or NUL in a field name");
    else if (!grammar::is_token(f.name))
      add(out, "field-name-token", f.name,
          f.name.empty() ? "an empty field name" : "a field name that is not a token");
    if (has_cr_lf_nul(f.value))
      add(out, "field-value-no-cr-lf-nul", f.name, "CR, LF or NUL in the value");
  }
}

// The framing of a response that does not end at its header section, as a recipient reads it
// (RFC 9112 §6.3 items 3 to 7), against what the serializer writes.
void find_framing(response_view const& res, serializer_framing wire, std::vector<hazard>& out) {
  auto const f = detail::read_framing(res.fields);
  if (f.transfer_encoding) {
    if (f.chunked > 1)
      add(out, "transfer-encoding-chunked-once", f.te_field,
          "chunked more than once, the lines combined");
    else if (f.chunked_last && !wire.chunked)
      add(out, "chunked-body-syntax", f.te_field,
          "the client reads chunked; the content is written as it is");
    else if (!f.chunked_last && wire.chunked)
      add(out, "transfer-encoding-chunked-last", f.te_field,
          "chunk framing written; chunked is not the last coding, the lines combined");
    if (f.length_present)
      add(out, "no-content-length-with-transfer-encoding", f.length_field,
          "both Content-Length and Transfer-Encoding");
  } else if (wire.chunked) {
    add(out, "chunked-body-syntax", {}, "chunk framing written without Transfer-Encoding");
  } else if (f.length_present) {
    if (!f.length_valid)
      add(out, "content-length-syntax", f.length_field, "not one decimal length");
    else if (res.body_size && f.length != *res.body_size)
      // A length above 2^64 - 1 (no `length`) cannot equal a size.
      add(out, "content-length-accurate", f.length_field, "differs from the content's size");
  }
  if (wire.chunked && wire.extra_last_chunk)
    add(out, "chunked-body-syntax", f.te_field, "two last chunks for empty content",
        f.codings == 1 && f.chunked == 1 && !f.length_present ? hazard_repair::empty_length
                                                              : hazard_repair::none);
}

}  // namespace

std::vector<hazard> find_hazards(response_view const& res, request_context const* req,
                                 serializer_framing wire) {
  std::vector<hazard> out;
  if (res.status < 100 || res.status > 999)
    add(out, "status-code-three-digits", {}, "a status the status line cannot hold in 3 digits");
  if (res.version != 10 && res.version != 11)
    add(out, "http-version-syntax", {}, "a version other than HTTP/1.0 or HTTP/1.1");
  if (has_cr_lf_nul(res.reason))
    add(out, "reason-phrase-charset", {}, "CR, LF or NUL in the reason phrase");
  find_bad_bytes(res.fields, out);
  find_bad_bytes(res.trailers, out);

  // RFC 9112 §6.3 items 1 and 2: these end at the header section, whatever their fields say.
  bool const head = req && req->method == "HEAD";
  bool const connect_2xx = req && req->method == "CONNECT" && res.status >= 200 && res.status < 300;
  if (ends_at_header(res.status) || head || connect_2xx) {
    bool const content = !res.body_size || *res.body_size != 0;
    if (!content && !wire.chunked) return out;
    auto const what = content ? std::string_view{"content after the header section"}
                              : std::string_view{"a last chunk after the header section"};
    auto const repair = content ? hazard_repair::none : hazard_repair::drop_chunked;
    if (res.status >= 100 && res.status < 200)
      add(out, "no-content-1xx", {}, what, repair);
    else if (res.status == 204)
      add(out, "no-content-204", {}, what, repair);
    else if (res.status == 304)
      add(out, "no-content-304", {}, what, repair);
    else if (head)
      add(out, "head-no-content", {}, what, repair);
    else
      add(out, "connect-2xx-no-content", {}, what, repair);
    return out;
  }
  find_framing(res, wire, out);
  return out;
}

}  // namespace respolicy
