//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/report.hpp>

#include <respolicy/validate.hpp>

#include "support/message_text.hpp"

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <string_view>

using namespace respolicy;

namespace {

diagnostic make(std::string_view rule, severity s, std::string_view message = "message",
                std::string_view citation = "RFC 9110", std::string_view field = {},
                std::string_view detail = {}) {
  diagnostic d;
  d.rule = rule;
  d.severity = s;
  d.message = message;
  d.citation = citation;
  d.field = field;
  d.detail = detail;
  return d;
}

}  // namespace

// small_text is constexpr: its truncation can be checked by the compiler too.
static_assert(small_text<8>("0123456789").view() == "01234...");
static_assert(small_text<8>("01234567").view() == "01234567");
static_assert(small_text<40>::capacity() == 40);

TEST_CASE("report: an empty report", "[report]") {
  report r;
  CHECK(r.ok());
  CHECK(r.empty());
  CHECK(r.size() == 0);
  CHECK(r.begin() == r.end());
  CHECK(r.worst() == severity::off);
  CHECK(r.count(severity::error) == 0);
  CHECK(r.find("no-content-204") == nullptr);
  CHECK_FALSE(r.has("no-content-204"));
  CHECK(r.to_string().empty());
}

TEST_CASE("report: ok, has, find, count and worst", "[report]") {
  report r;
  r.add(make("reason-phrase-registered", severity::info, "m", "c", {}, "first"));
  CHECK(r.ok());
  CHECK_FALSE(r.empty());
  CHECK(r.worst() == severity::info);

  r.add(make("3xx-location", severity::warning, "m", "c", "Location"));
  CHECK(r.ok());  // warnings do not fail a report
  CHECK(r.worst() == severity::warning);

  r.add(make("no-content-204", severity::error, "m", "c", {}, "3 content bytes"));
  r.add(make("reason-phrase-registered", severity::info, "m", "c", {}, "second"));
  CHECK_FALSE(r.ok());
  CHECK(r.worst() == severity::error);
  CHECK(r.size() == 4);
  CHECK(r.count(severity::info) == 2);
  CHECK(r.count(severity::warning) == 1);
  CHECK(r.count(severity::error) == 1);
  CHECK(r.count(severity::off) == 0);

  CHECK(r.has("3xx-location"));
  CHECK_FALSE(r.has("3xx"));
  CHECK_FALSE(r.has("no-content-205"));
  auto const* d = r.find("reason-phrase-registered");
  REQUIRE(d != nullptr);
  CHECK(d == &r[0]);  // the first of its rule
  CHECK(d->detail.view() == "first");
  CHECK(r[3].detail.view() == "second");
  CHECK(r.find("no-content-204")->info() == find_rule("no-content-204"));

  std::size_t n = 0;
  for (auto const& x : r) n += !x.rule.empty();
  CHECK(n == 4);

  r.clear();
  CHECK(r.empty());
  CHECK(r.ok());
}

TEST_CASE("report: to_string gives one line per diagnostic", "[report]") {
  report r;
  r.add(make("no-content-204", severity::error, "204 responses carry no content",
             "RFC 9110 §15.3.5", {}, "3 content bytes"));
  CHECK(r.to_string() ==
        "error no-content-204: 204 responses carry no content (3 content bytes) "
        "[RFC 9110 §15.3.5]\n");

  // Field and detail, field only and a repair, no citation.
  report s;
  s.add(make("no-content-length-1xx-204", severity::error, "no Content-Length in a 204",
             "RFC 9110 §8.6", "Content-Length", "3"));
  auto repaired = make("3xx-location", severity::warning, "a redirect names its target",
                       "RFC 9110 §15.4", "Location");
  repaired.repaired = true;
  s.add(repaired);
  s.add(make("house-rule", severity::info, "a house rule", ""));
  auto const text = s.to_string();
  CHECK(text ==
        "error no-content-length-1xx-204: no Content-Length in a 204 (Content-Length: 3) "
        "[RFC 9110 §8.6]\n"
        "warning 3xx-location: a redirect names its target (Location) [repaired] "
        "[RFC 9110 §15.4]\n"
        "info house-rule: a house rule\n");

  std::ostringstream os;
  os << s;
  CHECK(os.str() == text);
  std::ostringstream one;
  one << r[0];
  CHECK(one.str() + "\n" == r.to_string());
  std::ostringstream sev;
  sev << severity::warning;
  CHECK(sev.str() == "warning");
}

TEST_CASE("report: to_string of a diagnostic validate produced", "[report]") {
  test::owned_response res("204\n\nabc");
  auto const rep = validate(res.view);
  REQUIRE(rep.has("no-content-204"));
  auto const* r = find_rule("no-content-204");
  REQUIRE(r);
  std::string const line = "error no-content-204: " + std::string(r->summary) +
                           " (3 content bytes) [" + std::string(r->citation) + "]\n";
  CHECK(rep.to_string().find(line) != std::string::npos);
}

TEST_CASE("report: small_text cuts at its capacity and ends in ...", "[report]") {
  small_text<8> t;
  CHECK(t.empty());
  CHECK(t.view().empty());
  t.assign("abc");
  CHECK(t.view() == "abc");
  t.append("defgh");  // exactly 8: kept whole
  CHECK(t.view() == "abcdefgh");
  t.append("i");  // one more: cut
  CHECK(t.view() == "abcde...");
  CHECK(t.view().size() == small_text<8>::capacity());
  t.append("more");  // stays cut
  CHECK(t.view() == "abcde...");
  t.assign("xy");  // assign starts over
  CHECK(t.view() == "xy");
  std::string_view const sv = t;
  CHECK(sv == "xy");

  small_text<4> tiny("abcdef");
  CHECK(tiny.view() == "a...");

  // A diagnostic's detail holds 120 bytes, its field 40.
  std::string const long_text(500, 'x');
  diagnostic d;
  d.detail.assign(long_text);
  d.field.assign(long_text);
  CHECK(d.detail.view().size() == 120);
  CHECK(d.detail.view().ends_with("x..."));
  CHECK(d.field.view().size() == 40);
  CHECK(d.field.view().ends_with("..."));
  d.detail.assign(std::string(120, 'y'));
  CHECK(d.detail.view() == std::string(120, 'y'));
}

TEST_CASE("report: a long value is cut in the diagnostic's detail", "[report]") {
  std::string const text = "200\nContent-Length: 0\nVary: a,," + std::string(300, 'b') + "\n\n";
  test::owned_response res(text);
  auto const rep = validate(res.view);
  auto const* d = rep.find("no-empty-list-elements");
  REQUIRE(d != nullptr);
  CHECK(d->field.view() == "Vary");
  CHECK(d->detail.view().size() == 120);
  CHECK(d->detail.view().starts_with("a,,bbb"));
  CHECK(d->detail.view().ends_with("b..."));
}
