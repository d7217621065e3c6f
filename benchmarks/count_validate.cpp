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
// Usage: count_validate RESPONSE CALLS (RESPONSE: typical, no-content, not-modified, not-allowed,
// unsatisfiable, unavailable or violations: the responses of bench_validate)

#include "responses.hpp"

#include <respolicy/respolicy.hpp>

#include <cstdio>
#include <cstdlib>
#include <iterator>
#include <span>
#include <string_view>

namespace {

using respolicy::field_view;

// Each response of bench_validate: its status line, fields, content size and request method.
struct response_case {
  std::string_view name;
  int status;
  std::string_view reason;
  std::span<field_view const> fields;
  std::uint64_t size;
  std::string_view method;
};

namespace b = respolicy::bench;
response_case const cases[] = {
    {"typical", 200, "OK", b::typical_200_fields, 512, "GET"},
    {"no-content", 204, "No Content", b::no_content_fields, 0, "DELETE"},
    {"not-modified", 304, "Not Modified", b::not_modified_fields, 0, "GET"},
    {"not-allowed", 405, "Method Not Allowed", b::not_allowed_fields, 18, "DELETE"},
    {"unsatisfiable", 416, "Range Not Satisfiable", b::unsatisfiable_fields, 21, "GET"},
    {"unavailable", 503, "Service Unavailable", b::unavailable_fields, 19, "GET"},
    {"violations", 204, "Nothing", b::ten_violations_fields, 3, "GET"},
};

}  // namespace

int main(int argc, char** argv) {
  auto const* c = std::begin(cases);
  if (argc == 3)
    while (c != std::end(cases) && c->name != argv[1]) ++c;
  if (argc != 3 || c == std::end(cases)) {
    std::fprintf(stderr, "usage: count_validate RESPONSE CALLS, RESPONSE one of:");
    for (auto const& k : cases) std::fprintf(stderr, " %.*s", int(k.name.size()), k.name.data());
    std::fprintf(stderr, "\n");
    return 2;
  }
  respolicy::response_view const res{c->status, c->reason, 11, c->fields, c->size};
  respolicy::request_context const req{c->method, 11};
  long const calls = std::atol(argv[2]);
  std::size_t diagnostics = 0;
  for (long i = 0; i < calls; ++i) diagnostics += respolicy::validate(res, &req).size();
  std::printf("%zu diagnostics in %ld calls\n", diagnostics, calls);
}
