//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_BEAST_REPAIR_HPP
#define RESPOLICY_BEAST_REPAIR_HPP

#include <respolicy/beast/view.hpp>
#include <respolicy/repair.hpp>
#include <respolicy/validate.hpp>

#include <boost/beast/core/string.hpp>

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

/** The report of `repair()`: every finding, those that a repair fixed marked `repaired`, then
    what remains; and how many content bytes the repairs dropped. */
class repair_report : public report {
 public:
  /** Content octets removed from the response (known sizes only; a body of unknown size that was
      dropped counts as zero and its diagnostic says "content of unknown length"). */
  std::uint64_t bytes_dropped = 0;

  /** The number of findings a repair fixed. */
  std::size_t repairs() const noexcept {
    std::size_t n = 0;
    for (auto const& d : *this) n += d.repaired;
    return n;
  }

  /** True when no error is left unrepaired: the response as it now stands passes. Unlike
      `report::ok()`, which counts repaired findings too. */
  bool ok() const noexcept {
    for (auto const& d : *this)
      if (!d.repaired && d.severity == severity::error) return false;
    return true;
  }
};

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

/** True when every edit of `plan` can be made to a Beast message: not a `suppress` (a handler's
    response is always sent; the guard cannot withhold it). */
inline bool can_apply(repair_plan const& plan) {
  return std::none_of(plan.edits.begin(), plan.edits.end(), [](response_edit const& e) {
    return e.what == response_edit::action::suppress;
  });
}

/** Applies the edits of `plan` (<respolicy/repair.hpp>) to `res`, which `can_apply()` allows;
    returns the content octets dropped. */
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
      case action::suppress: break;  // can_apply() refuses it
    }
  }
  return dropped;
}

/** Applies the safe repair of `d` to `res` (docs/architecture.md, "Repairs are explicit and always
   reported": only removes what the protocol forbids or fills in what it fully determines), as
   `plan_repair()` plans it on the response as it stands. Returns false when `d` has no safe
   repair, or none that this response allows; the finding then stays in the report. */
template <class Body, class Fields>
bool apply_repair(diagnostic const& d, http::message<false, Body, Fields>& res,
                  request_context const* req, std::uint64_t& dropped) {
  repair_plan plan;
  {
    message_view const v{res};
    if (!plan_repair(d, v.view(), req, plan)) return false;
  }
  if (!can_apply(plan)) return false;
  dropped += apply_plan(plan, res);
  return true;
}

/** Repairs `res` into `out`. `first`, when given, holds what `validate()` found in `res` as it
    stands (the guard has just checked it), so the first round does not check it again. Findings
    below `least` without a safe repair are left out, as validate_common() leaves them out. */
template <class Body, class Fields>
void repair_into(http::message<false, Body, Fields>& res, request_context const* req,
                 policy const& pol, repair_report& out, report* first = nullptr,
                 severity least = severity::info) {
  // A repair can uncover the next finding (dropping a 205's content leaves its length to fix),
  // so repair until a round changes nothing; a finding repaired once and back again stays.
  constexpr int max_rounds = 4;
  auto const same = [](diagnostic const& a, diagnostic const& b) {
    return a.rule == b.rule && a.field.view() == b.field.view();
  };
  std::vector<diagnostic> done, pending;
  for (int round = 0;; ++round) {
    report found;
    if (round == 0 && first) {
      found = std::move(*first);
    } else {
      message_view const v{res};
      validate_common(v.view(), req, pol, found, least);
    }
    // A finding of the previous round that is gone was fixed by another repair (a Content-Length
    // list replaced by the computed length, say): it is repaired too.
    for (auto& p : pending) {
      if (std::any_of(found.begin(), found.end(), [&](auto const& d) { return same(d, p); }))
        continue;
      p.repaired = true;
      out.add(p);
    }
    pending.clear();
    bool changed = false;
    for (auto d : found) {
      bool const again =
          std::any_of(done.begin(), done.end(), [&](auto const& x) { return same(x, d); });
      if (round + 1 < max_rounds && !again && apply_repair(d, res, req, out.bytes_dropped)) {
        d.repaired = true;
        out.add(d);
        done.push_back(d);
        changed = true;
      } else {
        pending.push_back(d);
      }
    }
    if (!changed) {
      for (auto const& d : pending) out.add(d);
      return;
    }
  }
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
