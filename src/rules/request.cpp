//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.7: rules the request decides (RFC 9110 §7.8, §9, §10.1, §13, §14, §15). They run
// only when validate() is given a request context.

#include "detail/checker.hpp"

#include <respolicy/grammar/content_range.hpp>
#include <respolicy/grammar/entity_tag.hpp>
#include <respolicy/grammar/http_date.hpp>

#include <algorithm>

namespace respolicy::detail {
namespace {

bool is_get_or_head(method_id m) noexcept { return m == method_id::get || m == method_id::head; }

// An empty method in the request context means "unknown" (message.hpp): never "not GET".
bool known(method_id m) noexcept { return m != method_id::unknown; }

// RFC 9110 §5.3: several lines of a list field are one list; calls f(element) for every element of
// every line named `id`.
template <class F>
void for_each_member(std::span<field_view const> fields, field_id id, F&& f) {
  for (auto const& line : fields)
    if (lookup_field(line.name) == id) grammar::for_each_element(line.value, f);
}

void check_interim(checker& c) {
  int const s = c.status();
  if (s < 100 || s > 199) return;
  bool const http10 = c.http10_request();
  // RFC 9110 §15.2: no 1xx to an HTTP/1.0 client.
  if (http10) c.emit("1xx-not-to-http10", {}, "the request was HTTP/1.0");
  if (s == 100) {
    // RFC 9110 §10.1.1: 100 answers Expect: 100-continue, which HTTP/1.0 requests cannot use.
    if (!c.rq.expect_100_continue)
      c.emit("100-needs-expect", {}, "no Expect: 100-continue");
    else if (http10)
      c.emit("100-continue-http10-ignored", "Expect", "HTTP/1.0 request");
  }
  if (s == 101) {
    // RFC 9110 §7.8: switch only to a protocol the request offered, never for HTTP/1.0.
    if (http10) c.emit("101-not-to-http10", {}, "the request was HTTP/1.0");
    // Upgrade tokens are case-insensitive (RFC 9110 §16.7); every line of either Upgrade counts.
    for_each_member(c.res.fields, field_id::upgrade, [&](std::string_view p) {
      if (p.empty()) return;
      bool found = false;
      for_each_member(c.rq.fields, field_id::upgrade,
                      [&](std::string_view o) { found |= iequals(o, p); });
      if (!found) c.emit("101-needs-upgrade-request", "Upgrade", p);
    });
  }
}

void check_head_same_fields_as_get(checker& c) {
  // RFC 9110 §9.3.2: the fields a GET would get, except those known only while generating content.
  // The GET would get this 200 only when the HEAD gets 200: a conditional HEAD answered 304 is
  // compared with the 304 a GET would get, which drops representation metadata (§15.4.5).
  auto const* get = c.req->equivalent_200;
  if (!get || !c.is_head() || c.status() != 200) return;
  for (auto const& g : get->fields) {
    auto const id = lookup_field(g.name);
    if (id == field_id::content_length || id == field_id::vary || id == field_id::transfer_encoding)
      continue;
    bool present = false;
    for (auto const& f : c.res.fields) present |= iequals(f.name, g.name);
    if (!present) c.emit("head-same-fields-as-get", g.name, "the GET response has it");
  }
  // The representation metadata a HEAD does send describes the same representation as the GET's.
  constexpr field_id metadata[] = {field_id::content_type,
                                   field_id::content_encoding,
                                   field_id::content_language,
                                   field_id::content_location,
                                   field_id::etag,
                                   field_id::last_modified};
  for (auto id : metadata) {
    if (!c.has(id)) continue;
    auto const here = c.value(id);
    for (auto const& g : get->fields) {
      if (lookup_field(g.name) != id) continue;
      if (grammar::trim_ows(g.value) != grammar::trim_ows(here))
        c.emitf("head-same-fields-as-get", name_of(id), "%.*s here, %.*s in the GET response",
                static_cast<int>(std::min<std::size_t>(here.size(), 48)), here.data(),
                static_cast<int>(std::min<std::size_t>(g.value.size(), 48)), g.value.data());
      break;
    }
  }
}

// The value of the first field `id` of `r`, or empty.
std::string_view first_value(response_view const& r, field_id id) noexcept {
  for (auto const& f : r.fields)
    if (lookup_field(f.name) == id) return f.value;
  return {};
}

// RFC 9110 §13.1.1-§13.1.3 and §13.2.2: the outcome of a GET's or HEAD's preconditions, which the
// equivalent 200's validators decide (they are the selected representation's), against its
// status. The 200 shows the unconditional answer is 2xx, so the preconditions apply (§13.2.1).
void check_precondition_outcomes(checker& c) {
  auto const* get = c.req->equivalent_200;
  if (!get || get->status != 200 || !is_get_or_head(c.method())) return;
  int const s = c.status();
  bool const success = s >= 200 && s <= 299;
  if (!success && s != 416) return;
  auto const tag = grammar::parse_entity_tag(first_value(*get, field_id::etag));
  // If-None-Match lists the current entity tag (weak comparison) or is "*": false (§13.1.2).
  bool none_match_false = false;
  if (c.rq.has(field_id::if_none_match) && !c.rq.index.repeated(field_id::if_none_match)) {
    auto const l = grammar::parse_entity_tag_list(c.rq.value(field_id::if_none_match));
    none_match_false = l && (l->any() || (tag && l->weak_match(*tag)));
  }
  // If-Match lists entity tags, none strongly equal to the current one: false (§13.1.1). Judged
  // only when the 200 has an entity tag, the mark of a server that evaluates it.
  bool match_false = false;
  if (tag && c.rq.has(field_id::if_match) && !c.rq.index.repeated(field_id::if_match)) {
    auto const l = grammar::parse_entity_tag_list(c.rq.value(field_id::if_match));
    match_false = l && !l->strong_match(*tag);
  }
  // If-Modified-Since, without If-None-Match, no earlier than Last-Modified: false (§13.1.3).
  bool modified_since_false = false;
  if (!c.rq.has(field_id::if_none_match) && c.rq.has(field_id::if_modified_since)) {
    auto const since = grammar::parse_http_date(c.rq.value(field_id::if_modified_since));
    auto const modified = grammar::parse_http_date(first_value(*get, field_id::last_modified));
    modified_since_false = since && modified && since->time >= modified->time;
  }
  // §13.2.2: Range is evaluated after the preconditions (step 5); a false one wins.
  if ((none_match_false || match_false) && c.rq.has(field_id::range) && (s == 206 || s == 416))
    return c.emitf("range-loses-to-304", {}, "%d although %s evaluated false", s,
                   none_match_false ? "If-None-Match" : "If-Match");
  if (!success) return;
  if (none_match_false)
    c.emitf("if-none-match-304", "If-None-Match", "%d; the 200's ETag is %.*s", s,
            static_cast<int>(std::min<std::size_t>(tag ? tag->text.size() : 1, 48)),
            tag ? tag->text.data() : "*");
  if (match_false)
    c.emitf("if-match-failed-not-performed", "If-Match", "%d; the 200's ETag is %.*s", s,
            static_cast<int>(std::min<std::size_t>(tag->text.size(), 48)), tag->text.data());
  if (modified_since_false)
    c.emitf("if-modified-since-304", "If-Modified-Since", "%d; the 200's Last-Modified is %.*s", s,
            static_cast<int>(
                std::min<std::size_t>(first_value(*get, field_id::last_modified).size(), 40)),
            first_value(*get, field_id::last_modified).data());
}

// The validator If-Range names: an entity tag or a date (RFC 9110 §13.1.5).
field_id if_range_validator(std::string_view if_range) noexcept {
  bool const is_tag = !if_range.empty() && (if_range.front() == '"' || if_range.starts_with("W/"));
  return is_tag ? field_id::etag : field_id::last_modified;
}

// If-Range evaluates true only on a strong match with the selected representation (RFC 9110
// §13.1.5): an identical strong entity tag, or an identical Last-Modified date. `fields` are those
// of a response that carries the representation's validators.
bool if_range_matches(std::string_view if_range, std::span<field_view const> fields) {
  field_id const validator = if_range_validator(if_range);
  if (if_range.starts_with("W/")) return false;
  for (auto const& f : fields)
    if (lookup_field(f.name) == validator) return f.value == if_range && !f.value.starts_with("W/");
  return false;
}

// RFC 9110 §15.5.17: "The complete-length in a 416 response indicates the current length of the
// selected representation", which the equivalent 200's content length gives.
void check_416_complete_length(checker& c) {
  auto const* get = c.req->equivalent_200;
  if (!get || get->status != 200 || !get->body_size || !c.has(field_id::content_range)) return;
  auto const& r = c.content_range();
  // content-range-syntax and 416-content-range report the other values.
  if (!r || !r->bytes() || r->form != grammar::content_range::kind::unsatisfied) return;
  if (r->complete != *get->body_size)
    c.emitf("416-complete-length-current", "Content-Range", "*/%llu, the 200 has %llu bytes",
            static_cast<unsigned long long>(r->complete),
            static_cast<unsigned long long>(*get->body_size));
}

void check_ranges(checker& c) {
  int const s = c.status();
  auto const m = c.method();
  bool const range = c.rq.has(field_id::range);
  // RFC 9110 §14.2: range handling is defined for GET only; other methods ignore Range.
  bool const not_get = known(m) && m != method_id::get;
  if (s == 206 && (not_get || !range))
    c.emit("206-needs-range-request", {}, not_get ? "not a GET" : "no Range in the request");
  if (s == 416 && (not_get || !range))
    c.emit("416-needs-range-request", {}, not_get ? "not a GET" : "no Range in the request");
  if (s == 416 && range) check_416_complete_length(c);
  if (s != 206 || !range) return;
  // RFC 9110 §15.3.7.2: one range requested, one part answered.
  if (istarts_with(c.value(field_id::content_type), "multipart/byteranges") &&
      c.rq.value(field_id::range).find(',') == std::string_view::npos)
    c.emit("206-no-multipart-for-single-range", "Content-Type", "a single range was requested");
  // Without the 200, the 206's own validator is the selected representation's (RFC 9110 §15.3.7:
  // a 206 carries the ETag and Last-Modified a 200 would); a 206 without it cannot be judged.
  auto const if_range = c.rq.value(field_id::if_range);
  if (if_range.empty()) return;
  auto const* get = c.req->equivalent_200;
  if (get ? !if_range_matches(if_range, get->fields)
          : c.has(if_range_validator(if_range)) && !if_range_matches(if_range, c.res.fields))
    c.emit("206-if-range-match", "If-Range", if_range);
}

void check_preconditions(checker& c) {
  int const s = c.status();
  auto const m = c.method();
  if (s == 304) {
    // RFC 9110 §15.4.5, §13.1.2, §13.1.3: 304 answers a failed If-None-Match or
    // If-Modified-Since on GET or HEAD; other methods get 412.
    bool const cache_conditional =
        c.rq.has(field_id::if_none_match) || c.rq.has(field_id::if_modified_since);
    bool const not_get_head = known(m) && !is_get_or_head(m);
    if (not_get_head || !cache_conditional)
      c.emit("304-needs-conditional-get-head", {},
             not_get_head ? "not a GET or HEAD" : "no If-None-Match or If-Modified-Since");
    if (not_get_head && c.rq.has(field_id::if_none_match))
      c.emit("if-none-match-unsafe-412", {},
             "If-None-Match failed on a method other than GET/HEAD");
  }
  if (s == 412 && !c.rq.has(field_id::if_match) && !c.rq.has(field_id::if_unmodified_since) &&
      !c.rq.has(field_id::if_none_match) && !c.rq.has(field_id::if_))
    c.emit("412-needs-precondition", {}, "the request has no precondition");
  // RFC 9110 §13.2.1: CONNECT, OPTIONS and TRACE ignore preconditions.
  if ((s == 304 || s == 412) &&
      (m == method_id::connect || m == method_id::options || m == method_id::trace))
    c.emitf("preconditions-ignored-for-method", {}, "%d to %.*s", s,
            static_cast<int>(c.req->method.size()), c.req->method.data());
  if (s == 428 && c.rq.conditional())
    c.emit("428-request-unconditional", {}, "the request was conditional; 412 may be meant");
}

void check_method_specific(checker& c) {
  int const s = c.status();
  auto const m = c.method();
  // RFC 9110 §9.3.3: POST results are never 206, 304 or 416.
  if (m == method_id::post && (s == 206 || s == 304 || s == 416))
    c.emitf("post-no-206-304-416", {}, "%d to POST", s);
  if (s == 405) {
    // RFC 9110 §15.5.6: Allow lists the supported methods; the refused one cannot be among them.
    bool listed = false;
    if (known(m))
      for_each_member(c.res.fields, field_id::allow,
                      [&](std::string_view e) { listed |= e == c.req->method; });
    if (listed) c.emit("405-allow-excludes-method", "Allow", c.req->method);
  }
  // RFC 9110 §9.1: general-purpose servers support GET and HEAD.
  if ((s == 405 || s == 501) && is_get_or_head(m))
    c.emitf("405-501-for-get-head", {}, "%d to %.*s", s, static_cast<int>(c.req->method.size()),
            c.req->method.data());
  // RFC 9110 §9.3.5: a successful DELETE is 200, 202 or 204.
  if (m == method_id::delete_ && s >= 200 && s <= 299 && s != 200 && s != 202 && s != 204)
    c.emitf("delete-status", {}, "%d to DELETE", s);
  // RFC 9110 §9.2.1: safe methods create nothing.
  if (s == 201 && (is_get_or_head(m) || m == method_id::options || m == method_id::trace))
    c.emit("201-to-safe-method", {}, c.req->method);
  // RFC 9110 §9.3.8: a 200 to TRACE reflects the received request as its content; message/http is
  // "one way to do so", not the only one. Any reflection carries the request line, so content in
  // memory without the method name reflects nothing.
  if (m == method_id::trace && s == 200) {
    auto const& body = c.res.body;
    bool const in_memory = c.res.body_size && body.size() == *c.res.body_size;
    if (c.content_empty())
      c.emit("trace-reflects-request", {}, "200 to TRACE with empty content");
    else if (in_memory && !istarts_with(c.value(field_id::content_type), "message/http") &&
             body.find(c.req->method) == std::string_view::npos)
      c.emit("trace-reflects-request", "Content-Type", "the content does not reflect the request");
  }
}

void check_request_signals(checker& c) {
  int const s = c.status();
  auto const& rq = c.rq;
  // RFC 9110 §15.5.18: 417 refuses an expectation.
  if (s == 417 && !rq.has(field_id::expect))
    c.emit("417-needs-expect", {}, "no Expect in the request");
  // RFC 8470 §5.2, RFC 5842 §7.1, RFC 3229 §10.4.1: extension codes answer a request's signal.
  if (s == 425 && !rq.early_data)
    c.emit("425-needs-early-data", {}, "no Early-Data: 1 in the request");
  // RFC 5842 §8.2: a client signals support with the compliance class "bind" in DAV; other
  // classes (1, 2, 3, ...) say nothing about 208. RFC 3229 §10.4.1: A-IM lists at least one
  // instance-manipulation, so an empty A-IM does not count.
  if (s == 208) {
    bool bind = false;
    for_each_member(rq.fields, field_id::dav,
                    [&](std::string_view e) { bind |= iequals(e, "bind"); });
    if (!bind) c.emit("208-needs-dav-signal", "DAV", "no DAV: bind in the request");
  }
  if (s == 226) {
    bool listed = false;
    for_each_member(rq.fields, field_id::a_im, [&](std::string_view e) { listed |= !e.empty(); });
    if (!listed) c.emit("226-needs-a-im", "A-IM", "no A-IM listing an instance-manipulation");
  }
  // RFC 9110 §15.5.7, §15.5.12, §15.5.14, §15.5.16, §15.6.6: codes that describe the request.
  if (s == 406 && !rq.has(field_id::accept) && !rq.has(field_id::accept_encoding) &&
      !rq.has(field_id::accept_language) && !rq.has(field_id::accept_charset))
    c.emit("406-needs-negotiation", {},
           "no Accept, Accept-Encoding, Accept-Language or Accept-Charset");
  // "without a defined Content-Length": a value that is not a length defines none.
  if (s == 411 && grammar::parse_decimal(rq.value(field_id::content_length)))
    c.emit("411-needs-missing-length", {}, "the request had Content-Length");
  if ((s == 413 || s == 415) && !rq.has_content)
    c.emitf("413-415-need-content", {}, "%d to a request without content", s);
  if (s == 505 && c.req->version / 10 == 1)
    c.emit("505-version-mismatch", {}, "the request was HTTP/1.x");
}

void check_connection_options(checker& c) {
  if (c.status() < 200) return;
  // RFC 9112 §9.6: answer Connection: close with close.
  if (c.rq.connection_close && !c.connection_close)
    c.emit("connection-close-echo", "Connection", "the request said close");
  // RFC 9112 §9.3, App. C.2.2: an HTTP/1.0 connection persists only with keep-alive.
  if (c.http10_request() && c.rq.connection_keep_alive && !c.connection_keep_alive &&
      !c.connection_close)
    c.emit("http10-keep-alive", "Connection", "the HTTP/1.0 client asked for keep-alive");
  // RFC 9110 §6.5.1: trailers may be dropped unless the request said TE: trailers.
  if (!c.res.trailers.empty() && !c.rq.te_trailers)
    c.emit("trailers-need-te", "TE", "the request did not send TE: trailers");
}

}  // namespace

void scan_request(checker& c) {
  auto& rq = c.rq;
  rq.method = lookup_method(c.req->method);
  rq.version = c.req->version;
  rq.fields = c.req->fields;
  for (std::uint32_t i = 0; i < rq.fields.size(); ++i) {
    auto const& f = rq.fields[i];
    auto const id = lookup_field(f.name);
    rq.index.add(id, i);
    switch (id) {
      case field_id::expect: rq.expect_100_continue |= list_has(f.value, "100-continue"); break;
      case field_id::connection:
        rq.connection_close |= list_has(f.value, "close");
        rq.connection_keep_alive |= list_has(f.value, "keep-alive");
        break;
      case field_id::te: rq.te_trailers |= list_has(f.value, "trailers"); break;
      case field_id::early_data: rq.early_data |= f.value == "1"; break;
      case field_id::content_length:
        rq.has_content |= grammar::parse_decimal(f.value).value_or(1) != 0;
        break;
      case field_id::transfer_encoding: rq.has_content = true; break;
      default: break;
    }
  }
}

void check_request(checker& c) {
  // A 200 to GET, the most common exchange, is not interim, answers no HEAD, range, precondition
  // or signal, and is right for GET: of the rules here only the connection options apply.
  // With the 200 beside it, a conditional one may be a precondition the server did not honour.
  if (c.status() == 200 && c.method() == method_id::get) {
    if (c.req->equivalent_200 && c.rq.conditional()) check_precondition_outcomes(c);
    return check_connection_options(c);
  }
  check_interim(c);
  check_head_same_fields_as_get(c);
  check_ranges(c);
  check_preconditions(c);
  check_precondition_outcomes(c);
  check_method_specific(c);
  check_request_signals(c);
  check_connection_options(c);
}

}  // namespace respolicy::detail
