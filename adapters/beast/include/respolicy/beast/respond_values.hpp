//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_BEAST_RESPOND_VALUES_HPP
#define RESPOLICY_BEAST_RESPOND_VALUES_HPP

/** @file
    The typed field values of `respolicy::beast::respond`: each one has a single writer, so the
    builders cannot generate a field value the grammar forbids (spec/rules.md §3.1 items 4 and 6).
    Values that must not be empty (an Allow set, a challenge list, an Upgrade list) have no default
    constructor: leaving them out is a compile error.
*/

#include <respolicy/beast/detail/respond_text.hpp>
#include <respolicy/config.hpp>
#include <respolicy/grammar/basic.hpp>

#include <boost/beast/http/verb.hpp>

#include <chrono>
#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace respolicy::beast::respond {

/** A non-empty set of request methods, for `Allow` (RFC 9110 §10.2.1).

    A set is made of one or more `boost::beast::http::verb` values; there is no empty set, so
    `method_not_allowed(req)` and `method_not_allowed(req, {})` do not compile. Methods are written
    in Beast's verb order, each once.

    @par Example
    @code
    respolicy::beast::respond::methods allow{http::verb::get, http::verb::head};
    allow.to_string();  // "GET, HEAD"
    @endcode

    @par Specification
    RFC 9110 §10.2.1 (Allow), §9.1 (method tokens).
*/
class methods {
 public:
  template <std::same_as<boost::beast::http::verb>... More>
  constexpr methods(boost::beast::http::verb first, More... more) noexcept {
    add(first);
    (add(more), ...);
  }

  /** True when `v` is in the set. */
  constexpr bool contains(boost::beast::http::verb v) const noexcept {
    return (bits_ >> static_cast<unsigned>(v)) & 1u;
  }

  /** The field value: "GET, HEAD". */
  std::string to_string() const {
    std::string out;
    for (unsigned i = 1; i < 64; ++i) {
      if (!((bits_ >> i) & 1u)) continue;
      if (!out.empty()) out += ", ";
      out += boost::beast::http::to_string(static_cast<boost::beast::http::verb>(i));
    }
    return out;
  }

 private:
  constexpr void add(boost::beast::http::verb v) noexcept {
    // verb::unknown names no method: it cannot be allowed.
    RESPOLICY_ASSERT(v != boost::beast::http::verb::unknown);
    RESPOLICY_ASSERT(static_cast<unsigned>(v) < 64);
    bits_ |= std::uint64_t{1} << static_cast<unsigned>(v);
  }

  std::uint64_t bits_ = 0;
};

/** One authentication challenge: a scheme, its realm and further parameters (RFC 9110 §11.3).

    The realm is always written as a quoted-string (RFC 9110 §11.5: a sender MUST use that form);
    other parameters are written as a token when they are one, else as a quoted-string. Parameter
    names are written without whitespace around "=" (RFC 9110 §11.2, §5.6.3).

    Preconditions (asserted): the scheme and parameter names are tokens, no parameter is named
    "realm", no name repeats (case-insensitively, RFC 9110 §11.2), and no value holds a control
    character other than HTAB (a quoted-string cannot carry CR, LF or NUL, RFC 9110 §5.6.4).

    @par Example
    @code
    respond::challenge basic{"Basic", "api", {{"charset", "UTF-8"}}};
    basic.to_string();  // Basic realm="api", charset=UTF-8
    @endcode

    @par Specification
    RFC 9110 §11.2, §11.3, §11.5; RFC 7617 §2 (Basic).
*/
class challenge {
 public:
  struct param {
    std::string name;
    std::string value;
  };

  challenge(std::string scheme, std::string realm, std::initializer_list<param> params = {})
      : scheme_(std::move(scheme)), realm_(std::move(realm)), params_(params) {
    RESPOLICY_ASSERT(grammar::is_token(scheme_));
    RESPOLICY_ASSERT(detail::is_quotable(realm_));
    for (std::size_t i = 0; i < params_.size(); ++i) {
      RESPOLICY_ASSERT(grammar::is_token(params_[i].name));
      RESPOLICY_ASSERT(!grammar::iequals(params_[i].name, "realm"));
      RESPOLICY_ASSERT(detail::is_quotable(params_[i].value));
      for (std::size_t j = 0; j < i; ++j)
        RESPOLICY_ASSERT(!grammar::iequals(params_[i].name, params_[j].name));
    }
  }

  std::string_view scheme() const noexcept { return scheme_; }
  std::string_view realm() const noexcept { return realm_; }

  /** The challenge as one field value: `Basic realm="api", charset=UTF-8`. */
  std::string to_string() const {
    std::string out = scheme_;
    out += " realm=";
    detail::append_quoted(out, realm_);
    for (auto const& p : params_) {
      out += ", ";
      out += p.name;
      out += '=';
      if (grammar::is_token(p.value))
        out += p.value;
      else
        detail::append_quoted(out, p.value);
    }
    return out;
  }

 private:
  std::string scheme_;
  std::string realm_;
  std::vector<param> params_;
};

/** One or more challenges, for `WWW-Authenticate` and `Proxy-Authenticate` (RFC 9110 §11.6.1,
    §11.7.1: at least one). Each is written on its own field line, the form recipients parse
    most reliably (RFC 9110 §11.6.1).

    @par Example
    @code
    respond::unauthorized(req, respond::challenge{"Bearer", "api"});
    respond::unauthorized(req, {respond::challenge{"Basic", "api"},
                                respond::challenge{"Bearer", "api"}});
    @endcode
*/
class challenges {
 public:
  // Not explicit: a single challenge converts to a list of one.
  template <std::convertible_to<challenge>... More>
  challenges(challenge first, More&&... more) {
    list_.reserve(1 + sizeof...(More));
    list_.push_back(std::move(first));
    (list_.emplace_back(std::forward<More>(more)), ...);
  }

  auto begin() const noexcept { return list_.begin(); }
  auto end() const noexcept { return list_.end(); }
  std::size_t size() const noexcept { return list_.size(); }

 private:
  std::vector<challenge> list_;
};

/** One or more protocols, for `Upgrade` (RFC 9110 §7.8): `protocol-name ["/" protocol-version]`,
    both tokens (asserted). A 101 lists them in layer-ascending order, a 426 in descending
    preference.

    @par Example
    @code
    respond::protocols p{"websocket"};
    respond::protocols q{"HTTP/2.0", "TLS/1.3"};
    @endcode
*/
class protocols {
 public:
  // Not explicit: a single protocol converts to a list of one.
  template <std::convertible_to<std::string_view>... More>
  protocols(std::string_view first, More&&... more) {
    add(first);
    (add(std::string_view(more)), ...);
  }

  /** The field value: "HTTP/2.0, TLS/1.3". */
  std::string const& to_string() const noexcept { return value_; }

 private:
  void add(std::string_view p) {
    RESPOLICY_ASSERT(detail::is_protocol(p));
    if (!value_.empty()) value_ += ", ";
    value_ += p;
  }

  std::string value_;
};

/** A `Retry-After` value (RFC 9110 §10.2.3): a delay in seconds or an HTTP-date, written as
    `delay-seconds` or as an IMF-fixdate (RFC 9110 §5.6.7), the only forms a sender may generate.

    @par Example
    @code
    respond::retry_after in_two_minutes{std::chrono::seconds{120}};
    respond::retry_after at_midnight{std::chrono::sys_days{2026y / 12 / 1}};
    @endcode
*/
class retry_after {
 public:
  // The constructors are not explicit: builders take `120s` or a date as they are.

  /** A delay; precondition (asserted): not negative. */
  constexpr retry_after(std::chrono::seconds delay) noexcept : value_(delay) {
    RESPOLICY_ASSERT(delay.count() >= 0);
  }
  constexpr retry_after(std::chrono::sys_seconds date) noexcept : value_(date) {}
  constexpr retry_after(std::chrono::sys_days date) noexcept
      : value_(std::chrono::sys_seconds(date)) {}

  /** The field value: "120" or "Tue, 01 Dec 2026 00:00:00 GMT". */
  std::string to_string() const {
    if (auto const* d = std::get_if<std::chrono::seconds>(&value_)) {
      std::string out;
      detail::append_decimal(out, static_cast<std::uint64_t>(d->count()));
      return out;
    }
    return detail::to_http_date(std::get<std::chrono::sys_seconds>(value_));
  }

 private:
  std::variant<std::chrono::seconds, std::chrono::sys_seconds> value_;
};

/** An entity tag (RFC 9110 §8.8.3): `strong("v1")` is written `"v1"`, `weak("v1")` is written
    `W/"v1"`. Precondition (asserted): the opaque part holds only etagc octets (no DQUOTE, SP or
    control character).

    @par Example
    @code
    auto tag = respond::entity_tag::strong("33a64df5");
    @endcode
*/
class entity_tag {
 public:
  static entity_tag strong(std::string_view opaque) { return entity_tag(false, opaque); }
  static entity_tag weak(std::string_view opaque) { return entity_tag(true, opaque); }

  bool is_weak() const noexcept { return value_.starts_with("W/"); }
  std::string const& to_string() const noexcept { return value_; }

 private:
  entity_tag(bool weak, std::string_view opaque) {
    RESPOLICY_ASSERT(detail::is_opaque_tag(opaque));
    if (weak) value_ = "W/";
    value_ += '"';
    value_ += opaque;
    value_ += '"';
  }

  std::string value_;
};

/** The validators of a selected representation, sent with a 200 (RFC 9110 §15.3.1, §8.8: a
    strong ETag and Last-Modified are preferred). Either may be left out. */
struct validators {
  std::optional<entity_tag> etag = std::nullopt;
  std::optional<std::chrono::sys_seconds> last_modified = std::nullopt;
};

/** A byte range of a representation, first and last octet inclusive (RFC 9110 §14.1.2).
    Precondition (asserted by the builders): `first <= last`. */
struct byte_range {
  std::uint64_t first = 0;
  std::uint64_t last = 0;

  constexpr std::uint64_t size() const noexcept { return last - first + 1; }
};

/** The members of an RFC 9457 problem document, except `status`, which the builder takes from
    the response (RFC 9457 §3.1.2: they must agree). Empty members are left out; an empty `title`
    with no `type` becomes the status code's reason phrase (RFC 9457 §4.2.1).

    @par Example
    @code
    respond::problem_details p;
    p.type = "https://example.com/probs/out-of-credit";
    p.title = "You do not have enough credit.";
    p.detail = "Your current balance is 30, but that costs 50.";
    @endcode

    @par Specification
    RFC 9457 §3.1.
*/
struct problem_details {
  std::string type;      ///< a URI reference; absent means "about:blank" (RFC 9457 §3.1.1)
  std::string title;     ///< a short summary of the problem type (RFC 9457 §3.1.3)
  std::string detail;    ///< this occurrence, to help the client fix it (RFC 9457 §3.1.4)
  std::string instance;  ///< a URI reference for this occurrence (RFC 9457 §3.1.5)
};

}  // namespace respolicy::beast::respond

#endif
