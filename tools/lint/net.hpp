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
#include <string_view>
#include <vector>

namespace respolicy::lint {

/** How https is verified: on by default (the system's trusted authorities and the URL's host). */
struct tls_settings {
  bool insecure = false;  ///< --insecure: no certificate verification (self-signed test servers)
  std::string ca_file;    ///< --cacert: trust the authorities in this PEM file instead
};

/** An http or https URL, as --url and --probe take it, read by Boost.URL. */
struct http_url {
  bool tls = false;
  std::string host;       ///< where to connect: an IP literal without brackets, a name decoded
  std::string port;       ///< the URL's port, else the scheme's ("80", "443")
  std::string authority;  ///< the Host field: the URL's host, and its port when it has one
  std::string target;     ///< origin-form: the path ("/" when empty) and the query
};

/** Reads `url` for `option` ("--url", "--probe"); false with `error` set, naming the option,
    when it is no http or https URL, carries userinfo, or has no host or a bad port. */
bool parse_http_url(std::string const& url, std::string_view option, http_url& out,
                    std::string& error);

struct url_options {
  std::string url;  ///< http://host[:port][/target] or https://...
  std::string method = "GET";
  std::vector<std::string> headers;  ///< "Name: value"
  /** Bounds the whole exchange: connecting, sending the request and reading the answer. */
  int timeout_seconds = 10;
  tls_settings tls;
};

/** Sends one request with a Beast client (over TLS for https) and lints the raw bytes of the
    answer. Returns false with `error` set when the URL is unusable, the server cannot be reached
    (or its certificate is not trusted), or no complete answer came within the timeout. */
bool lint_url(url_options const& o, linter& l, settings const& s, std::string& error);

struct probe_cli_options {
  std::string url;                   ///< http or https
  std::vector<std::string> headers;  ///< "Name: value", sent with every probe
  /** Bounds each exchange. */
  int timeout_seconds = 10;
  tls_settings tls;
};

/** Probes the URL with respolicy::run_probe() through the Beast TCP or TLS transport and lints
    each probe's answer: one entry per probe, labelled with its name and the request sent.
    Returns false with `error` set when the URL is unusable or a probe could not be exchanged
    (the entries of the others are still written). */
bool lint_probe(probe_cli_options const& o, linter& l, settings const& s, std::string& error);

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
