//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_BEAST_CHECKED_STREAM_HPP
#define RESPOLICY_BEAST_CHECKED_STREAM_HPP

#include <respolicy/beast/guard.hpp>
#include <respolicy/exchange.hpp>
#include <respolicy/validate.hpp>
#include <respolicy/wire.hpp>

#include <boost/asio/buffer.hpp>
#include <boost/asio/compose.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core/bind_handler.hpp>
#include <boost/beast/core/buffers_prefix.hpp>
#include <boost/beast/core/buffers_range.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/stream_traits.hpp>
#include <boost/beast/websocket/teardown.hpp>
#include <boost/system/error_code.hpp>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace respolicy::beast {

/** Why an operation of a `checked_stream` failed. */
enum class stream_errc {
  violation = 1,  ///< throw mode: the connection broke a rule (see `checked_stream::findings()`)
  rejected,       ///< reject mode: the stream closed the connection rather than send the message
};

/** The category of `stream_errc`. */
inline boost::system::error_category const& stream_category() noexcept {
  struct category final : boost::system::error_category {
    char const* name() const noexcept override { return "respolicy.checked_stream"; }
    std::string message(int ev) const override {
      switch (static_cast<stream_errc>(ev)) {
        case stream_errc::violation: return "the connection broke an HTTP rule";
        case stream_errc::rejected: return "closed rather than send a message that breaks a rule";
      }
      return "unknown error";
    }
  };
  static category const c;
  return c;
}

inline boost::system::error_code make_error_code(stream_errc e) noexcept {
  return {static_cast<int>(e), stream_category()};
}

}  // namespace respolicy::beast

/// @cond
template <>
struct boost::system::is_error_code_enum<respolicy::beast::stream_errc> : std::true_type {};
/// @endcond

namespace respolicy::beast {

namespace detail {

/** What a `checked_stream` knows of its connection: the requests read and the responses written,
    each through its own wire reader, and the exchange rules between them. The stream keeps it on
    the heap, where the readers' callbacks can point to it. */
class connection_state {
 public:
  explicit connection_state(guard_options options)
      : options_(std::move(options)),
        policy_(&options_.policy_for({}, {})),
        checker_(*policy_),
        requests_(wire_options{.kind = message_kind::request, .raw = true},
                  [this](wire_message& m) { request_done(m); }),
        responses_(
            wire_options{.kind = message_kind::response, .raw = true},
            [this](wire_message& m) { response_done(m); },
            [this](int) { return unanswered_.empty() ? nullptr : unanswered_.front(); }) {
    requests_.on_header([this](wire_message const& m, std::uint64_t content_at, bool content) {
      request_header(m, content_at, content);
    });
    responses_.on_header(
        [this](wire_message const& m, std::uint64_t, bool) { response_header(m); });
  }

  connection_state(connection_state const&) = delete;
  connection_state& operator=(connection_state const&) = delete;

  ~connection_state() {
    // The connection's end: the last response, then what was owed and never sent (a final
    // response after a 100). A destructor cannot pass on what on_violation throws.
    try {
      responses_.finish();
      report rep;
      checker_.closed(rep);
      if (!rep.empty()) notify(rep, guard_action::reported);
    } catch (...) {
    }
  }

  /** The server read `bytes` from the client. */
  void received(std::string_view bytes) {
    received_ += bytes.size();
    requests_.feed(bytes);
    if (header_end_ && received_ > *header_end_) {
      checker_.request_content_read(false);
      header_end_.reset();
    }
  }

  /** The server asks for more bytes: an error to complete the read with, or none. */
  boost::system::error_code before_read() {
    // The server went back to reading: the response it wrote last is complete (bytes that follow
    // it before the next response are what the reader reports as stray).
    responses_.flush_idle();
    report rep;
    checker_.server_reads(rep);
    if (rep.empty()) return {};
    return act(rep, std::nullopt);
  }

  /** The server is about to write `buffers`, of which the first `written` bytes of the
      connection's output precede them: feeds the bytes not seen yet to the response reader.
      Returns how many bytes of `buffers` may go out (all but what a rejected message starts at),
      and an error the write completes with. */
  template <class ConstBufferSequence>
  std::pair<std::size_t, boost::system::error_code> before_write(
      ConstBufferSequence const& buffers) {
    auto const size = boost::asio::buffer_size(buffers);
    std::uint64_t at = written_;
    for (auto const b : boost::beast::buffers_range_ref(buffers)) {
      std::string_view bytes{static_cast<char const*>(b.data()), b.size()};
      if (at + bytes.size() > fed_) {
        auto const skip = static_cast<std::size_t>(fed_ > at ? fed_ - at : 0);
        bytes.remove_prefix(skip);
        fed_ += bytes.size();
        responses_.feed(bytes);
      }
      at += b.size();
    }
    if (stop_at_) {
      auto const allowed = *stop_at_ > written_ ? *stop_at_ - written_ : 0;
      if (allowed == 0) return {0, stop_error_};
      if (allowed < size) return {static_cast<std::size_t>(allowed), {}};
    }
    return {size, std::exchange(pending_, {})};
  }

  /** `n` bytes went out. */
  void wrote(std::size_t n) { written_ += n; }

  report const& findings() const noexcept { return findings_; }
  guard_options const& options() const noexcept { return options_; }

 private:
  void request_header(wire_message const& m, std::uint64_t content_at, bool content) {
    auto const ctx = request_context{m.method, m.version, m.fields};
    checker_.request(ctx, content ? request_content::pending : request_content::none);
    unanswered_.push_back(to_request(m));
    if (content) {
      content_pending_ = true;
      header_end_ = content_at;
    }
  }

  void request_done(wire_message&) {
    if (content_pending_) checker_.request_content_read(true);
    content_pending_ = false;
    header_end_.reset();
  }

  void response_header(wire_message const& m) {
    report rep;
    checker_.response(m.view(), rep);
    if (!rep.empty()) act(rep, m.offset);
  }

  void response_done(wire_message& m) {
    auto const req = unanswered_.empty() ? nullptr : unanswered_.front();
    report rep;
    request_context ctx;
    if (req) ctx = req->context();
    validate(m.view(), req ? &ctx : nullptr, *policy_, rep);
    for (auto const& f : m.findings) {
      auto const* info = find_rule(f.rule);
      if (!info) continue;  // the reader's notes on the capture
      diagnostic d;
      d.rule = info->id;
      d.entry = info;
      d.severity = policy_->severity_of(info->id);
      if (d.severity == severity::off) continue;
      d.message = info->summary;
      d.citation = info->citation;
      d.field = small_text<40>(f.field);
      d.detail = small_text<120>(f.detail);
      rep.add(d);
    }
    if (m.status >= 200 || m.status == 101) {
      if (!unanswered_.empty()) unanswered_.pop_front();
    }
    if (rep.worst() < options_.notify_at()) return;
    // The message is out: reject mode can only stop what follows; throw mode fails the write.
    if (options_.mode() == guard_mode::throw_ && !rep.ok()) pending_ = stream_errc::violation;
    notify(rep, options_.mode() == guard_mode::throw_ && !rep.ok() ? guard_action::thrown
                                                                   : guard_action::reported);
  }

  // Acts on findings made before the bytes they concern go out; returns whether they stop them.
  boost::system::error_code act(report const& rep, std::optional<std::uint64_t> message_at) {
    bool const error = !rep.ok();
    boost::system::error_code ec;
    guard_action action = guard_action::reported;
    if (error && options_.mode() == guard_mode::reject) {
      action = guard_action::blocked;
      ec = stream_errc::rejected;
      if (message_at && (!stop_at_ || *message_at < *stop_at_)) stop_at_ = *message_at;
      stop_error_ = ec;
    } else if (error && options_.mode() == guard_mode::throw_) {
      action = guard_action::thrown;
      ec = stream_errc::violation;
      if (message_at && (!stop_at_ || *message_at < *stop_at_)) stop_at_ = *message_at;
      stop_error_ = ec;
    }
    if (rep.worst() >= options_.notify_at() || action != guard_action::reported)
      notify(rep, action);
    return ec;
  }

  void notify(report const& rep, guard_action action) {
    for (auto const& d : rep) findings_.add(d);
    if (options_.on_violation()) options_.on_violation()(guard_event{action, 0, {}, {}, rep, 0});
  }

  guard_options options_;
  policy const* policy_;
  connection_checker checker_;
  std::deque<std::shared_ptr<wire_request const>> unanswered_;
  wire_reader requests_;
  wire_reader responses_;
  report findings_;
  std::uint64_t received_ = 0, written_ = 0, fed_ = 0;
  std::optional<std::uint64_t> header_end_;  // of a request whose content has not started
  bool content_pending_ = false;             // the request being read announced content
  std::optional<std::uint64_t> stop_at_;     // the output offset nothing may be written past
  boost::system::error_code pending_;        // throw mode: the next write completes with it
  boost::system::error_code stop_error_;     // what a write at `stop_at_` completes with
};

}  // namespace detail

/** A stream wrapper that checks one HTTP/1.1 connection as it happens: every request read and
    every response written, on their actual bytes, through respolicy's wire reader, and the rules
    across the connection that no single response shows (`respolicy::connection_checker`: a 1xx
    after the final response, a response after `Connection: close`, a 100-continue request left
    waiting, a final response before the request's content was read without
    `Connection: close`, ...), besides each response's own rules.

    Put it around the session's stream, as Beast's own wrappers go (`flat_stream`, `ssl_stream`):
    `checked_stream<beast::tcp_stream>`. It reports through `guard_options`: its default policy,
    `notify_at` and `on_violation`. In `report` and `repair` mode it only reports (the bytes are
    the server's); in `reject` mode it closes the connection instead of writing a message that
    breaks an exchange rule, and the write completes with `stream_errc::rejected`; in `throw`
    mode the operation completes with `stream_errc::violation`, for tests.

    A debug and test tool first: it reads every byte twice. BENCHMARKS.md says what it costs.

    @par Example
    @code
    respolicy::beast::checked_stream<beast::tcp_stream> stream{
        respolicy::beast::guard_options{}.on_violation(log_it), std::move(socket)};
    http::async_read(stream, buffer, req, on_read);   // as with the tcp_stream itself
    @endcode
*/
template <class NextLayer>
class checked_stream {
 public:
  /** The stream this one reads from and writes to. */
  using next_layer_type = std::remove_reference_t<NextLayer>;
  /** The next layer's executor. */
  using executor_type = boost::beast::executor_type<next_layer_type>;

  /** Constructs the next layer from `args`. */
  template <class... Args>
  explicit checked_stream(guard_options options, Args&&... args)
      : next_(std::forward<Args>(args)...),
        state_(std::make_unique<detail::connection_state>(std::move(options))) {}

  /** The next layer's executor. */
  executor_type get_executor() noexcept { return next_.get_executor(); }
  /** The stream this one wraps. */
  next_layer_type& next_layer() noexcept { return next_; }
  /** The stream this one wraps. */
  next_layer_type const& next_layer() const noexcept { return next_; }

  /** Every finding on this connection so far. */
  report const& findings() const noexcept { return state_->findings(); }

  /** Reads from the next layer; the checker sees the bytes read (the requests). */
  template <class MutableBufferSequence>
  std::size_t read_some(MutableBufferSequence const& buffers, boost::beast::error_code& ec) {
    ec = state_->before_read();
    if (ec) {
      close_if_rejecting();
      return 0;
    }
    auto const n = next_.read_some(buffers, ec);
    observe_read(buffers, n);
    return n;
  }

  /** As above; throws `boost::system::system_error` on failure. */
  template <class MutableBufferSequence>
  std::size_t read_some(MutableBufferSequence const& buffers) {
    boost::beast::error_code ec;
    auto const n = read_some(buffers, ec);
    if (ec) throw boost::system::system_error{ec};
    return n;
  }

  /** Writes what the checker lets through of `buffers` (the responses) to the next layer; fails
      with `stream_errc::rejected` when it lets nothing through. */
  template <class ConstBufferSequence>
  std::size_t write_some(ConstBufferSequence const& buffers, boost::beast::error_code& ec) {
    auto [allowed, error] = state_->before_write(buffers);
    if (allowed == 0) {
      ec = error ? error : make_error_code(stream_errc::rejected);
      close_if_rejecting();
      return 0;
    }
    auto const n = next_.write_some(boost::beast::buffers_prefix(allowed, buffers), ec);
    state_->wrote(n);
    if (!ec && error) ec = error;
    return n;
  }

  /** As above; throws `boost::system::system_error` on failure. */
  template <class ConstBufferSequence>
  std::size_t write_some(ConstBufferSequence const& buffers) {
    boost::beast::error_code ec;
    auto const n = write_some(buffers, ec);
    if (ec) throw boost::system::system_error{ec};
    return n;
  }

  template <class MutableBufferSequence,
            class ReadToken = boost::asio::default_completion_token_t<executor_type>>
  /** The asynchronous form of `read_some`. */
  auto async_read_some(MutableBufferSequence const& buffers, ReadToken&& token = ReadToken{}) {
    return boost::asio::async_compose<ReadToken, void(boost::beast::error_code, std::size_t)>(
        read_op<MutableBufferSequence>{*this, buffers}, token, next_);
  }

  template <class ConstBufferSequence,
            class WriteToken = boost::asio::default_completion_token_t<executor_type>>
  /** The asynchronous form of `write_some`. */
  auto async_write_some(ConstBufferSequence const& buffers, WriteToken&& token = WriteToken{}) {
    return boost::asio::async_compose<WriteToken, void(boost::beast::error_code, std::size_t)>(
        write_op<ConstBufferSequence>{*this, buffers}, token, next_);
  }

 private:
  template <class MutableBufferSequence>
  struct read_op {
    checked_stream& s;
    MutableBufferSequence buffers;
    bool started = false;

    template <class Self>
    void operator()(Self& self, boost::beast::error_code ec = {}, std::size_t n = 0) {
      if (!started) {
        started = true;
        if (auto const refused = s.state_->before_read()) {
          s.close_if_rejecting();
          return boost::asio::post(s.next_.get_executor(),
                                   boost::beast::bind_front_handler(std::move(self), refused, 0));
        }
        return s.next_.async_read_some(buffers, std::move(self));
      }
      if (!ec) s.observe_read(buffers, n);
      self.complete(ec, n);
    }
  };

  template <class ConstBufferSequence>
  struct write_op {
    checked_stream& s;
    ConstBufferSequence buffers;
    bool started = false;
    boost::beast::error_code after{};

    template <class Self>
    void operator()(Self& self, boost::beast::error_code ec = {}, std::size_t n = 0) {
      if (!started) {
        started = true;
        auto const [allowed, error] = s.state_->before_write(buffers);
        if (allowed == 0) {
          s.close_if_rejecting();
          return boost::asio::post(
              s.next_.get_executor(),
              boost::beast::bind_front_handler(
                  std::move(self), error ? error : make_error_code(stream_errc::rejected), 0));
        }
        after = error;
        return s.next_.async_write_some(boost::beast::buffers_prefix(allowed, buffers),
                                        std::move(self));
      }
      s.state_->wrote(n);
      self.complete(ec ? ec : after, n);
    }
  };

  template <class MutableBufferSequence>
  void observe_read(MutableBufferSequence const& buffers, std::size_t n) {
    auto const read = boost::beast::buffers_prefix(n, buffers);  // the range refers to it
    for (auto const b : boost::beast::buffers_range_ref(read))
      state_->received({static_cast<char const*>(b.data()), b.size()});
  }

  // In reject mode, once the stream refused a message, the connection closes.
  void close_if_rejecting() {
    if (state_->options().mode() != guard_mode::reject) return;
    auto& lowest = boost::beast::get_lowest_layer(next_);
    if constexpr (requires(boost::beast::error_code & ec) { lowest.close(ec); }) {
      boost::beast::error_code ignored;
      lowest.close(ignored);
    } else if constexpr (requires { lowest.close(); }) {
      lowest.close();
    }
  }

  NextLayer next_;
  std::unique_ptr<detail::connection_state> state_;
};

/** Websocket teardown through a `checked_stream`, as for its next layer. */
template <class NextLayer>
void teardown(boost::beast::role_type role, checked_stream<NextLayer>& s,
              boost::beast::error_code& ec) {
  using boost::beast::websocket::teardown;
  teardown(role, s.next_layer(), ec);
}

template <class NextLayer, class TeardownHandler>
void async_teardown(boost::beast::role_type role, checked_stream<NextLayer>& s,
                    TeardownHandler&& handler) {
  using boost::beast::websocket::async_teardown;
  async_teardown(role, s.next_layer(), std::forward<TeardownHandler>(handler));
}

}  // namespace respolicy::beast

#endif
