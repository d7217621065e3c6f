//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// fuzz_probe: respolicy::probe on arbitrary answers. The input is a server: its first byte picks
// how the answers arrive (in one piece, one byte at a time, or cut where the input's hash says),
// and the rest, cut at each "\n#\n" line, is the answer to each request of a probe in turn, the
// first GET first (a missing answer is a connection that ended). Properties:
// - run_probe() never crashes, reads out of bounds, invokes undefined behaviour or hangs,
//   whatever the answers, and reports one result per request it sent;
// - the results do not depend on how the answers are cut into pieces;
// - every result has a response or an error, and its text (to_string) can be printed.

#include "fuzz_target.hpp"

#include <respolicy/probe.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr char const* target = "fuzz_probe";

enum class split : std::uint8_t { whole, bytes, hashed };

class fuzzed_server final : public respolicy::probe_transport {
 public:
  fuzzed_server(std::vector<std::string_view> answers, split how, std::uint32_t seed)
      : answers_(std::move(answers)), how_(how), seed_(seed) {}

  respolicy::probe_io exchange(respolicy::probe_request const&, receiver const& received,
                               std::chrono::milliseconds) override {
    respolicy::probe_io io;
    std::string_view const a = next_ < answers_.size() ? answers_[next_] : std::string_view{};
    ++next_;
    io.waited_out = (seed_ >> (next_ % 32)) & 1u;
    std::size_t at = 0;
    std::uint32_t h = seed_ + static_cast<std::uint32_t>(next_);
    while (at < a.size()) {
      std::size_t n = a.size() - at;
      if (how_ == split::bytes) n = 1;
      if (how_ == split::hashed) {
        h = h * 2654435761u + 1u;
        n = std::min<std::size_t>(n, 1 + (h >> 24) % 64);
      }
      received(a.substr(at, n));  // a server sends what it sends; the probe reads it all
      at += n;
    }
    return io;
  }

 private:
  std::vector<std::string_view> answers_;
  split how_;
  std::uint32_t seed_;
  std::size_t next_ = 0;
};

std::string run(std::vector<std::string_view> const& answers, split how, std::uint32_t seed) {
  fuzzed_server server(answers, how, seed);
  respolicy::probe_options options;
  options.reading.max_header_bytes = 4096;
  options.reading.max_kept_body = 1024;
  auto const rep = respolicy::run_probe(server, {.host = "example.com", .target = "/"},
                                        respolicy::policy::standard(), options);
  for (auto const& r : rep.results)
    if (!r.response && r.error.empty())
      respolicy::fuzz::property_failed(target, "a result with neither response nor error",
                                       r.request.header);
  if (rep.results.empty() || rep.results.size() > 1 + options.kinds.size())
    respolicy::fuzz::property_failed(target, "one result per request", rep.to_string());
  return rep.to_string(true);
}

}  // namespace

RESPOLICY_FUZZ_TARGET(fuzz_probe) {
  respolicy::fuzz::input in(data, size);
  auto const mode = in.byte();
  std::uint32_t const seed = static_cast<std::uint32_t>(in.byte()) << 8 | in.byte();
  std::string_view rest = in.rest();
  std::vector<std::string_view> answers;
  while (!rest.empty() && answers.size() < 32) {
    auto const cut = rest.find("\n#\n");
    answers.push_back(rest.substr(0, cut));
    if (cut == std::string_view::npos) break;
    rest.remove_prefix(cut + 3);
  }
  auto const whole = run(answers, split::whole, seed);
  auto const other = run(answers, mode % 2 ? split::bytes : split::hashed, seed);
  if (whole != other)
    respolicy::fuzz::property_failed(target, "the results depend on how the answers are cut",
                                     whole + "\n--- cut ---\n" + other);
  return 0;
}
