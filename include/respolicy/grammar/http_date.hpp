//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_HTTP_DATE_HPP
#define RESPOLICY_GRAMMAR_HTTP_DATE_HPP

/** @file
    HTTP-date (RFC 9110 §5.6.7): the value of Date, Last-Modified, Expires, the date form of
    Retry-After, If-Modified-Since and If-Unmodified-Since.

    @code
    HTTP-date    = IMF-fixdate / obs-date
    IMF-fixdate  = day-name "," SP date1 SP time-of-day SP GMT
    day-name     = %s"Mon" / %s"Tue" / %s"Wed" / %s"Thu" / %s"Fri" / %s"Sat" / %s"Sun"
    date1        = day SP month SP year              ; e.g., 02 Jun 1982
    day          = 2DIGIT
    month        = %s"Jan" / %s"Feb" / %s"Mar" / %s"Apr" / %s"May" / %s"Jun"
                 / %s"Jul" / %s"Aug" / %s"Sep" / %s"Oct" / %s"Nov" / %s"Dec"
    year         = 4DIGIT
    GMT          = %s"GMT"
    time-of-day  = hour ":" minute ":" second        ; 00:00:00 - 23:59:60 (leap second)
    hour         = 2DIGIT
    minute       = 2DIGIT
    second       = 2DIGIT

    obs-date     = rfc850-date / asctime-date
    rfc850-date  = day-name-l "," SP date2 SP time-of-day SP GMT
    date2        = day "-" month "-" 2DIGIT          ; e.g., 02-Jun-82
    day-name-l   = %s"Monday" / %s"Tuesday" / %s"Wednesday" / %s"Thursday"
                 / %s"Friday" / %s"Saturday" / %s"Sunday"
    asctime-date = day-name SP date3 SP time-of-day SP year
    date3        = month SP ( 2DIGIT / ( SP DIGIT )) ; e.g., Jun  2
    @endcode

    What the parser accepts and rejects:
    - All three forms, case-sensitively and with exactly the spaces the grammar shows. A sender
      MUST generate IMF-fixdate; the two obsolete forms are recognised (recipients MUST accept
      them) and reported in `http_date::form`, so a checker can flag them.
    - Calendar validity (RFC 5322 §3.3, to which IMF-fixdate refers): the day must exist in its
      month (February 29 only in leap years of the Gregorian calendar), hour 00-23, minute 00-59,
      second 00-59, and the day name must be the day of the week of the date. Violations are
      error::invalid at the offending field.
    - Leap seconds: second 60 is accepted only as 23:59:60, the one place a UTC leap second can be
      inserted; any other :60 is error::invalid. std::chrono::sys_seconds cannot represent it, so
      the value is 23:59:59 of that day and `http_date::leap_second` is set.
    - Years 0000-9999 (4DIGIT), proleptic Gregorian. RFC 850 two-digit years are resolved as RFC
      9110 §5.6.7 requires: a date that appears to be more than 50 years in the future is taken as
      the most recent past year with the same last two digits, relative to `now`.
    - Nothing else: no surrounding whitespace (trim the field value first), no other zone than
      GMT, no lower-case names, no single-digit day outside asctime. Bytes after a complete date
      are error::trailing.
*/

#include <respolicy/grammar/basic.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <string_view>

namespace respolicy::grammar {

/** Which of the three HTTP-date forms a value was written in. */
enum class date_form : std::uint8_t {
  imf_fixdate,  ///< `Sun, 06 Nov 1994 08:49:37 GMT`, the only form a sender may generate
  rfc850,       ///< `Sunday, 06-Nov-94 08:49:37 GMT`, obsolete
  asctime,      ///< `Sun Nov  6 08:49:37 1994`, obsolete
};

/** "IMF-fixdate", "RFC 850" or "asctime". */
constexpr std::string_view to_string(date_form f) noexcept {
  switch (f) {
    case date_form::imf_fixdate: return "IMF-fixdate";
    case date_form::rfc850: return "RFC 850";
    case date_form::asctime: return "asctime";
  }
  return "unknown";
}

/** A parsed HTTP-date. */
struct http_date {
  std::chrono::sys_seconds time{};          ///< the instant (UTC); 23:59:59 for a leap second
  date_form form = date_form::imf_fixdate;  ///< the form it was written in
  bool leap_second = false;                 ///< written as 23:59:60

  /** True for the RFC 850 and asctime forms, which a sender must not generate. */
  constexpr bool obsolete() const noexcept { return form != date_form::imf_fixdate; }

  friend constexpr bool operator==(http_date const&, http_date const&) noexcept = default;
};

/** Parses an HTTP-date; an RFC 850 two-digit year is resolved against `now`.

    @code
    using namespace std::chrono;
    auto d = respolicy::grammar::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT", now);
    // d->time == sys_days{1994y / November / 6} + 8h + 49min + 37s, d->form == imf_fixdate
    @endcode
*/
[[nodiscard]] result<http_date> parse_http_date(std::string_view s,
                                                std::chrono::sys_seconds now) noexcept;

/** Parses an HTTP-date; an RFC 850 two-digit year is resolved against the system clock, which is
    read only for that form. */
[[nodiscard]] result<http_date> parse_http_date(std::string_view s) noexcept;

/** The length of every IMF-fixdate. */
inline constexpr std::size_t imf_fixdate_size = 29;

/** Formats `t` as an IMF-fixdate, for a builder that generates Date, Last-Modified or Expires.
    Sub-second parts are truncated; times outside years 0000-9999 are clamped to that range.

    @code
    auto text = respolicy::grammar::format_http_date(
        std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()));
    res.set("Date", std::string_view(text.data(), text.size()));
    @endcode
*/
constexpr std::array<char, imf_fixdate_size> format_http_date(std::chrono::sys_seconds t) noexcept {
  using namespace std::chrono;
  constexpr sys_seconds lowest = sys_days{year{0} / January / 1};
  constexpr sys_seconds highest =
      sys_days{year{9999} / December / 31} + hours{23} + minutes{59} + seconds{59};
  if (t < lowest) t = lowest;
  if (t > highest) t = highest;
  auto const day = floor<days>(t);
  year_month_day const ymd{day};
  hh_mm_ss const hms{t - day};
  constexpr char names[] = "SunMonTueWedThuFriSat";
  constexpr char months[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
  std::array<char, imf_fixdate_size> out{};
  auto const wd = weekday{day}.c_encoding();
  auto const mo = static_cast<unsigned>(ymd.month()) - 1;
  auto const put2 = [&](std::size_t at, unsigned v) {
    out[at] = static_cast<char>('0' + v / 10);
    out[at + 1] = static_cast<char>('0' + v % 10);
  };
  for (std::size_t i = 0; i < 3; ++i) {
    out[i] = names[wd * 3 + i];
    out[8 + i] = months[mo * 3 + i];
  }
  out[3] = ',';
  out[4] = out[7] = out[11] = out[16] = out[25] = ' ';
  put2(5, static_cast<unsigned>(ymd.day()));
  auto const y = static_cast<unsigned>(static_cast<int>(ymd.year()));
  put2(12, y / 100);
  put2(14, y % 100);
  put2(17, static_cast<unsigned>(hms.hours().count()));
  out[19] = out[22] = ':';
  put2(20, static_cast<unsigned>(hms.minutes().count()));
  put2(23, static_cast<unsigned>(hms.seconds().count()));
  out[26] = 'G';
  out[27] = 'M';
  out[28] = 'T';
  return out;
}

}  // namespace respolicy::grammar

#endif
