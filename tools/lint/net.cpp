//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "net.hpp"

#include "inputs.hpp"

#include <respolicy/beast/probe.hpp>
#ifndef RESPOLICY_LINT_NO_TLS
#include <respolicy/beast/probe_tls.hpp>
#endif
#include <respolicy/exchange.hpp>
#include <respolicy/probe.hpp>

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/url/parse.hpp>
#include <boost/url/url_view.hpp>

#include <array>
#include <chrono>
#include <deque>
#include <iostream>
#include <memory>
#include <sstream>

namespace respolicy::lint {
namespace {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace urls = boost::urls;
using tcp = asio::ip::tcp;

// "host:port", "[v6]:port", ":port" or "port".
bool split_host_port(std::string const& s, std::string& host, std::string& port,
                     std::string const& default_host) {
  if (s.empty()) return false;
  if (s.front() == '[') {
    auto const close = s.find(']');
    if (close == std::string::npos || close + 1 >= s.size() || s[close + 1] != ':') return false;
    host = s.substr(1, close - 1);
    port = s.substr(close + 2);
  } else if (auto const colon = s.rfind(':'); colon != std::string::npos) {
    host = s.substr(0, colon);
    port = s.substr(colon + 1);
  } else {
    host.clear();
    port = s;
  }
  if (host.empty()) host = default_host;
  if (port.empty() || port.size() > 5) return false;
  for (char c : port)
    if (c < '0' || c > '9') return false;
  return std::stoi(port) <= 65535;
}

// The URL a proxied request asks for: an absolute-form target as it is (RFC 9112 §3.2.2), an
// origin-form one after "http://" and the Host field (RFC 9112 §3.2.1, §3.3); the target itself
// otherwise (CONNECT's authority-form, OPTIONS' asterisk-form).
std::string request_url(wire_request const& r) {
  if (!r.target.starts_with('/')) return r.target;
  for (auto const& f : r.fields)
    if (f.name.size() == 4 && (f.name[0] | 0x20) == 'h' && (f.name[1] | 0x20) == 'o' &&
        (f.name[2] | 0x20) == 's' && (f.name[3] | 0x20) == 't')
      return "http://" + std::string(f.value) + r.target;
  return r.target;
}

// "Name: value" as -H takes it: the value without the whitespace before it (RFC 9110 §5.6.3).
bool split_field(std::string const& h, std::string& name, std::string& value) {
  auto const colon = h.find(':');
  if (colon == std::string::npos || colon == 0) return false;
  name = h.substr(0, colon);
  auto v = std::string_view(h).substr(colon + 1);
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  value = v;
  return true;
}

// The Beast transport for `u`: TCP for http, TLS for https, verified as `t` says. False with
// `error` set when this build has no TLS.
bool make_transport(http_url const& u, tls_settings const& t, std::chrono::milliseconds timeout,
                    std::unique_ptr<probe_transport>& out, [[maybe_unused]] std::string& error) {
  if (!u.tls) {
    out = std::make_unique<respolicy::beast::tcp_transport>(u.host, u.port, timeout);
    return true;
  }
#ifdef RESPOLICY_LINT_NO_TLS
  static_cast<void>(t);
  error = "https is not supported by this build (respolicy-lint was built without OpenSSL)";
  return false;
#else
  respolicy::beast::tls_options opts;
  opts.verify_peer = !t.insecure;
  opts.ca_file = t.ca_file;
  out = std::make_unique<respolicy::beast::tls_transport>(u.host, u.port, std::move(opts), timeout);
  return true;
#endif
}

// A transport that sends nothing more once the first exchange (the probe's GET) failed without a
// byte from the server: a server that cannot be reached, or whose certificate is not trusted,
// costs one timeout, not one per probe.
class first_failure_stops final : public probe_transport {
 public:
  explicit first_failure_stops(probe_transport& t) : t_(t) {}
  probe_io exchange(probe_request const& req, receiver const& received,
                    std::chrono::milliseconds continue_wait) override {
    if (!failed_.empty()) return {.error = "not sent: " + failed_, .waited_out = false};
    bool any = false;
    auto io = t_.exchange(
        req,
        [&](std::string_view bytes) {
          any = true;
          return received(bytes);
        },
        continue_wait);
    if (first_ && !any && !io.error.empty()) failed_ = io.error;
    first_ = false;
    return io;
  }

 private:
  probe_transport& t_;
  bool first_ = true;
  std::string failed_;
};

// A transport's failure as the tool says it: a certificate that is not trusted says what to do.
std::string network_error(std::string const& url, std::string const& what, bool tls) {
  std::string out = url + ": " + what;
  if (tls && what.find("certificate verify failed") != std::string::npos)
    out += " (--cacert FILE trusts the authority that signed it; --insecure skips the check)";
  return out;
}

}  // namespace

bool parse_http_url(std::string const& url, std::string_view option, http_url& out,
                    std::string& error) {
  std::string const opt(option);
  // A URI (RFC 3986 §3) read by Boost.URL: the scheme compares without regard to case (§3.1),
  // the host may be an IP literal ([::1]), and a fragment is not sent (§3.5).
  auto const parsed = urls::parse_uri(url);
  if (!parsed) {
    error = opt + " needs an http:// or https:// URL (http://host[:port][/path]): " + url;
    return false;
  }
  urls::url_view const u = *parsed;
  if (u.scheme_id() != urls::scheme::http && u.scheme_id() != urls::scheme::https) {
    error = opt + " needs an http:// or https:// URL: " + url;
    return false;
  }
  if (u.has_userinfo()) {
    // RFC 9110 §4.2.4: http(s) URIs carry no userinfo; credentials go in a header field.
    error = opt + " takes no user name or password (" + std::string(u.encoded_userinfo()) +
            "@): send credentials with -H \"Authorization: ...\"";
    return false;
  }
  if (!u.has_authority() || u.encoded_host().empty()) {
    error = opt + " needs a host: " + url;
    return false;
  }
  auto const port_text = u.port();
  if (!port_text.empty() && (port_text.size() > 5 || std::stoul(std::string(port_text)) > 65535 ||
                             u.port_number() == 0)) {
    error = opt + " has no usable port: " + url;
    return false;
  }
  out.tls = u.scheme_id() == urls::scheme::https;
  // The host to connect to: an IP literal without its brackets, a name decoded.
  out.host = u.host_type() == urls::host_type::name ? std::string(u.host_name())
                                                    : std::string(u.host_address());
  // RFC 3986 §3.2.3: an empty port is the scheme's default (RFC 9110 §4.2.1, §4.2.2).
  out.port = !port_text.empty() ? std::string(port_text) : out.tls ? "443" : "80";
  // RFC 9112 §3.2.1: origin-form, "/" for an empty path; RFC 9110 §7.2: Host is the authority
  // without userinfo, with the port when the URL has one.
  out.target = std::string(u.encoded_path());
  if (out.target.empty()) out.target = "/";
  if (u.has_query()) out.target += "?" + std::string(u.encoded_query());
  out.authority =
      port_text.empty() ? std::string(u.encoded_host()) : std::string(u.encoded_host_and_port());
  return true;
}

bool lint_url(url_options const& o, linter& l, settings const& s, std::string& error) {
  http_url u;
  if (!parse_http_url(o.url, "--url", u, error)) return false;

  http::request<http::empty_body> req;
  req.method_string(o.method);
  req.target(u.target);
  req.version(11);
  req.set(http::field::host, u.authority);
  req.set(http::field::user_agent, "respolicy-lint");
  // No "Connection: close": the request would then ask for what connection-close-echo judges
  // (RFC 9112 §9.6), and the tool's own request would cause findings. The answer is read until
  // its framing ends it (or the server closes), then the connection is closed.
  for (auto const& h : o.headers) {
    std::string name, value;
    if (!split_field(h, name, value)) {
      error = "-H needs \"Name: value\": " + h;
      return false;
    }
    req.set(name, value);
  }
  // The request as sent, read back through the wire reader: the context of the answer.
  probe_request sent{.kind = probe_kind::get, .header = {}, .content = {}, .parsed = {}};
  {
    std::ostringstream os;
    os << req.base();
    sent.header = os.str();
  }
  auto const parsed = read_requests(sent.header);
  if (parsed.size() != 1) {
    error = "the request to send does not read back as one request: " + sent.header;
    return false;
  }
  sent.parsed = parsed.front();
  request_sequence requests;
  requests.push(sent.parsed);

  std::unique_ptr<probe_transport> transport;
  if (!make_transport(u, o.tls, std::chrono::seconds(o.timeout_seconds), transport, error))
    return false;
  std::string const source = o.url;
  std::size_t index = 0;
  bool final_last = false;  // the last message delivered is a final response
  wire_options wo = s.wire;
  wo.raw = true;  // these are the exact bytes from the connection
  wire_reader reader(
      wo,
      [&](wire_message& m) {
        final_last = m.parsed && (m.status >= 200 || m.status == 101);
        l.message(source, ++index, m, nullptr, o.url);
      },
      [&](int status) { return requests.for_status(status); });
  std::uint64_t received = 0;
  // One deadline for the whole exchange (the transport's), not one per step: a server that sends
  // a byte now and then must not keep the run alive for as long as it likes.
  auto const io = transport->exchange(
      sent,
      [&](std::string_view bytes) {
        received += bytes.size();
        reader.feed(bytes);
        // A final answer whose framing has ended, with nothing after it: the exchange is over,
        // but for what the server still sends at once (stray bytes after the answer are read
        // and linted too).
        reader.flush_idle();
        return final_last && reader.offset() == received ? probe_reading::rest
                                                         : probe_reading::more;
      },
      std::chrono::milliseconds(0));
  if (!io.error.empty()) {
    // An answer that ended by its framing has closed the exchange already; one still open at
    // the deadline is cut, and a cut answer is not judged.
    if (io.error.starts_with("timed out"))
      error = o.url + ": no complete answer within " + std::to_string(o.timeout_seconds) +
              " s (--timeout); " + std::to_string(received) + " bytes received";
    else
      error = network_error(o.url, io.error, u.tls);
    return false;
  }
  reader.finish();
  l.count_source();
  if (index == 0) l.problem(source, 1, wire_rule::unparseable_input, 0, "no response");
  return true;
}

namespace {

class proxy_session : public std::enable_shared_from_this<proxy_session> {
 public:
  proxy_session(tcp::socket client, tcp::endpoint upstream, linter& l, settings const& s,
                std::string source, std::function<void()> on_done)
      : client_(std::move(client)),
        upstream_(client_.get_executor()),
        upstream_ep_(upstream),
        source_(std::move(source)),
        on_done_(std::move(on_done)),
        lint_(l),
        checker_(s.pol),
        requests_reader_(request_options(s),
                         [this](wire_message&) {
                           // The request's content (if any) has passed: the oldest request
                           // whose header section passed is complete.
                           if (content_.empty()) return;
                           if (content_.front()) checker_.request_content_read(true);
                           content_.pop_front();
                         }),
        responses_reader_(
            response_options(s),
            [this](wire_message& m) {
              lint_.message(source_, ++index_, m, &exchange_,
                            m.request ? request_url(*m.request) : std::string());
              exchange_.clear();
              std::cout.flush();
            },
            [this](int status) { return requests_.for_status(status); }) {
    // The exchange rules see each message when its header section passes, before its content:
    // a response that comes while the request's content is still on its way is an early one.
    requests_reader_.on_header([this](wire_message const& m, std::uint64_t, bool has_content) {
      if (!m.parsed) return;
      auto r = to_request(m);
      checker_.request(r->context(),
                       has_content ? request_content::pending : request_content::none);
      content_.push_back(has_content);
      requests_.push(std::move(r));
    });
    responses_reader_.on_header([this](wire_message const& m, std::uint64_t, bool) {
      if (m.parsed && m.status != 0) checker_.response(m.view(), exchange_);
    });
  }

  void start() {
    auto self = shared_from_this();
    upstream_.async_connect(upstream_ep_, [self](beast::error_code ec) {
      if (ec) {
        std::cerr << "respolicy-lint: " << self->source_
                  << ": cannot reach the upstream: " << ec.message() << '\n';
        beast::error_code ignored;
        self->client_.close(ignored);
        return self->done();
      }
      self->pump(self->client_, self->upstream_, self->up_buf_, true);
      self->pump(self->upstream_, self->client_, self->down_buf_, false);
    });
  }

 private:
  static wire_options request_options(settings const& s) {
    wire_options o = s.wire;
    o.kind = message_kind::request;
    o.raw = true;
    return o;
  }
  static wire_options response_options(settings const& s) {
    wire_options o = s.wire;
    o.raw = true;
    return o;
  }

  // Reads from `from`, lints, and writes the same bytes to `to`, until `from` ends.
  void pump(tcp::socket& from, tcp::socket& to, std::array<char, 64 * 1024>& buf, bool upward) {
    auto self = shared_from_this();
    from.async_read_some(
        asio::buffer(buf), [self, &from, &to, &buf, upward](beast::error_code ec, std::size_t n) {
          if (n > 0) {
            std::string_view const bytes(buf.data(), n);
            if (upward) {
              self->requests_reader_.feed(bytes);
            } else {
              self->responses_reader_.feed(bytes);
              self->responses_reader_.flush_idle();
            }
            asio::async_write(to, asio::buffer(buf.data(), n),
                              [self, &from, &to, &buf, upward](beast::error_code wec, std::size_t) {
                                if (wec) return self->half_closed(from, to, upward);
                                self->pump(from, to, buf, upward);
                              });
            return;
          }
          if (ec) self->half_closed(from, to, upward);
        });
  }

  void half_closed(tcp::socket& from, tcp::socket& to, bool upward) {
    beast::error_code ignored;
    to.shutdown(tcp::socket::shutdown_send, ignored);
    from.shutdown(tcp::socket::shutdown_receive, ignored);
    if (upward)
      requests_reader_.finish();
    else
      responses_reader_.finish();
    if (++closed_ == 2) {
      client_.close(ignored);
      upstream_.close(ignored);
      report end;
      checker_.closed(end);
      if (!end.empty()) lint_.connection_end(source_, ++index_, responses_reader_.offset(), end);
      lint_.count_source();
      std::cout.flush();
      done();
    }
  }

  void done() {
    if (on_done_) std::exchange(on_done_, nullptr)();
  }

  tcp::socket client_;
  tcp::socket upstream_;
  tcp::endpoint upstream_ep_;
  std::string source_;
  std::function<void()> on_done_;
  linter& lint_;
  connection_checker checker_;
  report exchange_;           ///< what checker_ found about the response being read
  std::deque<bool> content_;  ///< whether each request not yet complete has content
  request_sequence requests_;
  wire_reader requests_reader_;
  wire_reader responses_reader_;
  std::array<char, 64 * 1024> up_buf_, down_buf_;
  std::size_t index_ = 0;
  int closed_ = 0;
};

}  // namespace

bool run_proxy(proxy_options const& o, linter& l, settings const& s, std::string& error) {
  std::string lhost, lport, uhost, uport;
  if (!split_host_port(o.listen, lhost, lport, "127.0.0.1")) {
    error = "--proxy needs [host:]port: " + o.listen;
    return false;
  }
  if (!split_host_port(o.upstream, uhost, uport, "")) {
    error = "--upstream needs host:port: " + o.upstream;
    return false;
  }
  asio::io_context ioc;
  beast::error_code ec;
  tcp::resolver resolver(ioc);
  auto const up = resolver.resolve(uhost, uport, ec);
  if (ec || up.empty()) {
    error = "cannot resolve the upstream " + o.upstream + ": " + ec.message();
    return false;
  }
  auto const listen_at = resolver.resolve(lhost, lport, ec);
  if (ec || listen_at.empty()) {
    error = "cannot resolve " + o.listen + ": " + ec.message();
    return false;
  }
  tcp::acceptor acceptor(ioc);
  tcp::endpoint const ep = *listen_at.begin();
  acceptor.open(ep.protocol(), ec);
  if (!ec) acceptor.set_option(asio::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(ep, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (ec) {
    error = "cannot listen on " + o.listen + ": " + ec.message();
    return false;
  }
  auto const local = acceptor.local_endpoint(ec);
  std::cerr << "respolicy-lint: proxy listening on " << local.address().to_string() << ':'
            << local.port() << ", forwarding to " << o.upstream << std::endl;

  asio::signal_set signals(ioc, SIGINT, SIGTERM);
  signals.async_wait([&](beast::error_code, int) { ioc.stop(); });

  int accepted = 0, finished = 0;
  tcp::endpoint const upstream = *up.begin();
  asio::steady_timer pause(ioc);
  beast::error_code last_failure;
  std::function<void()> accept = [&] {
    acceptor.async_accept([&](beast::error_code aec, tcp::socket socket) {
      if (aec == asio::error::operation_aborted) return;
      if (aec) {
        // Out of descriptors or buffers (EMFILE, ENFILE, ENOBUFS, ENOMEM), a connection reset
        // before it was accepted (ECONNABORTED), ...: all pass. Try again shortly, as long as the
        // proxy runs; said once per kind of failure in a row, not once per attempt.
        if (aec != last_failure)
          std::cerr << "respolicy-lint: cannot accept a connection: " << aec.message()
                    << "; retrying every 100 ms" << std::endl;
        last_failure = aec;
        pause.expires_after(std::chrono::milliseconds(100));
        pause.async_wait([&](beast::error_code wec) {
          if (!wec) accept();
        });
        return;
      }
      last_failure = {};
      ++accepted;
      auto session = std::make_shared<proxy_session>(
          std::move(socket), upstream, l, s, "connection " + std::to_string(accepted), [&] {
            if (o.exit_after > 0 && ++finished >= o.exit_after) ioc.stop();
          });
      session->start();
      if (o.exit_after == 0 || accepted < o.exit_after) accept();
    });
  };
  accept();
  ioc.run();
  return true;
}

bool lint_probe(probe_cli_options const& o, linter& l, settings const& s, std::string& error) {
  http_url u;
  if (!parse_http_url(o.url, "--probe", u, error)) return false;
  probe_target t{.host = u.authority, .target = u.target, .fields = {}};
  for (auto const& h : o.headers) {
    std::string name, value;
    if (!split_field(h, name, value)) {
      error = "-H needs \"Name: value\": " + h;
      return false;
    }
    t.fields.emplace_back(std::move(name), std::move(value));
  }
  std::unique_ptr<probe_transport> transport;
  if (!make_transport(u, o.tls, std::chrono::seconds(o.timeout_seconds), transport, error))
    return false;
  respolicy::probe_options po;
  po.reading = s.wire;
  first_failure_stops guarded(*transport);
  auto const rep = run_probe(guarded, t, s.pol, po);
  // Without an answer to the first GET there is nothing to compare: the failure is the news.
  if (rep.results.empty() || (!rep.results[0].response && !rep.results[0].error.empty())) {
    error =
        network_error(o.url, rep.results.empty() ? "no probe sent" : rep.results[0].error, u.tls);
    return false;
  }
  wire_request const* const first = rep.results[0].request.parsed.get();
  std::size_t index = 0;
  for (auto const& r : rep.results) {
    l.probe(o.url, ++index, o.url, r, first);
    if (!r.error.empty() && error.empty())
      error = network_error(o.url, std::string(to_string(r.request.kind)) + " probe: " + r.error,
                            u.tls);
  }
  l.count_source();
  return error.empty();
}

}  // namespace respolicy::lint
