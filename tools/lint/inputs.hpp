//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TOOLS_LINT_INPUTS_HPP
#define RESPOLICY_TOOLS_LINT_INPUTS_HPP

#include <respolicy/wire.hpp>
#include "linter.hpp"

#include <cstdio>
#include <deque>
#include <memory>
#include <string>
#include <string_view>

namespace respolicy::lint {

/** The requests responses answer, matched in order: interim responses share the request of the
    final response that follows them. Either a fixed method (`--method`) or requests read lazily
    from a file of raw requests (`--request`), so a long request file streams too. */
class request_sequence {
 public:
  request_sequence() = default;
  ~request_sequence();
  request_sequence(request_sequence const&) = delete;
  request_sequence& operator=(request_sequence const&) = delete;

  /** Every response answers a request with this method, HTTP/1.1, no fields. */
  void set_method(std::string method);

  /** Reads requests from `path`; false with `error` set when it cannot be opened. */
  bool open(std::string const& path, std::string& error);

  /** Appends a request (for --url and the proxy). */
  void push(std::shared_ptr<wire_request const> r);

  /** The request a response with `status` answers; null when there is none. */
  std::shared_ptr<wire_request const> for_status(int status);

  /** True when the requests come from a file (`--request`): a capture of a connection's
      requests, in the order they were sent. */
  bool from_file() const noexcept { return from_file_; }

  /** Requests that could not be parsed, with their offsets (reported once). */
  std::vector<wire_finding> take_findings();

 private:
  bool pull();

  std::shared_ptr<wire_request const> fixed_;
  std::shared_ptr<wire_request const> current_;
  std::deque<std::shared_ptr<wire_request const>> queue_;
  std::FILE* file_ = nullptr;
  std::unique_ptr<wire_reader> reader_;
  std::vector<wire_finding> findings_;
  bool from_file_ = false;
  bool fed_ = false;
};

/** An open input and the bytes already read from it to see what it holds. A pipe cannot be
    read twice, so whatever looks at the input first keeps what it read in `head`, and every
    reader takes `head` before the rest of `file`. */
struct input {
  std::FILE* file = nullptr;
  std::string source;  ///< the name diagnostics give: the path, or <stdin>
  std::string head;    ///< bytes read from `file` and not yet consumed
};

/** True when the input looks like HAR: a .har `path`, or JSON (a '{' after any whitespace) where
    a message should start. Reads what it looks at into `in.head`, never more than it needs. */
bool looks_like_har(std::string const& path, input& in);

/** Lints the raw responses read from `in`. A raw capture (`--raw`) answering a request file is
    one connection: its responses are also checked against the exchange rules
    (respolicy::connection_checker). Returns false when reading failed. */
bool lint_stream(input& in, linter& l, settings const& s, request_sequence& requests);

/** Lints a HAR 1.2 input, each entry with its request as context. Returns false with `error`
    set when it cannot be read; an input that is not HAR is reported as unparseable input. */
bool lint_har(input& in, linter& l, std::string& error);

}  // namespace respolicy::lint

#endif
