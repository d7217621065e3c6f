//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "failure_of.hpp"

#include <respolicy/gtest/probe.hpp>

#include "../catch2/doc_handler.hpp"  // the handler the Catch2 tests probe too

#include <algorithm>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

// The probe matchers' text as GoogleTest reports a failing EXPECT_THAT: the matcher's
// description, the handler as GoogleTest prints an object it cannot print, and the explanation.

namespace {

using respolicy::test::doc_handler;
using ::testing::HasSubstr;
using ::testing::Not;
namespace rg = respolicy::gtest;

using respolicy::test::failure_of;

TEST(GTestProbeMatchers, HandlerThatAnswersEveryProbePasses) {
  doc_handler const handler;
  EXPECT_THAT(handler, rg::probe_conforms("/doc"));
  EXPECT_THAT(handler, rg::probe_conforms("/doc", respolicy::policy::strict()));
  EXPECT_THAT(handler, rg::probe_conforms({.host = "example.com", .target = "/doc"}));
  EXPECT_THAT(handler, Not(rg::probe_violates("/doc", "304-required-fields")));

  auto const text = failure_of([&] { EXPECT_THAT(handler, Not(rg::probe_conforms("/doc"))); });
  EXPECT_THAT(text, HasSubstr("Expected: does not conform to the standard policy when probed at "
                              "/doc on localhost\n"));
  EXPECT_THAT(text, HasSubstr("which was sent "));
  EXPECT_THAT(text, HasSubstr("\nget: GET /doc HTTP/1.1 -> 200 OK\nhead: HEAD /doc HTTP/1.1 -> "
                              "200 OK\n"));
  EXPECT_THAT(text, Not(HasSubstr("\n  > ")));
  EXPECT_THAT(text, testing::EndsWith("\nno probe has an error"));
}

TEST(GTestProbeMatchers, NotModifiedThatDropsTheEtagFails) {
  doc_handler const handler{.drop_etag_304 = true};
  EXPECT_THAT(handler, rg::probe_violates("/doc", "304-required-fields"));
  EXPECT_THAT(handler, Not(rg::probe_conforms("/doc")));

  auto const text = failure_of([&] { EXPECT_THAT(handler, rg::probe_conforms("/doc")); });
  EXPECT_THAT(text, testing::StartsWith(R"(Value of: handler
Expected: conforms to the standard policy when probed at /doc on localhost
  Actual: )"));
  // The probe's request as sent, the response's status and fields, and the finding.
  EXPECT_THAT(text, HasSubstr(R"(
if-none-match: GET /doc HTTP/1.1 -> 304 Not Modified
  > GET /doc HTTP/1.1
  > Host: localhost
)"));
  EXPECT_THAT(text, HasSubstr("  > If-None-Match: \"v1\"\n"));
  EXPECT_THAT(text, HasSubstr("  < Date: Sun, 22 Nov 2026 10:00:00 GMT\n"));
  EXPECT_THAT(text, HasSubstr("  error 304-required-fields: A 304 response has the Date, ETag, "
                              "Vary, cache and Content-Location fields of the 200 (ETag: the 200 "
                              "has ETag, this 304 does not) [RFC 9110 §15.4.5]\n"));
  // The 200 it is compared with, in full.
  EXPECT_THAT(text, HasSubstr("\nget: GET /doc HTTP/1.1 -> 200 OK\n  > GET /doc HTTP/1.1\n"));
  EXPECT_THAT(text, HasSubstr("  < ETag: \"v1\"\n"));
  EXPECT_THAT(text, testing::EndsWith(
                        " probes have errors: if-none-match (304-required-fields), "
                        "if-none-match-head (304-required-fields), range-if-none-match "
                        "(304-required-fields)\nto switch a rule off, give the matcher a policy p "
                        "with p.set(\"304-required-fields\", respolicy::severity::off)"));
}

TEST(GTestProbeMatchers, ViolatesNeedsTheRuleAndAKnownId) {
  doc_handler const handler;
  auto const text =
      failure_of([&] { EXPECT_THAT(handler, rg::probe_violates("/doc", "304-required-fields")); });
  EXPECT_THAT(text, HasSubstr("Expected: violates 304-required-fields under the standard policy "
                              "when probed at /doc on localhost\n"));
  EXPECT_THAT(text, testing::EndsWith("\nno probe reports 304-required-fields"));
  EXPECT_EQ(::testing::DescribeMatcher<doc_handler>(
                rg::probe_violates("/doc", "304-required-fields"), true),
            "does not violate 304-required-fields under the standard policy when probed at /doc "
            "on localhost");
  try {
    rg::probe_violates("/doc", "304-required");
    ADD_FAILURE() << "probe_violates(\"/doc\", \"304-required\") did not throw";
  } catch (std::invalid_argument const& e) {
    EXPECT_STREQ(e.what(),
                 "respolicy: no rule has the id \"304-required\"; did you mean "
                 "\"304-required-fields\"?");
  }
}

TEST(GTestProbeMatchers, TargetFieldsGoWithEveryRequest) {
  respolicy::probe_target const target{
      .host = "example.com", .target = "/doc", .fields = {{"Authorization", "Bearer t"}}};
  doc_handler const handler{.drop_etag_304 = true};
  auto const text = failure_of([&] { EXPECT_THAT(handler, rg::probe_conforms(target)); });
  EXPECT_THAT(text, HasSubstr("Expected: conforms to the standard policy when probed at /doc on "
                              "example.com with Authorization: Bearer t\n"));
  EXPECT_THAT(text, HasSubstr("  > Host: example.com\n"));
  EXPECT_THAT(text, HasSubstr("  > Authorization: Bearer t\n"));
}

// The README's failure text for a 304 that drops the ETag is this test's, trimmed: each line it
// shows is a line of the real text, in order ("..." stands for lines left out).
TEST(GTestProbeMatchers, ReadmeShowsTheRealFailureText) {
  doc_handler const handler{.drop_etag_304 = true};
  auto const text = failure_of([&] { EXPECT_THAT(handler, rg::probe_conforms("/doc")); });

  std::ifstream in(RESPOLICY_SOURCE_DIR "/README.md");
  std::string const readme{std::istreambuf_iterator<char>(in), {}};
  constexpr std::string_view intro =
      "Value of: handler\nExpected: conforms to the standard policy "
      "when probed at /doc on localhost\n";
  auto const start = readme.find(intro);
  ASSERT_NE(start, std::string::npos) << "README.md does not show the probe matchers' failure";
  auto const end = readme.find("\n```", start);
  ASSERT_NE(end, std::string::npos);
  std::string_view shown{readme.data() + start, end - start};

  std::vector<std::string_view> lines;
  for (std::string_view t = text; !t.empty();) {
    auto const nl = t.find('\n');
    lines.push_back(t.substr(0, nl));
    t.remove_prefix(nl == std::string_view::npos ? t.size() : nl + 1);
  }
  auto next = lines.begin();
  while (!shown.empty()) {
    auto const nl = shown.find('\n');
    auto const line = shown.substr(0, nl);
    shown.remove_prefix(nl == std::string_view::npos ? shown.size() : nl + 1);
    if (line == "...") continue;
    next = std::find(next, lines.end(), line);
    ASSERT_NE(next, lines.end()) << "README.md shows a line the failure does not have, or not in "
                                    "this order:\n"
                                 << line << "\nThe failure:\n"
                                 << text;
    ++next;
  }
}

}  // namespace
