//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/http_date.hpp>

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

// Every RFC 850 two-digit year below is resolved against this instant.
constexpr sys_seconds now = sys_days{year{2026} / June / 1} + hours{12};

constexpr sys_seconds at(int y, unsigned mo, unsigned d, int h = 0, int mi = 0, int s = 0) {
  return sys_days{year{y} / month{mo} / day{d}} + hours{h} + minutes{mi} + seconds{s};
}

struct good_case {
  std::string_view input;
  sys_seconds time;
  date_form form;
  bool leap_second = false;
};

constexpr auto imf = date_form::imf_fixdate;
constexpr auto rfc850 = date_form::rfc850;
constexpr auto asc = date_form::asctime;

good_case const good[] = {
    // RFC 9110 §5.6.7: the preferred format and the two obsolete ones.
    {"Sun, 06 Nov 1994 08:49:37 GMT", at(1994, 11, 6, 8, 49, 37), imf},
    {"Sunday, 06-Nov-94 08:49:37 GMT", at(1994, 11, 6, 8, 49, 37), rfc850},
    {"Sun Nov  6 08:49:37 1994", at(1994, 11, 6, 8, 49, 37), asc},
    // date1 "02 Jun 1982", date2 "02-Jun-82", date3 "Jun  2" of the same section.
    {"Wed, 02 Jun 1982 00:00:00 GMT", at(1982, 6, 2), imf},
    {"Wednesday, 02-Jun-82 00:00:00 GMT", at(1982, 6, 2), rfc850},
    {"Wed Jun  2 00:00:00 1982", at(1982, 6, 2), asc},
    // The examples of Date (§6.6.1), Last-Modified (§8.8.2), Retry-After (§10.2.3) and Expires
    // (RFC 9111 §5.3).
    {"Tue, 15 Nov 1994 08:12:31 GMT", at(1994, 11, 15, 8, 12, 31), imf},
    {"Tue, 15 Nov 1994 12:45:26 GMT", at(1994, 11, 15, 12, 45, 26), imf},
    {"Fri, 31 Dec 1999 23:59:59 GMT", at(1999, 12, 31, 23, 59, 59), imf},
    {"Thu, 01 Dec 1994 16:00:00 GMT", at(1994, 12, 1, 16), imf},
    // asctime with a two-digit day, and with a zero-padded one (2DIGIT is allowed too).
    {"Tue Nov 15 08:12:31 1994", at(1994, 11, 15, 8, 12, 31), asc},
    {"Sun Nov 06 08:49:37 1994", at(1994, 11, 6, 8, 49, 37), asc},
    // Leading zeros everywhere, the epoch, the ends of the 4DIGIT range.
    {"Sun, 06 Nov 1994 00:09:07 GMT", at(1994, 11, 6, 0, 9, 7), imf},
    {"Thu, 01 Jan 1970 00:00:00 GMT", sys_seconds{}, imf},
    {"Sat, 01 Jan 0000 00:00:00 GMT", at(0, 1, 1), imf},
    {"Fri, 31 Dec 9999 23:59:59 GMT", at(9999, 12, 31, 23, 59, 59), imf},
    // Leap years of the Gregorian calendar: 2024, and 2000 (divisible by 400).
    {"Thu, 29 Feb 2024 12:00:00 GMT", at(2024, 2, 29, 12), imf},
    {"Tue, 29 Feb 2000 12:00:00 GMT", at(2000, 2, 29, 12), imf},
    // A leap second reads as 23:59:59 of its day.
    {"Sat, 31 Dec 2016 23:59:60 GMT", at(2016, 12, 31, 23, 59, 59), imf, true},
    {"Sat Dec 31 23:59:60 2016", at(2016, 12, 31, 23, 59, 59), asc, true},
    // The IMF-fixdate fast path (detail::imf_fixdate_seconds): the last day of every month, so
    // every month name and day name, in leap and common years.
    {"Tue, 31 Jan 2023 23:59:59 GMT", at(2023, 1, 31, 23, 59, 59), imf},
    {"Thu, 29 Feb 2024 23:59:59 GMT", at(2024, 2, 29, 23, 59, 59), imf},
    {"Fri, 31 Mar 2023 23:59:59 GMT", at(2023, 3, 31, 23, 59, 59), imf},
    {"Tue, 30 Apr 2024 23:59:59 GMT", at(2024, 4, 30, 23, 59, 59), imf},
    {"Wed, 31 May 2023 23:59:59 GMT", at(2023, 5, 31, 23, 59, 59), imf},
    {"Sun, 30 Jun 2024 23:59:59 GMT", at(2024, 6, 30, 23, 59, 59), imf},
    {"Mon, 31 Jul 2023 23:59:59 GMT", at(2023, 7, 31, 23, 59, 59), imf},
    {"Sat, 31 Aug 2024 23:59:59 GMT", at(2024, 8, 31, 23, 59, 59), imf},
    {"Sat, 30 Sep 2023 23:59:59 GMT", at(2023, 9, 30, 23, 59, 59), imf},
    {"Thu, 31 Oct 2024 23:59:59 GMT", at(2024, 10, 31, 23, 59, 59), imf},
    {"Thu, 30 Nov 2023 23:59:59 GMT", at(2023, 11, 30, 23, 59, 59), imf},
    {"Tue, 31 Dec 2024 23:59:59 GMT", at(2024, 12, 31, 23, 59, 59), imf},
    // RFC 850 years more than 50 years ahead of `now` fall back a century; others do not.
    {"Wednesday, 01-Jan-70 00:00:00 GMT", at(2070, 1, 1), rfc850},
    {"Saturday, 01-Jan-77 00:00:00 GMT", at(1977, 1, 1), rfc850},
    {"Thursday, 01-Jan-26 00:00:00 GMT", at(2026, 1, 1), rfc850},
    {"Monday, 01-Jun-26 12:00:00 GMT", at(2026, 6, 1, 12), rfc850},
};

bad_case const bad[] = {
    {"", error::empty, 0},
    // Whitespace: none around the value, exactly one SP between the parts, never HTAB.
    {" Sun, 06 Nov 1994 08:49:37 GMT", error::syntax, 0},
    {"Sun, 06 Nov 1994 08:49:37 GMT ", error::trailing, 29},
    {"Sun,  06 Nov 1994 08:49:37 GMT", error::syntax, 5},
    {"Sun,\t06 Nov 1994 08:49:37 GMT", error::syntax, 4},
    {"Sun , 06 Nov 1994 08:49:37 GMT", error::syntax, 4},  // read as asctime: no month
    {"Sun, 06 Nov 1994  08:49:37 GMT", error::syntax, 17},
    {"Sun Nov 6 08:49:37 1994", error::syntax, 9},
    // Case-sensitive names, GMT only.
    {"sun, 06 Nov 1994 08:49:37 GMT", error::syntax, 0},
    {"SUN, 06 Nov 1994 08:49:37 GMT", error::syntax, 0},
    {"Sun, 06 nov 1994 08:49:37 GMT", error::syntax, 8},
    {"Sun, 06 Nov 1994 08:49:37 gmt", error::syntax, 26},
    {"Sun, 06 Nov 1994 08:49:37 UTC", error::syntax, 26},
    {"Sun, 06 Nov 1994 08:49:37 +0000", error::syntax, 26},
    {"Sunday, 06-nov-94 08:49:37 GMT", error::syntax, 11},
    // Fixed widths: 2DIGIT day and time parts, 4DIGIT year (2DIGIT only in RFC 850).
    {"Sun, 6 Nov 1994 08:49:37 GMT", error::syntax, 6},
    {"Sun, 06 Nov 94 08:49:37 GMT", error::syntax, 14},
    {"Sun, 06 Nov 01994 08:49:37 GMT", error::syntax, 16},
    {"Sun, 06 Nov 1994 8:49:37 GMT", error::syntax, 18},
    {"Sun, 06 Nov 1994 08:49 GMT", error::syntax, 22},
    {"Sun, 06 Nov 1994 08:49:37", error::syntax, 25},
    {"Sun, 06 Nov 1994 08:49:37 GM", error::syntax, 26},
    {"Sunday, 06-Nov-1994 08:49:37 GMT", error::syntax, 17},
    {"Sun Nov  6 08:49:37 94", error::syntax, 22},
    // One form's parts in another's place.
    {"Sunday, 06 Nov 1994 08:49:37 GMT", error::syntax, 10},
    {"Sun, 06-Nov-94 08:49:37 GMT", error::syntax, 7},
    {"Sun Nov  6 08:49:37 1994 GMT", error::trailing, 24},
    {"Sun, 06 Nov 1994 08:49:37 GMT+1", error::trailing, 29},
    {"Sun, 06 Nov 1994 08:49:37 GMT, Mon, 07 Nov 1994 08:49:37 GMT", error::trailing, 29},
    // What servers send instead of a date.
    {"0", error::syntax, 0},
    {"-1", error::syntax, 0},
    {"784080000", error::syntax, 0},
    {"1994-11-06T08:49:37Z", error::syntax, 0},
    {"Sund, 06 Nov 1994 08:49:37 GMT", error::syntax, 0},
    {"Sun", error::syntax, 3},
    {"Sun,", error::syntax, 4},
    // Calendar validity: days of the month, leap years, time ranges, the day name.
    {"Mon, 06 Nov 1994 08:49:37 GMT", error::invalid, 0},
    {"Sunday, 07-Nov-94 08:49:37 GMT", error::invalid, 0},
    {"Mon Nov  6 08:49:37 1994", error::invalid, 0},
    {"Sun, 31 Nov 1994 08:49:37 GMT", error::invalid, 5},
    {"Sun, 00 Nov 1994 08:49:37 GMT", error::invalid, 5},
    {"Wed, 29 Feb 2023 12:00:00 GMT", error::invalid, 5},
    {"Thu, 29 Feb 1900 12:00:00 GMT", error::invalid, 5},
    {"Sun, 06 Nov 1994 24:00:00 GMT", error::invalid, 17},
    {"Sun, 06 Nov 1994 08:60:00 GMT", error::invalid, 20},
    {"Sun, 06 Nov 1994 08:49:60 GMT", error::invalid, 23},
    {"Sat, 31 Dec 2016 23:59:61 GMT", error::invalid, 23},
    {"Sat, 31 Dec 2016 23:58:60 GMT", error::invalid, 23},
    {"Sun, 06 Nov 1994 99:99:99 GMT", error::invalid, 17},
    // Near misses of the IMF-fixdate fast path: 29 bytes, one byte or one case off, which the
    // byte-by-byte parser then explains.
    {"Sun, 06 Nov 1994 08:49:37 GMX", error::syntax, 26},
    {"Sun, 06 Nov 1994 08:49:37\tGMT", error::syntax, 25},
    {"Sun, 06 Nov 1994 08:49;37 GMT", error::syntax, 22},
    {"Sun, 06 Nov 1994 08-49:37 GMT", error::syntax, 19},
    {"Sun, 06 Nov 1994 0a:49:37 GMT", error::syntax, 18},
    {"Sun, 06 Nov 199/ 08:49:37 GMT", error::syntax, 15},
    {"Sun, 06 Nov 1994 08:49:3: GMT", error::syntax, 24},
    {"Sun; 06 Nov 1994 08:49:37 GMT", error::syntax, 3},
    {"Sun, 06-Nov 1994 08:49:37 GMT", error::syntax, 7},
    {"Sun, 06 Nox 1994 08:49:37 GMT", error::syntax, 8},
    {"Sun, 06 NOV 1994 08:49:37 GMT", error::syntax, 8},
    {"Sum, 06 Nov 1994 08:49:37 GMT", error::syntax, 0},
    {"Sun, 06 Nov 1994 08:49:37 gMT", error::syntax, 26},
    {"Sun, 06 Nov 1994 08:49:37 GMT\x80", error::trailing, 29},
    {"Mon, 06 Nov 1994 08:49:37 GMT", error::invalid, 0},
    {"Sat, 06 Nov 1994 08:49:37 GMT", error::invalid, 0},
    {"Fri, 29 Feb 2019 00:00:00 GMT", error::invalid, 5},
    {"Sat, 31 Apr 2021 00:00:00 GMT", error::invalid, 5},
    {"Fri, 32 Jan 2021 00:00:00 GMT", error::invalid, 5},
};

}  // namespace

TEST_CASE("http_date: valid dates in the three forms", "[grammar][http_date]") {
  for (auto const& c : good) {
    exact_buffer const in(c.input);
    INFO(c.input);
    auto const r = parse_http_date(in.view(), now);
    REQUIRE(r);
    CHECK(r->time == c.time);
    CHECK(r->form == c.form);
    CHECK(r->obsolete() == (c.form != date_form::imf_fixdate));
    CHECK(r->leap_second == c.leap_second);
  }
}

TEST_CASE("http_date: values outside the grammar or the calendar", "[grammar][http_date]") {
  check_bad(bad, [](std::string_view s) { return parse_http_date(s, now); });
}

TEST_CASE("http_date: the IMF-fixdate fast path takes valid IMF-fixdates only",
          "[grammar][http_date]") {
  for (auto const& c : good) {
    exact_buffer const in(c.input);
    INFO(c.input);
    std::int64_t t = 0;
    bool const fast = detail::imf_fixdate_seconds(in.view(), t);
    CHECK(fast == (c.form == date_form::imf_fixdate && !c.leap_second));
    if (fast) CHECK(t == c.time.time_since_epoch().count());
  }
  for (auto const& c : bad) {
    exact_buffer const in(c.input);
    INFO(c.input);
    std::int64_t t = 0;
    CHECK_FALSE(detail::imf_fixdate_seconds(in.view(), t));
  }
}

TEST_CASE("http_date: every proper prefix of a valid date fails without reading past it",
          "[grammar][http_date]") {
  for (std::string_view full : {"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
                                "Sun Nov  6 08:49:37 1994"}) {
    for (std::size_t n = 0; n < full.size(); ++n) {
      exact_buffer const in(full.substr(0, n));
      INFO(full.substr(0, n));
      auto const r = parse_http_date(in.view(), now);
      REQUIRE_FALSE(r);
      CHECK(r.error().code == (n == 0 ? error::empty : error::syntax));
      CHECK(r.error().offset <= n);
    }
  }
}

TEST_CASE("http_date: the system clock resolves RFC 850 years when no time is given",
          "[grammar][http_date]") {
  // 1994 is more than 50 years before any plausible run of this test, 2094 is not yet near.
  auto const r = parse_http_date("Sunday, 06-Nov-94 08:49:37 GMT");
  REQUIRE(r);
  CHECK(r->time == at(1994, 11, 6, 8, 49, 37));
  CHECK(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT")->time == at(1994, 11, 6, 8, 49, 37));
}

TEST_CASE("http_date: format_http_date writes IMF-fixdate", "[grammar][http_date]") {
  auto const text = [](sys_seconds t) {
    auto const a = format_http_date(t);
    return std::string(a.data(), a.size());
  };
  CHECK(text(sys_seconds{}) == "Thu, 01 Jan 1970 00:00:00 GMT");
  CHECK(text(at(1994, 11, 6, 8, 49, 37)) == "Sun, 06 Nov 1994 08:49:37 GMT");
  CHECK(text(at(2024, 2, 29, 23, 59, 59)) == "Thu, 29 Feb 2024 23:59:59 GMT");
  CHECK(text(at(0, 1, 1)) == "Sat, 01 Jan 0000 00:00:00 GMT");
  CHECK(text(at(9999, 12, 31, 23, 59, 59)) == "Fri, 31 Dec 9999 23:59:59 GMT");
  // Clamped to the 4DIGIT years.
  CHECK(text(at(-1, 6, 1)) == "Sat, 01 Jan 0000 00:00:00 GMT");
  CHECK(text(at(10000, 1, 1)) == "Fri, 31 Dec 9999 23:59:59 GMT");
  CHECK(text(sys_seconds{seconds{-1}}) == "Wed, 31 Dec 1969 23:59:59 GMT");
  // Round trip for every IMF-fixdate above, and the obsolete forms come back as IMF-fixdate.
  for (auto const& c : good) {
    INFO(c.input);
    auto const r = parse_http_date(c.input, now);
    REQUIRE(r);
    if (c.form == date_form::imf_fixdate && !c.leap_second) CHECK(text(r->time) == c.input);
    CHECK(parse_http_date(text(r->time), now)->time == r->time);
  }
  static_assert(format_http_date(sys_seconds{})[0] == 'T');
  static_assert(format_http_date(sys_seconds{}).size() == imf_fixdate_size);
}

TEST_CASE("http_date: every day of four years round-trips", "[grammar][http_date]") {
  // 1999-2002 spans a century leap year (2000) and three common years.
  for (auto d = sys_days{year{1999} / 1 / 1}; d < sys_days{year{2003} / 1 / 1}; d += days{1}) {
    sys_seconds const t = d + hours{13} + minutes{7} + seconds{9};
    auto const a = format_http_date(t);
    auto const r = parse_http_date(std::string_view(a.data(), a.size()), now);
    REQUIRE(r);
    CHECK(r->time == t);
  }
}

TEST_CASE("http_date: no one-byte change of a date is accepted unless it is another real date",
          "[grammar][http_date]") {
  // Whatever the parser accepts as IMF-fixdate must be the canonical text of the instant it
  // returns: a byte that slips through a check would show up as a difference.
  std::string s = "Sun, 06 Nov 1994 08:49:37 GMT";
  for (std::size_t i = 0; i < s.size(); ++i) {
    char const orig = s[i];
    for (int b = 0; b < 256; ++b) {
      s[i] = static_cast<char>(b);
      exact_buffer const in(s);
      auto const r = parse_http_date(in.view(), now);
      if (r && r->form == date_form::imf_fixdate && !r->leap_second) {
        auto const a = format_http_date(r->time);
        if (std::string_view(a.data(), a.size()) != s) FAIL("accepted " << s);
      }
    }
    s[i] = orig;
  }
}
