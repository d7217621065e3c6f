//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.4: per-status required and forbidden fields and content (RFC 9110 §15 and the
// extension RFCs). check_per_status() dispatches on the status, so a response runs only its own.

#include "detail/checker.hpp"

#include <respolicy/grammar/content_range.hpp>
#include <respolicy/status.hpp>

namespace respolicy::detail {
namespace {

bool is_multipart_byteranges(checker const& c) noexcept {
  return istarts_with(c.value(field_id::content_type), "multipart/byteranges");
}

// Content that should explain something is missing: known empty, and not a HEAD answer.
bool lacks_explanation(checker const& c) noexcept { return c.content_empty() && !c.is_head(); }

// RFC 9110 §5.3, §5.6.1: a list field's value is all its lines joined, and empty elements do not
// count; a challenge or protocol list is present only if some line has a non-empty element.
bool has_list_member(checker const& c, field_id id) noexcept {
  bool found = false;
  for (auto const& f : c.res.fields)
    if (lookup_field(f.name) == id)
      grammar::for_each_element(f.value, [&](std::string_view e) { found |= !e.empty(); });
  return found;
}

// RFC 9110 §5.6.6: parameter names are case-insensitive (`Boundary=` counts); RFC 2046 §5.1.1: a
// boundary has 1 to 70 characters, so `boundary=""` names none.
bool has_boundary(std::string_view content_type) noexcept {
  for (auto semi = content_type.find(';'); semi != std::string_view::npos;
       semi = content_type.find(';')) {
    content_type.remove_prefix(semi + 1);
    auto param = content_type.substr(0, content_type.find(';'));
    while (!param.empty() && (param.front() == ' ' || param.front() == '\t'))
      param.remove_prefix(1);
    while (!param.empty() && (param.back() == ' ' || param.back() == '\t')) param.remove_suffix(1);
    if (istarts_with(param, "boundary=") && param.size() > 9 && param.substr(9) != "\"\"")
      return true;
  }
  return false;
}

void require_field(checker& c, rule_index r, field_id id) {
  if (!c.has(id)) c.emitf(r, name_of(id), "%d without %s", c.status(), name_of(id).data());
}

void check_101_upgrade_required(checker& c) {
  // RFC 9110 §15.2.2: a 101 names the protocol(s) switched to.
  if (!has_list_member(c, field_id::upgrade))
    c.emit("101-upgrade-required", "Upgrade", "missing or empty");
}

void check_upgrade_needs_connection_option(checker& c) {
  // RFC 9110 §7.8: a sender of Upgrade also sends the "upgrade" connection option.
  if (c.has(field_id::upgrade) && !c.connection_upgrade)
    c.emit("upgrade-needs-connection-option", "Connection",
           "Upgrade sent without Connection: upgrade");
}

void check_201_location(checker& c) {
  // RFC 9110 §9.3.3: a POST that creates a resource SHOULD answer 201 with Location.
  if (c.method() == method_id::post && !c.has(field_id::location))
    c.emit("201-location", "Location", "201 to POST without Location");
  if (c.value(field_id::location).find('#') != std::string_view::npos)
    c.emit("201-location-no-fragment", "Location", c.value(field_id::location));
}

void check_206(checker& c) {
  bool const multipart = is_multipart_byteranges(c);
  if (multipart) {
    // RFC 9110 §15.3.7.2: parts carry their own Content-Range; the header section none.
    if (c.has(field_id::content_range))
      c.emit("206-multipart-byteranges", "Content-Range",
             "multipart/byteranges with a header Content-Range");
    if (!has_boundary(c.value(field_id::content_type)))
      c.emit("206-multipart-byteranges", "Content-Type", "multipart/byteranges without boundary");
    return;
  }
  // RFC 9110 §15.3.7.1: a single part carries Content-Range, and exactly that range.
  if (!c.has(field_id::content_range))
    return c.emit("206-content-range-single", "Content-Range", "206 without Content-Range");
  auto const& r = c.content_range();
  // content-range-syntax and content-range-valid say why a value does not parse.
  if (!r || !r->bytes() || r->form != grammar::content_range::kind::satisfied) return;
  auto const length = r->length();
  if (c.res.body_size && *c.res.body_size != length && !c.is_head())
    c.emitf("206-range-length-consistent", "Content-Range", "range of %llu bytes, content is %llu",
            static_cast<unsigned long long>(length),
            static_cast<unsigned long long>(*c.res.body_size));
  else if (c.content_length && *c.content_length != length)
    c.emitf("206-range-length-consistent", "Content-Length",
            "range of %llu bytes, Content-Length %llu", static_cast<unsigned long long>(length),
            static_cast<unsigned long long>(*c.content_length));
}

bool has_field(response_view const& r, field_id id) noexcept {
  for (auto const& f : r.fields)
    if (lookup_field(f.name) == id) return true;
  return false;
}

// RFC 9110 §15.3.7 and §15.4.5: what the 200 to the same request would carry, a 206 or 304 must.
void require_fields_of_200(checker& c, rule_index r, std::initializer_list<field_id> ids) {
  auto const* get = c.req ? c.req->equivalent_200 : nullptr;
  if (!get) return;
  for (auto id : ids)
    if (has_field(*get, id) && !c.has(id))
      c.emitf(r, name_of(id), "the 200 has %s, this %d does not", name_of(id).data(), c.status());
}

void check_206_representation_fields(checker& c) {
  // RFC 9110 §15.3.7: with If-Range, no other representation metadata; without it, all of the
  // 200's. Only the second part compares with the 200: the first needs just the request.
  if (!c.req) return;
  auto const* get = c.req->equivalent_200;
  bool const if_range = c.rq.has(field_id::if_range);
  if (!if_range && !get) return;
  static constexpr field_id representation[] = {field_id::content_type, field_id::content_encoding,
                                                field_id::content_language,
                                                field_id::last_modified};
  for (auto id : representation) {
    if (id == field_id::content_type && is_multipart_byteranges(c)) continue;
    if (if_range && c.has(id))
      c.emit_should("206-representation-fields", name_of(id),
                    "sent although the request had If-Range");
    else if (!if_range && has_field(*get, id) && !c.has(id))
      c.emitf("206-representation-fields", name_of(id), "the 200 has %s, this 206 does not",
              name_of(id).data());
  }
}

void check_304_no_extra_metadata(checker& c) {
  // RFC 9110 §15.4.5: no representation metadata beyond what updates caches.
  for (auto id : {field_id::content_type, field_id::content_encoding, field_id::content_language,
                  field_id::content_disposition, field_id::content_range})
    if (c.has(id)) c.emit("304-no-extra-metadata", name_of(id));
}

void check_416_content_range(checker& c) {
  // RFC 9110 §15.5.17: a 416 to a byte range says "bytes */complete-length".
  if (c.req && c.rq.has(field_id::range) && !istarts_with(c.rq.value(field_id::range), "bytes="))
    return;  // another range unit: its own definition applies
  if (c.value(field_id::content_range).empty())
    return c.emit("416-content-range", "Content-Range", "416 without Content-Range");
  auto const& r = c.content_range();
  if (r && r->bytes() && r->form == grammar::content_range::kind::unsatisfied) return;
  c.emit("416-content-range", "Content-Range", "not of the form bytes */complete-length");
}

void check_explanation(checker& c, rule_index r) {
  if (lacks_explanation(c)) c.emitf(r, {}, "%d with empty content", c.status());
}

}  // namespace

void check_200_validators(checker& c) {
  auto const m = c.method();
  if (m != method_id::get && m != method_id::head) return;
  if (!c.has(field_id::etag) && !c.has(field_id::last_modified))
    c.emit("200-validators", {}, "neither ETag nor Last-Modified");
}

void check_per_status(checker& c) {
  check_upgrade_needs_connection_option(c);
  auto const s = c.status();
  auto const role = c.pol.role();
  switch (s) {
    case 101: check_101_upgrade_required(c); break;
    case 200: check_200_validators(c); break;
    case 201: check_201_location(c); break;
    case 202:
      if (lacks_explanation(c)) c.emit("202-status-monitor", {}, "202 with empty content");
      break;
    case 203:
      if (role == server_role::origin)
        c.emit("203-only-from-transforming-proxy", {}, "an origin server sent 203");
      break;
    case 206:
      check_206(c);
      require_fields_of_200(c, "206-required-fields",
                            {field_id::date, field_id::cache_control, field_id::etag,
                             field_id::expires, field_id::content_location, field_id::vary});
      check_206_representation_fields(c);
      break;
    case 226: require_field(c, "226-etag-required", field_id::etag); break;
    case 300:
      if (c.req && lacks_explanation(c))
        c.emit("300-choices-content", {}, "300 without a list of choices");
      break;
    case 301:
    case 302:
    case 307:
    case 308: require_field(c, "3xx-location", field_id::location); break;
    case 303: require_field(c, "303-location", field_id::location); break;
    case 304:
      require_fields_of_200(c, "304-required-fields",
                            {field_id::content_location, field_id::date, field_id::etag,
                             field_id::vary, field_id::cache_control, field_id::expires});
      check_304_no_extra_metadata(c);
      break;
    case 401:
      if (!has_list_member(c, field_id::www_authenticate))
        c.emit("401-www-authenticate", "WWW-Authenticate", "missing or empty");
      break;
    case 405: require_field(c, "405-allow-required", field_id::allow); break;
    case 406: check_explanation(c, "406-alternatives"); break;
    case 407:
      if (!has_list_member(c, field_id::proxy_authenticate))
        c.emit("407-proxy-authenticate", "Proxy-Authenticate", "missing or empty");
      break;
    case 409: check_explanation(c, "409-conflict-info"); break;
    case 413: require_field(c, "413-retry-after", field_id::retry_after); break;
    case 415:
      if (!c.has(field_id::accept) && !c.has(field_id::accept_encoding))
        c.emit("415-accept-hints", {}, "neither Accept nor Accept-Encoding");
      break;
    case 416: check_416_content_range(c); break;
    case 421:
      if (role == server_role::proxy) c.emit("421-not-from-proxy", {}, "a proxy sent 421");
      break;
    case 426:
      if (!has_list_member(c, field_id::upgrade))
        c.emit("426-upgrade-required", "Upgrade", "missing or empty");
      break;
    case 428: check_explanation(c, "428-explain"); break;
    case 429: check_explanation(c, "429-details"); break;
    case 451: check_explanation(c, "451-explanation"); break;
    case 503: require_field(c, "503-retry-after", field_id::retry_after); break;
    case 505: check_explanation(c, "505-explanation"); break;
    case 510: check_explanation(c, "510-extension-info"); break;
    case 511:
      if (c.has(field_id::www_authenticate))
        c.emit("511-login-link", "WWW-Authenticate", "511 carries a challenge");
      else if (lacks_explanation(c))
        c.emit("511-login-link", {}, "511 with empty content: no login link");
      if (role == server_role::origin)
        c.emit("511-not-from-origin", {}, "an origin server sent 511");
      break;
    default: break;
  }
  // RFC 9110 §15.5, §15.6: errors explain themselves (statuses with their own rule above excepted).
  if (c.req && s >= 400 && s <= 599) {
    switch (s) {
      case 406:
      case 409:
      case 428:
      case 429:
      case 451:
      case 505:
      case 510:
      case 511: break;
      default: check_explanation(c, "4xx-5xx-explanation");
    }
  }
  // RFC 9110 §9.3.7: a successful OPTIONS answer advertises what the resource supports.
  if (c.method() == method_id::options && s >= 200 && s <= 299 && !c.has(field_id::allow))
    c.emit("options-advertise-features", "Allow", "2xx to OPTIONS without Allow");
  // RFC 9110 §15.4.2-§15.4.9: redirects usually carry a short hypertext note.
  if (c.req && (s == 301 || s == 302 || s == 303 || s == 307 || s == 308) && lacks_explanation(c))
    c.emitf("3xx-hypertext-note", {}, "%d with empty content", s);
}

}  // namespace respolicy::detail
