//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_BEAST_REPAIR_HPP
#define RESPOLICY_BEAST_REPAIR_HPP

#include <respolicy/beast/view.hpp>
#include <respolicy/guard.hpp>
#include <respolicy/hazard.hpp>
#include <respolicy/repair.hpp>
#include <respolicy/validate.hpp>

#include <boost/asio/buffer.hpp>
#include <boost/beast/core/string.hpp>
#include <boost/beast/http/message.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace respolicy::beast {

/** The report of `repair()` (`respolicy::repair_report`): every finding, those that a repair fixed
    marked `repaired`, then what remains; and how many content bytes the repairs dropped. */
using respolicy::repair_report;

namespace detail {

/** Empties the content of `res`, whatever its Body; returns the octets dropped when known. */
template <class Body, class Fields>
std::uint64_t drop_content(http::message<false, Body, Fields>& res) {
  auto const size = content_size(res).value_or(0);
  using value_type = typename Body::value_type;
  if constexpr (requires(value_type & v) {
                  v.data = nullptr;
                  v.size = 0;
                  v.more = false;
                }) {
    // buffer_body: no more buffers to come, so the serializer writes nothing.
    res.body().data = nullptr;
    res.body().size = 0;
    res.body().more = false;
  } else {
    res.body() = value_type{};
  }
  return size;
}

/** Applies the edits of `plan` (<respolicy/repair.hpp>) to `res`, which `respolicy::applicable()`
    allows; returns the content octets dropped. */
template <class Body, class Fields>
std::uint64_t apply_plan(repair_plan const& plan, http::message<false, Body, Fields>& res) {
  using action = response_edit::action;
  auto const name_of = [](std::string const& s) {
    return boost::beast::string_view(s.data(), s.size());
  };
  Fields& fields = res.base();
  std::uint64_t dropped = 0;
  for (auto const& e : plan.edits) {
    switch (e.what) {
      case action::drop_content: dropped += drop_content(res); break;
      case action::erase: fields.erase(name_of(e.name)); break;
      case action::set: fields.set(name_of(e.name), e.value); break;
      case action::rewrite:
        fields.erase(name_of(e.name));
        for (auto const& v : e.values)
          if (!v.empty()) fields.insert(name_of(e.name), v);
        break;
      case action::set_reason: res.reason(name_of(e.value)); break;
      case action::suppress: break;  // respolicy::applicable() refuses it
    }
  }
  return dropped;
}

/** How Beast 1.81's serializer frames the content of `res` (`respolicy::serializer_framing`):
    chunked when `res.chunked()` says so, which reads the first Transfer-Encoding line only; and,
    for chunked empty content, whether the Body's writer yields an empty buffer, which Beast
    writes as a chunk of size zero, a last chunk, before its own last chunk. */
template <class Body, class Fields>
serializer_framing beast_framing(http::message<false, Body, Fields> const& res) {
  serializer_framing wire{.chunked = res.chunked()};
  if (!wire.chunked || content_size(res) != std::uint64_t{0}) return wire;
  if constexpr (requires { typename Body::writer; }) {
    using writer = typename Body::writer;
    if constexpr (std::is_constructible_v<writer, http::header<false, Fields> const&,
                                          typename Body::value_type const&>) {
      // What the serializer does first: init(), then get() (Beast 1.81, http/impl/serializer.hpp).
      writer w(res.base(), res.body());
      boost::beast::error_code ec;
      w.init(ec);
      if (ec) return wire;
      auto const first = w.get(ec);
      wire.extra_last_chunk = !ec && first && boost::asio::buffer_size(first->first) == 0;
    }
  }
  return wire;
}

/** The keep-alive wish of the request a response answers, read only when a blocked response is
    replaced (a clean one never needs it). */
class lazy_keep_alive {
 public:
  explicit lazy_keep_alive(bool known) noexcept : known_(known) {}

  template <class Fields>
  explicit lazy_keep_alive(http::request_header<Fields> const& req) noexcept
      : request_(&req), read_([](void const* r) {
          return wants_keep_alive(*static_cast<http::request_header<Fields> const*>(r));
        }) {}

  bool operator()() const { return read_ ? read_(request_) : known_; }

 private:
  void const* request_ = nullptr;
  bool (*read_)(void const*) = nullptr;
  bool known_ = false;
};

/** A Beast response as the core's guard and repairs see it (`respolicy::guard_target`): viewed
    through `message_view`, framed as Beast's serializer frames it, edited by `apply_plan()`, and
    replaced by a 500 in its own type when blocked. */
template <class Body, class Fields>
class message_target {
 public:
  message_target(http::message<false, Body, Fields>& res, lazy_keep_alive keep_alive) noexcept
      : res_(res), keep_alive_(keep_alive) {}

  template <class F>
  decltype(auto) with_view(F&& f) const {
    message_view const v{res_};
    return f(v.view());
  }
  serializer_framing framing() const { return beast_framing(res_); }
  std::uint64_t apply(repair_plan const& plan) { return apply_plan(plan, res_); }

  /** Replaces the response by a 500 in its own type: `problem` when the Body holds text, else an
      empty body with `Content-Length: 0`; no content at all in an answer to HEAD. The original
      fields go: they are what was wrong. */
  void block(std::string_view problem, bool head) {
    auto& res = res_;
    drop_content(res);
    res.base().clear();
    res.result(http::status::internal_server_error);
    res.reason("");
    if (res.version() != 10) res.version(11);
    using value_type = typename Body::value_type;
    if constexpr (requires(value_type & v) { v.assign(problem.begin(), problem.end()); }) {
      res.body().assign(problem.begin(), problem.end());
      res.set(http::field::content_type, "application/problem+json");
    } else if constexpr (requires(value_type & v, std::size_t n) {
                           v.prepare(n);
                           v.commit(n);
                         }) {
      auto const n = boost::asio::buffer_copy(res.body().prepare(problem.size()),
                                              boost::asio::buffer(problem.data(), problem.size()));
      res.body().commit(n);
      res.set(http::field::content_type, "application/problem+json");
    }
    res.set(http::field::content_length, std::to_string(content_size(res).value_or(0)));
    // RFC 9110 §9.3.2: the answer to HEAD has the GET's header fields and no content.
    if (head) drop_content(res);
    res.set(http::field::cache_control, "no-store");
    // The original fields are gone, Connection with them.
    if (!keep_alive_() || res.version() == 10) res.set(http::field::connection, "close");
  }

 private:
  http::message<false, Body, Fields>& res_;
  lazy_keep_alive keep_alive_;
};

/** Applies the safe repair of `d` to `res` (`respolicy::apply_repair()`). */
template <class Body, class Fields>
bool apply_repair(diagnostic const& d, http::message<false, Body, Fields>& res,
                  request_context const* req, std::uint64_t& dropped) {
  message_target<Body, Fields> t{res, lazy_keep_alive{false}};
  return respolicy::apply_repair(d, t, req, dropped);
}

/** Repairs `res` into `out` (`respolicy::repair_into()`). */
template <class Body, class Fields>
void repair_into(http::message<false, Body, Fields>& res, request_context const* req,
                 policy const& pol, repair_report& out) {
  message_target<Body, Fields> t{res, lazy_keep_alive{false}};
  respolicy::repair_into(t, req, pol, out);
}

}  // namespace detail

/** Applies the safe repairs of the rule table to `res` and reports them.

    A safe repair only removes what the protocol forbids or fills in what it fully determines
    (docs/architecture.md, "Repairs are explicit and always reported"): it drops the content of a
   1xx, 204, 205 or 304 response and of a response to HEAD, removes `Content-Length` and
   `Transfer-Encoding` where forbidden, recomputes a wrong `Content-Length`, drops `Content-Length`
   beside `Transfer-Encoding`, adds `Connection: close` where the connection ends, and so on (the
   `repair` column of docs/rules.md). Every repair is in the report, marked `repaired`, and the
   report counts the content bytes dropped; what could not be repaired follows, so nothing changes
   silently. CR, LF or NUL in a field or the reason phrase is never repaired: it is reported (and
   the guard blocks it).

    @par Example
    @code
    http::response<http::string_body> res{http::status::no_content, 11, "oops"};
    res.prepare_payload();
    auto rep = respolicy::beast::repair(res);
    // res has no body and no Content-Length; rep.bytes_dropped == 4, rep.ok()
    @endcode

    @par Specification
    the repair column of docs/rules.md; RFC 9110 §6.4.1, §8.6; RFC 9112 §6.
*/
template <class Body, class Fields>
repair_report repair(http::message<false, Body, Fields>& res,
                     policy const& pol = policy::standard()) {
  repair_report out;
  detail::repair_into(res, nullptr, pol, out);
  return out;
}

/** As above, with the request the response answers, for the repairs that depend on it (HEAD,
    CONNECT, `Connection: close` in the request). */
template <class Body, class Fields, class RequestFields>
repair_report repair(http::message<false, Body, Fields>& res,
                     http::request_header<RequestFields> const& req,
                     policy const& pol = policy::standard()) {
  repair_report out;
  request_view const r{req};
  detail::repair_into(res, &r.context(), pol, out);
  return out;
}

/** As above, with a request context already built (the guard's). */
template <class Body, class Fields>
repair_report repair(http::message<false, Body, Fields>& res, request_context const* req,
                     policy const& pol) {
  repair_report out;
  detail::repair_into(res, req, pol, out);
  return out;
}

}  // namespace respolicy::beast

#endif
