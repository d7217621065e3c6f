//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// fuzz_wire_reader: the core's streaming HTTP/1.x reader (<respolicy/wire.hpp>)
// on arbitrary bytes, in each of its modes: responses and requests, raw wire bytes and curl
// transcripts, with and without the requests the responses answer, with default and tiny limits,
// and live (flush_idle() after every piece), and as a probe reads (deliver_at_end, every content
// kept). The input is the capture itself, so any .http file
// is a seed. Properties:
// - the reader never crashes, reads out of bounds or invokes undefined behaviour, and every
//   message and finding it delivers has an offset inside the input;
// - the messages do not depend on how the input is split: fed whole, one byte at a time, or in
//   pieces cut where the input's hash says, the reader delivers the same messages (start line,
//   fields, trailers, content size and kept content, findings and their offsets);
// - the messages it delivers can be validated, as respolicy-lint does.
// read_requests() reads the same bytes as a request file.

#include "fuzz_target.hpp"

#include <respolicy/wire.hpp>

#include <respolicy/policy.hpp>
#include <respolicy/validate.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace {

constexpr char const* target = "fuzz_wire_reader";

// The requests a response may answer: each changes how its content is framed (RFC 9112 §6.3).
std::vector<std::shared_ptr<respolicy::wire_request const>> const& sample_requests() {
  static auto const all = respolicy::read_requests(
      "GET /a HTTP/1.1\r\nHost: example.com\r\n\r\n"
      "HEAD /a HTTP/1.1\r\nHost: example.com\r\n\r\n"
      "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n"
      "GET /b HTTP/1.0\r\n\r\n",
      nullptr);
  return all;
}

enum class split { whole, bytes, hashed };

struct run_options {
  respolicy::wire_options wire;
  bool with_requests = false;
  bool live = false;  // flush_idle() after every piece
  bool validate = false;
};

// One line per message: everything a split could change.
std::string describe(respolicy::wire_message const& m) {
  std::string s = std::to_string(m.offset) + (m.parsed ? " parsed " : " unparsed ") +
                  std::to_string(m.version) + ' ' + std::to_string(m.status) + ' ' +
                  std::string(m.reason) + '|' + std::string(m.method) + '|' +
                  std::string(m.target) + '|' +
                  (m.body_size ? std::to_string(*m.body_size) : std::string("?")) + '|' +
                  std::string(m.body) + (m.transcript_h2 ? "|h2" : "|") +
                  (m.request ? "|req " + m.request->method : std::string("|"));
  for (auto const& f : m.fields) s += "|f " + std::string(f.name) + ':' + std::string(f.value);
  for (auto const& f : m.trailers) s += "|t " + std::string(f.name) + ':' + std::string(f.value);
  for (auto const& f : m.findings)
    s += "|[" + std::string(f.rule) + '@' + std::to_string(f.offset) + ' ' + f.field + ']';
  return s;
}

std::uint64_t hash(std::string_view s) {
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  return h;
}

std::vector<std::string> read(std::string_view input, run_options const& o, split how) {
  std::vector<std::string> out;
  std::size_t next_request = 0;
  respolicy::wire_reader::request_source source;
  if (o.with_requests)
    source = [&](int) -> std::shared_ptr<respolicy::wire_request const> {
      auto const& all = sample_requests();
      return all[next_request++ % all.size()];
    };
  respolicy::wire_reader r(
      o.wire,
      [&](respolicy::wire_message& m) {
        RESPOLICY_FUZZ_CHECK(target, m.offset <= input.size(), "a message offset past the input",
                             describe(m));
        for (auto const& f : m.findings)
          RESPOLICY_FUZZ_CHECK(target, f.offset <= input.size(), "a finding offset past the input",
                               describe(m));
        if (o.validate && m.parsed) {
          auto const ctx = m.request ? m.request->context() : respolicy::request_context{};
          (void)respolicy::validate(m.view(), m.request ? &ctx : nullptr);
        }
        out.push_back(describe(m));
      },
      source);
  auto feed = [&](std::size_t from, std::size_t to) {
    r.feed(input.substr(from, to - from));
    if (o.live) r.flush_idle();
  };
  switch (how) {
    case split::whole: feed(0, input.size()); break;
    case split::bytes:
      for (std::size_t i = 0; i < input.size(); ++i) feed(i, i + 1);
      break;
    case split::hashed: {
      auto h = hash(input);
      std::size_t at = 0;
      for (int i = 0; i < 4 && at < input.size(); ++i, h >>= 16) {
        auto const cut = at + (h & 0xffff) % (input.size() - at + 1);
        feed(at, cut);
        at = cut;
      }
      feed(at, input.size());
      break;
    }
  }
  r.finish();
  RESPOLICY_FUZZ_CHECK(target, r.offset() == input.size(), "the reader lost count of the bytes",
                       std::to_string(r.offset()) + " of " + std::to_string(input.size()));
  RESPOLICY_FUZZ_CHECK(target, r.messages() == out.size(),
                       "messages() differs from the messages delivered",
                       std::to_string(r.messages()));
  return out;
}

std::string joined(std::vector<std::string> const& lines) {
  std::string s;
  for (auto const& l : lines) s += l + '\n';
  return s;
}

void check_splits(std::string_view input, run_options o, bool by_bytes) {
  // respolicy-lint validates what the reader delivers; so does one run here.
  o.validate = o.wire.kind == respolicy::message_kind::response;
  auto const whole = read(input, o, split::whole);
  o.validate = false;
  if (by_bytes) {
    auto const bytes = read(input, o, split::bytes);
    RESPOLICY_FUZZ_CHECK(target, bytes == whole,
                         "fed one byte at a time, the reader delivers other messages",
                         joined(whole) + "--- one byte at a time:\n" + joined(bytes));
  }
  auto const hashed = read(input, o, split::hashed);
  RESPOLICY_FUZZ_CHECK(target, hashed == whole, "fed in pieces, the reader delivers other messages",
                       joined(whole) + "--- in pieces:\n" + joined(hashed));
}

}  // namespace

RESPOLICY_FUZZ_TARGET(fuzz_wire_reader) {
  respolicy::fuzz::input in{data, size};
  std::string_view const input = in.rest();
  for (auto kind : {respolicy::message_kind::response, respolicy::message_kind::request}) {
    for (bool raw : {false, true}) {
      run_options o;
      o.wire.kind = kind;
      o.wire.raw = raw;
      check_splits(input, o, true);
      if (kind == respolicy::message_kind::response) {
        run_options answered = o;
        answered.with_requests = true;
        check_splits(input, answered, false);
        // As a probe reads: each response delivered where its framing ends, content kept.
        if (raw) {
          run_options eager = answered;
          eager.wire.deliver_at_end = true;
          eager.wire.keep_content = true;
          check_splits(input, eager, false);
        }
      }
      // Tiny limits, live: a header section over the limit, content only counted.
      run_options tiny = o;
      tiny.wire.max_header_bytes = 48;
      tiny.wire.max_kept_body = 8;
      tiny.live = true;
      (void)read(input, tiny, split::hashed);
    }
  }
  std::vector<respolicy::wire_finding> findings;
  auto const requests = respolicy::read_requests(input, &findings);
  for (auto const& f : findings)
    RESPOLICY_FUZZ_CHECK(target, f.offset <= input.size(), "a request finding past the input",
                         f.rule);
  for (auto const& r : requests) (void)r->context();
  return 0;
}
