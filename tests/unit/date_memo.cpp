//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// read_fixdate() (src/detail/date_memo.hpp): the checks' IMF-fixdate reader with a per-thread memo
// of the last valid value of each date field. It must answer as the grammar does for every input,
// whatever the memo holds.

#include "detail/date_memo.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <thread>
#include <vector>

using respolicy::detail::date_slot;
using respolicy::detail::read_fixdate;
namespace gd = respolicy::grammar::detail;

namespace {

// What the grammar says of `v`: valid or not, and the instant.
struct answer {
  bool valid = false;
  std::int64_t seconds = 0;
  bool operator==(answer const&) const = default;
};

answer grammar_reads(std::string const& v) {
  answer a;
  a.valid = gd::imf_fixdate_seconds(v, a.seconds);
  if (!a.valid) a.seconds = 0;
  return a;
}

answer memo_reads(std::string const& v, date_slot slot) {
  answer a;
  a.valid = read_fixdate(v, slot, a.seconds);
  if (!a.valid) a.seconds = 0;
  return a;
}

constexpr date_slot slots[] = {date_slot::date, date_slot::last_modified, date_slot::expires};

}  // namespace

TEST_CASE("date_memo: every byte of the date counts, whatever the memo holds", "[date_memo]") {
  std::string const base = "Sun, 06 Nov 1994 08:49:37 GMT";
  // The memo holds `base`; each one-byte change of it (a near miss in every word, the overlapping
  // last one too) must be read afresh, as must `base` after the memo moved on.
  std::vector<std::string> inputs;
  for (std::size_t i = 0; i < base.size(); ++i)
    for (char c : {'0', '7', '9', 'M', 'x', ' ', '\0'}) {
      if (base[i] == c) continue;
      inputs.push_back(base);
      inputs.back()[i] = c;
      inputs.push_back(base);
    }
  // The epoch the memo starts with, other lengths, and the memo's first contents as they are.
  for (std::string s : {"Thu, 01 Jan 1970 00:00:00 GMT", "Thu, 01 Jan 1970 00:00:01 GMT",
                        "Sun, 06 Nov 1994 08:49:37 GMT ", "Sun, 06 Nov 1994 08:49:37 GM", "",
                        "Fri, 29 Feb 2019 00:00:00 GMT", "Fri, 01 Mar 2019 00:00:00 GMT"})
    inputs.push_back(s);
  inputs.push_back(std::string(29, '\0'));

  std::size_t valid = 0;
  for (auto slot : slots)
    for (auto const& v : inputs) {
      INFO("slot " << static_cast<int>(slot) << ": \"" << v << '"');
      auto const want = grammar_reads(v);
      CHECK(memo_reads(v, slot) == want);
      CHECK(memo_reads(v, slot) == want);  // now from the memo, when valid
      valid += want.valid;
    }
  CHECK(valid > inputs.size());  // the table holds valid dates and invalid ones
  CHECK(valid < 2 * inputs.size());
}

TEST_CASE("date_memo: the fields and the threads keep their own", "[date_memo]") {
  std::string const date = "Sun, 06 Nov 1994 08:49:37 GMT";
  std::string const modified = "Sat, 05 Nov 1994 08:49:37 GMT";
  REQUIRE(memo_reads(date, date_slot::date) == grammar_reads(date));
  REQUIRE(memo_reads(modified, date_slot::last_modified) == grammar_reads(modified));
  CHECK(memo_reads(date, date_slot::date).seconds == 784111777);
  CHECK(memo_reads(modified, date_slot::last_modified).seconds == 784111777 - 86400);

  answer other;
  std::thread t([&] {
    other = memo_reads(modified, date_slot::date);
    (void)memo_reads("Mon, 07 Nov 1994 08:49:37 GMT", date_slot::last_modified);
  });
  t.join();
  CHECK(other.seconds == 784111777 - 86400);
  CHECK(memo_reads(date, date_slot::date).seconds == 784111777);
  CHECK(memo_reads(modified, date_slot::last_modified).seconds == 784111777 - 86400);
}
