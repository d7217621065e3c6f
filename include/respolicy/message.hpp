//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_MESSAGE_HPP
#define RESPOLICY_MESSAGE_HPP

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace respolicy {

/** One field line: a name and its value, exactly as they would be sent (RFC 9110 §5). */
struct field_view {
  /** The field name. */
  std::string_view name;
  /** The field value. */
  std::string_view value;
};

/** What a check reads of a response. It owns nothing: the strings and fields it points to must
    outlive it. Framework adapters build one over their own message type without copying.

    @par Example
    @code
    respolicy::field_view fields[] = {{"Content-Type", "text/plain"}, {"Content-Length", "5"}};
    respolicy::response_view res{200, "OK", 11, fields, 5};
    @endcode
*/
struct response_view {
  constexpr response_view() noexcept = default;
  /** A view of a response; the views must outlive it. */
  constexpr response_view(int status_code, std::string_view reason_phrase, int http_version,
                          std::span<field_view const> field_lines,
                          std::optional<std::uint64_t> content_size = 0,
                          std::span<field_view const> trailer_lines = {},
                          std::string_view content = {}) noexcept
      : status(status_code),
        reason(reason_phrase),
        version(http_version),
        fields(field_lines),
        body_size(content_size),
        trailers(trailer_lines),
        body(content) {}

  /** The status code. */
  int status = 200;
  std::string_view reason;  ///< the reason phrase as sent; may be empty
  /** HTTP version as major * 10 + minor: 10 and 11 for HTTP/1.x, 20 for HTTP/2, 30 for HTTP/3.
      The rules of RFC 9112 (message syntax, chunked coding, Connection) apply to HTTP/1.x only,
      those of RFC 9113 and RFC 9114 to HTTP/2 and HTTP/3 (`rule_info::protocols`). In HTTP/2 and
      HTTP/3, fields whose name starts with ':' are pseudo-header fields, as a capture lists
      them: `validate()` judges them by the protocol's rules and no other. */
  int version = 11;
  /** The field lines of the header section, in order. */
  std::span<field_view const> fields;
  /** The number of content octets the response will carry; nothing when the length is not known
      before sending (a streamed, chunked or close-delimited body). */
  std::optional<std::uint64_t> body_size = 0;
  std::span<field_view const> trailers;  ///< trailer fields, sent after chunked content
  std::string_view body;  ///< the content, when it is in memory, for rules that inspect it
};

/** What a check may know of the request a response answers. Every part is optional: rules whose
    context is missing are skipped, never guessed (an empty method means "unknown").

    @par Example
    @code
    respolicy::field_view req_fields[] = {{"Range", "bytes=0-99"}};
    respolicy::request_context req{"GET", 11, req_fields};
    @endcode
*/
struct request_context {
  constexpr request_context() noexcept = default;
  /** The context of a request with `request_method`; the views must outlive it. */
  constexpr request_context(std::string_view request_method, int http_version = 11,
                            std::span<field_view const> field_lines = {},
                            response_view const* equivalent = nullptr) noexcept
      : method(request_method),
        version(http_version),
        fields(field_lines),
        equivalent_200(equivalent) {}

  std::string_view method;  ///< "GET", "HEAD", ...; case-sensitive (RFC 9110 §9.1)
  /** major * 10 + minor; 0 when the request's version is not known (a method alone was given):
      the rules that compare versions are then skipped. */
  int version = 11;
  /** The field lines of the request, in order. */
  std::span<field_view const> fields;
  /** The 200 response the same GET would have produced, for the rules that compare a 206, 304 or
      HEAD response with it (context "G" in the catalog). */
  response_view const* equivalent_200 = nullptr;
  /** The request-target ("/items?page=2"), when known; no rule reads it, messages show it. */
  std::string_view target;
};

}  // namespace respolicy

#endif
