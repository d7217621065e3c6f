//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// respolicy-lint: checks raw HTTP/1.x responses (files, stdin, HAR, a live URL, a proxy) against
// the respolicy rule catalog. Exit status: 0 no errors, 1 errors found, 2 bad usage, input or
// output.

#include "catalog.hpp"
#include "inputs.hpp"
#include "linter.hpp"
#include "net.hpp"

#include <respolicy/version.hpp>

#include <array>
#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <optional>
#include <streambuf>
#include <string>
#include <vector>

#include <unistd.h>

namespace {

using namespace respolicy::lint;

constexpr char const* usage_text =
    R"(usage: respolicy-lint [options] [FILE...]
       respolicy-lint --url http://HOST[:PORT]/PATH [-X METHOD] [-H "Name: value"]...
       respolicy-lint --proxy [HOST:]PORT --upstream HOST:PORT
       respolicy-lint --list-rules | --list-statuses | --explain RULE|CODE

Reads raw HTTP/1.x responses (as `curl -si` prints them; several per file, interim responses
and redirect chains included) or HAR 1.2 files, and reports what the RFCs require of them.
With no FILE, or FILE "-", reads standard input.

Input:
  --request FILE        raw requests the responses answer, matched in order
  --method M            every response answers a request with method M
  --har                 read the inputs as HAR (default: by .har name or a leading '{')
  --raw                 the input is the exact bytes of a connection, not a curl transcript
  --max-header-size N   longest header section read, in bytes (default 1048576)
Live:
  --url URL             send a request (GET, or -X METHOD, with -H fields) and lint the answer;
                        http only (no TLS)
  -X, --request-method METHOD   -H, --header "Name: value"
  --timeout SECONDS     bounds the whole exchange: connecting, sending and reading the
                        complete answer (default 10); an answer not complete by then is
                        not linted, and the exit status is 2
  --proxy LISTEN --upstream HOST:PORT
                        forward connections unchanged, lint each response as it passes
  --exit-after N        with --proxy: stop after N connections
Output:
  --format text|json    (default text; the JSON schema is docs/lint-json-schema.json)
  --min-severity info|warning|error
  --color auto|always|never
Rules:
  --policy standard|strict|minimal
  --enable RULE, --disable RULE   (repeatable; also the tool ids unparseable-input,
                        header-section-too-large, capture-note)
  --list-rules, --list-statuses, --explain RULE|CODE   (text, or JSON with --format json)
Exit status: 0 no errors, 1 errors found, 2 bad usage, unreadable input, a --url answer not
complete within --timeout, or output that cannot be written (a full disk). When standard output
is a pipe whose reader has gone (`| head`), the output stops quietly and the status is still
0 or 1, for the whole input.
)";

int usage_error(std::string const& msg) {
  std::cerr << "respolicy-lint: " << printable(msg)
            << "\n(respolicy-lint --help shows the options)\n";
  return 2;
}

std::optional<respolicy::severity> parse_severity(std::string_view s) {
  if (s == "info") return respolicy::severity::info;
  if (s == "warning") return respolicy::severity::warning;
  if (s == "error") return respolicy::severity::error;
  return std::nullopt;
}

std::optional<long long> parse_number(std::string_view s) {
  long long v = 0;
  auto const [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc{} || p != s.data() + s.size() || v < 0) return std::nullopt;
  return v;
}

int run(int argc, char** argv) {
  std::vector<std::string> files;
  std::string format = "text", color = "auto", profile = "standard";
  std::string request_file, method;
  std::vector<std::pair<std::string, bool>> toggles;  // id, enable
  std::optional<respolicy::severity> min;
  bool force_har = false, list_rules_flag = false, list_statuses_flag = false;
  std::optional<std::string> explain_what;
  url_options url;
  bool have_url = false;
  proxy_options proxy;
  bool have_proxy = false;
  respolicy::lint::settings cfg;

  for (int i = 1; i < argc; ++i) {
    std::string const a = argv[i];
    auto value = [&](std::string& out) {
      if (i + 1 >= argc) return false;
      out = argv[++i];
      return true;
    };
    std::string v;
    if (a == "-h" || a == "--help") {
      std::cout << usage_text;
      return 0;
    } else if (a == "--version") {
      std::cout << "respolicy-lint " << respolicy::version_major << '.' << respolicy::version_minor
                << '.' << respolicy::version_patch << '\n';
      return 0;
    } else if (a == "--format") {
      if (!value(format) || (format != "text" && format != "json"))
        return usage_error("--format takes text or json");
    } else if (a == "--color") {
      if (!value(color) || (color != "auto" && color != "always" && color != "never"))
        return usage_error("--color takes auto, always or never");
    } else if (a == "--policy") {
      if (!value(profile) || !respolicy::policy::profile(profile))
        return usage_error("--policy takes standard, strict or minimal");
    } else if (a == "--enable" || a == "--disable") {
      if (!value(v)) return usage_error(a + " needs a rule id");
      for (std::size_t start = 0; start <= v.size();) {
        auto const comma = std::min(v.find(',', start), v.size());
        auto const id = v.substr(start, comma - start);
        if (!linter::known_rule(id))
          return usage_error("no rule has the id \"" + id + "\" (see --list-rules)");
        toggles.emplace_back(id, a == "--enable");
        start = comma + 1;
      }
    } else if (a == "--min-severity") {
      if (!value(v) || !(min = parse_severity(v)))
        return usage_error("--min-severity takes info, warning or error");
    } else if (a == "--request") {
      if (!value(request_file)) return usage_error("--request needs a file");
    } else if (a == "--method") {
      if (!value(method) || method.empty()) return usage_error("--method needs a method");
    } else if (a == "--har") {
      force_har = true;
    } else if (a == "--raw") {
      cfg.wire.raw = true;
    } else if (a == "--max-header-size") {
      auto const n = value(v) ? parse_number(v) : std::nullopt;
      if (!n || *n < 64) return usage_error("--max-header-size takes a number of bytes >= 64");
      cfg.wire.max_header_bytes = static_cast<std::size_t>(*n);
    } else if (a == "--url") {
      if (!value(url.url)) return usage_error("--url needs a URL");
      have_url = true;
    } else if (a == "-X" || a == "--request-method") {
      if (!value(url.method) || url.method.empty()) return usage_error(a + " needs a method");
    } else if (a == "-H" || a == "--header") {
      if (!value(v)) return usage_error(a + " needs \"Name: value\"");
      url.headers.push_back(v);
    } else if (a == "--timeout") {
      auto const n = value(v) ? parse_number(v) : std::nullopt;
      if (!n || *n < 1 || *n > 3600) return usage_error("--timeout takes 1 to 3600 seconds");
      url.timeout_seconds = static_cast<int>(*n);
    } else if (a == "--proxy") {
      if (!value(proxy.listen)) return usage_error("--proxy needs [host:]port");
      have_proxy = true;
    } else if (a == "--upstream") {
      if (!value(proxy.upstream)) return usage_error("--upstream needs host:port");
    } else if (a == "--exit-after") {
      auto const n = value(v) ? parse_number(v) : std::nullopt;
      if (!n || *n > 1000000) return usage_error("--exit-after takes a number of connections");
      proxy.exit_after = static_cast<int>(*n);
    } else if (a == "--list-rules") {
      list_rules_flag = true;
    } else if (a == "--list-statuses") {
      list_statuses_flag = true;
    } else if (a == "--explain") {
      if (!value(v)) return usage_error("--explain needs a rule id or a status code");
      explain_what = v;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      return usage_error("unknown option " + a);
    } else {
      files.push_back(a);
    }
  }

  bool const as_json = format == "json";
  if (list_rules_flag) return list_rules(std::cout, as_json), 0;
  if (list_statuses_flag) return list_statuses(std::cout, as_json), 0;
  if (explain_what) {
    if (!explain(std::cout, *explain_what, as_json))
      return usage_error("\"" + *explain_what + "\" is neither a rule id nor a status code");
    return 0;
  }
  if (have_url && have_proxy) return usage_error("--url and --proxy exclude each other");
  if ((have_url || have_proxy) && !files.empty())
    return usage_error("--url and --proxy read no files");
  if (have_proxy && proxy.upstream.empty()) return usage_error("--proxy needs --upstream");
  if (!request_file.empty() && !method.empty())
    return usage_error("--request and --method exclude each other");

  cfg.profile = profile;
  cfg.pol = *respolicy::policy::profile(profile);
  for (auto const& [id, on] : toggles) {
    if (on)
      cfg.enable(id);
    else
      cfg.set(id, respolicy::severity::off);
  }
  if (min) cfg.min = *min;

  bool const tty = ::isatty(STDOUT_FILENO) != 0;
  char const* no_color = std::getenv("NO_COLOR");
  bool const use_color = color == "always" || (color == "auto" && tty && !(no_color && *no_color));
  text_sink text(std::cout, use_color);
  json_sink json_out(std::cout, profile);
  sink& out = as_json ? static_cast<sink&>(json_out) : static_cast<sink&>(text);
  linter l(cfg, out);
  out.set_counts(&l.counts());

  request_sequence requests;
  std::string error;
  if (!method.empty()) requests.set_method(method);
  if (!request_file.empty() && !requests.open(request_file, error))
    return usage_error("cannot read requests: " + error);

  out.begin();
  bool input_failed = false;
  if (have_url) {
    if (!lint_url(url, l, cfg, error)) {
      std::cerr << "respolicy-lint: " << printable(error) << '\n';
      input_failed = true;
    }
  } else if (have_proxy) {
    if (!run_proxy(proxy, l, cfg, error)) {
      std::cerr << "respolicy-lint: " << printable(error) << '\n';
      return 2;
    }
  } else {
    if (files.empty()) files.push_back("-");
    for (auto const& f : files) {
      bool const is_stdin = f == "-";
      input in{.file = is_stdin ? stdin : std::fopen(f.c_str(), "rb"),
               .source = is_stdin ? "<stdin>" : f,
               .head = {}};
      if (!in.file) {
        std::cerr << "respolicy-lint: " << printable(f) << ": " << std::strerror(errno) << '\n';
        input_failed = true;
        continue;
      }
      // Standard input is HAR only with --har; a file (or a pipe named as one) is also by its
      // name or its first byte, which the sniffing keeps for the reader.
      bool const har = force_har || (!is_stdin && looks_like_har(f, in));
      if (!(har ? lint_har(in, l, error) : lint_stream(in, l, cfg, requests))) {
        std::cerr << "respolicy-lint: " << printable(har ? error : f + ": read error") << '\n';
        input_failed = true;
      }
      if (!is_stdin) std::fclose(in.file);
    }
  }
  for (auto const& f : requests.take_findings())
    std::cerr << "respolicy-lint: " << printable(request_file) << " @" << f.offset << ": "
              << printable(f.detail) << '\n';
  out.end();
  std::cout.flush();
  if (input_failed) return 2;
  return l.counts().errors > 0 ? 1 : 0;
}

// Standard output that keeps the outcome of its writes: a full disk or a reader that went away
// sets the stream's badbit and error() instead of passing unseen (or, for a pipe, raising SIGPIPE).
class stdout_buffer final : public std::streambuf {
 public:
  stdout_buffer() { setp(buf_.data(), buf_.data() + buf_.size()); }
  stdout_buffer(stdout_buffer const&) = delete;
  stdout_buffer& operator=(stdout_buffer const&) = delete;

  /** The errno of the first failed write; 0 when every write succeeded. */
  int error() const noexcept { return error_; }

 protected:
  int_type overflow(int_type c) override {
    if (!drain()) return traits_type::eof();
    if (!traits_type::eq_int_type(c, traits_type::eof())) {
      *pptr() = traits_type::to_char_type(c);
      pbump(1);
    }
    return traits_type::not_eof(c);
  }
  int sync() override { return drain() ? 0 : -1; }

 private:
  bool drain() {
    for (char const* p = pbase(); p < pptr() && error_ == 0;) {
      auto const n = ::write(STDOUT_FILENO, p, static_cast<std::size_t>(pptr() - p));
      if (n > 0) {
        p += n;
      } else if (n < 0 && errno == EINTR) {
        continue;
      } else {
        error_ = n < 0 ? errno : EIO;
        // Said once, when it happens: a proxy may run for hours after. A reader that closed
        // the pipe (`| head`) wanted no more; that is not an error.
        if (error_ != EPIPE)
          std::cerr << "respolicy-lint: cannot write the output: " << std::strerror(error_) << '\n';
      }
    }
    setp(buf_.data(), buf_.data() + buf_.size());
    return error_ == 0;
  }

  std::array<char, 64 * 1024> buf_;
  int error_ = 0;
};

}  // namespace

int main(int argc, char** argv) {
  // A closed pipe on standard output shows as EPIPE from write(), handled below, rather than as a
  // signal that ends the run wherever it is.
  std::signal(SIGPIPE, SIG_IGN);
  std::ios::sync_with_stdio(false);
  stdout_buffer out;
  auto* const saved = std::cout.rdbuf(&out);
  int status = 2;
  try {
    status = run(argc, argv);
  } catch (std::exception const& e) {
    // Only resource exhaustion gets here (std::bad_alloc, a failing stream); inputs never throw.
    std::cerr << "respolicy-lint: " << e.what() << '\n';
  }
  std::cout.flush();
  std::cout.rdbuf(saved);
  // A write error (a full disk, a closed file) loses the report: exit 2, said above. A reader
  // that closed the pipe stops the output only; the status stays that of the whole input.
  if (out.error() != 0 && out.error() != EPIPE) return 2;
  return status;
}
