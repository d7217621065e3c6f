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

#include <respolicy/export.hpp>
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

  /** Compares the dates field by field. */
  friend constexpr bool operator==(http_date const&, http_date const&) noexcept = default;
};

/** Parses an HTTP-date; an RFC 850 two-digit year is resolved against `now`.

    @code
    using namespace std::chrono;
    auto d = respolicy::grammar::parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT", now);
    // d->time == sys_days{1994y / November / 6} + 8h + 49min + 37s, d->form == imf_fixdate
    @endcode
*/
[[nodiscard]] RESPOLICY_DECL result<http_date> parse_http_date(
    std::string_view s, std::chrono::sys_seconds now) noexcept;

/** Parses an HTTP-date; an RFC 850 two-digit year is resolved against the system clock, which is
    read only for that form. */
[[nodiscard]] RESPOLICY_DECL result<http_date> parse_http_date(std::string_view s) noexcept;

/** The length of every IMF-fixdate. */
inline constexpr std::size_t imf_fixdate_size = 29;

namespace detail {

/** Three-letter names (day names, months) hashed perfectly into 2^Bits slots: a multiplication
    finds the one slot a name can be in, one comparison confirms it. */
template <unsigned Bits>
struct name3_table {
  std::uint32_t multiplier = 1;
  std::uint32_t word[1u << Bits] = {};  // 0: an empty slot (no name is three NUL bytes)
  std::uint8_t value[1u << Bits] = {};  // 1 + the name's index in the list

  constexpr unsigned slot(std::uint32_t w) const noexcept {
    return (w * multiplier) >> (32 - Bits);
  }
  /** 1 + the index of the three-letter name `w` (bytes 0-2 of a little-endian word), or 0. */
  constexpr unsigned find(std::uint32_t w) const noexcept {
    auto const i = slot(w);
    return word[i] == w ? value[i] : 0;
  }
};

/** The table of `names`, 3 letters each, hashed with `multiplier`; multiplier 0 when two names
    share a slot. (The multipliers below are the first odd ones that work, found by a search that
    is too long for a constant expression.) */
template <unsigned Bits>
consteval name3_table<Bits> make_name3_table(std::string_view names, std::uint32_t multiplier) {
  name3_table<Bits> t{multiplier};
  for (std::size_t i = 0; i * 3 < names.size(); ++i) {
    auto const w = static_cast<std::uint32_t>(load_le(names.data() + i * 3, 3));
    auto const k = t.slot(w);
    if (t.word[k] != 0) return name3_table<Bits>{0};
    t.word[k] = w;
    t.value[k] = static_cast<std::uint8_t>(i + 1);
  }
  return t;
}

inline constexpr auto day_names = make_name3_table<3>("SunMonTueWedThuFriSat", 4895);
inline constexpr auto month_names =
    make_name3_table<4>("JanFebMarAprMayJunJulAugSepOctNovDec", 26597);
static_assert(day_names.multiplier != 0 && month_names.multiplier != 0,
              "a multiplier sends two names to one slot");

/** The `imf_fixdate_size` bytes at `p` as four little-endian words: bytes 0-7, 8-15, 16-23 and
    21-28, the last overlapping the third. */
[[gnu::always_inline]] constexpr std::array<std::uint64_t, 4> imf_fixdate_words(
    char const* p) noexcept {
  return {load_le(p, 8), load_le(p + 8, 8), load_le(p + 16, 8), load_le(p + 21, 8)};
}

/** Reads `s` as an IMF-fixdate (RFC 9110 §5.6.7) at its fixed offsets and gives its instant in
    seconds since the epoch; false for anything else: another form, a syntax error, a date that
    names no real moment (RFC 5322 §3.3: the day in its month, the day name that of the date) and
    the leap second 23:59:60. parse_http_date() tries it first and reads what it refuses byte by
    byte, which also says what is wrong; callers that need only the instant of a valid date may
    call it directly. */
inline bool imf_fixdate_seconds(std::string_view s, std::int64_t& out) noexcept {
  if (s.size() != imf_fixdate_size) return false;
  // "Sun, 06 Nov 1994 08:49:37 GMT" as four words: bytes 0-7, 8-15, 16-23 and 21-28. In each,
  // w ^ expect is 0 at a separator and the digit's value at a digit; adding 0x7f, or 0x76, sets
  // the high bit of a byte that is not (a byte from 0x80 up has it set already, and a carry can
  // only spill into the next byte from a bad byte). The letters are looked up below.
  struct pattern {
    std::uint64_t expect, care, add;
  };
  static constexpr pattern patterns[4] = {
      {0x203030202c000000, 0xffffffffff000000, 0x7f76767f7f000000},  // ", 00 "
      {0x3030303020000000, 0xffffffffff000000, 0x767676767f000000},  // " 0000"
      {0x303a30303a303020, 0xffffffffffffffff, 0x767f76767f76767f},  // " 00:00:0"
      {0x544d472030303a30, 0xffffffffffffffff, 0x7f7f7f7f76767f76},  // "0:00 GMT"
  };
  constexpr std::uint64_t high = 0x8080808080808080;
  auto const w = imf_fixdate_words(s.data());
  std::uint64_t d[4], bad = 0;
  for (std::size_t k = 0; k < 4; ++k) {
    auto const& pt = patterns[k];
    d[k] = (w[k] ^ pt.expect) & pt.care;
    bad |= (d[k] | (d[k] + pt.add)) & (high & pt.care);
  }
  if (bad != 0) return false;
  // Now d holds each digit's value in its byte and zeros elsewhere. Times 0x0a01, the byte after
  // the first digit of each pair holds the pair's value, 10 * first + second (at most 99).
  auto const two = [&](std::size_t k, std::size_t second_digit) {
    return static_cast<unsigned>((d[k] * 0x0a01) >> (8 * second_digit)) & 0xff;
  };
  unsigned const day = two(0, 6), year = two(1, 5) * 100 + two(1, 7), hour = two(2, 2),
                 minute = two(2, 5), second = two(3, 3);
  if (hour > 23 || minute > 59 || second > 59 || day == 0) return false;
  // The day name is bytes 0-2 of the first word, the month bytes 0-2 of the second.
  auto const name = [&](std::size_t k) { return static_cast<std::uint32_t>(w[k] & 0xffffff); };
  unsigned const wday = day_names.find(name(0)), month = month_names.find(name(1));
  if (month == 0 || wday == 0) return false;
  if (day > 28) {  // only then can the day be past the end of its month
    bool const leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    constexpr unsigned char month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > month_days[month - 1] + unsigned{month == 2 && leap}) return false;
  }
  // H. Hinnant's days_from_civil, shifted by one 400-year era so that everything stays unsigned
  // and every division is by a constant. The year starts in March, so that February 29 ends it;
  // the table holds the days from March 1 to the first of each month. y / 400 is y / 100 / 4.
  constexpr unsigned short days_before[] = {306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275};
  unsigned const y = year + 400 - unsigned{month <= 2}, centuries = y / 100;
  unsigned const since_era =
      y * 365 + y / 4 - centuries + centuries / 4 + days_before[month - 1] + day - 1;
  // since_era counts from -0400-03-01, a Wednesday (weekday 3): the weekday of the date is
  // (since_era + 3) % 7, and wday is 1 + the weekday of the name. One test of divisibility.
  if ((since_era + 3 - (wday - 1)) % 7 != 0) return false;
  // 1970-01-01 is day 719468 + 146097 of the count.
  auto const days = static_cast<std::int64_t>(since_era) - (719468 + 146097);
  out = days * 86400 + hour * 3600 + minute * 60 + second;
  return true;
}

}  // namespace detail

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
