//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_EXCHANGE_HPP
#define RESPOLICY_EXCHANGE_HPP

#include <respolicy/export.hpp>
#include <respolicy/message.hpp>
#include <respolicy/policy.hpp>
#include <respolicy/report.hpp>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>

namespace respolicy {

/** Whether a request carries content, and whether all of it has been read. */
enum class request_content : std::uint8_t {
  none,      ///< no content (no Content-Length, or 0; no Transfer-Encoding)
  pending,   ///< content announced; not all of it has been read yet
  complete,  ///< content announced and read to its end
};

/** The rules across one HTTP/1.1 connection, which no single response shows: fed the requests
    and responses in the order they cross the connection, it reports what a response does wrong
    given what came before it (docs/rules.md, the rules marked "exchange").

    - `one-final-response`: a final response with no request waiting for one, or a connection
      that ends after an interim response and before the final one;
    - `no-1xx-after-final`: an interim response with no request waiting for an answer;
    - `100-then-final`: a 100 (Continue) and then no final response before the connection ends;
    - `100-before-101`: a 101 to a request with both Upgrade and `Expect: 100-continue`, without
      the 100 first (RFC 9110 §7.8);
    - `100-continue-prompt`: the server waits for content it asked nothing for: it reads again
      while a request with `Expect: 100-continue` has sent no content and got neither a 100 nor a
      final response (RFC 9110 §10.1.1);
    - `early-final-response-signals-close`: a final response sent before the request's content
      was read, without `Connection: close`;
    - `close-means-close`: a response after one that said `Connection: close` (RFC 9112 §9.6).

    After a 101 or a 2xx to CONNECT the connection carries another protocol, or a tunnel that may
    carry HTTP/1.1 from elsewhere: the checker judges nothing there.

    The requests and responses are given as views; the checker keeps what it needs of them.
    Severities come from the policy, as for `validate()`. Not thread-safe: one per connection.

    @par Example
    @code
    respolicy::connection_checker c;
    respolicy::report rep;
    c.request(req, respolicy::request_content::none);
    c.response(interim_103, rep);
    c.response(final_200, rep);
    c.response(another_103, rep);  // no-1xx-after-final
    @endcode
*/
class RESPOLICY_DECL connection_checker {
 public:
  /** A checker reporting under `pol`, which must outlive it. */
  explicit connection_checker(policy const& pol = policy::standard()) : policy_(&pol) {}

  /** A request's header section has been read. */
  void request(request_context const& req, request_content content);

  /** Content of the oldest request whose content is pending arrived: all of it when `complete`,
      else a part. */
  void request_content_read(bool complete);

  /** A response's header section is sent (or, for a capture, was seen). Findings go to `out`. */
  void response(response_view const& res, report& out);

  /** The server waits for more request bytes. */
  void server_reads(report& out);

  /** The connection ended. */
  void closed(report& out);

  /** Requests still waiting for a final response. */
  std::size_t waiting() const noexcept { return waiting_.size(); }

 private:
  struct waiting_request {
    std::string method;
    bool expects_100 = false;
    bool upgrade = false;
    request_content content = request_content::none;
    bool content_started = false;  ///< some content bytes arrived
    bool got_100 = false;
    bool got_interim = false;
  };
  enum class after : std::uint8_t { http, close, other_protocol };

  void add(report& out, rule_index rule, std::string_view detail) const;

  policy const* policy_;
  std::deque<waiting_request> waiting_;
  after after_ = after::http;
};

}  // namespace respolicy

#endif
