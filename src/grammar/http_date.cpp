//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/http_date.hpp>

namespace respolicy::grammar {
namespace {

using namespace std::chrono;

// Day names in std::chrono::weekday::c_encoding() order (Sunday = 0).
constexpr std::string_view short_days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
constexpr std::string_view long_days[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                          "Thursday", "Friday", "Saturday"};

int day_index(std::string_view name, std::string_view const (&names)[7]) noexcept {
  for (int i = 0; i < 7; ++i)
    if (names[i] == name) return i;
  return -1;
}

// 1-12 for a case-sensitive month name at s[at..at+3), 0 otherwise.
unsigned month_at(std::string_view s, std::size_t at) noexcept {
  if (at + 3 > s.size()) return 0;
  constexpr std::string_view months = "JanFebMarAprMayJunJulAugSepOctNovDec";
  auto const m = s.substr(at, 3);
  for (unsigned i = 0; i < 12; ++i)
    if (months.substr(i * 3, 3) == m) return i + 1;
  return 0;
}

struct fields {
  unsigned day = 0, month = 0, hour = 0, minute = 0, second = 0;
  int year = 0;
  bool two_digit_year = false;
  std::size_t day_at = 0, hour_at = 0, minute_at = 0, second_at = 0;
};

struct reader {
  std::string_view s;
  std::size_t pos = 0;

  bool lit(char c) noexcept {
    if (pos < s.size() && s[pos] == c) {
      ++pos;
      return true;
    }
    return false;
  }
  bool lit(std::string_view t) noexcept {
    if (s.substr(pos, t.size()) != t) return false;
    pos += t.size();
    return true;
  }
  // Exactly n digits.
  bool digits(std::size_t n, unsigned& v) noexcept {
    if (pos + n > s.size()) return false;
    unsigned x = 0;
    for (std::size_t i = 0; i < n; ++i) {
      if (!is_digit(s[pos + i])) return false;
      x = x * 10 + static_cast<unsigned>(s[pos + i] - '0');
    }
    v = x;
    pos += n;
    return true;
  }
  // The offset of the first byte of the n-digit field at pos that is not a digit.
  std::size_t bad_digit(std::size_t n) const noexcept {
    auto p = pos;
    while (p < pos + n && p < s.size() && is_digit(s[p])) ++p;
    return p;
  }
};

parse_error syntax(std::size_t at, std::string_view what) noexcept {
  return fail(error::syntax, at, what);
}

// time-of-day = hour ":" minute ":" second
bool read_time(reader& r, fields& f, parse_error& e) noexcept {
  f.hour_at = r.pos;
  if (!r.digits(2, f.hour)) return e = syntax(r.bad_digit(2), "expected 2DIGIT hour"), false;
  if (!r.lit(':')) return e = syntax(r.pos, "expected ':' after the hour"), false;
  f.minute_at = r.pos;
  if (!r.digits(2, f.minute)) return e = syntax(r.bad_digit(2), "expected 2DIGIT minute"), false;
  if (!r.lit(':')) return e = syntax(r.pos, "expected ':' after the minute"), false;
  f.second_at = r.pos;
  if (!r.digits(2, f.second)) return e = syntax(r.bad_digit(2), "expected 2DIGIT second"), false;
  return true;
}

bool read_month(reader& r, fields& f, parse_error& e) noexcept {
  f.month = month_at(r.s, r.pos);
  if (f.month == 0) return e = syntax(r.pos, "expected a month name (Jan-Dec)"), false;
  r.pos += 3;
  return true;
}

bool read_sp(reader& r, parse_error& e, std::string_view what) noexcept {
  if (!r.lit(' ')) return e = syntax(r.pos, what), false;
  return true;
}

// After "day-name ,": SP date1 SP time-of-day SP GMT
bool read_imf(reader& r, fields& f, parse_error& e) noexcept {
  if (!read_sp(r, e, "expected SP after ','")) return false;
  f.day_at = r.pos;
  if (!r.digits(2, f.day)) return e = syntax(r.bad_digit(2), "expected 2DIGIT day"), false;
  if (!read_sp(r, e, "expected SP after the day")) return false;
  if (!read_month(r, f, e)) return false;
  if (!read_sp(r, e, "expected SP after the month")) return false;
  unsigned y = 0;
  if (!r.digits(4, y)) return e = syntax(r.bad_digit(4), "expected 4DIGIT year"), false;
  f.year = static_cast<int>(y);
  if (!read_sp(r, e, "expected SP after the year")) return false;
  if (!read_time(r, f, e)) return false;
  if (!read_sp(r, e, "expected SP after the time")) return false;
  if (!r.lit("GMT")) return e = syntax(r.pos, "expected \"GMT\""), false;
  return true;
}

// After "day-name-l ,": SP date2 SP time-of-day SP GMT
bool read_rfc850(reader& r, fields& f, parse_error& e) noexcept {
  if (!read_sp(r, e, "expected SP after ','")) return false;
  f.day_at = r.pos;
  if (!r.digits(2, f.day)) return e = syntax(r.bad_digit(2), "expected 2DIGIT day"), false;
  if (!r.lit('-')) return e = syntax(r.pos, "expected '-' after the day"), false;
  if (!read_month(r, f, e)) return false;
  if (!r.lit('-')) return e = syntax(r.pos, "expected '-' after the month"), false;
  unsigned y = 0;
  if (!r.digits(2, y)) return e = syntax(r.bad_digit(2), "expected 2DIGIT year"), false;
  f.year = static_cast<int>(y);
  f.two_digit_year = true;
  if (!read_sp(r, e, "expected SP after the year")) return false;
  if (!read_time(r, f, e)) return false;
  if (!read_sp(r, e, "expected SP after the time")) return false;
  if (!r.lit("GMT")) return e = syntax(r.pos, "expected \"GMT\""), false;
  return true;
}

// After "day-name SP": date3 SP time-of-day SP year
bool read_asctime(reader& r, fields& f, parse_error& e) noexcept {
  if (!read_month(r, f, e)) return false;
  if (!read_sp(r, e, "expected SP after the month")) return false;
  f.day_at = r.pos;
  if (r.lit(' ')) {
    if (!r.digits(1, f.day)) return e = syntax(r.pos, "expected DIGIT day after SP"), false;
  } else if (!r.digits(2, f.day)) {
    return e = syntax(r.bad_digit(2), "expected 2DIGIT day or SP DIGIT"), false;
  }
  if (!read_sp(r, e, "expected SP after the day")) return false;
  if (!read_time(r, f, e)) return false;
  if (!read_sp(r, e, "expected SP after the time")) return false;
  unsigned y = 0;
  if (!r.digits(4, y)) return e = syntax(r.bad_digit(4), "expected 4DIGIT year"), false;
  f.year = static_cast<int>(y);
  return true;
}

// The day count of year y, month m, day d, without requiring d to exist in the month.
sys_days civil(int y, unsigned m, unsigned d) noexcept {
  return sys_days{year{y} / month{m} / 1} + days{static_cast<int>(d) - 1};
}

result<http_date> parse(std::string_view s, sys_seconds const* now) noexcept {
  if (std::int64_t t; detail::imf_fixdate_seconds(s, t))
    return http_date{sys_seconds{seconds{t}}, date_form::imf_fixdate, false};
  if (s.empty()) return fail(error::empty, 0, "empty HTTP-date");
  reader r{s};
  std::size_t n = 0;
  while (n < s.size() && is_alpha(s[n])) ++n;
  int wday = -1;
  http_date out;
  fields f;
  parse_error e;
  if (n == 3) {
    wday = day_index(s.substr(0, 3), short_days);
    if (wday < 0) return syntax(0, "expected a day-name (Mon-Sun)");
    r.pos = 3;
    if (r.lit(',')) {
      out.form = date_form::imf_fixdate;
      if (!read_imf(r, f, e)) return e;
    } else if (r.lit(' ')) {
      out.form = date_form::asctime;
      if (!read_asctime(r, f, e)) return e;
    } else {
      return syntax(3, "expected ',' or SP after the day-name");
    }
  } else {
    wday = day_index(s.substr(0, n), long_days);
    if (wday < 0) return syntax(0, "expected a day-name (Mon-Sun)");
    r.pos = n;
    if (!r.lit(',')) return syntax(n, "expected ',' after the day-name");
    out.form = date_form::rfc850;
    if (!read_rfc850(r, f, e)) return e;
  }
  if (r.pos != s.size()) return fail(error::trailing, r.pos, "bytes after the HTTP-date");

  if (f.hour > 23) return fail(error::invalid, f.hour_at, "hour above 23");
  if (f.minute > 59) return fail(error::invalid, f.minute_at, "minute above 59");
  if (f.second > 60) return fail(error::invalid, f.second_at, "second above 60");
  if (f.second == 60) {
    if (f.hour != 23 || f.minute != 59)
      return fail(error::invalid, f.second_at, "second 60 is a leap second, only at 23:59:60");
    out.leap_second = true;
    f.second = 59;
  }
  auto const tod = hours{f.hour} + minutes{f.minute} + seconds{f.second};
  if (f.two_digit_year) {
    // RFC 9110 §5.6.7: a date that appears to be more than 50 years in the future is in the
    // most recent past year with the same last two digits.
    sys_seconds const reference =
        now ? *now : time_point_cast<seconds>(std::chrono::system_clock::now());
    int const now_year = static_cast<int>(year_month_day{floor<days>(reference)}.year());
    int const century = now_year - ((now_year % 100) + 100) % 100;
    f.year += century;
    if (civil(f.year, f.month, f.day) + tod > reference + years{50}) f.year -= 100;
  }
  year_month_day const ymd{year{f.year}, month{f.month}, day{f.day}};
  if (!ymd.ok()) return fail(error::invalid, f.day_at, "day does not exist in that month");
  sys_days const date{ymd};
  if (weekday{date}.c_encoding() != static_cast<unsigned>(wday))
    return fail(error::invalid, 0, "day-name does not match the date");
  out.time = date + tod;
  return out;
}

}  // namespace

result<http_date> parse_http_date(std::string_view s, sys_seconds now) noexcept {
  return parse(s, &now);
}

result<http_date> parse_http_date(std::string_view s) noexcept { return parse(s, nullptr); }

}  // namespace respolicy::grammar
