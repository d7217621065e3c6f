//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/retry_after.hpp>

#include "grammar/cases.hpp"
#include "grammar/exact_buffer.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace respolicy::grammar;
using namespace std::chrono;
using respolicy::test::bad_case;
using respolicy::test::check_bad;
using respolicy::test::exact_buffer;

namespace {

constexpr sys_seconds now = sys_days{year{2026} / June / 1};

constexpr sys_seconds at(int y, unsigned mo, unsigned d, int h = 0, int mi = 0, int s = 0) {
  return sys_days{year{y} / month{mo} / day{d}} + hours{h} + minutes{mi} + seconds{s};
}

struct good_case {
  std::string_view input;
  bool is_date;
  std::uint64_t delay;
  sys_seconds time;
  date_form form = date_form::imf_fixdate;
};

good_case const good[] = {
    // RFC 9110 §10.2.3: both examples.
    {"Fri, 31 Dec 1999 23:59:59 GMT", true, 0, at(1999, 12, 31, 23, 59, 59)},
    {"120", false, 120, {}},
    {"0", false, 0, {}},
    {"0120", false, 120, {}},
    {"18446744073709551615", false, UINT64_MAX, {}},
    // Obsolete date forms are recognised and reported.
    {"Friday, 31-Dec-99 23:59:59 GMT", true, 0, at(1999, 12, 31, 23, 59, 59), date_form::rfc850},
    {"Fri Dec 31 23:59:59 1999", true, 0, at(1999, 12, 31, 23, 59, 59), date_form::asctime},
};

bad_case const bad[] = {
    {"", error::empty, 0},
    {"soon", error::syntax, 0},
    {"-1", error::syntax, 0},
    {"+120", error::syntax, 0},
    {" 120", error::syntax, 0},
    {"120 ", error::trailing, 3},
    {"1.5", error::trailing, 1},
    {"120s", error::trailing, 3},
    {"120, 60", error::trailing, 3},
    {"2m", error::trailing, 1},
    {"18446744073709551616", error::overflow, 19},
    {"Fri, 31 Dec 1999 23:59:59 GMT ", error::trailing, 29},
    {"Fri, 31 Dec 1999 23:59:59 UTC", error::syntax, 26},
    {"Thu, 31 Dec 1999 23:59:59 GMT", error::invalid, 0},
    {"Fri, 32 Dec 1999 23:59:59 GMT", error::invalid, 5},
};

}  // namespace

TEST_CASE("retry_after: delay-seconds and HTTP-date", "[grammar][retry_after]") {
  for (auto const& c : good) {
    exact_buffer const in(c.input);
    INFO(c.input);
    auto const r = parse_retry_after(in.view(), now);
    REQUIRE(r);
    CHECK(r->is_date == c.is_date);
    if (c.is_date) {
      CHECK(r->date.time == c.time);
      CHECK(r->date.form == c.form);
    } else {
      CHECK(r->delay_seconds == c.delay);
    }
  }
  // The system-clock overload agrees for everything but RFC 850 years, which it resolves itself.
  CHECK(parse_retry_after("120")->delay_seconds == 120);
  CHECK(parse_retry_after("Fri, 31 Dec 1999 23:59:59 GMT")->date.time ==
        at(1999, 12, 31, 23, 59, 59));
}

TEST_CASE("retry_after: values outside the grammar", "[grammar][retry_after]") {
  check_bad(bad, [](std::string_view s) { return parse_retry_after(s, now); });
  CHECK(parse_retry_after("soon", now).error().what == "expected delay-seconds or HTTP-date");
}

TEST_CASE("retry_after: delay_from counts from the response's Date", "[grammar][retry_after]") {
  auto const date = at(1999, 12, 31, 23, 0, 0);
  CHECK(parse_retry_after("120", now)->delay_from(date) == seconds{120});
  CHECK(parse_retry_after("Fri, 31 Dec 1999 23:59:59 GMT", now)->delay_from(date) == seconds{3599});
  CHECK(parse_retry_after("Fri, 31 Dec 1999 22:00:00 GMT", now)->delay_from(date) == seconds{0});
}
