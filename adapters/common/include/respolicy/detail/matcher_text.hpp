//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_DETAIL_MATCHER_TEXT_HPP
#define RESPOLICY_DETAIL_MATCHER_TEXT_HPP

// What the Catch2 and GoogleTest matchers share: how a response is printed, how an expectation
// is described, what a failure explains, and how a response of each supported type is checked.
// Both frameworks print exactly these strings, so a failure reads the same in either.

#include <respolicy/message.hpp>
#include <respolicy/message_traits.hpp>
#include <respolicy/policy.hpp>
#include <respolicy/report.hpp>
#include <respolicy/rule.hpp>
#include <respolicy/validate.hpp>

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace respolicy::detail {

/** Appends `s`, writing CR, LF, NUL and the other control bytes as escapes, so a value that tries
    to split a response (RFC 9112 §11.1) shows as one line. */
inline void append_escaped(std::string& out, std::string_view s) {
  constexpr char hex[] = "0123456789abcdef";
  for (char c : s) {
    auto const u = static_cast<unsigned char>(c);
    switch (c) {
      case '\r': out += "\\r"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\0': out += "\\0"; break;
      default:
        if (u < 0x20 || u == 0x7f) {
          out += "\\x";
          out += hex[u >> 4];
          out += hex[u & 0xf];
        } else {
          out += c;
        }
    }
  }
}

/** The longest content a printed response quotes; longer content is cut and ends in "...". */
inline constexpr std::size_t quoted_content_limit = 60;

/** Prints a response as a test failure shows it: the status line, one line per field, and a
    last line that says how much content there is (and quotes short in-memory content).

    @code
    HTTP/1.1 204 No Content
    Content-Length: 3
    [3 bytes of content: "abc"]
    @endcode
*/
inline std::string response_text(response_view const& res) {
  std::string out = "HTTP/";
  out += std::to_string(res.version / 10);
  // HTTP/2 and HTTP/3 (20, 30) print as curl prints them: no minor version, no status line of
  // their own (RFC 9113 §8.3.2).
  if (res.version != 20 && res.version != 30) {
    out += '.';
    out += std::to_string(res.version % 10);
  }
  out += ' ';
  out += std::to_string(res.status);
  if (!res.reason.empty()) {
    out += ' ';
    append_escaped(out, res.reason);
  }
  for (auto const& f : res.fields) {
    out += '\n';
    append_escaped(out, f.name);
    out += ": ";
    append_escaped(out, f.value);
  }
  out += "\n[";
  if (!res.body_size) {
    out += "content of unknown length";
  } else if (*res.body_size == 0) {
    out += "no content";
  } else {
    out += std::to_string(*res.body_size);
    out += *res.body_size == 1 ? " byte of content" : " bytes of content";
  }
  if (!res.body.empty()) {
    out += ": \"";
    append_escaped(out, res.body.substr(0, quoted_content_limit));
    if (res.body.size() > quoted_content_limit) out += "...";
    out += '"';
  }
  out += ']';
  for (auto const& f : res.trailers) {
    out += "\n[trailer] ";
    append_escaped(out, f.name);
    out += ": ";
    append_escaped(out, f.value);
  }
  return out;
}

/** Prints a request context as its request line: "POST /items HTTP/1.1", or "HEAD HTTP/1.1"
    when the target is not known. */
inline std::string request_text(request_context const& req) {
  std::string out;
  if (req.method.empty()) {
    out = "a request of unknown method";
  } else {
    append_escaped(out, req.method);
  }
  if (!req.target.empty()) {
    out += ' ';
    append_escaped(out, req.target);
  }
  out += " HTTP/";
  out += std::to_string(req.version / 10);
  out += '.';
  out += std::to_string(req.version % 10);
  return out;
}

/** Names a policy for a description: one of the profiles, or "a custom policy". */
inline std::string_view policy_name(policy const& pol) noexcept {
  if (&pol == &policy::standard()) return "the standard policy";
  if (&pol == &policy::strict()) return "the strict policy";
  if (&pol == &policy::minimal()) return "the minimal policy";
  if (&pol == &policy::unit_test()) return "the unit-test policy";
  return "a custom policy";
}

/** Says what a report holds: per diagnostic, a line with its severity, rule id, summary and
    citation, and an indented line with the field and the specifics of this response, worded
    so that it cannot be taken for a field line of the response.

    @code
    which has 2 diagnostics:
      error no-content-204: A 204 response carries no content and no trailers [RFC 9110 §15.3.5]
        3 content bytes
      error no-content-length-1xx-204: ... [RFC 9110 §8.6]
        in the Content-Length field: 3
    @endcode
*/
inline std::string findings_text(report const& rep) {
  if (rep.empty()) return "which has no diagnostic";
  std::string out = "which has ";
  out += std::to_string(rep.size());
  out += rep.size() == 1 ? " diagnostic:" : " diagnostics:";
  for (auto const& d : rep) {
    out += "\n  ";
    out += to_string(d.severity);
    out += ' ';
    out += d.rule;
    out += ": ";
    out += d.message;
    if (d.repaired) out += " [repaired]";
    if (!d.citation.empty()) {
      out += " [";
      out += d.citation;
      out += ']';
    }
    if (d.field.empty() && d.detail.empty()) continue;
    out += "\n    ";
    if (!d.field.empty()) {
      out += "in the ";
      append_escaped(out, d.field.view());
      out += " field";
      if (!d.detail.empty()) out += ": ";
    }
    append_escaped(out, d.detail.view());
  }
  return out;
}

/** After the findings of a failed `conforms`: how to switch off the first error's rule, and, when
    it is `date-required`, the profile made for handlers that leave Date to the server.

    @code
    to switch a rule off, give the matcher a policy p with p.set("405-allow-required",
   respolicy::severity::off)
    @endcode
*/
inline std::string switch_off_hint(report const& rep) {
  diagnostic const* first = nullptr;
  for (auto const& d : rep)
    if (d.severity == severity::error) {
      first = &d;
      break;
    }
  if (first == nullptr) return {};
  std::string out = "\nto switch a rule off, give the matcher a policy p with p.set(\"";
  out += first->rule;
  out += "\", respolicy::severity::off)";
  if (rep.has("date-required"))
    out +=
        "\nrespolicy::policy::unit_test() is the standard policy without the Date rules, for "
        "handlers that leave Date to the server";
  return out;
}

/** Throws `std::invalid_argument` naming the closest ids when `id` names no catalog rule and no
    house rule of `pol`: a `violates` expectation of such an id could never hold, and its negation
    would always pass. */
inline void require_rule(std::string_view id, policy const& pol) {
  if (find_rule(id) != nullptr) return;
  std::vector<std::string_view> house_ids;
  for (auto const& h : pol.house_rules()) {
    if (h.id == id) return;
    house_ids.push_back(h.id);
  }
  throw std::invalid_argument("respolicy: " + unknown_rule_message(id, house_ids));
}

/** Prints any viewable response (`respolicy::response_traits`) as `response_text` prints its
    view. */
template <viewable_response Response>
std::string response_text(Response const& res) {
  return response_traits<Response>::with_view(
      res, nullptr, [](response_view const& v) { return response_text(v); });
}

/** Prints any viewable request (`respolicy::request_traits`) as `request_text` prints its view. */
template <viewable_request Request>
std::string request_text(Request const& req) {
  return request_traits<Request>::with_context(
      req, [](request_context const& c) { return request_text(c); });
}

/** True when a matcher can check a `Response` given a request of pointer type `RequestPtr`: a
    viewable response, and no request or a viewable one (<respolicy/message_traits.hpp>). */
template <class Response, class RequestPtr>
concept inspectable = viewable_response<Response> &&
    (std::is_null_pointer_v<RequestPtr> ||
     viewable_request<std::remove_cv_t<std::remove_pointer_t<RequestPtr>>>);

/** Validates `res` through its traits, with the request `req` points to (or none). */
template <class Response, class RequestPtr>
report inspect_response(Response const& res, RequestPtr req, policy const& pol) {
  if constexpr (std::is_null_pointer_v<RequestPtr>)
    return validate_message(res, static_cast<request_context const*>(nullptr), pol);
  else
    return validate_message(res, req, pol);
}

/** What a matcher expects of a response. */
enum class expectation_kind : std::uint8_t {
  conforms,  ///< no error-severity diagnostic under the policy
  violates   ///< a diagnostic of one rule, at any severity the policy reports
};

/** The framework-independent half of a matcher: the expectation, its description, and the check.

    `Request` is `void` (no request: rules that need one are skipped), `request_context` (kept by
    value; it points to the request's strings), or a framework request type (kept by address: the
    request must outlive the matcher, as it does inside one `CHECK_THAT` or `EXPECT_THAT`).
*/
template <class Request>
class expectation {
 public:
  using request_storage =
      std::conditional_t<std::is_void_v<Request>, std::nullptr_t,
                         std::conditional_t<std::is_same_v<Request, request_context>,
                                            request_context, Request const*>>;

  /** An expectation without a request. `rule` is ignored for `conforms`; for `violates`, an id
      that names no catalog rule and no house rule of `pol` throws `std::invalid_argument`: such an
      expectation could never hold, and its negation would always pass. */
  expectation(expectation_kind kind, std::string_view rule,
              policy const& pol) requires std::is_void_v<Request>
      : expectation(stored_tag{}, kind, rule, pol, nullptr) {}

  /** An expectation of the response to `req`. */
  template <class R = Request>
  requires(!std::is_void_v<R>)
      expectation(expectation_kind kind, std::string_view rule, policy const& pol, R const& req)
      : expectation(stored_tag{}, kind, rule, pol, store(req)) {}

  /** "conforms to the standard policy", "violates no-content-204 under the strict policy as a
      response to HEAD HTTP/1.1". */
  std::string description() const {
    std::string out;
    if (kind_ == expectation_kind::conforms) {
      out = "conforms to ";
    } else {
      out = "violates " + rule_ + " under ";
    }
    out += policy_name_;
    append_request(out);
    return out;
  }

  /** "does not conform to the standard policy", "does not violate no-content-204 under ...". */
  std::string negation() const {
    std::string out;
    if (kind_ == expectation_kind::conforms) {
      out = "does not conform to ";
    } else {
      out = "does not violate " + rule_ + " under ";
    }
    out += policy_name_;
    append_request(out);
    return out;
  }

  /** Checks `res` against the policy, with the request when there is one. */
  template <class Response>
  report check(Response const& res) const {
    if constexpr (inspectable<Response, request_pointer>) {
      return inspect_response(res, request_ptr(), policy_);
    } else {
      static_assert(inspectable<Response, request_pointer>,
                    "respolicy matchers check a respolicy::response_view, a Boost.Beast "
                    "response (http::response<Body, Fields> or its header) when "
                    "<respolicy/beast/traits.hpp> and Boost are available (link respolicy::beast), "
                    "or any type respolicy::response_traits is specialized for; the request must "
                    "be a respolicy::request_context, a Beast request, or any type "
                    "respolicy::request_traits is specialized for");
      return {};
    }
  }

  /** What a matcher says of a result: the findings, and after a failed `conforms` how to switch
      a rule off. */
  std::string explain(report const& findings) const {
    std::string out = findings_text(findings);
    if (kind_ == expectation_kind::conforms && !met_by(findings)) out += switch_off_hint(findings);
    return out;
  }

  /** True when what `check` found meets the expectation. */
  bool met_by(report const& findings) const noexcept {
    if (kind_ == expectation_kind::conforms) return findings.ok();
    return findings.has(rule_);
  }

 private:
  using request_pointer =
      std::conditional_t<std::is_void_v<Request>, std::nullptr_t, Request const*>;

  struct stored_tag {};

  expectation(stored_tag, expectation_kind kind, std::string_view rule, policy const& pol,
              request_storage req)
      : kind_(kind), rule_(rule), policy_name_(policy_name(pol)), policy_(pol), request_(req) {
    if (kind_ == expectation_kind::violates) require_rule(rule_, policy_);
  }

  template <class R>
  static request_storage store(R const& req) noexcept {
    if constexpr (std::is_same_v<R, request_context>) {
      return req;
    } else {
      return &req;
    }
  }

  request_pointer request_ptr() const noexcept {
    if constexpr (std::is_void_v<Request>) {
      return nullptr;
    } else if constexpr (std::is_same_v<Request, request_context>) {
      return &request_;
    } else {
      return request_;
    }
  }

  void append_request(std::string& out) const {
    if constexpr (!std::is_void_v<Request>) {
      out += " as a response to ";
      out += request_text(*request_ptr());
    }
  }

  expectation_kind kind_;
  std::string rule_;
  std::string_view policy_name_;  // a literal
  policy policy_;                 // a copy: a temporary policy may be passed to a matcher
  request_storage request_;
};

}  // namespace respolicy::detail

#endif
