//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TESTS_SUPPORT_MESSAGE_TEXT_HPP
#define RESPOLICY_TESTS_SUPPORT_MESSAGE_TEXT_HPP

// Responses and requests written as short text, for tests:
//
//   response:  "[HTTP/1.0 ]204[ reason]\nName: value\n~Trailer: value\n@size: unknown\n\nbody"
//   request:   "GET[ HTTP/1.0]\nRange: bytes=0-9"
//
// A request line "GET HTTP/?" leaves the request's version unknown (0). "HTTP/2 200" and
// "HTTP/3 200" give the versions 20 and 30; a line ":status: 200" is a pseudo-header field.
//
// Without a reason the registered phrase is used; `""` gives an empty one. One space after the
// colon is dropped; any other whitespace stays in the value. `~` marks a trailer field; `@size: N`
// or `@size: unknown` sets the body size without writing a body. In reasons, values and bodies,
// \r \n \t \0 and \xHH (written with a real backslash) stand for those bytes.

#include <respolicy/message.hpp>
#include <respolicy/policy.hpp>

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace respolicy::test {

/** A response parsed from test text; owns what its view points to, so it cannot be moved. */
class owned_response {
 public:
  explicit owned_response(std::string_view text);
  owned_response(owned_response const&) = delete;
  owned_response& operator=(owned_response const&) = delete;

  response_view view;

 private:
  std::deque<std::string> strings_;
  std::vector<field_view> fields_, trailers_;
};

/** A request parsed from test text. */
class owned_request {
 public:
  explicit owned_request(std::string_view text);
  owned_request(owned_request const&) = delete;
  owned_request& operator=(owned_request const&) = delete;

  request_context context;

 private:
  std::deque<std::string> strings_;
  std::vector<field_view> fields_;
};

/** A policy from space-separated words: strict, minimal, proxy, gateway, no-clock,
    non-persistent. */
policy make_policy(std::string_view config);

/** Replaces the escapes above with the bytes they stand for. */
std::string unescape(std::string_view s);

}  // namespace respolicy::test

#endif
