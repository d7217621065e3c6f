//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// respolicy-lint: checks raw HTTP/1.x responses (files, stdin, HAR, a live URL, a probe of one, a
// proxy) against the respolicy rule catalog. Exit status: 0 no errors, 1 errors found, 2 bad usage,
// input or output.

#include "catalog.hpp"
#include "inputs.hpp"
#include "linter.hpp"
#include "net.hpp"
#include "reports.hpp"
#include "usage_text.hpp"  // generated from usage.txt, as the man page is

#include <respolicy/rule.hpp>
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

#include <getopt.h>
#include <unistd.h>

namespace {

using namespace respolicy::lint;

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

// The long options, for getopt_long(3); `val` is the short option's letter, or a code above 255
// for an option that has none.
enum option_code : int {
  o_version = 256,
  o_format,
  o_color,
  o_policy,
  o_enable,
  o_disable,
  o_min_severity,
  o_request,
  o_method,
  o_har,
  o_raw,
  o_max_header_size,
  o_url,
  o_probe,
  o_insecure,
  o_cacert,
  o_timeout,
  o_proxy,
  o_upstream,
  o_exit_after,
  o_list_rules,
  o_list_statuses,
  o_explain,
};

constexpr ::option long_options[] = {
    {"help", no_argument, nullptr, 'h'},
    {"version", no_argument, nullptr, o_version},
    {"format", required_argument, nullptr, o_format},
    {"color", required_argument, nullptr, o_color},
    {"policy", required_argument, nullptr, o_policy},
    {"enable", required_argument, nullptr, o_enable},
    {"disable", required_argument, nullptr, o_disable},
    {"min-severity", required_argument, nullptr, o_min_severity},
    {"request", required_argument, nullptr, o_request},
    {"method", required_argument, nullptr, o_method},
    {"har", no_argument, nullptr, o_har},
    {"raw", no_argument, nullptr, o_raw},
    {"max-header-size", required_argument, nullptr, o_max_header_size},
    {"url", required_argument, nullptr, o_url},
    {"probe", required_argument, nullptr, o_probe},
    {"insecure", no_argument, nullptr, o_insecure},
    {"cacert", required_argument, nullptr, o_cacert},
    {"request-method", required_argument, nullptr, 'X'},
    {"header", required_argument, nullptr, 'H'},
    {"timeout", required_argument, nullptr, o_timeout},
    {"proxy", required_argument, nullptr, o_proxy},
    {"upstream", required_argument, nullptr, o_upstream},
    {"exit-after", required_argument, nullptr, o_exit_after},
    {"list-rules", no_argument, nullptr, o_list_rules},
    {"list-statuses", no_argument, nullptr, o_list_statuses},
    {"explain", required_argument, nullptr, o_explain},
    {nullptr, 0, nullptr, 0},
};

// The option as the user wrote it, for messages: "--format", "-X".
std::string option_name(int code) {
  for (auto const& o : long_options)
    if (o.name && o.val == code) return std::string("--") + o.name;
  return std::string("-") + static_cast<char>(code);
}

// An option getopt_long did not take: an unknown letter, or a long option that is unknown, an
// abbreviation of several, or given a value it does not take (then `arg` is that argument).
std::string bad_option_message(char const* arg, int short_opt) {
  if (short_opt > 0 && short_opt < 256 && short_opt != 'h')
    return std::string("unknown option -") + static_cast<char>(short_opt);
  std::string_view const a = arg ? arg : "";
  if (!a.starts_with("--")) return "unknown option " + std::string(a);
  auto const name = a.substr(2, a.find('=') == a.npos ? a.npos : a.find('=') - 2);
  std::string matches;
  for (auto const& o : long_options) {
    if (!o.name) break;
    if (o.name == name) return "--" + std::string(name) + " takes no value";
    if (std::string_view(o.name).starts_with(name))
      matches += (matches.empty() ? "--" : ", --") + std::string(o.name);
  }
  if (matches.find(',') != std::string::npos)
    return "ambiguous option --" + std::string(name) + " (" + matches + ")";
  return "unknown option --" + std::string(name);
}

// The message for a rule id no rule has: the catalog's closest ids and the tool's.
std::string unknown_rule(std::string_view id) {
  static constexpr std::string_view tool_ids[] = {respolicy::wire_rule::unparseable_input,
                                                  respolicy::wire_rule::header_section_too_large,
                                                  respolicy::wire_rule::capture_note};
  if (respolicy::similar_rule_ids(id, tool_ids).empty())
    return "no rule has the id \"" + std::string(id) + "\" (see --list-rules)";
  return respolicy::unknown_rule_message(id, tool_ids);
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
  bool have_url = false, have_probe = false, method_given = false, tls_given = false;
  std::string probe_url;
  proxy_options proxy;
  bool have_proxy = false;
  respolicy::lint::settings cfg;

  // getopt_long(3): "--opt value" and "--opt=value", options anywhere among the files, "--" ends
  // the options. The leading ':' reports a missing value apart from an unknown option; every
  // message is ours (opterr = 0).
  ::opterr = 0;
  ::optind = 1;
  for (;;) {
    int const c = ::getopt_long(argc, argv, ":hX:H:", long_options, nullptr);
    if (c == -1) break;
    if (c == '?') return usage_error(bad_option_message(argv[::optind - 1], ::optopt));
    // A missing value is an empty one: each option's own message says what it takes.
    bool const missing = c == ':';
    int const code = missing ? ::optopt : c;
    std::string const v = missing || !::optarg ? std::string() : std::string(::optarg);
    // The option as written, for the messages: "-X" when "-X" lacks its value.
    std::string const name = missing ? std::string(argv[::optind - 1]) : option_name(code);
    switch (code) {
      case 'h': std::cout << usage_text; return 0;
      case o_version:
        std::cout << "respolicy-lint " << respolicy::version_major << '.'
                  << respolicy::version_minor << '.' << respolicy::version_patch << '\n';
        return 0;
      case o_format:
        format = v;
        if (format != "text" && format != "json" && format != "html" && format != "junit" &&
            format != "sarif")
          return usage_error("--format takes text, json, html, junit or sarif");
        break;
      case o_color:
        color = v;
        if (color != "auto" && color != "always" && color != "never")
          return usage_error("--color takes auto, always or never");
        break;
      case o_policy:
        profile = v;
        if (!respolicy::policy::profile(profile))
          return usage_error("--policy takes standard, strict, minimal or unit-test");
        break;
      case o_enable:
      case o_disable:
        if (v.empty()) return usage_error(name + " needs a rule id");
        for (std::size_t start = 0; start <= v.size();) {
          auto const comma = std::min(v.find(',', start), v.size());
          auto const id = v.substr(start, comma - start);
          if (!linter::known_rule(id)) return usage_error(unknown_rule(id));
          toggles.emplace_back(id, code == o_enable);
          start = comma + 1;
        }
        break;
      case o_min_severity:
        if (!(min = parse_severity(v)))
          return usage_error("--min-severity takes info, warning or error");
        break;
      case o_request:
        request_file = v;
        if (v.empty()) return usage_error("--request needs a file");
        break;
      case o_method:
        method = v;
        if (v.empty()) return usage_error("--method needs a method");
        break;
      case o_har: force_har = true; break;
      case o_raw: cfg.wire.raw = true; break;
      case o_max_header_size: {
        auto const n = parse_number(v);
        if (!n || *n < 64) return usage_error("--max-header-size takes a number of bytes >= 64");
        cfg.wire.max_header_bytes = static_cast<std::size_t>(*n);
        break;
      }
      case o_url:
        url.url = v;
        if (v.empty()) return usage_error("--url needs a URL");
        have_url = true;
        break;
      case o_probe:
        probe_url = v;
        if (v.empty()) return usage_error("--probe needs a URL");
        have_probe = true;
        break;
      case o_insecure:
        url.tls.insecure = true;
        tls_given = true;
        break;
      case o_cacert:
        if (v.empty()) return usage_error("--cacert needs a file");
        if (std::FILE* f = std::fopen(v.c_str(), "rb"))
          std::fclose(f);
        else
          return usage_error("--cacert " + v + ": " + std::strerror(errno));
        url.tls.ca_file = v;
        tls_given = true;
        break;
      case 'X':
        url.method = v;
        if (v.empty()) return usage_error(name + " needs a method");
        method_given = true;
        break;
      case 'H':
        if (missing) return usage_error(name + " needs \"Name: value\"");
        url.headers.push_back(v);
        break;
      case o_timeout: {
        auto const n = parse_number(v);
        if (!n || *n < 1 || *n > 3600) return usage_error("--timeout takes 1 to 3600 seconds");
        url.timeout_seconds = static_cast<int>(*n);
        break;
      }
      case o_proxy:
        proxy.listen = v;
        if (v.empty()) return usage_error("--proxy needs [host:]port");
        have_proxy = true;
        break;
      case o_upstream:
        proxy.upstream = v;
        if (v.empty()) return usage_error("--upstream needs host:port");
        break;
      case o_exit_after: {
        auto const n = parse_number(v);
        if (!n || *n > 1000000) return usage_error("--exit-after takes a number of connections");
        proxy.exit_after = static_cast<int>(*n);
        break;
      }
      case o_list_rules: list_rules_flag = true; break;
      case o_list_statuses: list_statuses_flag = true; break;
      case o_explain:
        if (v.empty()) return usage_error("--explain needs a rule id or a status code");
        explain_what = v;
        break;
      default: return usage_error("unknown option " + name);
    }
  }
  for (int i = ::optind; i < argc; ++i) files.emplace_back(argv[i]);

  bool const as_json = format == "json";
  if (list_rules_flag) return list_rules(std::cout, as_json), 0;
  if (list_statuses_flag) return list_statuses(std::cout, as_json), 0;
  if (explain_what) {
    if (!explain(std::cout, *explain_what, as_json)) {
      auto const& w = *explain_what;
      // Digits are a status code; anything else was meant as a rule id.
      if (w.find_first_not_of("0123456789.") == std::string::npos)
        return usage_error("\"" + w + "\" is neither a rule id nor a status code");
      return usage_error(unknown_rule(w));
    }
    return 0;
  }
  if (int(have_url) + int(have_probe) + int(have_proxy) > 1)
    return usage_error("--url, --probe and --proxy exclude each other");
  if ((have_url || have_probe || have_proxy) && !files.empty())
    return usage_error("--url, --probe and --proxy read no files");
  if (have_probe && method_given)
    return usage_error("--probe sends its own requests; -X is for --url");
  if (tls_given && !have_url && !have_probe)
    return usage_error("--insecure and --cacert go with an https URL (--url, --probe)");
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
  html_sink html(std::cout, profile);
  junit_sink junit(std::cout);
  sarif_sink sarif(std::cout);
  sink& out = as_json             ? static_cast<sink&>(json_out)
              : format == "html"  ? static_cast<sink&>(html)
              : format == "junit" ? static_cast<sink&>(junit)
              : format == "sarif" ? static_cast<sink&>(sarif)
                                  : static_cast<sink&>(text);
  cfg.keep_heads = format == "html";
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
  } else if (have_probe) {
    probe_cli_options const po{.url = probe_url,
                               .headers = url.headers,
                               .timeout_seconds = url.timeout_seconds,
                               .tls = url.tls};
    if (!lint_probe(po, l, cfg, error)) {
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
