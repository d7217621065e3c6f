//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Hostile and malformed responses: each gives a diagnostic naming its rule, and none crashes or
// reads out of bounds. Every string and every field array is copied into a heap buffer of exactly
// its size, so AddressSanitizer reports a read one byte past any of them.

#include <respolicy/validate.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace respolicy;

namespace {

// A copy of some bytes in a heap block of exactly their size.
class exact_bytes {
 public:
  explicit exact_bytes(std::string_view s) : size_(s.size()), data_(new char[s.size()]) {
    if (size_ != 0) std::memcpy(data_.get(), s.data(), size_);
  }
  std::string_view view() const noexcept { return {data_.get(), size_}; }

 private:
  std::size_t size_;
  std::unique_ptr<char[]> data_;
};

// A response whose reason, field names, values and field arrays all live in exact-size blocks.
class exact_response {
 public:
  explicit exact_response(int status, std::string_view reason = "OK") : status_(status) {
    reason_ = keep(reason);
  }

  exact_response& field(std::string_view name, std::string_view value) {
    fields_.push_back({keep(name), keep(value)});
    return *this;
  }
  exact_response& trailer(std::string_view name, std::string_view value) {
    trailers_.push_back({keep(name), keep(value)});
    return *this;
  }
  exact_response& size(std::optional<std::uint64_t> n) {
    size_ = n;
    return *this;
  }

  /** Freezes the field lists into exact-size arrays and returns the view over them. */
  response_view const& view() {
    field_array_ = freeze(fields_);
    trailer_array_ = freeze(trailers_);
    view_ = response_view{status_, reason_,
                          11,      {field_array_.get(), fields_.size()},
                          size_,   {trailer_array_.get(), trailers_.size()}};
    return view_;
  }

 private:
  std::string_view keep(std::string_view s) { return strings_.emplace_back(s).view(); }

  static std::unique_ptr<field_view[]> freeze(std::vector<field_view> const& v) {
    if (v.empty()) return nullptr;
    std::unique_ptr<field_view[]> a(new field_view[v.size()]);
    for (std::size_t i = 0; i < v.size(); ++i) a[i] = v[i];
    return a;
  }

  int status_;
  std::string_view reason_;
  std::optional<std::uint64_t> size_ = 0;
  std::deque<exact_bytes> strings_;
  std::vector<field_view> fields_, trailers_;
  std::unique_ptr<field_view[]> field_array_, trailer_array_;
  response_view view_;
};

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

std::size_t count_of(report const& rep, std::string_view rule) {
  std::size_t n = 0;
  for (auto const& d : rep) n += d.rule == rule;
  return n;
}

// A response that is otherwise clean, so the diagnostics under test stand out.
exact_response& basics(exact_response& r) {
  return r.field("Date", "Sun, 06 Nov 1994 08:49:37 GMT").field("Content-Length", "0");
}

}  // namespace

TEST_CASE("bad input: status codes outside 100-599", "[bad_input]") {
  struct {
    int status;
    bool three_digits_broken;
  } const cases[] = {{0, true},     {99, true}, {600, false}, {999, false},      {1000, true},
                     {65535, true}, {-1, true}, {-600, true}, {2147483647, true}};
  for (auto const& c : cases) {
    INFO("status " << c.status);
    exact_response r(c.status, "Whatever");
    basics(r);
    auto const rep = validate(r.view());
    CHECK(rep.has("status-code-range"));
    CHECK(rep.has("status-code-three-digits") == c.three_digits_broken);
    CHECK_FALSE(rep.has("status-code-registered"));
    CHECK_FALSE(rep.ok());
    // With content and a request context too: no rule may index a table by the bad code.
    exact_response with_body(c.status, "");
    with_body.field("Content-Length", "5").size(5);
    request_context const get{"GET"};
    CHECK(validate(with_body.view(), &get).has("status-code-range"));
  }
  exact_response r(65535);
  basics(r);
  auto const rep = validate(r.view());
  auto const* d = rep.find("status-code-range");
  REQUIRE(d);
  CHECK(d->detail.view() == "status 65535");
}

TEST_CASE("bad input: empty and 64 KiB reason phrases", "[bad_input]") {
  SECTION("an empty reason is legal (RFC 9112 §4: [ reason-phrase ])") {
    exact_response r(200, "");
    basics(r);
    auto const rep = validate(r.view());
    CHECK_FALSE(rep.has("reason-phrase-charset"));
    CHECK_FALSE(rep.has("reason-phrase-registered"));
  }
  SECTION("64 KiB of letters differ from the registered phrase") {
    std::string const reason(64 * 1024, 'A');
    exact_response r(200, reason);
    basics(r);
    auto const rep = validate(r.view());
    CHECK_FALSE(rep.has("reason-phrase-charset"));
    auto const* d = rep.find("reason-phrase-registered");
    REQUIRE(d);
    CHECK(d->severity == severity::info);
    CHECK(d->detail.view() == "registered: \"OK\"");
  }
  SECTION("64 KiB ending in CR") {
    std::string reason(64 * 1024, 'A');
    reason.back() = '\r';
    exact_response r(200, reason);
    basics(r);
    auto const rep = validate(r.view());
    auto const* d = rep.find("reason-phrase-charset");
    REQUIRE(d);
    CHECK(d->severity == severity::error);
    CHECK(d->detail.view() == "byte 0x0D at offset 65535");
    CHECK(count_of(rep, "reason-phrase-charset") == 1);
  }
}

TEST_CASE("bad input: CR, LF and NUL in the reason phrase", "[bad_input]") {
  struct {
    std::string_view reason;
    std::string_view detail;
  } const cases[] = {
      {std::string_view("O\rK", 3), "byte 0x0D at offset 1"},
      {std::string_view("O\nK", 3), "byte 0x0A at offset 1"},
      {std::string_view("OK\0", 3), "byte 0x00 at offset 2"},
      {std::string_view("\0", 1), "byte 0x00 at offset 0"},
      {"OK\r\nSet-Cookie: session=stolen", "byte 0x0D at offset 2"},
      {"\x7f", "byte 0x7F at offset 0"},
  };
  for (auto const& c : cases) {
    INFO(c.detail);
    exact_response r(200, c.reason);
    basics(r);
    auto const rep = validate(r.view());
    auto const* d = rep.find("reason-phrase-charset");
    REQUIRE(d);
    CHECK(d->detail.view() == c.detail);
    CHECK(count_of(rep, "reason-phrase-charset") == 1);
    CHECK_FALSE(rep.ok());
    CHECK(validate(r.view(), nullptr, policy::minimal()).has("reason-phrase-charset"));
  }
}

TEST_CASE("bad input: CR, LF and NUL in field names", "[bad_input]") {
  struct {
    std::string_view name;
    std::string_view detail;
  } const cases[] = {
      {std::string_view("X-A\rB", 5), "byte 0x0D at offset 3 is not a tchar"},
      {std::string_view("X-A\nB", 5), "byte 0x0A at offset 3 is not a tchar"},
      {std::string_view("X-A\0B", 5), "byte 0x00 at offset 3 is not a tchar"},
      {std::string_view("\0", 1), "byte 0x00 at offset 0 is not a tchar"},
      {"X\r\nSet-Cookie", "byte 0x0D at offset 1 is not a tchar"},
      {"Content-Type ", "byte 0x20 at offset 12 is not a tchar"},
      {"", "empty field name"},
  };
  for (auto const& c : cases) {
    INFO(c.detail);
    {  // in the header section
      exact_response r(200);
      basics(r).field(c.name, "v");
      auto const rep = validate(r.view());
      auto const* d = rep.find("field-name-token");
      REQUIRE(d);
      CHECK(d->detail.view() == c.detail);
      CHECK(d->severity == severity::error);
    }
    {  // in the trailer section
      exact_response r(200, "OK");
      r.field("Transfer-Encoding", "chunked").field("Trailer", "X-A").trailer(c.name, "v");
      auto const rep = validate(r.view());
      auto const* d = rep.find("field-name-token");
      REQUIRE(d);
      CHECK(d->detail.view() == c.detail);
    }
  }
}

TEST_CASE("bad input: CR, LF and NUL in field values", "[bad_input]") {
  struct {
    std::string_view value;
    std::string_view detail;
    bool fold;
  } const cases[] = {
      {std::string_view("a\rb", 3), "CR at offset 1", false},
      {std::string_view("a\nb", 3), "LF at offset 1", false},
      {std::string_view("a\0b", 3), "NUL at offset 1", false},
      {std::string_view("\0", 1), "NUL at offset 0", false},
      {"x\r\nSet-Cookie: session=stolen", "CR at offset 1", false},
      {"folded\r\n value", "CR at offset 6", true},
      {"0123456789abcdef\n", "LF at offset 16", false},  // past the first 8-byte words
  };
  for (auto const& c : cases) {
    INFO(c.detail);
    {  // in the header section
      exact_response r(200);
      basics(r).field("X-Note", c.value);
      auto const rep = validate(r.view());
      auto const* d = rep.find("field-value-no-cr-lf-nul");
      REQUIRE(d);
      CHECK(d->field.view() == "X-Note");
      CHECK(d->detail.view() == c.detail);
      CHECK(d->severity == severity::error);
      CHECK(rep.has("no-obs-fold") == c.fold);
      CHECK_FALSE(rep.has("field-name-token"));
      CHECK(validate(r.view(), nullptr, policy::minimal()).has("field-value-no-cr-lf-nul"));
    }
    {  // in a known field
      exact_response r(200);
      basics(r).field("Content-Type", c.value);
      CHECK(validate(r.view()).has("field-value-no-cr-lf-nul"));
    }
    {  // in the trailer section
      exact_response r(200);
      r.field("Transfer-Encoding", "chunked").field("Trailer", "X-Note").trailer("X-Note", c.value);
      auto const rep = validate(r.view());
      auto const* d = rep.find("field-value-no-cr-lf-nul");
      REQUIRE(d);
      CHECK(d->detail.view() == c.detail);
    }
  }
}

TEST_CASE("bad input: 10,000 distinct fields", "[bad_input]") {
  exact_response r(200);
  basics(r);
  for (int i = 0; i < 10000; ++i) r.field("X-" + std::to_string(i), std::to_string(i));
  auto const rep = validate(r.view());
  INFO(rep.to_string());
  CHECK_FALSE(rep.has("field-name-token"));
  CHECK_FALSE(rep.has("field-value-no-cr-lf-nul"));
  CHECK_FALSE(rep.has("no-duplicate-singleton-field"));
  CHECK(rep.size() < 10);
}

TEST_CASE("bad input: 10,000 bad fields stop at the per-rule limit", "[bad_input]") {
  // src/detail/checker.hpp: max_per_rule = 8 diagnostics, then one "and N more" note.
  SECTION("bad values") {
    exact_response r(200);
    basics(r);
    for (int i = 0; i < 10000; ++i) r.field("X-" + std::to_string(i), "bad\r\nvalue");
    auto const rep = validate(r.view());
    REQUIRE(count_of(rep, "field-value-no-cr-lf-nul") == 9);
    std::size_t seen = 0;
    for (auto const& d : rep) {
      if (d.rule != "field-value-no-cr-lf-nul") continue;
      if (seen < 8) {
        CHECK(d.field.view() == "X-" + std::to_string(seen));
        CHECK(d.detail.view() == "CR at offset 3");
      } else {
        CHECK(d.field.empty());
        CHECK(d.detail.view() == "and 9992 more of this rule, not listed");
      }
      CHECK(d.severity == severity::error);
      ++seen;
    }
    CHECK(rep.size() < 40);
  }
  SECTION("bad names") {
    exact_response r(200);
    basics(r);
    for (int i = 0; i < 10000; ++i) r.field("X\r" + std::to_string(i), "v");
    auto const rep = validate(r.view());
    REQUIRE(count_of(rep, "field-name-token") == 9);
    auto const* last = &*rep.begin();
    for (auto const& d : rep)
      if (d.rule == "field-name-token") last = &d;
    CHECK(last->detail.view() == "and 9992 more of this rule, not listed");
  }
  SECTION("10,000 lines of one singleton field") {
    exact_response r(200);
    basics(r);
    for (int i = 0; i < 10000; ++i) r.field("Content-Type", "text/plain");
    auto const rep = validate(r.view());
    auto const* d = rep.find("no-duplicate-singleton-field");
    REQUIRE(d);
    CHECK(iequals(d->field.view(), "Content-Type"));
    CHECK(d->detail.view() == "10000 field lines");
  }
  SECTION("10,000 bad Content-Length lines") {
    exact_response r(200);
    r.field("Date", "Sun, 06 Nov 1994 08:49:37 GMT");
    for (int i = 0; i < 10000; ++i) r.field("Content-Length", "-1");
    auto const rep = validate(r.view());
    CHECK(count_of(rep, "content-length-syntax") == 9);
    CHECK(rep.has("no-duplicate-singleton-field"));
  }
}

TEST_CASE("bad input: a 1 MiB field value", "[bad_input]") {
  std::size_t const mib = 1024 * 1024;
  SECTION("clean") {
    exact_response r(200);
    basics(r).field("X-Big", std::string(mib, 'a'));
    auto const rep = validate(r.view());
    CHECK_FALSE(rep.has("field-value-no-cr-lf-nul"));
    CHECK_FALSE(rep.has("field-value-no-ctl"));
  }
  SECTION("NUL in the last byte") {
    std::string v(mib, 'a');
    v.back() = '\0';
    exact_response r(200);
    basics(r).field("X-Big", v);
    auto const rep = validate(r.view());
    auto const* d = rep.find("field-value-no-cr-lf-nul");
    REQUIRE(d);
    CHECK(d->detail.view() == "NUL at offset 1048575");
  }
  SECTION("a control byte in the middle and obs-text at the end") {
    std::string v(mib, 'a');
    v[mib / 2] = '\x01';
    v.back() = '\xff';
    exact_response r(200);
    basics(r).field("X-Big", v);
    auto const rep = validate(r.view());
    REQUIRE(rep.find("field-value-no-ctl"));
    CHECK(rep.find("field-value-no-ctl")->detail.view() == "byte 0x01 at offset 524288");
    CHECK(rep.has("field-value-ascii"));
  }
  SECTION("a 1 MiB Location") {
    exact_response r(301, "Moved Permanently");
    basics(r).field("Location", "https://example.com/" + std::string(mib, 'p'));
    auto const rep = validate(r.view());
    auto const* d = rep.find("uri-length");
    REQUIRE(d);
    CHECK(d->detail.view() == "1048596 octets");
  }
  SECTION("a 1 MiB Content-Length") {
    exact_response r(200);
    r.field("Content-Length", std::string(mib, '9'));
    CHECK(validate(r.view()).has("content-length-syntax"));
  }
}

TEST_CASE("bad input: Content-Length values outside 1*DIGIT", "[bad_input]") {
  for (std::string_view v : {"18446744073709551616", "99999999999999999999999", "-1", "+5", "1,1",
                             "42, 42", "", " ", "0x10", "1e3", "5 ", "1.0"}) {
    INFO("Content-Length: \"" << v << '"');
    exact_response r(200);
    r.field("Date", "Sun, 06 Nov 1994 08:49:37 GMT").field("Content-Length", v);
    auto const rep = validate(r.view());
    auto const* d = rep.find("content-length-syntax");
    REQUIRE(d);
    CHECK(d->field.view() == "Content-Length");
    CHECK(d->detail.view() == v);
    CHECK(d->severity == severity::error);
    CHECK_FALSE(rep.has("content-length-accurate"));
  }
  // The largest value that fits parses; it is only wrong about the size.
  exact_response r(200);
  r.field("Date", "Sun, 06 Nov 1994 08:49:37 GMT").field("Content-Length", "18446744073709551615");
  auto const rep = validate(r.view());
  CHECK_FALSE(rep.has("content-length-syntax"));
  CHECK(rep.has("content-length-accurate"));
}

TEST_CASE("bad input: an unknown body size and huge sizes", "[bad_input]") {
  exact_response r(204, "No Content");
  r.field("Content-Length", "18446744073709551615").size(UINT64_MAX);
  auto const rep = validate(r.view());
  CHECK(rep.has("no-content-204"));
  CHECK(rep.has("no-content-length-1xx-204"));

  exact_response u(200);
  u.field("Content-Length", "10").size(std::nullopt);
  CHECK_NOTHROW(static_cast<void>(validate(u.view())));
}
