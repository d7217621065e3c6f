//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// respolicy-lint --format json against docs/lint-json-schema.json (json_validator.hpp).

#include "json_validator.hpp"
#include "process.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace {

namespace json = boost::json;
using respolicy::test::is_utf8;
using respolicy::test::validator;

validator load() { return respolicy::test::load_schema(); }

}  // namespace

TEST_CASE("respolicy-lint --format json conforms to docs/lint-json-schema.json", "[lint][json]") {
  auto v = load();
  std::string const corpus = RESPOLICY_CLI_CORPUS;
  std::vector<std::vector<std::string>> runs = {
      {corpus + "/ok_200.http"},
      {corpus + "/no_content_204.http", corpus + "/obs_fold.http", corpus + "/bare_lf.http"},
      {corpus + "/garbage_then_ok.http", corpus + "/truncated_header.http"},
      {corpus + "/sample.har"},
      {"--policy", "strict", corpus + "/redirect_chain.http", corpus + "/empty.http"},
      {"--policy", "unit-test", corpus + "/no_date.http"},
      {"--request", corpus + "/requests.http", corpus + "/responses_for_requests.http"},
  };
  for (auto args : runs) {
    args.insert(args.begin(), {"--format", "json"});
    auto const r = respolicy::test::run_lint(args);
    INFO(r.out << r.err);
    REQUIRE((r.status == 0 || r.status == 1));
    boost::system::error_code ec;
    auto const doc = json::parse(r.out, ec);
    REQUIRE(!ec);
    auto const problems = v.check(doc);
    for (auto const& p : problems) UNSCOPED_INFO(p);
    CHECK(problems.empty());
    // Every response is there, each with every severity the policy reports.
    auto const& summary = doc.at("summary");
    CHECK(doc.at("responses").as_array().size() ==
          summary.at("responses").to_number<std::size_t>());
  }
}

TEST_CASE("the schema validator rejects what the schema forbids", "[lint][json]") {
  auto v = load();
  auto const good = json::parse(R"({"tool":"respolicy-lint","version":"0.1.0","policy":"standard",
    "responses":[{"source":"a","index":1,"offset":0,"status":405,"reason":"Method Not Allowed",
      "version":"HTTP/1.1","method":null,"url":null,"diagnostics":[{"rule":"405-allow-required",
      "severity":"error","message":"m","citation":"RFC 9110 §15.5.6","field":null,"detail":null,
      "field_line":null,"offset":null}],"invalid_utf8":false}],
    "summary":{"responses":1,"inputs":1,"errors":1,"warnings":0,"infos":0}})");
  CHECK(v.check(good).empty());
  auto bad = good;
  bad.at_pointer("/responses/0/diagnostics/0").as_object().erase("rule");
  CHECK_FALSE(v.check(bad).empty());
  bad = good;
  bad.at_pointer("/responses/0/diagnostics/0/severity") = "fatal";
  CHECK_FALSE(v.check(bad).empty());
  bad = good;
  bad.at_pointer("/responses/0/index") = 0;
  CHECK_FALSE(v.check(bad).empty());
  bad = good;
  bad.at_pointer("/responses/0").as_object()["extra"] = 1;
  CHECK_FALSE(v.check(bad).empty());
  bad = good;
  bad.at_pointer("/responses/0/status") = "405";
  CHECK_FALSE(v.check(bad).empty());
  bad = good;
  bad.at_pointer("/responses/0").as_object().erase("invalid_utf8");
  CHECK_FALSE(v.check(bad).empty());
  bad = good;
  bad.at_pointer("/responses/0").as_object().erase("url");
  CHECK_FALSE(v.check(bad).empty());
  bad = good;
  bad.at_pointer("/responses/0/url") = 1;
  CHECK_FALSE(v.check(bad).empty());
  auto with_url = good;
  with_url.at_pointer("/responses/0/url") = "https://example.com/a";
  CHECK(v.check(with_url).empty());
}

TEST_CASE("respolicy-lint --format json is UTF-8 whatever the input holds", "[lint][json]") {
  auto v = load();
  // Not UTF-8: a lone 0xFF in the reason phrase, a broken two-byte sequence and an encoded
  // surrogate in a field value. Then UTF-8 that a cut after 200 bytes would split.
  std::string const path = respolicy::test::temp_path("utf8.http");
  std::ofstream(path, std::ios::binary)
      << "HTTP/1.1 200 O\xffK\r\nDate: Tue, 15 Nov 1994 08:12:31 GMT\r\n"
         "X-Bytes: a\xc3(b\xed\xa0\x80\r\nContent-Length: 0\r\n\r\n"
         "HTTP/1.1 200 OK\r\nDate: Tue, 15 Nov 1994 08:12:31 GMT\r\nX-Long: "
      << std::string(199, 'a') << "\xc3\xa9\r\nContent-Length: 0\r\n\r\n";
  auto const r = respolicy::test::run_lint({"--format", "json", path});
  std::remove(path.c_str());
  INFO(r.out << r.err);
  REQUIRE((r.status == 0 || r.status == 1));
  CHECK(is_utf8(r.out));
  boost::system::error_code ec;
  auto const doc = json::parse(r.out, ec);  // Boost.JSON rejects invalid UTF-8 by default
  REQUIRE(!ec);
  auto const problems = v.check(doc);
  for (auto const& p : problems) UNSCOPED_INFO(p);
  CHECK(problems.empty());
  auto const& responses = doc.at("responses").as_array();
  REQUIRE(responses.size() == 2);
  // Each byte that is not UTF-8 is U+FFFD, and the entry says so.
  CHECK(responses[0].at("reason") == "O\xef\xbf\xbdK");
  CHECK(responses[0].at("invalid_utf8") == true);
  bool bytes_line = false;
  for (auto const& d : responses[0].at("diagnostics").as_array())
    if (auto const* line = d.as_object().if_contains("field_line"); line && line->is_string())
      bytes_line |=
          line->as_string() == "X-Bytes: a\xef\xbf\xbd(b\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd";
  CHECK(bytes_line);
  // UTF-8 cut to length is cut between characters, not inside one.
  CHECK(responses[1].at("invalid_utf8") == false);
}
