//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// count_validate: calls validate() on one response a given number of times, for instruction
// counting under `valgrind --tool=callgrind` (benchmarks/callgrind.sh). Instruction counts do not
// drift with machine noise, so they show what a change to the hot path costs.
//
// Usage: count_validate typical|no-content|violations CALLS

#include "responses.hpp"

#include <respolicy/respolicy.hpp>

#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace {

using respolicy::field_view;

auto const& typical_fields = respolicy::bench::typical_200_fields;

field_view const no_content_fields[] = {
    {"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
    {"Server", "respolicy-bench/1.0"},
};

auto const& violation_fields = respolicy::bench::ten_violations_fields;

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: count_validate typical|no-content|violations CALLS\n");
    return 2;
  }
  std::string_view const which = argv[1];
  respolicy::response_view res{200, "OK", 11, typical_fields, 512};
  respolicy::request_context req{"GET", 11};
  if (which == "no-content") {
    res = {204, "No Content", 11, no_content_fields, 0};
    req.method = "DELETE";
  } else if (which == "violations") {
    res = {204, "Nothing", 11, violation_fields, 3};
  } else if (which != "typical") {
    std::fprintf(stderr, "count_validate: unknown response '%s'\n", argv[1]);
    return 2;
  }
  long const calls = std::atol(argv[2]);
  std::size_t diagnostics = 0;
  for (long i = 0; i < calls; ++i) diagnostics += respolicy::validate(res, &req).size();
  std::printf("%zu diagnostics in %ld calls\n", diagnostics, calls);
}
