//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TOOLS_LINT_NET_HPP
#define RESPOLICY_TOOLS_LINT_NET_HPP

#include "linter.hpp"

#include <string>
#include <vector>

namespace respolicy::lint {

struct url_options {
  std::string url;  ///< http://host[:port][/target]; https is not supported
  std::string method = "GET";
  std::vector<std::string> headers;  ///< "Name: value"
  /** Bounds the whole exchange: connecting, sending the request and reading the answer. */
  int timeout_seconds = 10;
};

/** Sends one request with a Beast client and lints the raw bytes of the answer. Returns false
    with `error` set when the URL is unusable, the server cannot be reached, or no complete
    answer came within the timeout. */
bool lint_url(url_options const& o, linter& l, settings const& s, std::string& error);

struct proxy_options {
  std::string listen;    ///< [host:]port; port 0 picks a free port
  std::string upstream;  ///< host:port
  int exit_after = 0;    ///< stop after this many connections; 0: run until interrupted
};

/** Forwards every connection to the upstream unchanged and lints each response as it passes,
    with the request it answers as context. Announces the address it listens on to stderr.
    Failures to accept a connection (no descriptors left, ...) are reported there too, and
    accepting resumes 100 ms later. Returns false with `error` set when it cannot listen. */
bool run_proxy(proxy_options const& o, linter& l, settings const& s, std::string& error);

}  // namespace respolicy::lint

#endif
