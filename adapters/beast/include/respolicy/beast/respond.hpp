//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_BEAST_RESPOND_HPP
#define RESPOLICY_BEAST_RESPOND_HPP

/** @file
    Builders of Beast responses that are right by construction (docs/architecture.md, "Builders make
   the valid response the easy one").

    Every builder takes the request it answers (a `http::request` or a request header, optionally
    with `settings`) and returns a finished `http::response`:

    - the version answers the request's (HTTP/1.0 or HTTP/1.1, RFC 9110 §6.2);
    - the connection option mirrors the request: `close` when the request did not ask to keep the
      connection or the policy does not support persistence, `keep-alive` for a persistent
      HTTP/1.0 exchange (RFC 9112 §9.3, §9.6, App. C.2.2);
    - framing is set: `Content-Length` where content is allowed, none on 1xx, 204, 304 and a 2xx
      to CONNECT (RFC 9110 §8.6), `Content-Length: 0` on 205 (RFC 9112 §6.3); content of unknown
      length is chunked on HTTP/1.1 and ended by closing on HTTP/1.0 (RFC 9112 §6.1, §6.3);
    - an answer to HEAD carries no content but the `Content-Length` the GET would get
      (RFC 9110 §9.3.2, §8.6);
    - `Date` is set when the policy says the server has a clock (RFC 9110 §6.6.1);
    - required fields are parameters: there is no `method_not_allowed` without an Allow set and no
      `unauthorized` without a challenge;
    - statuses that cannot carry content return `http::response<http::empty_body>` by default,
      and the generic `make<Status>(req, body, type)` refuses such a status at compile time;
      the builders without content take the body type as a template argument, so a handler
      that returns one type for every answer gets it: `respond::no_content<http::string_body>(req)`
      is an `http::response<http::string_body>` with empty content;
    - no string a builder takes reaches a field with CR, LF or NUL in it, which would end the
      field line and start one of the caller's choosing (response splitting, RFC 9110 §5.5): the
      strings are `field_value`s, a literal holding one does not compile, and any other string
      holding one makes the builder throw `std::invalid_argument` naming the field. HTAB and
      obs-text (0x80-0xFF) pass. The content is not a field and is sent as given.

    Error builders (4xx, 5xx) explain themselves with an RFC 9457 `application/problem+json`
    document (RFC 9110 §15.5, §15.6: a server SHOULD send a representation explaining the error).

    @par Example
    @code
    namespace respond = respolicy::beast::respond;
    http::message_generator handle(http::request<http::string_body> const& req) {
      if (req.method() != http::verb::get && req.method() != http::verb::head)
        return respond::method_not_allowed(req, {http::verb::get, http::verb::head});
      if (req.target() != "/") return respond::not_found(req);
      return respond::ok(req, "hello\n", "text/plain; charset=utf-8");
    }
    @endcode
*/

#include <respolicy/beast/detail/respond_text.hpp>
#include <respolicy/beast/respond_values.hpp>
#include <respolicy/config.hpp>
#include <respolicy/policy.hpp>
#include <respolicy/status.hpp>

#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/rfc7230.hpp>
#include <boost/beast/http/status.hpp>
#include <boost/beast/http/string_body.hpp>
#include <boost/beast/http/verb.hpp>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace respolicy::beast {

namespace http = boost::beast::http;

namespace respond {

/** How the builders stamp their responses.

    @par Example
    @code
    respond::settings s{.policy = &my_policy, .clock = [] { return fixed_time; }};
    auto res = respond::no_content({req, s});
    @endcode
*/
struct settings {
  /** The policy whose `has_clock()` and `persistent_connections()` the builders follow;
      nullptr means `policy::standard()`. */
  respolicy::policy const* policy = nullptr;
  /** The time source for `Date`; nullptr means `std::chrono::system_clock`. Tests pass a fixed
      clock. */
  std::chrono::sys_seconds (*clock)() = nullptr;
};

/** What the builders read of the request, and the settings they follow.

    It converts implicitly from any Beast request or request header, so every builder is called
    with the request itself: `respond::not_found(req)`, or with settings:
    `respond::not_found({req, settings})`. It copies the few facts it needs and keeps no reference
    to the request. It reads the clock once, when it is made, so `Date` and the values compared
    with it (a `Last-Modified` is never later, RFC 9110 §8.8.2.1) agree.
*/
class context {
 public:
  // Not explicit: every builder is called with the request itself.
  /** The context of `req`, under the policy and clock of `s`. */
  template <class Fields>
  context(http::header<true, Fields> const& req, settings const& s = {})
      : method_(req.method()),
        version_(req.version() >= 11 ? 11u : 10u),
        policy_(s.policy ? s.policy : &respolicy::policy::standard()) {
    // RFC 9110 §6.6.1: an origin server without a clock MUST NOT generate Date.
    if (policy_->has_clock())
      now_ = s.clock ? s.clock()
                     : std::chrono::time_point_cast<std::chrono::seconds>(
                           std::chrono::system_clock::now());
    // RFC 9112 §9.3: HTTP/1.1 persists unless "close" is sent; HTTP/1.0 only with "keep-alive".
    // Connection is a list field and may span several lines (RFC 9110 §5.3).
    bool close = false;
    bool keep = false;
    auto const lines = req.equal_range(http::field::connection);
    for (auto it = lines.first; it != lines.second; ++it) {
      http::token_list options{it->value()};
      close |= options.exists("close");
      keep |= options.exists("keep-alive");
    }
    keep_alive_ = !close && (version_ >= 11 || keep) && policy_->persistent_connections();
  }

  /** The request method. */
  http::verb method() const noexcept { return method_; }
  /** True for a HEAD request: the response gets no content (RFC 9110 §9.3.2). */
  bool is_head() const noexcept { return method_ == http::verb::head; }

  /** The version to answer with: 11, or 10 for an HTTP/1.0 request (RFC 9110 §6.2). */
  unsigned version() const noexcept { return version_; }

  /** Whether the connection stays open after the response. */
  bool keep_alive() const noexcept { return keep_alive_; }

  /** The policy the builders follow. */
  respolicy::policy const& policy() const noexcept { return *policy_; }

  /** The time for `Date`, or nothing when the policy says the server has no clock. */
  std::optional<std::chrono::sys_seconds> now() const noexcept { return now_; }

 private:
  http::verb method_;
  unsigned version_;
  bool keep_alive_ = false;
  respolicy::policy const* policy_;
  std::optional<std::chrono::sys_seconds> now_;
};

namespace detail {

template <class Body>
concept sized_body = requires(typename Body::value_type const& v) {
  Body::size(v);
};

/** Starts a response: status, the registry's reason phrase, version and Date. */
template <class Body>
http::response<Body> start(context const& ctx, unsigned code) {
  http::response<Body> res;
  res.version(ctx.version());
  res.result(code);
  // The registry's phrases are RFC 9110's (Beast keeps some of RFC 7231's, e.g. for 413).
  if (auto const* s = find_status(static_cast<int>(code)))
    res.reason({s->reason.data(), s->reason.size()});
  // RFC 9110 §6.6.1: Date in every final response from a server with a clock; MAY in 1xx.
  if (code >= 200)
    if (auto const t = ctx.now()) {
      auto const d = grammar::format_http_date(*t);
      res.set(http::field::date, boost::beast::string_view(d.data(), d.size()));
    }
  return res;
}

/** Sets the connection options of a final response: "close" or, for a persistent HTTP/1.0
    exchange, "keep-alive" (RFC 9112 §9.3, §9.6), plus `extra` ("upgrade", RFC 9110 §7.8). */
inline void set_connection(context const& ctx, http::fields& f, bool keep, std::string_view extra) {
  std::string options(extra);
  auto add = [&](std::string_view o) {
    if (!options.empty()) options += ", ";
    options += o;
  };
  if (!keep)
    add("close");
  else if (ctx.version() < 11)
    add("keep-alive");
  if (options.empty())
    f.erase(http::field::connection);
  else
    f.set(http::field::connection, options);
}

/** Frames a response and sets its connection options. */
template <class Body>
void finish(context const& ctx, http::response<Body>& res, std::string_view extra_option = {}) {
  auto const code = static_cast<int>(res.result_int());
  bool keep = ctx.keep_alive();
  if (ends_at_header(code)) {
    // RFC 9110 §8.6, RFC 9112 §6.1: no Content-Length and no Transfer-Encoding on 1xx and 204;
    // on 304 they could only repeat the 200's, which a 304 need not do.
  } else if (ctx.method() == http::verb::connect && code >= 200 && code <= 299) {
    // RFC 9110 §9.3.6, §8.6; RFC 9112 §6.1: a 2xx to CONNECT turns the connection into a tunnel
    // right after the header section: no content and no framing fields.
    res.body() = typename Body::value_type{};
  } else if constexpr (sized_body<Body>) {
    // RFC 9110 §9.3.2, §8.6: a HEAD answer has the GET's fields, Content-Length included, and no
    // content.
    res.content_length(static_cast<std::uint64_t>(Body::size(res.body())));
    if (ctx.is_head()) res.body() = typename Body::value_type{};
  } else if (ctx.is_head()) {
    // The GET's length is unknown: say nothing about it (RFC 9110 §8.6 allows omitting it).
    res.body() = typename Body::value_type{};
  } else {
    // Unknown length: chunked on HTTP/1.1; on HTTP/1.0 the close ends the content (RFC 9112
    // §6.1 forbids Transfer-Encoding there, §6.3 and §9.6 ask for an announced close).
    res.prepare_payload();
    if (ctx.version() < 11) keep = false;
  }
  if (code >= 200 || !extra_option.empty()) set_connection(ctx, res, keep, extra_option);
}

/** A finished problem response. */
inline http::response<http::string_body> problem(context const& ctx, unsigned code,
                                                 problem_details const& p) {
  RESPOLICY_ASSERT(content_allowed(static_cast<int>(code)));
  auto res = start<http::string_body>(ctx, code);
  res.set(http::field::content_type, "application/problem+json");
  res.body() = respolicy::to_json(static_cast<int>(code), p);
  return res;
}

inline http::response<http::string_body> error(context const& ctx, unsigned code,
                                               std::string_view detail_text) {
  problem_details p;
  p.detail = detail_text;
  return problem(ctx, code, p);
}

/** A redirect with a short hypertext note (RFC 9110 §15.4.2-§15.4.9: the content usually links
    to the new URI). */
inline http::response<http::string_body> redirect(context const& ctx, unsigned code,
                                                  field_value location) {
  auto const uri = to_uri_reference(location.checked("Location"));
  auto res = start<http::string_body>(ctx, code);
  res.set(http::field::location, uri);
  res.set(http::field::content_type, "text/html; charset=utf-8");
  std::string note = "<!DOCTYPE html>\n<title>";
  if (auto const* s = find_status(static_cast<int>(code))) append_html_escaped(note, s->reason);
  note += "</title>\n<p>See <a href=\"";
  append_html_escaped(note, uri);
  note += "\">";
  append_html_escaped(note, uri);
  note += "</a>.</p>\n";
  res.body() = std::move(note);
  finish(ctx, res);
  return res;
}

template <class Body>
http::response<Body> with_content(context const& ctx, unsigned code,
                                  typename Body::value_type&& body, field_value content_type) {
  auto const type = content_type.checked("Content-Type");
  auto res = start<Body>(ctx, code);
  // RFC 9110 §8.3: a sender of content SHOULD say what it is.
  if (!type.empty()) res.set(http::field::content_type, type);
  res.body() = std::move(body);
  return res;
}

inline void set_validators(context const& ctx, http::fields& f, validators const& v) {
  if (v.etag) f.set(http::field::etag, v.etag->to_string());
  if (v.last_modified) {
    auto t = *v.last_modified;
    // RFC 9110 §8.8.2.1: a Last-Modified later than the message's origination MUST be replaced
    // by that time.
    if (auto const now = ctx.now(); now && t > *now) t = *now;
    f.set(http::field::last_modified, to_http_date(t));
  }
}

}  // namespace detail

// -------------------------------------------------------------------------------------------------
// 1xx and 2xx

/** 101 Switching Protocols, naming the protocols in effect after it, in layer-ascending order,
    with the `upgrade` connection option. A 1xx carries no content: the result has an
    `empty_body`, or the `Body` given, left empty.

    Precondition (asserted): the request is HTTP/1.1 or later, and its `Upgrade` offered these
    protocols (RFC 9110 §7.8, §15.2: no 1xx to HTTP/1.0, and no switching the client did not ask
    for). A protocol holding CR, LF or NUL is refused by `protocols`: a literal does not compile,
    another string throws `std::invalid_argument`.

    @par Example
    @code
    auto res = respond::switching_protocols(req, {"websocket"});
    @endcode

    @par Specification
    RFC 9110 §15.2.2, §7.8.
*/
template <class Body = http::empty_body>
http::response<Body> switching_protocols(context const& ctx, protocols const& upgrade) {
  RESPOLICY_ASSERT(ctx.version() >= 11);
  auto res = detail::start<Body>(ctx, 101);
  res.set(http::field::upgrade, upgrade.to_string());
  detail::finish(ctx, res, "upgrade");
  return res;
}

/** 200 OK with content of any Beast body type (a `std::string` by default), its media type and
    the representation's validators.

    A content type or entity tag holding CR, LF or NUL is refused (`field_value`): a literal does
    not compile, another string throws `std::invalid_argument` naming the field. An empty content
    type is left out. The content is sent as given.

    @par Example
    @code
    auto res = respond::ok(req, "hello\n", "text/plain; charset=utf-8",
                           {respond::entity_tag::strong("v1")});
    auto file = respond::ok<http::file_body>(req, std::move(f), "image/png");
    @endcode

    @par Specification
    RFC 9110 §15.3.1, §8.8 (validators SHOULD be sent when available).
*/
template <class Body = http::string_body>
http::response<Body> ok(context const& ctx, typename Body::value_type body,
                        field_value content_type, validators const& v = {}) {
  auto res = detail::with_content<Body>(ctx, 200, std::move(body), content_type);
  detail::set_validators(ctx, res, v);
  detail::finish(ctx, res);
  return res;
}

/** 201 Created, with the `Location` of the new resource and no content.

    A location holding CR, LF or NUL is refused (`field_value`): a literal does not compile,
    another string throws `std::invalid_argument` naming `Location`. The rest is written as a URI
    reference: bytes a URI cannot contain (other controls, SP, non-ASCII, ...) are
    percent-encoded.

    @par Specification
    RFC 9110 §15.3.2, §10.2.2, §9.3.3, §5.5.
*/
template <class Body = http::empty_body>
http::response<Body> created(context const& ctx, field_value location) {
  auto const uri = detail::to_uri_reference(location.checked("Location"));
  auto res = detail::start<Body>(ctx, 201);
  res.set(http::field::location, uri);
  detail::finish(ctx, res);
  return res;
}

/** 201 Created, with the `Location` of the new resource and content describing it. A location
    or content type holding CR, LF or NUL is refused as by the other `created` and `ok`. */
template <class Body = http::string_body>
http::response<Body> created(context const& ctx, field_value location,
                             typename Body::value_type body, field_value content_type) {
  auto const uri = detail::to_uri_reference(location.checked("Location"));
  auto res = detail::with_content<Body>(ctx, 201, std::move(body), content_type);
  res.set(http::field::location, uri);
  detail::finish(ctx, res);
  return res;
}

/** 202 Accepted, without content.

    @par Specification
    RFC 9110 §15.3.3 (the content ought to describe the request's status).
*/
template <class Body = http::empty_body>
http::response<Body> accepted(context const& ctx) {
  auto res = detail::start<Body>(ctx, 202);
  detail::finish(ctx, res);
  return res;
}

/** 202 Accepted, with content describing the request's status or pointing to a monitor. A
    content type holding CR, LF or NUL is refused (`field_value`): a literal does not compile,
    another string throws `std::invalid_argument` naming `Content-Type`. */
template <class Body = http::string_body>
http::response<Body> accepted(context const& ctx, typename Body::value_type body,
                              field_value content_type) {
  auto res = detail::with_content<Body>(ctx, 202, std::move(body), content_type);
  detail::finish(ctx, res);
  return res;
}

/** 204 No Content: no content and no `Content-Length` (RFC 9110 §8.6: not even
    `Content-Length: 0`, which Beast's `prepare_payload()` would add). The result has an
    `empty_body` by default, so no content can be attached; `Body` names another body type for a
    handler whose every answer has that type (the content is left empty).

    @par Example
    @code
    http::response<http::string_body> handle(http::request<http::string_body> const& req) {
      if (req.method() == http::verb::delete_) return respond::no_content<http::string_body>(req);
      ...
    }
    @endcode

    @par Specification
    RFC 9110 §15.3.5, §8.6.
*/
template <class Body = http::empty_body>
http::response<Body> no_content(context const& ctx) {
  auto res = detail::start<Body>(ctx, 204);
  detail::finish(ctx, res);
  return res;
}

/** 205 Reset Content: no content (RFC 9110 §15.3.6), framed as `Content-Length: 0` because a 205
    does not end at its header section (RFC 9112 §6.3).

    @par Specification
    RFC 9110 §15.3.6; RFC 9112 §6.3.
*/
template <class Body = http::empty_body>
http::response<Body> reset_content(context const& ctx) {
  auto res = detail::start<Body>(ctx, 205);
  detail::finish(ctx, res);
  return res;
}

/** 206 Partial Content with a single range: `Content-Range: bytes first-last/complete` and
    exactly the octets of that range.

    Preconditions (asserted): `range.first <= range.last < complete_length`, and a body of known
    size holds `range.size()` octets (RFC 9110 §15.3.7.1: the content is exactly that range).
    A 206 answers a GET with `Range`: range handling is defined for GET only, so a HEAD with
    `Range` gets the 200's header (`ok`), not a 206 (RFC 9110 §14.2). A content type holding CR,
    LF or NUL is refused (`field_value`): a literal does not compile, another string throws
    `std::invalid_argument` naming `Content-Type`.

    @par Example
    @code
    auto res = respond::partial_content(req, {0, 99}, 512, data.substr(0, 100),
                                        "application/octet-stream");
    @endcode

    @par Specification
    RFC 9110 §15.3.7, §14.4.
*/
template <class Body = http::string_body>
http::response<Body> partial_content(context const& ctx, byte_range range,
                                     std::uint64_t complete_length, typename Body::value_type body,
                                     field_value content_type) {
  RESPOLICY_ASSERT(range.first <= range.last && range.last < complete_length);
  if constexpr (detail::sized_body<Body>)
    RESPOLICY_ASSERT(static_cast<std::uint64_t>(Body::size(body)) == range.size());
  auto res = detail::with_content<Body>(ctx, 206, std::move(body), content_type);
  std::string cr = "bytes ";
  detail::append_decimal(cr, range.first);
  cr += '-';
  detail::append_decimal(cr, range.last);
  cr += '/';
  detail::append_decimal(cr, complete_length);
  res.set(http::field::content_range, cr);
  detail::finish(ctx, res);
  return res;
}

// -------------------------------------------------------------------------------------------------
// 3xx

/** 301 Moved Permanently to `location`, with a short HTML note linking to it (RFC 9110 §15.4.2:
    the content usually has one). Every redirect refuses a `location` holding CR, LF or NUL
    (`field_value`: a literal does not compile, another string throws `std::invalid_argument`
    naming `Location`), and writes the rest as a URI reference: bytes a URI cannot contain are
    percent-encoded (RFC 3986 §2.1; RFC 9110 §5.5; RFC 9112 §2.2).

    @par Example
    @code
    return respond::moved_permanently(req, "/new/place");
    @endcode

    @par Specification
    RFC 9110 §15.4.2, §10.2.2.
*/
inline http::response<http::string_body> moved_permanently(context const& ctx,
                                                           field_value location) {
  return detail::redirect(ctx, 301, location);
}

/** 302 Found: the resource is temporarily at `location`, refused with CR, LF or NUL as by
    `moved_permanently`.

    @par Specification
    RFC 9110 §15.4.3.
*/
inline http::response<http::string_body> found(context const& ctx, field_value location) {
  return detail::redirect(ctx, 302, location);
}

/** 303 See Other: the answer is at `location`, to be retrieved with GET. The location is a
    parameter: a 303 without one has no target (RFC 9110 §15.4.4). It is refused with CR, LF or
    NUL as by `moved_permanently`.

    @par Specification
    RFC 9110 §15.4.4.
*/
inline http::response<http::string_body> see_other(context const& ctx, field_value location) {
  return detail::redirect(ctx, 303, location);
}

/** 307 Temporary Redirect: repeat the same request, method unchanged, at `location`, refused
    with CR, LF or NUL as by `moved_permanently`.

    @par Specification
    RFC 9110 §15.4.8.
*/
inline http::response<http::string_body> temporary_redirect(context const& ctx,
                                                            field_value location) {
  return detail::redirect(ctx, 307, location);
}

/** 308 Permanent Redirect: repeat the same request, method unchanged, at `location`, now and
    later; refused with CR, LF or NUL as by `moved_permanently`.

    @par Specification
    RFC 9110 §15.4.9; RFC 7538 §3.
*/
inline http::response<http::string_body> permanent_redirect(context const& ctx,
                                                            field_value location) {
  return detail::redirect(ctx, 308, location);
}

/** 304 Not Modified, derived from the 200 the same GET would get.

    It copies the fields a 304 must repeat from that 200 (`Cache-Control`, `Content-Location`,
    `ETag`, `Expires`, `Vary`, RFC 9110 §15.4.5) and `Last-Modified`, which guides cache updates.
    `Date` is this message's own origination time when the server has a clock (RFC 9110
    §6.6.1), so a stored 200 can serve as the template. No representation metadata, no content
    and no `Content-Length` (RFC 9110 §15.4.5, §8.6): the result has an `empty_body`, or the
    `Body` given, left empty. A copied
    value holding CR, LF or NUL throws `std::invalid_argument` naming the field.

    Precondition (asserted): `ok` is a 200.

    @par Example
    @code
    auto page = respond::ok(req, html, "text/html", {respond::entity_tag::strong("v7")});
    if (etag_matches(req, page)) return respond::not_modified(req, page);
    @endcode

    @par Specification
    RFC 9110 §15.4.5, §13.1.2, §8.6; RFC 9111 §4.3.4.
*/
template <class Body = http::empty_body, class Fields>
http::response<Body> not_modified(context const& ctx, http::header<false, Fields> const& ok) {
  RESPOLICY_ASSERT(ok.result_int() == 200);
  auto res = detail::start<Body>(ctx, 304);
  for (auto f : {http::field::cache_control, http::field::content_location, http::field::etag,
                 http::field::expires, http::field::vary, http::field::last_modified}) {
    auto const lines = ok.equal_range(f);
    for (auto it = lines.first; it != lines.second; ++it) {
      auto const name = http::to_string(f);
      auto const value = it->value();
      detail::require_field_safe({value.data(), value.size()}, {name.data(), name.size()});
      res.insert(f, value);
    }
  }
  detail::finish(ctx, res);
  return res;
}

// -------------------------------------------------------------------------------------------------
// 4xx and 5xx: each explains itself with an RFC 9457 problem document; `explanation` adds the
// specifics of this occurrence (RFC 9457 §3.1.4).

/** An RFC 9457 `application/problem+json` response for `status`: the given members, `status`
    set to the response's code (RFC 9457 §3.1.2), and the code's phrase as `title` when the type
    is `about:blank` and no title is given (RFC 9457 §4.2.1). Strings are escaped as JSON, and
    bytes that are not UTF-8 become U+FFFD (JSON text is UTF-8, RFC 8259 §8.1).

    Precondition (asserted): `status` can carry content. With type `about:blank` (or none), leave
    `title` empty unless it is the phrase in the response's language: RFC 9457 §4.2.1 asks for
    the status code's phrase, and another English title is reported as problem-about-blank-title.

    @par Example
    @code
    respond::problem_details p;
    p.type = "https://example.com/probs/out-of-credit";
    p.title = "You do not have enough credit.";
    auto res = respond::problem(req, http::status::forbidden, p);
    @endcode

    @par Specification
    RFC 9457 §3, §4.2.1.
*/
inline http::response<http::string_body> problem(context const& ctx, http::status status,
                                                 problem_details const& details) {
  auto res = detail::problem(ctx, static_cast<unsigned>(status), details);
  detail::finish(ctx, res);
  return res;
}

/** 400 Bad Request, explained by a problem document; `explanation` becomes its `detail`.

    @par Example
    @code
    return respond::bad_request(req, "the id must be a number");
    @endcode

    @par Specification
    RFC 9110 §15.5.1; RFC 9457 §3.1.4.
*/
inline http::response<http::string_body> bad_request(context const& ctx,
                                                     std::string_view explanation = {}) {
  auto res = detail::error(ctx, 400, explanation);
  detail::finish(ctx, res);
  return res;
}

/** 401 Unauthorized, with one `WWW-Authenticate` line per challenge (RFC 9110 §15.5.2: at least
    one MUST be sent; `challenges` has no empty value). A challenge holding CR, LF or NUL is
    refused when it is made (`challenge`): a literal does not compile, another string throws
    `std::invalid_argument`. The explanation goes into the content, not a field.

    @par Example
    @code
    auto res = respond::unauthorized(req, respond::challenge{"Bearer", "api"});
    @endcode

    @par Specification
    RFC 9110 §15.5.2, §11.6.1.
*/
inline http::response<http::string_body> unauthorized(context const& ctx, challenges const& c,
                                                      std::string_view explanation = {}) {
  auto res = detail::error(ctx, 401, explanation);
  for (auto const& ch : c) res.insert(http::field::www_authenticate, ch.to_string());
  detail::finish(ctx, res);
  return res;
}

/** 403 Forbidden, explained by a problem document.

    @par Specification
    RFC 9110 §15.5.4.
*/
inline http::response<http::string_body> forbidden(context const& ctx,
                                                   std::string_view explanation = {}) {
  auto res = detail::error(ctx, 403, explanation);
  detail::finish(ctx, res);
  return res;
}

/** 404 Not Found, explained by a problem document.

    @par Example
    @code
    if (!exists(path)) return respond::not_found(req);
    @endcode

    @par Specification
    RFC 9110 §15.5.5.
*/
inline http::response<http::string_body> not_found(context const& ctx,
                                                   std::string_view explanation = {}) {
  auto res = detail::error(ctx, 404, explanation);
  detail::finish(ctx, res);
  return res;
}

/** 405 Method Not Allowed, with `Allow` listing the supported methods (RFC 9110 §15.5.6: the
    origin MUST send it). `methods` has no empty value, so the set cannot be left out. The
    request's own method does not belong in it (the status says it is not supported).

    @par Example
    @code
    auto res = respond::method_not_allowed(req, {http::verb::get, http::verb::head});
    // Allow: GET, HEAD
    @endcode

    @par Specification
    RFC 9110 §15.5.6, §10.2.1.
*/
inline http::response<http::string_body> method_not_allowed(context const& ctx,
                                                            methods const& allow,
                                                            std::string_view explanation = {}) {
  auto res = detail::error(ctx, 405, explanation);
  res.set(http::field::allow, allow.to_string());
  detail::finish(ctx, res);
  return res;
}

/** 407 Proxy Authentication Required, with one `Proxy-Authenticate` line per challenge (RFC 9110
    §15.5.8: at least one MUST be sent). A challenge holding CR, LF or NUL is refused when it is
    made, as for `unauthorized`.

    @par Specification
    RFC 9110 §15.5.8, §11.7.1.
*/
inline http::response<http::string_body> proxy_authentication_required(
    context const& ctx, challenges const& c, std::string_view explanation = {}) {
  auto res = detail::error(ctx, 407, explanation);
  for (auto const& ch : c) res.insert(http::field::proxy_authenticate, ch.to_string());
  detail::finish(ctx, res);
  return res;
}

/** 416 Range Not Satisfiable, with `Content-Range: bytes *\/complete_length`, the current length
    of the representation (RFC 9110 §15.5.17). It answers a GET with `Range` (RFC 9110 §14.2:
    range handling is defined for GET only; other methods ignore Range).

    @par Example
    @code
    return respond::range_not_satisfiable(req, file_size);  // Content-Range: bytes *\/512
    @endcode

    @par Specification
    RFC 9110 §15.5.17, §14.4.
*/
inline http::response<http::string_body> range_not_satisfiable(context const& ctx,
                                                               std::uint64_t complete_length,
                                                               std::string_view explanation = {}) {
  auto res = detail::error(ctx, 416, explanation);
  std::string cr = "bytes */";
  detail::append_decimal(cr, complete_length);
  res.set(http::field::content_range, cr);
  detail::finish(ctx, res);
  return res;
}

/** 426 Upgrade Required, with `Upgrade` naming the required protocols in descending preference
    and the `upgrade` connection option (RFC 9110 §7.8: whoever sends Upgrade sends it). A
    protocol holding CR, LF or NUL is refused by `protocols`: a literal does not compile, another
    string throws `std::invalid_argument`.

    @par Example
    @code
    return respond::upgrade_required(req, {"TLS/1.3"});
    @endcode

    @par Specification
    RFC 9110 §15.5.22, §7.8.
*/
inline http::response<http::string_body> upgrade_required(context const& ctx,
                                                          protocols const& upgrade,
                                                          std::string_view explanation = {}) {
  auto res = detail::error(ctx, 426, explanation);
  res.set(http::field::upgrade, upgrade.to_string());
  detail::finish(ctx, res, "upgrade");
  return res;
}

/** 429 Too Many Requests, with `Retry-After` and `Cache-Control: no-store` (RFC 6585 §4: caches
    MUST NOT store a 429).

    @par Example
    @code
    return respond::too_many_requests(req, std::chrono::seconds{30});
    @endcode

    @par Specification
    RFC 6585 §4; RFC 9110 §10.2.3.
*/
inline http::response<http::string_body> too_many_requests(context const& ctx,
                                                           retry_after const& after,
                                                           std::string_view explanation = {}) {
  auto res = detail::error(ctx, 429, explanation);
  res.set(http::field::retry_after, after.to_string());
  res.set(http::field::cache_control, "no-store");
  detail::finish(ctx, res);
  return res;
}

/** 503 Service Unavailable, with `Retry-After`: RFC 9110 makes it optional, respolicy's design
    makes it a parameter (docs/architecture.md, "Severity is policy"), so clients know when to come
   back.

    @par Example
    @code
    return respond::service_unavailable(req, std::chrono::sys_days{2026y / 12 / 1});
    @endcode

    @par Specification
    RFC 9110 §15.6.4, §10.2.3.
*/
inline http::response<http::string_body> service_unavailable(context const& ctx,
                                                             retry_after const& after,
                                                             std::string_view explanation = {}) {
  auto res = detail::error(ctx, 503, explanation);
  res.set(http::field::retry_after, after.to_string());
  detail::finish(ctx, res);
  return res;
}

// -------------------------------------------------------------------------------------------------
// Any status

namespace detail {

/** Statuses whose required parts only their own builder takes. */
template <int Status>
constexpr void check_generic_status() {
  static_assert(is_valid_status(Status), "respond::make<Status>: a status code is 100 to 599");
  static_assert(Status != 101,
                "respond::make<101> cannot send the required Upgrade field: use "
                "respond::switching_protocols(req, protocols)");
  static_assert(Status != 206,
                "respond::make<206> cannot send the required Content-Range: use "
                "respond::partial_content(req, range, complete_length, body, type)");
  static_assert(Status != 303,
                "respond::make<303> cannot send the required Location: use "
                "respond::see_other(req, location)");
  static_assert(Status != 304,
                "respond::make<304> cannot copy the 200's validators: use "
                "respond::not_modified(req, the_200)");
  static_assert(Status != 401,
                "respond::make<401> cannot send the required WWW-Authenticate: use "
                "respond::unauthorized(req, challenges)");
  static_assert(Status != 405,
                "respond::make<405> cannot send the required Allow: use "
                "respond::method_not_allowed(req, allow)");
  static_assert(Status != 407,
                "respond::make<407> cannot send the required Proxy-Authenticate: "
                "use respond::proxy_authentication_required(req, challenges)");
  static_assert(Status != 416,
                "respond::make<416> cannot send the required Content-Range: use "
                "respond::range_not_satisfiable(req, complete_length)");
  static_assert(Status != 426,
                "respond::make<426> cannot send the required Upgrade: use "
                "respond::upgrade_required(req, protocols)");
  static_assert(Status != 503,
                "respond::make<503> cannot send the Retry-After respolicy requires: use "
                "respond::service_unavailable(req, retry_after)");
  static_assert(Status != 306 && Status != 418,
                "respond::make<Status>: 306 and 418 are reserved, \"(Unused)\" (RFC 9110 "
                "§15.4.7, §15.5.19); choose a status with a meaning");
}

}  // namespace detail

/** A response with any other status and no content: no framing fields on 1xx and 204,
    `Content-Length: 0` elsewhere. Statuses that need fields only their own builder takes (101,
    206, 303, 304, 401, 405, 407, 416, 426, 503) are refused at compile time with a message naming
    it, as are the reserved 306 and 418.

    @par Example
    @code
    auto res = respond::make<102>(req);  // an interim response
    @endcode
*/
template <int Status, class Body = http::empty_body>
http::response<Body> make(context const& ctx) {
  detail::check_generic_status<Status>();
  auto res = detail::start<Body>(ctx, static_cast<unsigned>(Status));
  detail::finish(ctx, res);
  return res;
}

/** A response with any status that can carry content, with that content. A status that cannot
    (1xx, 204, 205, 304: RFC 9110 §6.4.1, §15.3.6) is refused at compile time. A content type
    holding CR, LF or NUL is refused (`field_value`): a literal does not compile, another string
    throws `std::invalid_argument` naming `Content-Type`.

    @par Example
    @code
    auto res = respond::make<409>(req, R"({"conflict":"version"})", "application/json");
    auto bad = respond::make<204>(req, "x", "text/plain");  // does not compile
    @endcode

    @par Specification
    RFC 9110 §6.4.1, §15.2, §15.3.5, §15.3.6, §15.4.5.
*/
template <int Status, class Body = http::string_body>
http::response<Body> make(context const& ctx, typename Body::value_type body,
                          field_value content_type) {
  static_assert(
      content_allowed(Status),
      "respond::make<Status>(req, body, type): this status cannot carry content (1xx, "
      "204, 205 and 304 end without it, RFC 9110 §6.4.1); call respond::make<Status>(req) "
      "or the status's own builder without a body");
  detail::check_generic_status<Status>();
  auto res =
      detail::with_content<Body>(ctx, static_cast<unsigned>(Status), std::move(body), content_type);
  detail::finish(ctx, res);
  return res;
}

}  // namespace respond
}  // namespace respolicy::beast

#endif
