//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_BEAST_ASSERT_HPP
#define RESPOLICY_BEAST_ASSERT_HPP

#include <respolicy/beast/check.hpp>
#include <respolicy/beast/guard.hpp>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace respolicy::beast {

/** Where a failed `RESPOLICY_ASSERT_CONFORMS` comes from. */
struct assert_site {
  char const* expression;  ///< the macro's arguments, as written
  /** The source file of the failed assertion. */
  char const* file;
  /** Its line. */
  int line;
};

/** Called when `RESPOLICY_ASSERT_CONFORMS` finds an error; the default prints the report and
    aborts. A replacement may return, and the program continues after the assertion. */
using assert_handler = void (*)(report const& rep, assert_site const& site);

/** The default handler: prints every finding with its rule id and citation to stderr, then
    calls `std::abort()`. */
inline void default_assert_handler(report const& rep, assert_site const& site) {
  std::fprintf(stderr, "%s:%d: RESPOLICY_ASSERT_CONFORMS(%s) failed:\n", site.file, site.line,
               site.expression);
  for (auto const& d : rep) {
    auto const field = d.field.view();
    auto const detail = d.detail.view();
    std::fprintf(stderr, "  %.*s %.*s: %.*s", static_cast<int>(to_string(d.severity).size()),
                 to_string(d.severity).data(), static_cast<int>(d.rule.size()), d.rule.data(),
                 static_cast<int>(d.message.size()), d.message.data());
    if (!field.empty() || !detail.empty())
      std::fprintf(stderr, " (%.*s%s%.*s)", static_cast<int>(field.size()), field.data(),
                   !field.empty() && !detail.empty() ? ": " : "", static_cast<int>(detail.size()),
                   detail.data());
    std::fprintf(stderr, " [%.*s]\n", static_cast<int>(d.citation.size()), d.citation.data());
  }
  std::fflush(stderr);
  std::abort();
}

namespace detail {

inline std::atomic<assert_handler>& assert_handler_slot() noexcept {
  static std::atomic<assert_handler> slot{&default_assert_handler};
  return slot;
}

inline void assert_report(report rep, std::vector<hazard> const& hazards, assert_site const& site) {
  // The safety blocks fail the assertion whatever the policy (docs/architecture.md).
  merge_hazards(rep, hazards);
  if (rep.ok()) return;
  assert_handler_slot().load(std::memory_order_acquire)(rep, site);
}

template <class Body, class Fields>
void assert_conforms(assert_site const& site, http::message<false, Body, Fields> const& res,
                     policy const& pol = policy::standard()) {
  message_view const v{res};
  assert_report(validate(v.view(), nullptr, pol),
                respolicy::find_hazards(v.view(), nullptr, beast_framing(res)), site);
}

template <class Body, class Fields, class RequestFields>
void assert_conforms(assert_site const& site, http::message<false, Body, Fields> const& res,
                     http::request_header<RequestFields> const& req,
                     policy const& pol = policy::standard()) {
  message_view const v{res};
  request_view const r{req};
  assert_report(validate(v.view(), &r.context(), pol),
                respolicy::find_hazards(v.view(), &r.context(), beast_framing(res)), site);
}

}  // namespace detail

/** Installs `h` as the handler of failed `RESPOLICY_ASSERT_CONFORMS`; returns the previous one.
    Thread-safe. */
inline assert_handler set_assert_handler(assert_handler h) noexcept {
  return detail::assert_handler_slot().exchange(h ? h : &default_assert_handler,
                                                std::memory_order_acq_rel);
}

}  // namespace respolicy::beast

#endif

// Like <cassert>, the macro follows NDEBUG where this header is included, each time it is.
#undef RESPOLICY_ASSERT_CONFORMS

/** Checks a Beast response (and, optionally, the request it answers and a policy) in builds
    without NDEBUG: an error, CR, LF or NUL in a field, or contradictory framing calls the assert
    handler (default: print the report with rule ids and citations to stderr and abort). With
    NDEBUG the arguments are not evaluated.

    @par Example
    @code
    RESPOLICY_ASSERT_CONFORMS(res, req);
    @endcode
*/
#ifdef NDEBUG
#define RESPOLICY_ASSERT_CONFORMS(...) static_cast<void>(0)
#else
#define RESPOLICY_ASSERT_CONFORMS(...)         \
  ::respolicy::beast::detail::assert_conforms( \
      ::respolicy::beast::assert_site{#__VA_ARGS__, __FILE__, __LINE__}, __VA_ARGS__)
#endif
