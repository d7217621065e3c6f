//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TESTS_GRAMMAR_CASES_HPP
#define RESPOLICY_TESTS_GRAMMAR_CASES_HPP

// The table of field values a grammar refuses, shared by the grammar tests (as Boost.URL's
// test/unit/test_rule.hpp): each row is a value and the parse_error its parser must report.

#include <respolicy/grammar/basic.hpp>

#include "grammar/exact_buffer.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <span>
#include <string_view>

namespace respolicy::test {

/** A value outside the grammar: the error code and the byte offset its parser reports. */
struct bad_case {
  std::string_view input;
  grammar::error code;
  std::size_t offset;
};

/** Parses every input of `cases` from an exact-size buffer with `parse` and checks that it fails
    with the row's code and offset, and with the text `what` (any non-empty text when `what` is
    empty). */
template <class Parse>
void check_bad(std::span<bad_case const> cases, Parse parse, std::string_view what = {}) {
  for (auto const& c : cases) {
    exact_buffer const in(c.input);
    INFO(c.input);
    auto const r = parse(in.view());
    REQUIRE_FALSE(r);
    CHECK(r.error().code == c.code);
    CHECK(r.error().offset == c.offset);
    if (what.empty()) {
      CHECK_FALSE(r.error().what.empty());
    } else {
      CHECK(r.error().what == what);
    }
  }
}

}  // namespace respolicy::test

#endif
