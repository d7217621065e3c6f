//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.3: field names and field values (RFC 9110 §5, RFC 9112 §5).
// scan_fields() is the one walk over the field lines that every validate() call makes: it maps each
// name to a known-field id, records where it occurs, and checks each line's name and value.

#include "detail/checker.hpp"

#include <cstring>

namespace respolicy::detail {
namespace {

// What a value holds besides visible ASCII and SP/HTAB in the middle.
struct value_scan {
  std::size_t cr_lf_nul = std::string_view::npos;  // offset of the first CR, LF or NUL
  std::size_t ctl = std::string_view::npos;        // offset of the first other control
  bool obs_fold = false;                            // CR LF or LF followed by SP / HTAB
  bool obs_text = false;                            // an octet >= 0x80
};

// True when some byte of the word is < 0x20, == 0x7f or >= 0x80 (SWAR; false positives only send
// a word to the byte loop, which decides).
inline bool word_needs_look(std::uint64_t w) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull;
  constexpr std::uint64_t highs = 0x8080808080808080ull;
  std::uint64_t const below_space = (w - ones * 0x20) & ~w & highs;
  std::uint64_t const x7f = w ^ (ones * 0x7f);
  std::uint64_t const is_del = (x7f - ones) & ~x7f & highs;
  return (below_space | is_del | (w & highs)) != 0;
}

void look_at(std::string_view v, std::size_t i, value_scan& s) noexcept {
  auto const c = static_cast<unsigned char>(v[i]);
  if (c == '\t') return;
  if (c == '\r' || c == '\n' || c == 0) {
    if (s.cr_lf_nul == std::string_view::npos) s.cr_lf_nul = i;
    if (c == '\n' && i + 1 < v.size() && (v[i + 1] == ' ' || v[i + 1] == '\t')) s.obs_fold = true;
  } else if (c < 0x20 || c == 0x7f) {
    if (s.ctl == std::string_view::npos) s.ctl = i;
  } else if (c >= 0x80) {
    s.obs_text = true;
  }
}

value_scan scan_value(std::string_view v) noexcept {
  value_scan s;
  std::size_t i = 0;
  for (; i + 8 <= v.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, v.data() + i, 8);
    if (!word_needs_look(w)) continue;
    for (std::size_t j = i; j < i + 8; ++j) look_at(v, j, s);
  }
  for (; i < v.size(); ++i) look_at(v, i, s);
  return s;
}

char const* char_name(char c) noexcept {
  switch (c) {
    case '\r': return "CR";
    case '\n': return "LF";
    case '\0': return "NUL";
    default: return "a control character";
  }
}

void check_field_name_token(checker& c, std::string_view name) {
  // RFC 9110 §5.1: field-name = token; RFC 9112 §5.1: no whitespace before the colon.
  bool ok = !name.empty();
  for (char ch : name) ok = ok && is_tchar(ch);
  if (ok) return;
  if (name.empty()) return c.emit("field-name-token", {}, "empty field name");
  for (std::size_t i = 0; i < name.size(); ++i)
    if (!is_tchar(name[i]))
      return c.emitf("field-name-token", name, "byte 0x%02X at offset %zu is not a tchar",
                     static_cast<unsigned char>(name[i]), i);
}

void check_field_value(checker& c, std::string_view name, std::string_view value) {
  if (!value.empty() && (value.front() == ' ' || value.front() == '\t' || value.back() == ' ' ||
                         value.back() == '\t'))
    c.emit("field-value-trimmed", name, "leading or trailing whitespace");
  auto const s = scan_value(value);
  if (s.cr_lf_nul != std::string_view::npos)
    c.emitf("field-value-no-cr-lf-nul", name, "%s at offset %zu", char_name(value[s.cr_lf_nul]),
            s.cr_lf_nul);
  if (s.obs_fold) c.emit("no-obs-fold", name, "line break followed by whitespace");
  if (s.ctl != std::string_view::npos)
    c.emitf("field-value-no-ctl", name, "byte 0x%02X at offset %zu",
            static_cast<unsigned char>(value[s.ctl]), s.ctl);
  if (s.obs_text) c.emit("field-value-ascii", name, "octets above 0x7F");
}

// The list-based response fields (`#rule`, RFC 9110 §5.6.1) whose elements respolicy knows.
constexpr bool is_list_field(field_id id) noexcept {
  switch (id) {
    case field_id::accept_ranges:
    case field_id::allow:
    case field_id::authentication_info:
    case field_id::cache_control:
    case field_id::connection:
    case field_id::content_encoding:
    case field_id::content_language:
    case field_id::link:
    case field_id::proxy_authenticate:
    case field_id::proxy_authentication_info:
    case field_id::trailer:
    case field_id::transfer_encoding:
    case field_id::upgrade:
    case field_id::vary:
    case field_id::via:
    case field_id::www_authenticate: return true;
    default: return false;
  }
}

void check_no_empty_list_elements(checker& c, std::string_view name, std::string_view value) {
  // RFC 9110 §5.6.1.1: a sender MUST NOT generate empty list elements. An entirely empty value is
  // not an empty element (an empty Allow is legal).
  if (value.empty()) return;
  bool empty_element = false;
  for_each_element(value, [&](std::string_view e) { empty_element |= e.empty(); });
  if (empty_element) c.emit("no-empty-list-elements", name, value);
}

// End-to-end fields that must never be listed as connection options (RFC 9110 §7.6.1).
constexpr bool is_end_to_end(field_id id) noexcept {
  switch (id) {
    case field_id::accept_ranges:
    case field_id::age:
    case field_id::allow:
    case field_id::authentication_info:
    case field_id::cache_control:
    case field_id::content_disposition:
    case field_id::content_encoding:
    case field_id::content_language:
    case field_id::content_length:
    case field_id::content_location:
    case field_id::content_range:
    case field_id::content_type:
    case field_id::date:
    case field_id::etag:
    case field_id::expires:
    case field_id::last_modified:
    case field_id::link:
    case field_id::location:
    case field_id::retry_after:
    case field_id::server:
    case field_id::set_cookie:
    case field_id::vary:
    case field_id::www_authenticate: return true;
    default: return false;
  }
}

void scan_connection(checker& c, std::string_view value) {
  for_each_element(value, [&](std::string_view option) {
    if (iequals(option, "close"))
      c.connection_close = true;
    else if (iequals(option, "keep-alive"))
      c.connection_keep_alive = true;
    else if (iequals(option, "upgrade"))
      c.connection_upgrade = true;
    else if (is_end_to_end(lookup_field(option)))
      c.emit("connection-no-end-to-end-option", "Connection", option);
  });
}

void check_no_duplicate_singleton_field(checker& c) {
  // RFC 9110 §5.3: only list-based fields may occur on several lines.
  static constexpr field_id singletons[] = {
      field_id::age,     field_id::content_disposition, field_id::content_length,
      field_id::content_location, field_id::content_range, field_id::content_type,
      field_id::date,    field_id::etag,          field_id::expires,
      field_id::last_modified, field_id::location, field_id::retry_after,
      field_id::server};
  for (auto id : singletons)
    if (auto n = c.index.count_of(id); n > 1)
      c.emitf("no-duplicate-singleton-field", name_of(id), "%u field lines",
              static_cast<unsigned>(n));
}

void check_uri_length(checker& c) {
  // RFC 9110 §4.1: recipients are only asked to support 8000 octets.
  for (auto id : {field_id::location, field_id::content_location})
    if (auto v = c.value(id); v.size() > 8000)
      c.emitf("uri-length", name_of(id), "%zu octets", v.size());
}

void check_deprecated_fields(checker& c) {
  if (c.has(field_id::warning)) c.emit("deprecated-fields", "Warning", "obsoleted by RFC 9111");
  if (c.has(field_id::content_md5))
    c.emit("deprecated-fields", "Content-MD5", "obsoleted (RFC 7231 App. B)");
  if (c.has(field_id::pragma))
    c.emit("deprecated-fields", "Pragma",
           c.has(field_id::cache_control) ? "deprecated; Cache-Control is present"
                                          : "deprecated; use Cache-Control");
}

void check_reserved_field_names(checker& c) {
  if (c.has(field_id::star)) c.emit("reserved-field-names", "*", "reserved (RFC 9110 §18.4)");
  if (c.has(field_id::close))
    c.emit("reserved-field-names", "Close", "reserved (RFC 9112 §9.6)");
}

void check_early_data_not_in_response(checker& c) {
  if (c.has(field_id::early_data)) c.emit("early-data-not-in-response", "Early-Data");
}

void check_connection_lists_hop_by_hop(checker& c) {
  // RFC 9110 §7.6.1. Upgrade has its own rule, upgrade-needs-connection-option.
  if (c.has(field_id::keep_alive) && !c.connection_keep_alive)
    c.emit("connection-lists-hop-by-hop", "Keep-Alive", "Connection does not list keep-alive");
  if (c.has(field_id::proxy_connection) &&
      !list_has(c.value(field_id::connection), "proxy-connection"))
    c.emit("connection-lists-hop-by-hop", "Proxy-Connection",
           "Connection does not list proxy-connection");
}

}  // namespace

void scan_fields(checker& c) {
  auto const& fields = c.res.fields;
  for (std::uint32_t i = 0; i < fields.size(); ++i) {
    auto const& f = fields[i];
    auto const id = lookup_field(f.name);
    c.index.add(id, i);
    if (id == field_id::unknown) check_field_name_token(c, f.name);
    check_field_value(c, f.name, f.value);
    switch (id) {
      case field_id::content_length:
        if (c.index.count_of(id) == 1) c.content_length = parse_decimal(f.value);
        break;
      case field_id::transfer_encoding: c.transfer_encoding = true; break;
      case field_id::connection: scan_connection(c, f.value); break;
      default: break;
    }
    if (is_list_field(id)) check_no_empty_list_elements(c, f.name, f.value);
  }
  for (auto const& t : c.res.trailers) {
    check_field_name_token(c, t.name);
    check_field_value(c, t.name, t.value);
  }
}

void check_fields(checker& c) {
  check_no_duplicate_singleton_field(c);
  check_uri_length(c);
  check_deprecated_fields(c);
  check_reserved_field_names(c);
  check_early_data_not_in_response(c);
  check_connection_lists_hop_by_hop(c);
}

}  // namespace respolicy::detail
