//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.5 for Location, Content-Location, the challenges, Authentication-Info,
// Content-Type, Content-Encoding, Content-Language, Upgrade, Connection, Transfer-Encoding,
// Trailer, Server, Via, Link and Content-Disposition.
//
// Each field is parsed only when present, with the respolicy::grammar parsers (which neither
// allocate nor throw). Singleton fields are read from their first line (a repeated singleton is
// no-duplicate-singleton-field's finding, and then every line is checked); list fields are
// checked line by line, since each line must be a valid list on its own (RFC 9110 §5.3).
// Empty list elements are no-empty-list-elements' finding (group 2.3) and are not reported here.

#include "detail/checker.hpp"

#include <respolicy/grammar/challenge.hpp>
#include <respolicy/grammar/content_coding.hpp>
#include <respolicy/grammar/content_disposition.hpp>
#include <respolicy/grammar/language_tag.hpp>
#include <respolicy/grammar/link.hpp>
#include <respolicy/grammar/media_type.hpp>
#include <respolicy/grammar/product.hpp>
#include <respolicy/grammar/protocol.hpp>
#include <respolicy/grammar/token_list.hpp>
#include <respolicy/grammar/uri.hpp>
#include <respolicy/grammar/via.hpp>

#include <algorithm>

namespace respolicy::detail {
namespace {

namespace g = respolicy::grammar;

// The list fields whose lines are checked one by one.
constexpr std::uint64_t line_checked_lists =
    field_bit(field_id::www_authenticate) | field_bit(field_id::proxy_authenticate) |
    field_bit(field_id::authentication_info) | field_bit(field_id::proxy_authentication_info) |
    field_bit(field_id::content_encoding) | field_bit(field_id::content_language) |
    field_bit(field_id::upgrade) | field_bit(field_id::connection) |
    field_bit(field_id::transfer_encoding) | field_bit(field_id::trailer) |
    field_bit(field_id::via) | field_bit(field_id::link);

// The singleton fields, read from their first line unless repeated.
constexpr std::uint64_t line_checked_singletons =
    field_bit(field_id::location) | field_bit(field_id::content_location) |
    field_bit(field_id::content_type) | field_bit(field_id::server) |
    field_bit(field_id::content_disposition);

// Reports a parse error as "<what> at offset <n>".
void report_parse_error(checker& c, rule_index r, field_id id, g::parse_error const& e) {
  c.emitf(r, name_of(id), "%.*s at offset %zu", static_cast<int>(e.what.size()), e.what.data(),
          e.offset);
}

// RFC 9110 §5.6.3: a sender MUST NOT generate BWS (here: whitespace around "=" in the auth-params,
// transfer-parameters and link-params that accept it). The value parses; only the BWS is wrong.
void report_bws(checker& c, field_id id) {
  c.emit("no-bws", name_of(id), "whitespace around '=' in a parameter (BWS is never generated)");
}

// --- URIs in Location, Content-Location and Link (RFC 9110 §4.2) ------------------------------

// Whether a URI reference in a response field is, or resolves to, an http or https URI: one with
// that scheme, or a network-path reference ("//host/path"), which takes the scheme of the target
// URI it is resolved against (RFC 3986 §5.2), always http or https for HTTP. Other relative
// references keep the target URI's authority and cannot add userinfo or empty the host.
bool is_http_uri(g::uri_reference const& u) noexcept {
  if (!u.has_scheme) return u.has_authority;
  return g::iequals(u.scheme, "http") || g::iequals(u.scheme, "https");
}

void check_uri_no_userinfo(checker& c, field_id id, g::uri_reference const& u) {
  // RFC 9110 §4.2.4: "A sender MUST NOT generate the userinfo subcomponent (and its "@"
  // delimiter) when an "http" or "https" URI reference is generated within a message as a
  // target URI or field value."
  if (u.has_authority && u.has_userinfo && is_http_uri(u))
    c.emitf("uri-no-userinfo", name_of(id), "userinfo %.*s@ in %.*s",
            static_cast<int>(std::min<std::size_t>(u.userinfo.size(), 40)), u.userinfo.data(),
            static_cast<int>(std::min<std::size_t>(u.authority.size(), 60)), u.authority.data());
}

void check_uri_no_empty_host(checker& c, field_id id, g::uri_reference const& u) {
  // RFC 9110 §4.2.1, §4.2.2: "A sender MUST NOT generate an "http" URI with an empty host
  // identifier" (and the same for https). The http-URI production has "//" authority: a URI
  // with the scheme and no authority has no host identifier at all.
  if (!is_http_uri(u)) return;
  if (!u.has_authority)
    c.emitf("uri-no-empty-host", name_of(id), "%.*s: URI without an authority",
            static_cast<int>(u.scheme.size()), u.scheme.data());
  else if (u.host.empty())
    c.emitf("uri-no-empty-host", name_of(id), "empty host in //%.*s",
            static_cast<int>(std::min<std::size_t>(u.authority.size(), 60)), u.authority.data());
}

void check_uri(checker& c, field_id id, g::uri_reference const& u) {
  check_uri_no_userinfo(c, id, u);
  check_uri_no_empty_host(c, id, u);
}

// --- Location, Content-Location (RFC 9110 §10.2.2, §8.7) --------------------------------------

void check_location_syntax(checker& c, std::string_view v) {
  auto r = g::parse_location(v);
  if (!r) return report_parse_error(c, "location-syntax", field_id::location, r.error());
  check_uri(c, field_id::location, *r);
}

void check_location_scope(checker& c) {
  // RFC 9110 §10.2.2: Location has a defined meaning on 201 and 3xx (and on the draft 104).
  auto const s = c.status();
  if (s == 201 || (s >= 300 && s <= 399) || s == 104) return;
  c.emitf("location-scope", "Location", "Location on a %d has no defined meaning", s);
}

void check_content_location_syntax(checker& c, std::string_view v) {
  auto r = g::parse_content_location(v);
  if (!r)
    return report_parse_error(c, "content-location-syntax", field_id::content_location, r.error());
  check_uri(c, field_id::content_location, *r);
}

// --- WWW-Authenticate, Proxy-Authenticate (RFC 9110 §11.6.1, §11.7.1; RFC 7617) ---------------

void check_challenge(checker& c, field_id id, g::challenge const& ch) {
  auto const name = name_of(id);
  auto const scheme_len = static_cast<int>(ch.scheme.size());
  if (ch.bws) report_bws(c, id);
  if (auto d = g::find_duplicate_parameter(ch.params))
    c.emitf("auth-param-unique", name, "%.*s repeated in the %.*s challenge",
            static_cast<int>(d->name.size()), d->name.data(), scheme_len, ch.scheme.data());
  auto const realm = ch.param("realm");
  if (realm && !realm->quoted)
    c.emitf("auth-realm-quoted", name, "realm=%.*s in the %.*s challenge",
            static_cast<int>(realm->value.size()), realm->value.data(), scheme_len,
            ch.scheme.data());
  if (!ch.is("basic")) return;
  // RFC 7617 §2: realm is REQUIRED; §2.1: "The only allowed value is 'UTF-8'".
  if (!realm) c.emit("basic-realm-required", name, "Basic challenge without realm");
  if (auto charset = ch.param("charset"); charset && !charset->value_iequals("utf-8"))
    c.emitf("basic-realm-required", name, "charset=%.*s (only UTF-8 is allowed)",
            static_cast<int>(charset->value.size()), charset->value.data());
}

void check_challenges(checker& c, field_id id, std::string_view v) {
  auto r = g::parse_challenges(v);
  if (!r) return report_parse_error(c, "www-authenticate-syntax", id, r.error());
  if (r->size() > 1)
    c.emitf("auth-challenge-per-line", name_of(id), "%zu challenges on one field line", r->size());
  for (auto const& ch : *r) check_challenge(c, id, ch);
}

void check_authentication_info(checker& c, field_id id, std::string_view v) {
  auto r = g::parse_auth_params(v);
  if (!r) return report_parse_error(c, "authentication-info-syntax", id, r.error());
  for (auto const& p : *r)
    if (p.bws) return report_bws(c, id);
}

// --- Content-Type (RFC 9110 §8.3) ---------------------------------------------------------------

// True when `v` parses as a media type once the whitespace next to each "=" outside quoted
// strings is removed: the one fault is whitespace around "=" in a parameter, which RFC 9110 §5.6.6
// does not allow at all (media-type parameters have no BWS). Runs only on a value that failed.
bool parses_without_ws_around_equals(std::string_view v) {
  char buf[512];
  if (v.size() > sizeof buf) return false;
  std::size_t n = 0;
  bool quoted = false, removed = false;
  for (std::size_t i = 0; i < v.size(); ++i) {
    char const ch = v[i];
    if (quoted) {
      buf[n++] = ch;
      if (ch == '\\' && i + 1 < v.size())
        buf[n++] = v[++i];
      else if (ch == '"')
        quoted = false;
      continue;
    }
    if (g::is_ows(ch)) {
      std::size_t j = i;
      while (j < v.size() && g::is_ows(v[j])) ++j;
      if ((j < v.size() && v[j] == '=') || (n > 0 && buf[n - 1] == '=')) {
        removed = true;
        i = j - 1;
        continue;
      }
    }
    quoted = ch == '"';
    buf[n++] = ch;
  }
  return removed && g::parse_content_type({buf, n}).has_value();
}

void check_content_type_syntax(checker& c, std::string_view v) {
  auto r = g::parse_content_type(v);
  if (r) return;
  if (parses_without_ws_around_equals(v))
    return c.emit("parameter-no-ws-around-equals", "Content-Type", v);
  report_parse_error(c, "content-type-syntax", field_id::content_type, r.error());
}

void check_content_type_present(checker& c) {
  // RFC 9110 §8.3: a sender that generates content SHOULD send Content-Type (unless the media
  // type is unknown, which respolicy cannot see). Content that is never sent does not count.
  auto const s = c.status();
  // Statuses without content have their own rules (no-content-204, no-content-205, ...).
  if ((s >= 100 && s <= 199) || s == 204 || s == 205 || s == 304 || c.is_head() ||
      c.is_connect_2xx())
    return;
  if (!c.has_content() || (c.content_length && *c.content_length == 0)) return;
  // RFC 9110 §15.3.7: a 206 to If-Range SHOULD NOT carry representation fields beyond those
  // required; the client has the representation's metadata already.
  if (s == 206 && c.req && c.rq.has(field_id::if_range) && c.rq.has(field_id::range)) return;
  c.emit("content-type-present", "Content-Type", "content without Content-Type");
}

// --- Content-Encoding, Content-Language (RFC 9110 §8.4, §8.5) ---------------------------------

void check_content_encoding(checker& c, std::string_view v) {
  auto r = g::parse_content_encoding(v);
  if (!r)
    return report_parse_error(c, "content-encoding-syntax", field_id::content_encoding, r.error());
  for (auto coding : *r)
    if (g::iequals(coding, "identity"))
      return c.emit("content-encoding-no-identity", "Content-Encoding", v);
}

void check_content_language(checker& c, std::string_view v) {
  if (auto r = g::parse_content_language(v); !r)
    report_parse_error(c, "content-language-syntax", field_id::content_language, r.error());
}

// --- Upgrade, Connection, Transfer-Encoding, Trailer, Via (RFC 9110 §7, RFC 9112 §6, §7) -------

void check_upgrade(checker& c, std::string_view v) {
  if (auto r = g::parse_upgrade(v); !r)
    report_parse_error(c, "upgrade-syntax", field_id::upgrade, r.error());
}

void check_connection_field(checker& c, std::string_view v) {
  if (auto r = g::parse_connection(v); !r)
    report_parse_error(c, "connection-syntax", field_id::connection, r.error());
}

void check_transfer_encoding(checker& c, std::string_view v) {
  auto r = g::parse_transfer_encoding(v);
  if (!r)
    return report_parse_error(c, "transfer-encoding-syntax", field_id::transfer_encoding,
                              r.error());
  for (auto const& t : *r)
    if (t.bws) return report_bws(c, field_id::transfer_encoding);
}

void check_trailer(checker& c, std::string_view v) {
  if (auto r = g::parse_trailer(v); !r)
    report_parse_error(c, "trailer-syntax", field_id::trailer, r.error());
}

void check_via(checker& c, std::string_view v) {
  if (auto r = g::parse_via(v); !r) report_parse_error(c, "via-syntax", field_id::via, r.error());
}

// --- Server (RFC 9110 §10.2.4)
// --------------------------------------------------------------------

// server-minimal, a heuristic for "needlessly fine-grained detail" and "subproducts by third
// parties": more than two products (the server and one subproduct), or a product version with
// three or more dot-separated parts (a patch level such as 2.4.41). Comments are not counted.
constexpr std::size_t max_server_products = 2;

bool fine_grained(std::string_view version) noexcept {
  auto const dot = version.find('.');
  return dot != std::string_view::npos && version.find('.', dot + 1) != std::string_view::npos;
}

void check_server(checker& c, std::string_view v) {
  auto r = g::parse_server(v);
  if (!r) return report_parse_error(c, "server-syntax", field_id::server, r.error());
  if (c.pol.role() == server_role::proxy) return;  // a proxy forwards the origin's Server
  if (r->products() > max_server_products)
    return c.emitf("server-minimal", "Server", "%zu products; limit third-party subproducts",
                   r->products());
  if (!fine_grained(v)) return;  // fewer than two dots in the whole value: no version has them
  for (auto const& item : *r)
    if (item.kind == g::product_item::product && fine_grained(item.version))
      return c.emitf("server-minimal", "Server", "fine-grained version %.*s/%.*s",
                     static_cast<int>(item.name.size()), item.name.data(),
                     static_cast<int>(item.version.size()), item.version.data());
}

// --- Link (RFC 8288 §3) -------------------------------------------------------------------------

void check_link(checker& c, std::string_view v) {
  auto r = g::parse_link(v);
  if (!r) return report_parse_error(c, "link-syntax", field_id::link, r.error());
  bool bws = false;
  for (auto const& l : *r) {
    bws |= l.bws;
    auto const tlen = static_cast<int>(l.target.size());
    // RFC 8288 §3.3: rel MUST be present and MUST NOT appear more than once.
    if (l.rel_count == 0)
      c.emitf("link-rel-required", "Link", "<%.*s> has no rel", tlen, l.target.data());
    else if (l.rel_count > 1)
      c.emitf("link-rel-required", "Link", "<%.*s> has %zu rel parameters", tlen, l.target.data(),
              l.rel_count);
    else if (!l.rel.has_value || l.rel.raw().empty())
      c.emitf("link-rel-required", "Link", "<%.*s> has a rel without a relation type", tlen,
              l.target.data());
    if (auto u = g::parse_uri_reference(l.target)) check_uri(c, field_id::link, *u);
  }
  if (bws) report_bws(c, field_id::link);
}

// --- 451 (RFC 7725 §4) --------------------------------------------------------------------------

// Calls f(relation_type) for each relation type of a rel value: a space-separated list in the
// quoted form (RFC 8288 §3.3). Quoted-pairs do not occur in relation types and are left as is.
template <class F>
void for_each_relation_type(g::parameter const& rel, F&& f) {
  auto v = rel.raw();
  while (!v.empty()) {
    auto const sp = v.find_first_of(" \t");
    if (sp != 0) f(v.substr(0, sp));
    if (sp == std::string_view::npos) break;
    v.remove_prefix(sp + 1);
  }
}

// A relation type that was meant as "blocked-by" but is not it: the same letters with "_" or
// nothing between the words.
bool misspelled_blocked_by(std::string_view t) noexcept {
  return g::iequals(t, "blocked_by") || g::iequals(t, "blockedby");
}

[[gnu::noinline]] void check_451_blocked_by_link(checker& c) {
  // RFC 7725 §4: the entity that blocks access and returns 451 SHOULD send a Link whose target
  // identifies itself; when used for this purpose, the Link MUST have rel="blocked-by". Only an
  // origin server is that entity for sure: a gateway or proxy may relay an upstream 451.
  if (c.pol.role() != server_role::origin) return;
  bool found = false;
  for (auto const& f : c.res.fields) {
    if (lookup_field(f.name) != field_id::link) continue;
    auto r = g::parse_link(f.value);
    if (!r) continue;  // link-syntax says why
    for (auto const& l : *r) {
      if (l.rel_count == 0) continue;
      for_each_relation_type(l.rel, [&](std::string_view t) {
        if (g::iequals(t, "blocked-by")) {
          found = true;
        } else if (misspelled_blocked_by(t)) {
          found = true;  // meant for this purpose: the MUST below applies, not the SHOULD
          c.emitf("451-blocked-by-link", "Link", "rel=%.*s is not the relation type blocked-by",
                  static_cast<int>(std::min<std::size_t>(t.size(), 40)), t.data());
        }
      });
    }
  }
  if (!found) c.emit_should("451-blocked-by-link", "Link", "no Link with rel=\"blocked-by\"");
}

// --- Content-Disposition (RFC 6266) ------------------------------------------------------------

void check_content_disposition(checker& c, std::string_view v) {
  auto r = g::parse_content_disposition(v);
  if (!r)
    return report_parse_error(c, "content-disposition-valid", field_id::content_disposition,
                              r.error());
  // RFC 6266 §4.3, §5: a plain filename for recipients that do not read filename*.
  if (r->filename_ext && !r->filename)
    c.emit("content-disposition-filename-fallback", "Content-Disposition",
           "filename* without filename");
}

// One field line of a field this file checks.
void check_line(checker& c, field_id id, std::string_view v) {
  switch (id) {
    case field_id::www_authenticate:
    case field_id::proxy_authenticate: return check_challenges(c, id, v);
    case field_id::authentication_info:
    case field_id::proxy_authentication_info: return check_authentication_info(c, id, v);
    case field_id::content_encoding: return check_content_encoding(c, v);
    case field_id::content_language: return check_content_language(c, v);
    case field_id::upgrade: return check_upgrade(c, v);
    case field_id::connection: return check_connection_field(c, v);
    case field_id::transfer_encoding: return check_transfer_encoding(c, v);
    case field_id::trailer: return check_trailer(c, v);
    case field_id::via: return check_via(c, v);
    case field_id::link: return check_link(c, v);
    case field_id::location: return check_location_syntax(c, v);
    case field_id::content_location: return check_content_location_syntax(c, v);
    case field_id::content_type: return check_content_type_syntax(c, v);
    case field_id::server: return check_server(c, v);
    case field_id::content_disposition: return check_content_disposition(c, v);
    default: return;
  }
}

// Every line of the fields in `walk`. Out of line, as are the other checks of fields a typical
// response lacks, so that check_field_specific_auth() needs no stack frame of theirs.
[[gnu::noinline]] void check_lines(checker& c, std::uint64_t walk) {
  for (auto const& f : c.res.fields) {
    auto const id = lookup_field(f.name);
    if (id != field_id::unknown && (walk & field_bit(id))) check_line(c, id, f.value);
  }
}

// The singletons on one line other than Server and Content-Type.
[[gnu::noinline]] void check_other_singletons(checker& c, std::uint64_t single) {
  if (single & field_bit(field_id::location)) check_location_syntax(c, c.value(field_id::location));
  if (single & field_bit(field_id::content_location))
    check_content_location_syntax(c, c.value(field_id::content_location));
  if (single & field_bit(field_id::content_disposition))
    check_content_disposition(c, c.value(field_id::content_disposition));
}

}  // namespace

void check_field_specific_auth(checker& c) {
  if (!c.has(field_id::content_type)) check_content_type_present(c);
  if (c.status() == 451) check_451_blocked_by_link(c);
  if (!c.index.any(line_checked_lists | line_checked_singletons)) return;
  if (c.has(field_id::location)) check_location_scope(c);

  // Lines to walk: every line of the list fields present, and of the repeated singletons.
  auto const walk =
      (c.index.present & line_checked_lists) | (c.index.repeated_ & line_checked_singletons);
  if (walk) check_lines(c, walk);
  // The singletons on one line: their first (only) line, without a walk.
  auto const single = c.index.present & line_checked_singletons & ~c.index.repeated_;
  if (single & field_bit(field_id::server)) check_server(c, c.value(field_id::server));
  if (single & field_bit(field_id::content_type))
    check_content_type_syntax(c, c.value(field_id::content_type));
  constexpr auto others = field_bit(field_id::location) | field_bit(field_id::content_location) |
                          field_bit(field_id::content_disposition);
  if (single & others) check_other_singletons(c, single);
}

}  // namespace respolicy::detail
