//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TOOLS_LINT_INPUTS_HPP
#define RESPOLICY_TOOLS_LINT_INPUTS_HPP

#include "linter.hpp"
#include "wire_reader.hpp"

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

/** Lints the raw responses read from `f`, named `source`. Returns false when reading failed. */
bool lint_stream(std::FILE* f, std::string const& source, linter& l, settings const& s,
                 request_sequence& requests);

/** Lints a HAR 1.2 file, each entry with its request as context. Returns false with `error` set
    when the file cannot be read; a file that is not HAR is reported as unparseable input. */
bool lint_har(std::string const& path, linter& l, std::string& error);

/** True when `path` looks like a HAR file: a .har name, or JSON where a message should start. */
bool looks_like_har(std::string const& path);

}  // namespace respolicy::lint

#endif
