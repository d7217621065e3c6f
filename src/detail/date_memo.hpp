//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_SRC_DETAIL_DATE_MEMO_HPP
#define RESPOLICY_SRC_DETAIL_DATE_MEMO_HPP

#include <respolicy/export.hpp>
#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/http_date.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace respolicy::detail {

/** The date fields whose last IMF-fixdate a thread remembers, one slot each. */
enum class date_slot : std::uint8_t { date, last_modified, expires };

/** An IMF-fixdate (29 bytes) as four little-endian words, the last overlapping the third, and
    the instant it names. */
struct fixdate_entry {
  std::array<std::uint64_t, 4> words;
  std::int64_t seconds;
};

/** The epoch, a true entry: the memo starts with it, so no flag tells an empty slot. */
inline constexpr fixdate_entry fixdate_epoch{
    grammar::detail::imf_fixdate_words("Thu, 01 Jan 1970 00:00:00 GMT"), 0};

/** The calling thread's last valid IMF-fixdate of each slot. */
inline constinit thread_local std::array<fixdate_entry, 3> fixdate_memo = {
    fixdate_epoch, fixdate_epoch, fixdate_epoch};

/** A miss of read_fixdate(): the full read, remembered when valid. */
RESPOLICY_DECL bool read_fixdate_miss(std::string_view v, fixdate_entry& memo,
                                      std::int64_t& out) noexcept;

/** grammar::detail::imf_fixdate_seconds() with a per-thread memo of the last valid value of
    `slot`: a server sends the same Date in every response of a second and a resource's
    Last-Modified with each of its responses, so most reads compare 29 bytes instead of reading
    a date. The same answer as the grammar's for every input. */
[[gnu::always_inline]] inline bool read_fixdate(std::string_view v, date_slot slot,
                                                std::int64_t& out) noexcept {
  if (v.size() != grammar::imf_fixdate_size) return false;  // no IMF-fixdate
  auto& memo = fixdate_memo[static_cast<std::size_t>(slot)];
  auto const w = grammar::detail::imf_fixdate_words(v.data());
  if (((w[0] ^ memo.words[0]) | (w[1] ^ memo.words[1]) | (w[2] ^ memo.words[2]) |
       (w[3] ^ memo.words[3])) == 0) {
    out = memo.seconds;
    return true;
  }
  return read_fixdate_miss(v, memo, out);
}

}  // namespace respolicy::detail

#endif
