//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/http_date.hpp>

#include <cstring>

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

// The fast path: a valid IMF-fixdate, the form nearly every sender uses, read at its fixed
// offsets. Anything else (a leap second included) goes to the general parser below, which also
// says what is wrong.
constexpr std::uint32_t pack3(char const* p) noexcept {
  return static_cast<std::uint32_t>(static_cast<unsigned char>(p[0])) |
         static_cast<std::uint32_t>(static_cast<unsigned char>(p[1])) << 8 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(p[2])) << 16;
}

int fast_weekday(char const* p) noexcept {
  switch (pack3(p)) {
    case pack3("Sun"): return 0;
    case pack3("Mon"): return 1;
    case pack3("Tue"): return 2;
    case pack3("Wed"): return 3;
    case pack3("Thu"): return 4;
    case pack3("Fri"): return 5;
    case pack3("Sat"): return 6;
    default: return -1;
  }
}

unsigned fast_month(char const* p) noexcept {
  switch (pack3(p)) {
    case pack3("Jan"): return 1;
    case pack3("Feb"): return 2;
    case pack3("Mar"): return 3;
    case pack3("Apr"): return 4;
    case pack3("May"): return 5;
    case pack3("Jun"): return 6;
    case pack3("Jul"): return 7;
    case pack3("Aug"): return 8;
    case pack3("Sep"): return 9;
    case pack3("Oct"): return 10;
    case pack3("Nov"): return 11;
    case pack3("Dec"): return 12;
    default: return 0;
  }
}

bool fast_imf_fixdate(std::string_view s, http_date& out) noexcept {
  if (s.size() != imf_fixdate_size) return false;
  char const* p = s.data();
  // "Sun, 06 Nov 1994 08:49:37 GMT" as four words: bytes 0-7, 8-15, 16-23 and 21-28. The
  // separators are compared under masks, the twelve digits tested all at once.
  std::uint64_t w[4];
  std::memcpy(&w[0], p, 8);
  std::memcpy(&w[1], p + 8, 8);
  std::memcpy(&w[2], p + 16, 8);
  std::memcpy(&w[3], p + 21, 8);
  struct pattern {
    std::uint64_t sep_mask, sep, digit_mask;
  };
  static constexpr pattern patterns[4] = {
      {0xff0000ffff000000, 0x200000202c000000, 0x00ffff0000000000},  // ", " at 3, SP at 7; 5-6
      {0x00000000ff000000, 0x0000000020000000, 0xffffffff00000000},  // SP at 11; 12-15
      {0x00ff0000ff0000ff, 0x003a00003a000020, 0xff00ffff00ffff00},  // SP at 16, ":" at 19, 22
      {0xffffffff00000000, 0x544d472000000000, 0x00000000ff000000},  // " GMT" at 25; 24
  };
  constexpr std::uint64_t ones = 0x0101010101010101;
  std::uint64_t bad = 0;
  for (int k = 0; k < 4; ++k) {
    auto const& pt = patterns[k];
    bad |= (w[k] & pt.sep_mask) ^ pt.sep;
    // Digit bytes minus '0' are 0-9; adding 0x76 sets the high bit of any byte above 9.
    auto const t = (w[k] ^ (ones * 0x30)) & pt.digit_mask;
    bad |= (t | (t + (ones * 0x76 & pt.digit_mask))) & (ones * 0x80 & pt.digit_mask);
  }
  if (bad != 0) return false;
  auto const two = [&](int i) {
    return static_cast<unsigned>(p[i] - '0') * 10 + static_cast<unsigned>(p[i + 1] - '0');
  };
  unsigned const day = two(5), century = two(12), yy = two(14), hour = two(17), minute = two(20),
                 second = two(23);
  if (hour > 23 || minute > 59 || second > 59 || day == 0) return false;
  unsigned const month = fast_month(p + 8);
  int const wday = fast_weekday(p);
  if (month == 0 || wday < 0) return false;
  unsigned const year = century * 100 + yy;
  bool const leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  constexpr unsigned char month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (day > month_days[month - 1] + unsigned{month == 2 && leap}) return false;
  // H. Hinnant's days_from_civil, shifted by one 400-year era so that everything stays unsigned
  // and every division is by a constant (a multiplication).
  unsigned const y = year + 400 - unsigned{month <= 2};
  unsigned const era = y / 400, yoe = y - era * 400;
  unsigned const doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  unsigned const since_era = era * 146097 + yoe * 365 + yoe / 4 - yoe / 100 + doy;
  // since_era counts from -0400-03-01; 1970-01-01 is day 719468 + 146097 of it, a Thursday.
  if ((since_era + 3) % 7 != static_cast<unsigned>(wday)) return false;
  auto const days = static_cast<std::int64_t>(since_era) - (719468 + 146097);
  out.time = sys_seconds{seconds{days * 86400 + hour * 3600 + minute * 60 + second}};
  out.form = date_form::imf_fixdate;
  out.leap_second = false;
  return true;
}

result<http_date> parse(std::string_view s, sys_seconds const* now) noexcept {
  if (http_date d; fast_imf_fixdate(s, d)) return d;
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
