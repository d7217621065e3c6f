//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "inputs.hpp"

#include <respolicy/exchange.hpp>
#include <respolicy/grammar/basic.hpp>

#include "detail/framing.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <functional>

namespace respolicy::lint {

namespace json = boost::json;

request_sequence::~request_sequence() {
  if (file_ && file_ != stdin) std::fclose(file_);
}

void request_sequence::set_method(std::string method) {
  auto r = std::make_shared<wire_request>();
  r->method = std::move(method);
  r->version = 0;  // a method alone: the request's version is not known, and not guessed
  fixed_ = std::move(r);
}

bool request_sequence::open(std::string const& path, std::string& error) {
  file_ = std::fopen(path.c_str(), "rb");
  if (!file_) {
    error = path + ": " + std::strerror(errno);
    return false;
  }
  from_file_ = true;
  wire_options o;
  o.kind = message_kind::request;
  o.raw = true;
  reader_ = std::make_unique<wire_reader>(o, [this](wire_message& m) {
    findings_.insert(findings_.end(), m.findings.begin(), m.findings.end());
    if (m.parsed) queue_.push_back(to_request(m));
  });
  return true;
}

void request_sequence::push(std::shared_ptr<wire_request const> r) {
  queue_.push_back(std::move(r));
}

bool request_sequence::pull() {
  if (!file_ || fed_) return false;
  std::array<char, 16 * 1024> chunk;
  while (queue_.empty()) {
    auto const n = std::fread(chunk.data(), 1, chunk.size(), file_);
    if (n == 0) {
      reader_->finish();
      fed_ = true;
      break;
    }
    reader_->feed({chunk.data(), n});
  }
  return !queue_.empty();
}

std::shared_ptr<wire_request const> request_sequence::for_status(int status) {
  if (fixed_) return fixed_;
  if (!current_) {
    if (queue_.empty()) pull();
    if (!queue_.empty()) {
      current_ = std::move(queue_.front());
      queue_.pop_front();
    }
  }
  auto r = current_;
  // RFC 9110 §15.2: interim responses precede the final one; a 101 ends the exchange too.
  if (status >= 200 || status == 101 || status < 100) current_.reset();
  return r;
}

std::vector<wire_finding> request_sequence::take_findings() { return std::move(findings_); }

namespace {

// Fills `buf` from `in.head` first, then from the file: what fread() returns.
std::size_t read_input(input& in, char* buf, std::size_t size) {
  if (!in.head.empty()) {
    auto const n = std::min(size, in.head.size());
    std::memcpy(buf, in.head.data(), n);
    in.head.erase(0, n);
    return n;
  }
  return std::fread(buf, 1, size, in.file);
}

}  // namespace

namespace {

// A `curl -v` transcript, line by line: "> " lines are the request's head, "< " lines the
// response's, "* " lines curl's notes, "{ [n bytes data]" and "} [...]" its data and TLS notes;
// the content it wrote follows a response's head unprefixed (with `2>&1`). The requests go to
// `requests` (made absolute: the scheme from curl's TLS notes, the host from Host), the response
// heads and content to `out`, as `curl -si` would have printed them.
class curl_verbose_reader {
 public:
  curl_verbose_reader(request_sequence& requests, std::function<void(std::string_view)> out)
      : requests_(requests), out_(std::move(out)) {}

  void feed(std::string_view bytes) {
    for (;;) {
      auto const nl = bytes.find('\n');
      if (nl == std::string_view::npos) {
        partial_.append(bytes);
        return;
      }
      partial_.append(bytes.substr(0, nl + 1));
      bytes.remove_prefix(nl + 1);
      std::string line;
      line.swap(partial_);
      this->line(line);
    }
  }

  void finish() {
    if (!partial_.empty()) {
      std::string line;
      line.swap(partial_);
      this->line(line);
    }
  }

 private:
  enum class phase { other, request, head, content };

  static bool data_note(std::string_view text) {
    return (text.starts_with("{ [") || text.starts_with("} [")) && text.ends_with("]");
  }

  // A line of curl's own, but for its data notes (which may come before the content).
  static bool curl_line(std::string_view raw) {
    if (data_note(raw.substr(0, raw.find_first_of("\r\n")))) return false;
    return raw.size() >= 1 && (raw[0] == '*' || raw[0] == '<' || raw[0] == '>') &&
           (raw.size() == 1 || raw[1] == ' ' || raw[1] == '\r' || raw[1] == '\n');
  }

  // `raw` is one line with its line end (the last may have none).
  void line(std::string_view raw) {
    std::string_view text = raw;
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.remove_suffix(1);
    if (data_note(text)) return;
    if (phase_ == phase::content && pending_ && !curl_line(raw)) {
      // The first content line: curl showed the content, of the length the head announced.
      remaining_ = pending_;
      pending_.reset();
    }
    if (phase_ == phase::content && remaining_) {
      // Content of announced length: its bytes, whatever they look like; a note curl glued to
      // content without a final newline starts after them.
      auto const n = static_cast<std::size_t>(std::min<std::uint64_t>(*remaining_, raw.size()));
      out_(raw.substr(0, n));
      *remaining_ -= n;
      if (*remaining_ == 0) phase_ = phase::other, remaining_.reset();
      if (n < raw.size()) line(raw.substr(n));
      return;
    }
    auto const prefixed = [&](char c) {
      return !text.empty() && text[0] == c && (text.size() == 1 || text[1] == ' ');
    };
    std::string_view const rest = text.size() > 2 ? text.substr(2) : std::string_view{};
    if (prefixed('>')) return request_line(rest);
    if (prefixed('<')) return head_line(rest);
    if (prefixed('*')) {
      note(rest);
      if (phase_ == phase::content) phase_ = phase::other, pending_.reset();
      return;
    }
    if (phase_ != phase::content) {
      // Text away from a response's head: content curl's standard output wrote late (with
      // `2>&1` into a file it comes after curl's lines, at the end) or curl's own messages;
      // neither can be placed. A curl line glued to it ("hello*   Trying ...") is read.
      phase_ = phase::other;
      if (auto const at = raw.find("* "); at != std::string_view::npos && at > 0)
        line(raw.substr(at));
      return;
    }
    // Content shown right after its head, of unknown length: up to curl's next line. A note
    // glued to its end (no newline before "* Connection #0 ... left intact") is curl's.
    for (std::string_view glued : {"* Connection #", "* Closing connection"}) {
      auto const at = raw.find(glued);
      if (at != std::string_view::npos && at > 0) {
        out_(raw.substr(0, at));
        return line(raw.substr(at));
      }
    }
    out_(raw);
  }

  void request_line(std::string_view rest) {
    if (phase_ != phase::request) request_.clear();
    phase_ = phase::request;
    if (!rest.empty()) {
      request_.append(rest).append("\r\n");
      return;
    }
    // The blank line: the request's head is complete (curl -v shows no request content).
    request_ += "\r\n";
    phase_ = phase::other;
    // curl writes "GET / HTTP/2" for HTTP/2 and HTTP/3; its semantics are those of HTTP/1.1 here.
    if (auto const sp = request_.find(" HTTP/2\r\n"); sp != std::string::npos)
      request_.replace(sp, 9, " HTTP/1.1\r\n");
    else if (auto const sp3 = request_.find(" HTTP/3\r\n"); sp3 != std::string::npos)
      request_.replace(sp3, 9, " HTTP/1.1\r\n");
    for (auto const& r : read_requests(request_)) {
      auto absolute = std::make_shared<wire_request>(*r);
      absolute->fields.clear();
      absolute->storage.clear();
      absolute->storage.reserve(r->storage.size());
      for (auto const& f : r->fields) absolute->storage.append(f.name).append(f.value);
      std::size_t at = 0;
      std::string_view host;
      for (auto const& f : r->fields) {
        std::string_view const name(absolute->storage.data() + at, f.name.size());
        std::string_view const value(absolute->storage.data() + at + f.name.size(), f.value.size());
        at += f.name.size() + f.value.size();
        absolute->fields.push_back({name, value});
        if (grammar::iequals(name, "host")) host = value;
      }
      if (absolute->target.starts_with('/') && !host.empty())
        absolute->target = (tls_ ? "https://" : "http://") + std::string(host) + r->target;
      requests_.push(std::move(absolute));
    }
  }

  void head_line(std::string_view rest) {
    if (phase_ != phase::head) remaining_.reset();
    phase_ = phase::head;
    out_(rest);
    out_("\r\n");
    if (rest.empty()) {
      // The end of the head: content, if curl shows it, follows unprefixed. Its length is
      // known unless the head announced none, a 1xx, 204 or 304 (the reader frames those).
      // Content is shown when the next line is not curl's: with -L, curl shows no content of
      // the redirects it follows.
      phase_ = phase::content;
      remaining_.reset();
      // Its length as curl, a recipient, read it; with Transfer-Encoding curl shows the content
      // decoded, of no announced length.
      std::vector<field_view> fields;
      for (std::string_view const l : head_) {
        auto const colon = l.find(':');
        if (colon != std::string_view::npos)
          fields.push_back({l.substr(0, colon), grammar::trim_ows(l.substr(colon + 1))});
      }
      auto const framing = respolicy::detail::read_framing(fields);
      pending_ = no_content_ || framing.transfer_encoding ? std::nullopt : framing.length;
      head_.clear();
      no_content_ = false;
      return;
    }
    if (rest.starts_with("HTTP/")) {
      head_.clear();
      auto const sp = rest.find(' ');
      auto const code = sp == std::string_view::npos ? std::string_view{} : rest.substr(sp + 1, 3);
      no_content_ = code.starts_with('1') || code == "204" || code == "304";
      return;
    }
    head_.emplace_back(rest);
  }

  void note(std::string_view text) {
    // A new connection starts without TLS; curl's TLS notes say when one has it.
    if (text.find("Trying ") != std::string_view::npos || text.starts_with("Connected to "))
      tls_ = false;
    if (text.find("SSL connection using") != std::string_view::npos ||
        text.find("TLS handshake") != std::string_view::npos || text.starts_with("ALPN"))
      tls_ = true;
  }

  request_sequence& requests_;
  std::function<void(std::string_view)> out_;
  std::string partial_;
  std::string request_;
  phase phase_ = phase::other;
  std::vector<std::string> head_;           // the field lines of the head being read
  std::optional<std::uint64_t> pending_;    // the length of content not yet begun
  std::optional<std::uint64_t> remaining_;  // content bytes still to come, when known
  bool no_content_ = false;
  bool tls_ = false;
};

// The first line that is not blank starts with "* " or "> ": curl -v wrote it. Reads what it
// looks at into `in.head`.
bool looks_like_curl_verbose(input& in) {
  for (;;) {
    std::size_t i = 0;
    while (i < in.head.size() && (in.head[i] == '\r' || in.head[i] == '\n')) ++i;
    if (in.head.size() >= i + 2) {
      auto const two = std::string_view(in.head).substr(i, 2);
      return two == "* " || two == "> ";
    }
    if (in.head.size() > 64 * 1024) return false;
    int const c = std::getc(in.file);
    if (c == EOF) return false;
    in.head += static_cast<char>(c);
  }
}

}  // namespace

bool lint_stream(input& in, linter& l, settings const& s, request_sequence& requests) {
  if (!s.wire.raw && looks_like_curl_verbose(in)) {
    // The transcript's own requests are the context; its responses read as `curl -si` prints.
    request_sequence own;
    std::size_t index = 0;
    wire_options wo = s.wire;
    wo.raw = false;
    wire_reader reader(
        wo, [&](wire_message& m) { l.message(in.source, ++index, m); },
        [&](int status) { return own.for_status(status); });
    curl_verbose_reader curl(own, [&](std::string_view b) { reader.feed(b); });
    std::vector<char> chunk(256 * 1024);
    std::size_t n = 0;
    while ((n = read_input(in, chunk.data(), chunk.size())) > 0) curl.feed({chunk.data(), n});
    bool const ok = !std::ferror(in.file);
    curl.finish();
    reader.finish();
    if (index == 0 && ok)
      l.problem(in.source, ++index, wire_rule::unparseable_input, 0,
                "the curl -v transcript holds no response");
    l.count_source();
    return ok;
  }
  std::size_t index = 0;
  // A capture shows no timing: each request counts as read in full before its answer, so the
  // rules about content not yet read (or a server waiting for it) cannot be judged here; the
  // proxy and checked_stream see them.
  bool const connection = s.wire.raw && requests.from_file();
  connection_checker checker(s.pol);
  report exchange;
  std::shared_ptr<wire_request const> last;
  wire_reader reader(
      s.wire,
      [&](wire_message& m) {
        l.message(in.source, ++index, m, connection ? &exchange : nullptr);
        exchange.clear();
      },
      [&](int status) {
        auto r = requests.for_status(status);
        if (connection && r && r != last) {
          checker.request(r->context(), request_content::complete);
          last = r;
        }
        return r;
      });
  if (connection)
    reader.on_header([&](wire_message const& m, std::uint64_t, bool) {
      if (m.parsed && m.status != 0) checker.response(m.view(), exchange);
    });
  std::vector<char> chunk(256 * 1024);
  bool ok = true;
  for (;;) {
    auto const n = read_input(in, chunk.data(), chunk.size());
    if (n > 0) reader.feed({chunk.data(), n});
    if (n == 0) {
      ok = !std::ferror(in.file);
      break;
    }
  }
  reader.finish();
  if (connection) {
    report end;
    checker.closed(end);
    if (!end.empty()) l.connection_end(in.source, ++index, reader.offset(), end);
  }
  if (index == 0 && ok)
    l.problem(in.source, ++index, wire_rule::unparseable_input, 0,
              "the input holds no HTTP message");
  l.count_source();
  return ok;
}

bool looks_like_har(std::string const& path, input& in) {
  if (path.size() > 4 && path.compare(path.size() - 4, 4, ".har") == 0) return true;
  // Whitespace, then '{'. The bytes looked at stay in `in.head` for the reader; a long run of
  // blank lines is not JSON worth waiting for.
  int c = EOF;
  while (in.head.size() < 64 * 1024 && (c = std::getc(in.file)) != EOF) {
    in.head += static_cast<char>(c);
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n') break;
  }
  return c == '{';
}

namespace {

std::string_view str(json::object const& o, std::string_view key) {
  if (auto const* v = o.if_contains(key))
    if (auto const* s = v->if_string()) return *s;
  return {};
}

std::optional<std::int64_t> integer(json::object const& o, std::string_view key) {
  auto const* v = o.if_contains(key);
  if (!v) return std::nullopt;
  if (auto const* i = v->if_int64()) return *i;
  if (auto const* u = v->if_uint64())
    return *u > static_cast<std::uint64_t>(INT64_MAX) ? std::nullopt
                                                      : std::optional<std::int64_t>(*u);
  if (auto const* d = v->if_double())
    if (*d >= -1e18 && *d <= 1e18) return static_cast<std::int64_t>(*d);
  return std::nullopt;
}

// HAR headers: [{"name": ..., "value": ...}]. The pseudo-header fields Chrome lists for HTTP/2
// and HTTP/3 stay, in their place (validate() reads them as the protocol's, RFC 9113 §8.3); in
// HTTP/1.x, where none are sent, a browser's listing of them is not a field line.
std::vector<field_view> headers(json::object const& o, int version) {
  std::vector<field_view> out;
  auto const* v = o.if_contains("headers");
  auto const* a = v ? v->if_array() : nullptr;
  if (!a) return out;
  for (auto const& h : *a) {
    auto const* ho = h.if_object();
    if (!ho) continue;
    auto const name = str(*ho, "name");
    if (name.empty() || (name.front() == ':' && version < 20)) continue;
    out.push_back({name, str(*ho, "value")});
  }
  return out;
}

// HAR's httpVersion as response_view::version has it, as browsers and tools write it: Chrome
// "http/1.1", "http/2.0" and "h3" (or "h3-29"), Firefox "HTTP/1.1", "HTTP/2" and "HTTP/3", others
// "h2", "HTTP/2.0". `known` is false for anything else ("", "unknown"), which is checked as
// HTTP/1.1 semantics without the rules of one version.
int har_version(std::string_view v, bool& known) {
  std::string low(v);
  for (auto& c : low) c = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
  known = true;
  if (low == "http/1.0") return 10;
  if (low == "http/1.1") return 11;
  if (low == "h2" || low == "h2c" || low == "http/2" || low == "http/2.0") return 20;
  if (low == "h3" || low.starts_with("h3-") || low == "http/3" || low == "http/3.0") return 30;
  known = false;
  return 11;
}

// How the findings name the version.
std::string version_name(int version, bool known, std::string_view as_written) {
  if (!known) return std::string(as_written);
  switch (version) {
    case 10: return "HTTP/1.0";
    case 20: return "HTTP/2";
    case 30: return "HTTP/3";
    default: return "HTTP/1.1";
  }
}

bool has_field(std::vector<field_view> const& fields, std::string_view name) {
  for (auto const& f : fields) {
    if (f.name.size() != name.size()) continue;
    bool eq = true;
    for (std::size_t i = 0; i < name.size() && eq; ++i) {
      char a = f.name[i];
      a = (a >= 'A' && a <= 'Z') ? char(a - 'A' + 'a') : a;
      eq = a == name[i];
    }
    if (eq) return true;
  }
  return false;
}

}  // namespace

bool lint_har(input& in, linter& l, std::string& error) {
  std::string const& source = in.source;
  json::stream_parser p;
  std::vector<char> chunk(256 * 1024);
  std::uint64_t offset = 0;
  boost::system::error_code ec;
  bool read_error = false;
  for (;;) {
    auto const n = read_input(in, chunk.data(), chunk.size());
    if (n > 0) {
      auto const used = p.write(chunk.data(), n, ec);
      offset += used;
      if (ec) break;
    }
    if (n == 0) {
      read_error = std::ferror(in.file) != 0;
      break;
    }
  }
  if (read_error) {
    error = source + ": read error";
    return false;
  }
  l.count_source();
  if (!ec) p.finish(ec);
  if (ec) {
    l.problem(source, 1, wire_rule::unparseable_input, offset,
              "not JSON (" + ec.message() + "): HAR files are JSON");
    return true;
  }
  json::value const root = p.release();
  json::array const* entries = nullptr;
  if (auto const* o = root.if_object())
    if (auto const* log = o->if_contains("log"))
      if (auto const* lo = log->if_object())
        if (auto const* e = lo->if_contains("entries")) entries = e->if_array();
  if (!entries) {
    l.problem(source, 1, wire_rule::unparseable_input, std::nullopt,
              "not a HAR 1.2 file: no log.entries array");
    return true;
  }
  std::size_t index = 0;
  for (auto const& entry : *entries) {
    ++index;
    auto const* eo = entry.if_object();
    json::object const* req = nullptr;
    json::object const* res = nullptr;
    if (eo) {
      if (auto const* v = eo->if_contains("request")) req = v->if_object();
      if (auto const* v = eo->if_contains("response")) res = v->if_object();
    }
    auto const status = res ? integer(*res, "status") : std::nullopt;
    if (!res || !status) {
      l.problem(source, index, wire_rule::unparseable_input, std::nullopt,
                "HAR entry " + std::to_string(index) + " has no response.status");
      continue;
    }
    if (*status == 0) {
      // Browsers record blocked, aborted and failed requests with status 0.
      l.problem(source, index, wire_rule::capture_note, std::nullopt,
                "HAR entry " + std::to_string(index) + " has no response (status 0)",
                req ? str(*req, "method") : std::string_view{},
                req ? str(*req, "url") : std::string_view{});
      continue;
    }
    bool known = true;
    int const version = har_version(str(*res, "httpVersion"), known);
    auto const fields = headers(*res, version);
    // Content size: the body as transferred (bodySize) when a content coding applies or the status
    // forbids content; otherwise the decoded size, which then equals the content length.
    std::optional<std::uint64_t> body_size;
    std::string_view body;
    auto const transfer = integer(*res, "bodySize");
    json::object const* content = nullptr;
    if (auto const* c = res->if_contains("content")) content = c->if_object();
    auto const decoded = content ? integer(*content, "size") : std::nullopt;
    std::string_view const method = req ? str(*req, "method") : std::string_view{};
    bool const coded = has_field(fields, "content-encoding");
    bool const no_content_status =
        (*status >= 100 && *status < 200) || *status == 204 || *status == 304 || method == "HEAD";
    if (coded || no_content_status) {
      if (transfer && *transfer >= 0) body_size = static_cast<std::uint64_t>(*transfer);
    } else if (decoded && *decoded >= 0) {
      body_size = static_cast<std::uint64_t>(*decoded);
    } else if (transfer && *transfer >= 0) {
      body_size = static_cast<std::uint64_t>(*transfer);
    }
    if (content && !coded && str(*content, "encoding").empty()) {
      auto const text = str(*content, "text");
      if (body_size && text.size() == *body_size) body = text;
    }
    int const code = *status > 999999 || *status < -999999 ? 999999 : static_cast<int>(*status);
    response_view const view{code, str(*res, "statusText"), version, fields, body_size, {}, body};
    std::vector<field_view> req_fields;
    request_context ctx;
    bool req_known = true;
    if (req && !method.empty()) {
      int const req_version = har_version(str(*req, "httpVersion"), req_known);
      req_fields = headers(*req, req_version);
      ctx = request_context{method, req_known ? req_version : 0, req_fields};
      ctx.target = str(*req, "url");  // absolute-form (RFC 9112 §3.2.2), for the reports
    }
    std::string const vtext = version_name(version, known, str(*res, "httpVersion"));
    l.response(source, index, view, req && !method.empty() ? &ctx : nullptr, known, vtext, {});
  }
  if (index == 0)
    l.problem(source, 1, wire_rule::unparseable_input, std::nullopt, "the HAR file has no entries");
  return true;
}

}  // namespace respolicy::lint
