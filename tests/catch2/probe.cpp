//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/catch2/probe.hpp>

#include "doc_handler.hpp"

#include <boost/beast/http.hpp>

#include <functional>
#include <memory>
#include <stdexcept>
#include <string>

// The probe matchers' text, as Catch2 prints it after "with expansion:" when CHECK_THAT fails: the
// handler (Catch2 prints "{?}" for a type it cannot print), then describe() after the match.

namespace {

namespace http = boost::beast::http;
namespace rc = respolicy::catch2;
using respolicy::test::doc_handler;

// What the matcher says after matching `handler`, and whether it matched.
template <class Handler>
std::pair<bool, std::string> probe(Handler const& handler, rc::probe_matcher const& matcher) {
  bool const matched = matcher.match(handler);
  return {matched, matcher.describe()};
}

bool contains(std::string const& text, std::string const& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("catch2: a handler that answers every probe passes probe_conforms()", "[catch2][probe]") {
  doc_handler const handler;
  CHECK_THAT(handler, rc::probe_conforms("/doc"));
  CHECK_THAT(handler, rc::probe_conforms("/doc", respolicy::policy::strict()));
  CHECK_THAT(handler, rc::probe_conforms({.host = "example.com", .target = "/doc"}));

  auto const [ok, text] = probe(handler, rc::probe_conforms("/doc"));
  CHECK(ok);
  // Every probe on one line, none in full, and the summary.
  CHECK(text.starts_with(R"(conforms to the standard policy when probed at /doc on localhost
which was sent )"));
  CHECK(contains(text, "\nget: GET /doc HTTP/1.1 -> 200 OK\nhead: HEAD /doc HTTP/1.1 -> 200 OK\n"));
  CHECK(contains(text, "\nif-none-match: GET /doc HTTP/1.1 -> 304 Not Modified\n"));
  CHECK_FALSE(contains(text, "\n  > "));
  CHECK(text.ends_with("\nno probe has an error"));
}

TEST_CASE("catch2: a 304 that drops the ETag fails probe_conforms() and shows the probe",
          "[catch2][probe]") {
  doc_handler const handler{.drop_etag_304 = true};
  CHECK_THAT(handler, rc::probe_violates("/doc", "304-required-fields"));

  auto const [ok, text] = probe(handler, rc::probe_conforms("/doc"));
  CHECK_FALSE(ok);
  INFO(text);
  // The probe's request as sent, the response's status and fields, and the finding.
  CHECK(contains(text,
                 "\nif-none-match: GET /doc HTTP/1.1 -> 304 Not Modified\n"
                 "  > GET /doc HTTP/1.1\n"
                 "  > Host: localhost\n"));
  CHECK(contains(text, "  > If-None-Match: \"v1\"\n"));
  CHECK(contains(text, "  < Date: Sun, 22 Nov 2026 10:00:00 GMT\n"));
  CHECK(contains(text,
                 "  error 304-required-fields: A 304 response has the Date, ETag, Vary, "
                 "cache and Content-Location fields of the 200 (ETag: the 200 has ETag, this "
                 "304 does not) [RFC 9110 §15.4.5]\n"));
  // The 200 it is compared with, in full; the probes without errors on one line.
  CHECK(contains(text, "\nget: GET /doc HTTP/1.1 -> 200 OK\n  > GET /doc HTTP/1.1\n"));
  CHECK(contains(text, "  < ETag: \"v1\"\n"));
  CHECK(contains(text, "\nhead: HEAD /doc HTTP/1.1 -> 200 OK\nif-none-match: "));
  CHECK(contains(text, "\n3 of "));
  CHECK(text.ends_with(
      " probes have errors: if-none-match (304-required-fields), if-none-match-head "
      "(304-required-fields), range-if-none-match (304-required-fields)\nto switch a rule off, "
      "give the matcher a policy p with p.set(\"304-required-fields\", "
      "respolicy::severity::off)"));

  auto const violated = probe(handler, rc::probe_violates("/doc", "304-required-fields"));
  CHECK(violated.first);
  CHECK(violated.second.starts_with(
      "violates 304-required-fields under the standard policy when probed at /doc on localhost\n"));
  CHECK(violated.second.ends_with(
      " probes report 304-required-fields: if-none-match, if-none-match-head, "
      "range-if-none-match"));
}

TEST_CASE("catch2: probe_violates() fails when no probe reports the rule, and refuses unknown ids",
          "[catch2][probe]") {
  auto const [ok, text] = probe(doc_handler{}, rc::probe_violates("/doc", "304-required-fields"));
  CHECK_FALSE(ok);
  CHECK(text.ends_with("\nno probe reports 304-required-fields"));
  CHECK_FALSE(contains(text, "\n  > "));

  CHECK_THROWS_WITH(rc::probe_violates("/doc", "304-required"),
                    "respolicy: no rule has the id \"304-required\"; did you mean "
                    "\"304-required-fields\"?");
  CHECK_THROWS_AS(rc::probe_violates({.host = "example.com"}, "no-such-rule"),
                  std::invalid_argument);
}

TEST_CASE("catch2: a probe_target's host and fields go with every request", "[catch2][probe]") {
  respolicy::probe_target const target{
      .host = "example.com", .target = "/doc", .fields = {{"Authorization", "Bearer t"}}};
  auto const [ok, text] = probe(doc_handler{.drop_etag_304 = true}, rc::probe_conforms(target));
  CHECK_FALSE(ok);
  CHECK(
      text.starts_with("conforms to the standard policy when probed at /doc on example.com "
                       "with Authorization: Bearer t\n"));
  CHECK(contains(text,
                 "\nif-none-match: GET /doc HTTP/1.1 -> 304 Not Modified\n"
                 "  > GET /doc HTTP/1.1\n"
                 "  > Host: example.com\n"));
  CHECK(contains(text, "  > Authorization: Bearer t\n"));
}

TEST_CASE("catch2: a handler that throws fails probe_conforms() with the reason",
          "[catch2][probe]") {
  auto const throws =
      [](http::request<http::string_body> const&) -> http::response<http::string_body> {
    throw std::runtime_error("no database");
  };
  auto const [ok, text] = probe(throws, rc::probe_conforms("/doc"));
  CHECK_FALSE(ok);
  // The probe says why it failed; the probes planned from a 200 are left out.
  CHECK(text.starts_with("conforms to the standard policy when probed at /doc on localhost\n"));
  CHECK(contains(text, R"(
get: GET /doc HTTP/1.1
  > GET /doc HTTP/1.1
  > Host: localhost
)"));
  CHECK(contains(text, "\n  failed: the handler threw: no database\n"));
  CHECK(contains(text, " errors: get (failed)"));
  CHECK_FALSE(contains(text, "if-none-match"));
}

TEST_CASE("catch2: probe matchers take any handler probe_handler takes", "[catch2][probe]") {
  // A lambda, a handler that cannot be copied (probed through a reference), a std::function.
  auto const lambda = [h = doc_handler{}](http::request<http::string_body> const& req) {
    return h(req);
  };
  CHECK_THAT(lambda, rc::probe_conforms("/doc"));
  auto const move_only = [h = std::make_unique<doc_handler>(doc_handler{.drop_etag_304 = true})](
                             http::request<http::string_body> const& req) { return (*h)(req); };
  CHECK_THAT(move_only, rc::probe_violates("/doc", "304-required-fields"));
  std::function<http::response<http::string_body>(http::request<http::string_body> const&)> const
      erased = doc_handler{};
  CHECK_THAT(erased, rc::probe_conforms("/doc", respolicy::policy::unit_test()));
}

TEST_CASE("catch2: a probe matcher used twice describes its latest match", "[catch2][probe]") {
  auto const matcher = rc::probe_conforms("/doc");
  CHECK(matcher.toString() == "conforms to the standard policy when probed at /doc on localhost");
  CHECK_FALSE(matcher.match(doc_handler{.drop_etag_304 = true}));
  CHECK(contains(matcher.toString(), "error 304-required-fields"));
  CHECK(matcher.match(doc_handler{}));
  CHECK_FALSE(contains(matcher.toString(), "error 304-required-fields"));
  CHECK(matcher.toString().ends_with("\nno probe has an error"));
}
