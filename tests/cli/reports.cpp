//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// respolicy-lint's HTML, JUnit XML and SARIF sinks, fed by the linter: escaping, the field line a
// finding concerns, the Content-Security-Policy hashes, the counts. tests/cli/reports_test.py has
// real consumers read the same reports.

#include "reports.hpp"

#include <respolicy/rule.hpp>

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

namespace {

using namespace respolicy::lint;
using respolicy::field_view;
using respolicy::request_context;
using respolicy::response_view;

bool contains(std::string const& s, std::string_view what) {
  return s.find(what) != std::string::npos;
}

std::size_t count(std::string const& s, std::string_view what) {
  std::size_t n = 0;
  for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

// A 405 to GET without Allow, with a Content-Type that breaks its grammar and carries markup.
std::vector<field_view> const hostile_fields = {
    {"Date", "Tue, 15 Nov 1994 08:12:31 GMT"},
    {"X-Note", "<script>document.title='x'</script>"},
    {"Content-Type", "text/html\"><img src=x onerror=\"alert(1)\">"},
    {"Content-Length", "0"},
};

// Lints the hostile response into `out`; returns the linter's counts.
totals lint_hostile(sink& out, bool keep_heads) {
  settings s;
  s.keep_heads = keep_heads;
  linter l(s, out);
  out.set_counts(&l.counts());
  out.begin();
  l.count_source();
  response_view const res{405, "Method Not Allowed", 11, hostile_fields, 0, {}, {}};
  request_context req{"GET", 11};
  req.target = "/<b>";
  l.response("in<1>.har", 1, res, &req, true, "HTTP/1.1", {});
  l.problem("in<1>.har", 2, respolicy::wire_rule::unparseable_input, 7, "bad \x01 bytes");
  out.end();
  return l.counts();
}

// Keeps the entries the linter makes.
struct keep_sink final : sink {
  std::vector<lint_entry> entries;
  void entry(lint_entry const& e) override { entries.push_back(e); }
};

}  // namespace

TEST_CASE("sha256_base64 gives the FIPS 180-4 digests", "[reports]") {
  CHECK(sha256_base64("") == "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
  CHECK(sha256_base64("abc") == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
  // 56 bytes: the length no longer fits the first block.
  CHECK(sha256_base64("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "JI1qYdIGOLjlwCaTDD5gOaM85Flk/yFn9uzt1BnbBsE=");
}

TEST_CASE("markup_escape leaves no markup, reference or control byte", "[reports]") {
  CHECK(markup_escape("<a href=\"x\" title='y'>&</a>") ==
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  CHECK(markup_escape("a\x01\x7f\xff") == "a\\x01\\x7F\\xFF");
  CHECK(markup_escape("\xef\xbf\xbe") == "\\uFFFE");
  CHECK(markup_escape("caf\xc3\xa9") == "caf\xc3\xa9");
}

TEST_CASE("rule_help_uri links a rule to its row in docs/rules.md", "[reports]") {
  CHECK(rule_help_uri("405-allow-required") ==
        "https://github.com/respolicy/respolicy/blob/main/docs/rules.md#405-allow-required");
  CHECK(contains(rule_help_uri("unparseable-input"), "docs/lint.md#"));
}

TEST_CASE("keep_heads: the entry holds the heads, a finding the index of its field line",
          "[reports]") {
  for (bool const keep : {false, true}) {
    keep_sink out;
    lint_hostile(out, keep);
    REQUIRE(out.entries.size() == 2);
    auto const& e = out.entries[0];
    CHECK(e.response_head.size() == (keep ? hostile_fields.size() : 0u));
    CHECK(e.request_head.size() == (keep ? 1u : 0u));
    if (keep) CHECK(e.request_head[0] == "GET /<b> HTTP/1.1");
    bool seen = false;
    for (auto const& d : e.diagnostics)
      if (d.d.rule == "content-type-syntax") {
        seen = true;
        CHECK(d.line == std::optional<std::size_t>(2));
        CHECK(d.field_line.starts_with("Content-Type: text/html"));
      } else if (d.d.rule == "405-allow-required") {
        CHECK_FALSE(d.line);  // Allow is missing: no line to mark
      }
    CHECK(seen);
  }
}

TEST_CASE("html_sink: escaped input, findings marked, the CSP hashes of its own code",
          "[reports]") {
  std::ostringstream os;
  html_sink out(os, "standard");
  auto const t = lint_hostile(out, true);
  auto const page = os.str();

  CHECK_FALSE(contains(page, "<script>document"));
  CHECK_FALSE(contains(page, "<img"));
  CHECK(contains(page, "X-Note: &lt;script&gt;document.title=&#39;x&#39;&lt;/script&gt;"));
  CHECK(contains(page, "in&lt;1&gt;.har #1"));
  CHECK(contains(page, "GET /&lt;b&gt; HTTP/1.1"));
  CHECK(contains(page, "bad \\x01 bytes"));
  CHECK(count(page, "<li class=\"finding\"") == t.errors + t.warnings + t.infos);
  CHECK(count(page, "<script>") == 1);
  // The Content-Type line is marked with its finding, which links to the rule's row.
  CHECK(contains(page, "<div class=\"hl hit-error\" id=\"x1-l2\">Content-Type: "));
  CHECK(contains(page, "docs/rules.md#content-type-syntax"));

  // The policy allows exactly the page's script and style, by their hashes.
  auto between = [&](std::string_view open, std::string_view close) {
    auto const a = page.find(open) + open.size();
    return page.substr(a, page.find(close, a) - a);
  };
  auto const csp = between("http-equiv=\"Content-Security-Policy\" content=\"", "\">");
  CHECK(contains(csp, "default-src 'none'"));
  CHECK(
      contains(csp, "script-src 'sha256-" + sha256_base64(between("<script>", "</script>")) + "'"));
  CHECK(contains(csp, "style-src 'sha256-" + sha256_base64(between("<style>", "</style>")) + "'"));
}

TEST_CASE("junit_sink: a case per response, a failure per error, the rest in system-out",
          "[reports]") {
  std::ostringstream os;
  junit_sink out(os);
  auto const t = lint_hostile(out, true);
  auto const xml = os.str();
  CHECK(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
  CHECK(count(xml, "<testcase ") == t.entries);
  CHECK(count(xml, "<failure ") == t.errors);
  CHECK(contains(xml, "tests=\"2\" failures=\"" + std::to_string(t.errors) + "\""));
  CHECK(contains(xml, "name=\"#1 GET /&lt;b&gt; 405\""));
  CHECK(contains(xml, "name=\"#2 in&lt;1&gt;.har unreadable input\""));
  CHECK_FALSE(contains(xml, "<script"));
  CHECK_FALSE(contains(xml, "\x01"));
}

TEST_CASE("sarif_sink: descriptors for every rule, a located result per finding", "[reports]") {
  std::ostringstream os;
  sarif_sink out(os);
  auto const t = lint_hostile(out, false);
  auto const doc = boost::json::parse(os.str()).as_object();
  CHECK(doc.at("version") == "2.1.0");
  auto const& run = doc.at("runs").as_array().at(0).as_object();
  auto const& rules = run.at("tool").at("driver").at("rules").as_array();
  CHECK(rules.size() == respolicy::rule_count + tool_rules().size());
  auto const& results = run.at("results").as_array();
  CHECK(results.size() == t.errors + t.warnings + t.infos);
  for (auto const& v : results) {
    auto const& r = v.as_object();
    auto const& d = rules.at(r.at("ruleIndex").to_number<std::size_t>()).as_object();
    CHECK(d.at("id") == r.at("ruleId"));
    auto const& where = r.at("locations").at(0).at("physicalLocation").as_object();
    CHECK(where.at("artifactLocation").at("uri") == "in%3C1%3E.har");
    if (r.at("ruleId") == "unparseable-input") CHECK(where.at("region").at("byteOffset") == 7);
  }
}
