//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// HTTP/2 and HTTP/3 from captures: HAR files as Chrome and Firefox write them (httpVersion
// "http/2.0", "h3", "HTTP/2", "HTTP/3", pseudo-header fields, _transferSize, compressed
// content), and the rules of RFC 9113 and RFC 9114 from a HAR file, each broken and nearly broken.
// Judged per entry, from the JSON output.

#include "process.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <map>
#include <set>
#include <string>

namespace {

namespace json = boost::json;

struct entry {
  std::string version;
  std::set<std::string> rules;  // the rules reported, at any severity
};

// Entry index -> what respolicy-lint reported for it.
std::map<std::size_t, entry> lint_har(std::string const& file) {
  auto const r = respolicy::test::run_lint(
      {"--format", "json", std::string(RESPOLICY_CLI_CORPUS) + "/" + file});
  INFO(r.out << r.err);
  boost::system::error_code ec;
  auto const doc = json::parse(r.out, ec);
  REQUIRE(!ec);
  std::map<std::size_t, entry> out;
  for (auto const& v : doc.at("responses").as_array()) {
    auto const& o = v.as_object();
    auto& e = out[o.at("index").to_number<std::size_t>()];
    if (o.at("version").is_string()) e.version = o.at("version").as_string().c_str();
    for (auto const& d : o.at("diagnostics").as_array())
      e.rules.insert(d.at("rule").as_string().c_str());
  }
  return out;
}

}  // namespace

TEST_CASE("protocols: a HAR file as Chrome writes it, with HTTP/2 and HTTP/3 entries",
          "[lint][protocol]") {
  auto const e = lint_har("chrome_h2_h3.har");
  REQUIRE(e.size() == 4);
  CHECK(e.at(1).version == "HTTP/2");  // "http/2.0"
  CHECK(e.at(2).version == "HTTP/3");  // "h3"
  // Clean entries: request pseudo-header fields, compressed content, no reason phrase.
  CHECK(e.at(1).rules.empty());
  CHECK(e.at(2).rules.empty());
  // Planted: the example, three connection-specific fields on an HTTP/2 response.
  CHECK(e.at(3).rules == std::set<std::string>{"no-connection-specific-fields"});
  // Planted: an uppercase field name on an HTTP/3 response.
  CHECK(e.at(4).rules == std::set<std::string>{"field-name-lowercase"});
}

TEST_CASE("protocols: a HAR file as Firefox writes it, with HTTP/2 and HTTP/3 entries",
          "[lint][protocol]") {
  auto const e = lint_har("firefox_h2_h3.har");
  REQUIRE(e.size() == 4);
  CHECK(e.at(1).version == "HTTP/2");
  CHECK(e.at(2).version == "HTTP/3");
  // Clean: "OK" as statusText (Firefox fills it in; HTTP/2 sends none), title-case request
  // field names, a Brotli-coded body.
  CHECK(e.at(1).rules.empty());
  CHECK(e.at(2).rules.empty());
  // Planted: Content-Length 12 on 10 bytes of HTTP/3 content (RFC 9114 §4.1.2).
  CHECK(e.at(3).rules == std::set<std::string>{"content-length-accurate"});
  // HTTP/1.1 with Connection and Keep-Alive: the HTTP/2 and HTTP/3 rules do not apply.
  CHECK(e.at(4).version == "HTTP/1.1");
  CHECK(e.at(4).rules.empty());
}

TEST_CASE("protocols: connection-specific fields, in HTTP/2 and in HTTP/1.1", "[lint][protocol]") {
  auto const e = lint_har("h2_connection_fields.har");
  REQUIRE(e.size() == 2);
  CHECK(e.at(1).rules.count("no-connection-specific-fields") == 1);
  CHECK(e.at(2).rules.count("no-connection-specific-fields") == 0);  // near miss: HTTP/1.1
}

TEST_CASE("protocols: each rule of RFC 9113 and RFC 9114 from a HAR file", "[lint][protocol]") {
  auto const e = lint_har("h2_h3_rules.har");
  REQUIRE(e.size() == 5);
  CHECK(e.at(1).rules.count("101-not-in-h2-h3") == 1);
  CHECK(e.at(5).rules.count("101-not-in-h2-h3") == 0);           // near miss: a 101 in HTTP/1.1
  CHECK(e.at(2).rules.count("pseudo-header-status-only") == 1);  // :path in a response
  CHECK(e.at(3).rules.count("pseudo-header-before-fields") == 1);
  // Near miss for the pseudo-header rules: :status first, alone; and the pseudo-header fields
  // are not judged as field names.
  CHECK(e.at(4).rules.empty());
  for (auto const& [index, x] : e) CHECK(x.rules.count("field-name-token") == 0);
  // field-name-lowercase is broken in chrome_h2_h3.har, nearly broken in every clean entry.
}
