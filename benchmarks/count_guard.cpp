//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// count_guard: calls a handler of bench_guard and serializes its response a given number of
// times, guarded (repair mode) or not, for instruction counting under `valgrind --tool=callgrind`
// (benchmarks/callgrind.sh): guarded minus unguarded is what the guard costs a call.
//
// Usage: count_guard HANDLER MODE CALLS (HANDLER: typical or 204-body; MODE: unguarded or repair)

#include "beast_handlers.hpp"

#include <respolicy/beast/guard.hpp>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace {

namespace b = respolicy::bench;
namespace rb = respolicy::beast;

template <class Handler>
std::size_t run(Handler const& handler, long calls) {
  auto const req = b::make_request();
  std::string out;
  out.reserve(2048);
  std::size_t written = 0;
  for (long i = 0; i < calls; ++i) {
    auto res = handler(req);
    b::serialize(res, out);
    written += out.size();
  }
  return written;
}

template <class Handler>
std::size_t run(Handler const& handler, std::string_view mode, long calls) {
  if (mode == "unguarded") return run(handler, calls);
  return run(rb::guard(handler, rb::guard_options{}.mode(rb::guard_mode::repair)), calls);
}

}  // namespace

int main(int argc, char** argv) {
  std::string_view const handler = argc == 4 ? argv[1] : "";
  std::string_view const mode = argc == 4 ? argv[2] : "";
  long const calls = argc == 4 ? std::atol(argv[3]) : 0;
  if ((handler != "typical" && handler != "204-body") ||
      (mode != "unguarded" && mode != "repair") || calls < 0) {
    std::fprintf(stderr, "usage: count_guard typical|204-body unguarded|repair CALLS\n");
    return 2;
  }
  auto const written = handler == "typical" ? run(b::typical, mode, calls)
                                            : run(b::no_content_with_body, mode, calls);
  // The sum keeps the calls from being optimized away.
  std::printf("%zu bytes written\n", written);
}
