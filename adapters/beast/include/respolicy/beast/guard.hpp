//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_BEAST_GUARD_HPP
#define RESPOLICY_BEAST_GUARD_HPP

#include <respolicy/beast/repair.hpp>
#include <respolicy/beast/view.hpp>
#include <respolicy/beast/violation_error.hpp>
#include <respolicy/guard.hpp>
#include <respolicy/hazard.hpp>
#include <respolicy/validate.hpp>

#include <boost/asio/buffer.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/message_generator.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

namespace respolicy::beast {

// The guard's modes, options, events and counts are the core's (<respolicy/guard.hpp>), shared by
// every server adapter; these names keep them where Beast code first found them.
using respolicy::guard_action;
using respolicy::guard_event;
using respolicy::guard_mode;
using respolicy::guard_options;
using respolicy::guard_stats;
using respolicy::to_string;

/** A copy of what the rules read of a request, for handlers that consume their request (take it
    by rvalue reference): the guard still needs it after the handler returned. */
class request_snapshot {
 public:
  /** Copies the method, target and fields of `req`. */
  template <class Fields>
  explicit request_snapshot(http::request_header<Fields> const& req)
      : keep_alive_(wants_keep_alive(req)) {
    std::size_t total = req.method_string().size() + req.target().size();
    std::size_t n = 0;
    for (auto const& f : static_cast<Fields const&>(req)) {
      total += f.name_string().size() + f.value().size();
      ++n;
    }
    // Reserved once, so the views taken below stay valid.
    storage_.reserve(total);
    lines_.reserve(n);
    auto const keep = [&](boost::beast::string_view s) {
      auto const at = storage_.size();
      storage_.append(s.data(), s.size());
      return std::string_view(storage_.data() + at, s.size());
    };
    auto const method = keep(req.method_string());
    target_ = keep(req.target());
    for (auto const& f : static_cast<Fields const&>(req))
      lines_.push_back({keep(f.name_string()), keep(f.value())});
    context_ = request_context{method, static_cast<int>(req.version()), lines_};
  }

  request_snapshot(request_snapshot const&) = delete;
  request_snapshot& operator=(request_snapshot const&) = delete;

  /** The request as the rules see it. */
  request_context const& context() const noexcept { return context_; }
  /** The request-target. */
  std::string_view target() const noexcept { return target_; }
  /** Whether the request asks to keep the connection open. */
  bool keep_alive() const noexcept { return keep_alive_; }

 private:
  std::string storage_;
  std::vector<field_view> lines_;
  std::string_view target_;
  request_context context_;
  bool keep_alive_ = false;
};

namespace detail {

/** What must never be sent of `res` as Beast will write it (`respolicy::find_hazards`). The
    hazards' field names point into `res`. */
template <class Body, class Fields>
std::vector<hazard> find_hazards(http::message<false, Body, Fields> const& res,
                                 request_context const* req) {
  message_view const v{res};
  return respolicy::find_hazards(v.view(), req, beast_framing(res));
}

}  // namespace detail

class any_response;

/** Checks, repairs or blocks responses before they are sent, as its options say; one guard (and
    its copies, which share its counters) may serve many connections and threads at once.

    The decisions are the core's (`respolicy::guard_engine`); this class shows it a Beast response
    (`detail::message_target`). A response without findings costs one walk over its fields to
    view them, `validate()` and, unless `validate_common()` found it a common response, the
    safety blocks' scan: no heap allocation, no lock, one relaxed atomic increment. Findings
    below the notification threshold (`guard_options::notify_at`) are not recorded, unless a safe
    repair acts on them: advice such as `200-validators` costs a comparison. The repairs run only
    when a finding's rule has a safe repair.

    @par Example
    @code
    respolicy::beast::response_guard g{respolicy::beast::guard_options{}};
    auto res = make_response(req);
    g.apply(res, req);  // repaired or replaced by a 500 when it must not leave
    http::write(socket, res);
    @endcode
*/
class response_guard {
 public:
  /** A guard with `options`; copies share them and the counters. */
  explicit response_guard(guard_options options = {}) : engine_(std::move(options)) {}

  /** Checks `res`, which answers `req`, and acts on it as the mode says. Returns what it did.
      Throws `respolicy::violation_error` in `throw` mode. */
  template <class Body, class Fields, class RequestFields>
  guard_action apply(http::message<false, Body, Fields>& res,
                     http::request_header<RequestFields> const& req) const {
    request_view const r{req};
    return act(res, &r.context(), detail::lazy_keep_alive{req}, to_std(req.target()));
  }

  /** As above, for a request already consumed by its handler. */
  template <class Body, class Fields>
  guard_action apply(http::message<false, Body, Fields>& res, request_snapshot const& req) const {
    return act(res, &req.context(), detail::lazy_keep_alive{req.keep_alive()}, req.target());
  }

  /** As above, without the request: request-dependent rules are skipped. */
  template <class Body, class Fields>
  guard_action apply(http::message<false, Body, Fields>& res) const {
    return act(res, nullptr, detail::lazy_keep_alive{false}, {});
  }

  /** The core of the above: `req` may be null; `keep_alive` is the request's wish, kept by a 500
      that replaces a blocked response. */
  template <class Body, class Fields>
  guard_action apply(http::message<false, Body, Fields>& res, request_context const* req,
                     bool keep_alive, std::string_view target) const {
    return act(res, req, detail::lazy_keep_alive{keep_alive}, target);
  }

  /** As the above, for the response an `any_response` holds (handlers in Beast's
      `message_generator` style). */
  template <class RequestFields>
  guard_action apply(any_response& res, http::request_header<RequestFields> const& req) const;
  /** As above, for a request already consumed by its handler. */
  guard_action apply(any_response& res, request_snapshot const& req) const;
  /** As above, without the request: request-dependent rules are skipped. */
  guard_action apply(any_response& res) const;

  /** The counts of all responses this guard and its copies handled so far. */
  guard_stats stats() const noexcept { return engine_.stats(); }

  /** The options the guard was made with. */
  guard_options const& options() const noexcept { return engine_.options(); }

 private:
  friend class any_response;

  template <class Body, class Fields>
  guard_action act(http::message<false, Body, Fields>& res, request_context const* req,
                   detail::lazy_keep_alive keep_alive, std::string_view target) const {
    detail::message_target<Body, Fields> t{res, keep_alive};
    return engine_.apply(t, req, target);
  }

  guard_engine engine_;
};

/** Any `http::response<Body, Fields>`, its type erased as `http::message_generator` erases it,
    but still open to the guard: the return type of a guarded handler written in the style of
    Beast's example servers, whose branches return responses with different bodies.

    It converts from any response rvalue, as `http::message_generator` does, so a handler that
    returned a `message_generator` needs only its return type changed. `guard()` checks the
    response it holds, repairs or replaces it as the mode says, and only then makes the
    `message_generator`: the guarded handler returns that.

    The guard cannot do this with a `message_generator` itself: it hides the message, and once
    serialized an injected CR LF looks like any other header line.

    @par Example
    @code
    respolicy::beast::any_response handle_request(http::request<http::string_body>&& req) {
      if (req.method() == http::verb::head)
        return http::response<http::empty_body>{http::status::ok, req.version()};
      return respond::ok(req, "hello", "text/plain");  // an http::response<http::string_body>
    }
    auto guarded = respolicy::beast::guard(
        [](auto&& req) { return handle_request(std::move(req)); });
    http::message_generator msg = guarded(std::move(req));  // checked, then type-erased
    @endcode
*/
class any_response {
 public:
  /** Takes ownership of `res`. */
  template <class Body, class Fields>
  any_response(http::message<false, Body, Fields>&& res)  // implicit, as message_generator's
      : impl_(std::make_unique<model<Body, Fields>>(std::move(res))) {}

  /** Moves the response. */
  any_response(any_response&&) noexcept = default;
  /** Moves the response. */
  any_response& operator=(any_response&&) noexcept = default;

  /** The status code of the response held. */
  unsigned result_int() const noexcept { return impl_->result_int(); }

  /** `keep_alive()` of the response held. */
  bool keep_alive() const noexcept { return impl_->keep_alive(); }

  /** Moves the response into a `message_generator`, unchecked: for servers without a guard (a
      guarded handler returns the generator already). */
  http::message_generator to_generator() && { return impl_->release(); }

 private:
  friend class response_guard;

  struct base {
    virtual ~base() = default;
    virtual guard_action guard(response_guard const& g, request_context const* req,
                               detail::lazy_keep_alive keep_alive, std::string_view target) = 0;
    virtual http::message_generator release() = 0;
    virtual unsigned result_int() const noexcept = 0;
    virtual bool keep_alive() const noexcept = 0;
  };

  template <class Body, class Fields>
  struct model final : base {
    explicit model(http::message<false, Body, Fields>&& m) : msg(std::move(m)) {}
    guard_action guard(response_guard const& g, request_context const* req,
                       detail::lazy_keep_alive keep_alive, std::string_view target) override {
      return any_response::act(g, msg, req, keep_alive, target);
    }
    http::message_generator release() override { return http::message_generator{std::move(msg)}; }
    unsigned result_int() const noexcept override { return msg.result_int(); }
    bool keep_alive() const noexcept override { return msg.keep_alive(); }

    http::message<false, Body, Fields> msg;
  };

  template <class Body, class Fields>
  static guard_action act(response_guard const& g, http::message<false, Body, Fields>& m,
                          request_context const* req, detail::lazy_keep_alive keep_alive,
                          std::string_view target) {
    return g.act(m, req, keep_alive, target);
  }

  std::unique_ptr<base> impl_;
};

template <class RequestFields>
guard_action response_guard::apply(any_response& res,
                                   http::request_header<RequestFields> const& req) const {
  request_view const r{req};
  return res.impl_->guard(*this, &r.context(), detail::lazy_keep_alive{req}, to_std(req.target()));
}

inline guard_action response_guard::apply(any_response& res, request_snapshot const& req) const {
  return res.impl_->guard(*this, &req.context(), detail::lazy_keep_alive{req.keep_alive()},
                          req.target());
}

inline guard_action response_guard::apply(any_response& res) const {
  return res.impl_->guard(*this, nullptr, detail::lazy_keep_alive{false}, {});
}

namespace detail {

template <class T>
struct is_response : std::false_type {};
template <class Body, class Fields>
struct is_response<http::message<false, Body, Fields>> : std::true_type {};

template <class T>
struct is_response_variant : std::false_type {};
template <class... Ts>
struct is_response_variant<std::variant<Ts...>>
    : std::bool_constant<(is_response<Ts>::value && ...)> {};

template <class Result, class Request>
void guard_result(response_guard const& g, Result& res, Request const& req) {
  if constexpr (is_response<Result>::value || std::is_same_v<Result, any_response>) {
    g.apply(res, req);
  } else if constexpr (is_response_variant<Result>::value) {
    std::visit([&](auto& r) { g.apply(r, req); }, res);
  } else {
    static_assert(!std::is_same_v<Result, http::message_generator>,
                  "respolicy::beast::guard: this handler returns an http::message_generator, "
                  "which hides its message, so the guard cannot check it (once serialized, an "
                  "injected CR LF looks like a real header line). Change the handler's return "
                  "type to respolicy::beast::any_response: it converts from any http::response "
                  "as message_generator does, and the guarded handler then returns the "
                  "http::message_generator, made after the check. Or return the http::response "
                  "and wrap the guard in respolicy::beast::as_generator(...)");
    static_assert(std::is_same_v<Result, http::message_generator>,
                  "a guarded handler returns an http::response<Body, Fields>, a std::variant of "
                  "them, or a respolicy::beast::any_response");
  }
}

}  // namespace detail

/** A handler wrapped by `guard()`: calls the handler, then checks, repairs or blocks its response
    before returning it. Copies share the guard's options and counters. */
template <class Handler>
class guarded_handler {
 public:
  /** Wraps `h`, guarding its responses with `g`. */
  guarded_handler(Handler h, response_guard g) : handler_(std::move(h)), guard_(std::move(g)) {}

  /** Calls the handler with `req` and `args`, and guards the response it returns. A handler that
      takes the request by lvalue reference sees it in place; one that consumes it (rvalue
      reference) gets it moved, after the guard took a copy of what the rules read.

      Returns what the handler returned, checked; for a handler returning `any_response`, the
      `http::message_generator` made from the checked response. */
  template <class Request, class... Args>
  auto operator()(Request&& req, Args&&... args) const {
    using request_type = std::remove_reference_t<Request>;  // const when the caller's is
    if constexpr (std::is_invocable_v<Handler const&, request_type&, Args&&...>)
      return call_in_place(static_cast<request_type&>(req), std::forward<Args>(args)...);
    else
      return call_consuming(std::forward<Request>(req), std::forward<Args>(args)...);
  }

  /** The guard. */
  response_guard const& guard() const noexcept { return guard_; }
  /** The guard's counts. */
  guard_stats stats() const noexcept { return guard_.stats(); }

 private:
  // One function per way of passing the request, each returning its one local: so the compiler
  // constructs the response in the caller's storage (NRVO), where a function returning either of
  // two locals would move it, at about a hundred instructions for a Beast response.
  template <class Request, class... Args>
  auto call_in_place(Request& req, Args&&... args) const {
    auto res = std::invoke(handler_, req, std::forward<Args>(args)...);
    detail::guard_result(guard_, res, req);
    if constexpr (std::is_same_v<decltype(res), any_response>)
      return std::move(res).to_generator();
    else
      return res;
  }

  template <class Request, class... Args>
  auto call_consuming(Request&& req, Args&&... args) const {
    request_snapshot const snapshot{req};
    auto res = std::invoke(handler_, std::forward<Request>(req), std::forward<Args>(args)...);
    detail::guard_result(guard_, res, snapshot);
    if constexpr (std::is_same_v<decltype(res), any_response>)
      return std::move(res).to_generator();
    else
      return res;
  }

  Handler handler_;
  response_guard guard_;
};

/** Wraps `handler` so that every response it returns is checked before it is sent, and repaired,
    reported, blocked or thrown as `options` say.

    The handler takes the request (an `http::request<Body, Fields>`) and any further arguments,
    and returns one of:
    - an `http::response<Body, Fields>` or a `std::variant` of responses: the wrapper returns the
      same type, checked (wrap it in `as_generator()` to get an `http::message_generator`);
    - an `any_response`, the form of Beast's example servers (`handle_request` returning
      `http::message_generator` from branches with different bodies) with only the return type
      changed: the wrapper checks the response inside and returns the `http::message_generator`.

    A handler returning a bare `http::message_generator` does not compile (a static_assert says
    what to write instead): a generator hides its message, and once serialized an injected CR LF
    is indistinguishable from a real header line, so the guard could not keep its promise.

    Works for synchronous servers (`http::write`, `beast::write`) and inside asynchronous
    connection handlers (`beast::async_write(stream, std::move(msg), ...)`) alike. Whatever the
    mode, a response that trips a safety block (CR, LF or NUL in a field name, value or reason
    phrase, a name that is not a token, a status outside 100-999 or a version other than
    HTTP/1.0 and 1.1, framing Beast would write otherwise than the client reads it) never
    leaves, even with every rule turned off: it becomes a 500 and the report says why
    (docs/architecture.md, "Safety blocks"). A 1xx other than 101 returned as the final answer
    is reported as `one-final-response`, and blocked in repair and reject mode.

    @par Example
    @code
    auto handle = respolicy::beast::guard(
        [](http::request<http::string_body> const& req) { return make_response(req); },
        respolicy::beast::guard_options{}.mode(respolicy::beast::guard_mode::repair));
    http::response<http::string_body> res = handle(req);

    // Beast's example shape: handle_request returns respolicy::beast::any_response instead of
    // http::message_generator, and the session writes what the guard returns.
    auto guarded = respolicy::beast::guard(
        [root](auto&& req) { return handle_request(*root, std::move(req)); });
    beast::async_write(stream, guarded(parser.release()), on_write);
    @endcode
*/
template <class Handler>
guarded_handler<std::decay_t<Handler>> guard(Handler&& handler, guard_options options = {}) {
  return {std::forward<Handler>(handler), response_guard{std::move(options)}};
}

/** A guarded handler that returns an `http::message_generator`, made from the checked response;
    see `as_generator()`. */
template <class Handler>
class generator_handler {
 public:
  /** Wraps a guarded handler. */
  explicit generator_handler(guarded_handler<Handler> h) : guarded_(std::move(h)) {}

  /** Calls the guarded handler and makes a generator of the checked response. */
  template <class Request, class... Args>
  http::message_generator operator()(Request&& req, Args&&... args) const {
    auto res = guarded_(std::forward<Request>(req), std::forward<Args>(args)...);
    if constexpr (std::is_same_v<decltype(res), http::message_generator>)
      return res;
    else if constexpr (detail::is_response_variant<decltype(res)>::value)
      return std::visit([](auto& r) { return http::message_generator{std::move(r)}; }, res);
    else
      return http::message_generator{std::move(res)};
  }

  /** The guard. */
  response_guard const& guard() const noexcept { return guarded_.guard(); }
  /** The guard's counts. */
  guard_stats stats() const noexcept { return guarded_.stats(); }

 private:
  guarded_handler<Handler> guarded_;
};

/** Makes a guarded handler return `http::message_generator`, for sessions written around one
    (Beast's `beast::async_write(stream, std::move(msg), ...)`): the handler keeps returning its
    typed `http::response` (or a variant of them), the guard checks it, and the generator is made
    from the checked response.

    @par Example
    @code
    auto handle = respolicy::beast::as_generator(respolicy::beast::guard(make_response, options));
    http::message_generator msg = handle(req);
    bool const keep_alive = msg.keep_alive();
    beast::async_write(stream, std::move(msg), on_write);
    @endcode
*/
template <class Handler>
generator_handler<Handler> as_generator(guarded_handler<Handler> guarded) {
  return generator_handler<Handler>{std::move(guarded)};
}

}  // namespace respolicy::beast

#endif
