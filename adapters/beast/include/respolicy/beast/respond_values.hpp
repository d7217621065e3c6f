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
    builders cannot generate a field value the grammar forbids (docs/architecture.md, "Builders make
   the valid response the easy one"). Values that must not be empty (an Allow set, a challenge list,
   an Upgrade list) have no default constructor: leaving them out is a compile error. Strings reach
   a field only through `field_value`, so none holds CR, LF or NUL: a literal is checked at compile
   time, any other string when it is used.
*/

#include <respolicy/beast/detail/respond_text.hpp>
#include <respolicy/config.hpp>
#include <respolicy/grammar/basic.hpp>
#include <respolicy/problem_details.hpp>

#include <boost/beast/http/verb.hpp>

#include <chrono>
#include <concepts>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace respolicy::beast::respond {

namespace detail {

// Not constexpr on purpose: a string literal that fails field_value's check calls it, and the
// compiler names it in the error.
inline void field_value_must_not_hold_cr_lf_or_nul() {}

/** Strings that convert to `field_value` as they are, checked when used: everything that
    converts to `std::string_view` except an array of const char, which is a literal or a
    constant and is checked at compile time. */
template <class S>
concept runtime_string = std::convertible_to<S, std::string_view> &&
    !(std::is_array_v<std::remove_reference_t<S>> &&
      std::is_const_v<std::remove_extent_t<std::remove_reference_t<S>>>);

}  // namespace detail

/** A string a builder writes into a field, which must not hold CR, LF or NUL.

    Those bytes end a field line: written as they are, a content type
    "text/plain\r\nSet-Cookie: a=b" would put a `Set-Cookie` line of the caller's choosing on the
    wire (response splitting). RFC 9110 §5.5 keeps them out of field values; HTAB and obs-text
    (0x80-0xFF) are allowed, and so is everything else a field's own grammar allows.

    A string literal is checked at compile time, so `respond::ok(req, "x", "text/plain\r\nX: y")`
    does not compile. So is any other array of const char, which must therefore be a constant with
    static storage, as a literal is (pass another as `std::string_view(array)`). Any other string
    (a `std::string`, `std::string_view`, `char const*`, an array of char) converts as it is, and
    the builder or typed value that takes it throws `std::invalid_argument` naming the field when
    it holds one of the three. Like `std::string_view` it refers to the string: take it as a
    parameter, do not keep it.

    @par Example
    @code
    respond::ok(req, body, "text/plain; charset=utf-8");  // checked at compile time
    respond::ok(req, body, type_from_config);              // checked at run time
    @endcode

    @par Specification
    RFC 9110 §5.5; RFC 9112 §2.2.
*/
class field_value {
 public:
  /** The empty value (a builder leaves an empty content type out). */
  constexpr field_value() noexcept = default;

  /** A literal, checked at compile time: the whole array less its terminating NUL, so that a
      NUL inside it is refused like CR and LF. */
  template <std::size_t N>
  consteval field_value(char const (&literal)[N])
      : value_(literal, literal[N - 1] == '\0' ? N - 1 : N) {
    if (!detail::is_field_safe(value_)) detail::field_value_must_not_hold_cr_lf_or_nul();
  }

  /** Any other string, checked by what uses it. */
  template <detail::runtime_string S>
  constexpr field_value(S&& s) noexcept(std::is_nothrow_convertible_v<S, std::string_view>)
      : value_(std::forward<S>(s)) {}

  /** The string, unchecked. */
  constexpr std::string_view view() const noexcept { return value_; }

  /** The string, or `std::invalid_argument` naming `field` when it holds CR, LF or NUL. */
  std::string_view checked(std::string_view field) const {
    return detail::require_field_safe(value_, field);
  }

 private:
  std::string_view value_;
};

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
  /** The methods `first` and `more`, in that order. */
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

    Throws `std::invalid_argument` when the scheme, the realm or a parameter's name or value holds
    CR, LF or NUL (`field_value`: a literal that does is refused at compile time). Preconditions
    (asserted): the scheme and parameter names are tokens, no parameter is named "realm", no name
    repeats (case-insensitively, RFC 9110 §11.2), and no value holds a control character other
    than HTAB (a quoted-string cannot carry CR, LF or NUL, RFC 9110 §5.6.4).

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
  /** An auth-param: a name and a value (RFC 9110 §11.2). */
  struct param {
    // Not explicit: written {"charset", "UTF-8"}, literals checked at compile time.
    /** The parameter `n` with value `v`. */
    param(field_value n, field_value v) : name(n.view()), value(v.view()) {}

    /** The parameter name, a token. */
    std::string name;
    /** The value, sent as a quoted-string. */
    std::string value;
  };

  /** A challenge of `scheme` with `realm` and further parameters. */
  challenge(field_value scheme, field_value realm, std::initializer_list<param> params = {})
      : scheme_(scheme.checked("WWW-Authenticate or Proxy-Authenticate (challenge scheme)")),
        realm_(realm.checked("WWW-Authenticate or Proxy-Authenticate (challenge realm)")),
        params_(params) {
    RESPOLICY_ASSERT(grammar::is_token(scheme_));
    RESPOLICY_ASSERT(detail::is_quotable(realm_));
    for (std::size_t i = 0; i < params_.size(); ++i) {
      detail::require_field_safe(params_[i].name,
                                 "WWW-Authenticate or Proxy-Authenticate (parameter name)");
      detail::require_field_safe(params_[i].value,
                                 "WWW-Authenticate or Proxy-Authenticate (parameter value)");
      RESPOLICY_ASSERT(grammar::is_token(params_[i].name));
      RESPOLICY_ASSERT(!grammar::iequals(params_[i].name, "realm"));
      RESPOLICY_ASSERT(detail::is_quotable(params_[i].value));
      for (std::size_t j = 0; j < i; ++j)
        RESPOLICY_ASSERT(!grammar::iequals(params_[i].name, params_[j].name));
    }
  }

  /** The auth-scheme. */
  std::string_view scheme() const noexcept { return scheme_; }
  /** The realm. */
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
  /** The challenges `first` and `more`, in that order. */
  template <std::convertible_to<challenge>... More>
  challenges(challenge first, More&&... more) {
    list_.reserve(1 + sizeof...(More));
    list_.push_back(std::move(first));
    (list_.emplace_back(std::forward<More>(more)), ...);
  }

  /** The first challenge. */
  auto begin() const noexcept { return list_.begin(); }
  /** Past the last challenge. */
  auto end() const noexcept { return list_.end(); }
  /** The number of challenges. */
  std::size_t size() const noexcept { return list_.size(); }

 private:
  std::vector<challenge> list_;
};

/** One or more protocols, for `Upgrade` (RFC 9110 §7.8): `protocol-name ["/" protocol-version]`,
    both tokens (asserted). A 101 lists them in layer-ascending order, a 426 in descending
    preference. Throws `std::invalid_argument` when a protocol holds CR, LF or NUL
    (`field_value`: a literal that does is refused at compile time). There is no empty list:
    `{}` does not compile.

    @par Example
    @code
    respond::protocols p{"websocket"};
    respond::protocols q{"HTTP/2.0", "TLS/1.3"};
    @endcode
*/
class protocols {
 public:
  // Deleted rather than absent, so that `{}` does not make an empty list through the
  // initializer-list constructor.
  protocols() = delete;

  // Not explicit: a single protocol converts to a list of one.
  /** A list of one protocol. */
  protocols(field_value protocol) { add(protocol); }

  // A list of field_value, not a variadic template, so that each literal converts where it is
  // written and is checked at compile time.
  /** The protocols of `list`, in order of preference. */
  protocols(std::initializer_list<field_value> list) {
    for (auto const p : list) add(p);
  }

  /** The field value: "HTTP/2.0, TLS/1.3". */
  std::string const& to_string() const noexcept { return value_; }

 private:
  void add(field_value protocol) {
    auto const p = protocol.checked("Upgrade");
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
  /** A date. */
  constexpr retry_after(std::chrono::sys_seconds date) noexcept : value_(date) {}
  /** A date at midnight UTC. */
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
    `W/"v1"`. Throws `std::invalid_argument` when the opaque part holds CR, LF or NUL
    (`field_value`: a literal that does is refused at compile time). Precondition (asserted): the
    opaque part holds only etagc octets (no DQUOTE, SP or other control character).

    @par Example
    @code
    auto tag = respond::entity_tag::strong("33a64df5");
    @endcode
*/
class entity_tag {
 public:
  /** A strong entity tag of `opaque` (without the quotes). */
  static entity_tag strong(field_value opaque) { return entity_tag(false, opaque); }
  /** A weak entity tag of `opaque` (without the quotes). */
  static entity_tag weak(field_value opaque) { return entity_tag(true, opaque); }

  /** True for a weak tag. */
  bool is_weak() const noexcept { return value_.starts_with("W/"); }
  /** The field value: `"33a64df5"` or `W/"33a64df5"`. */
  std::string const& to_string() const noexcept { return value_; }

 private:
  entity_tag(bool weak, field_value tag) {
    auto const opaque = tag.checked("ETag");
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
  /** The entity tag, when there is one. */
  std::optional<entity_tag> etag = std::nullopt;
  /** The last modification date, when known. */
  std::optional<std::chrono::sys_seconds> last_modified = std::nullopt;
};

/** A byte range of a representation, first and last octet inclusive (RFC 9110 §14.1.2).
    Precondition (asserted by the builders): `first <= last`. */
struct byte_range {
  /** The first octet. */
  std::uint64_t first = 0;
  /** The last octet. */
  std::uint64_t last = 0;

  /** The number of octets. */
  constexpr std::uint64_t size() const noexcept { return last - first + 1; }
};

/** The members of an RFC 9457 problem document (`respolicy::problem_details`, the core's), except
    `status`, which the builder takes from the response (RFC 9457 §3.1.2: they must agree). Empty
    members are left out; an empty `title` with no `type` becomes the status code's reason phrase
    (RFC 9457 §4.2.1).

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
using respolicy::problem_details;

}  // namespace respolicy::beast::respond

#endif
