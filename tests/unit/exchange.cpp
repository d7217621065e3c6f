//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// connection_checker: each exchange rule broken by a sequence of requests and responses, and a
// near miss that is not.

#include <respolicy/exchange.hpp>
#include <respolicy/rule.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

using namespace respolicy;

namespace {

field_view const none[] = {{"Content-Length", "0"}};
field_view const closing[] = {{"Connection", "close"}, {"Content-Length", "0"}};
field_view const expect_100[] = {{"Expect", "100-continue"}, {"Content-Length", "5"}};
field_view const upgrade_expect[] = {
    {"Expect", "100-continue"}, {"Upgrade", "websocket"}, {"Connection", "upgrade"}};
field_view const upgrade_only[] = {{"Upgrade", "websocket"}, {"Connection", "upgrade"}};

response_view const ok{200, "OK", 11, none};
response_view const ok_closing{200, "OK", 11, closing};
response_view const cont{100, "Continue", 11, {}};
response_view const hints{103, "Early Hints", 11, {}};
response_view const switching{101, "Switching Protocols", 11, upgrade_only};

request_context const get{"GET"};

// One step of a connection's life: a request, a response, the server reading on, the end.
struct step {
  enum kind { request, content_read, response, reads, closed } what;
  request_context req{};
  request_content content = request_content::none;
  response_view res{};
};

step req(request_context r, request_content c = request_content::none) {
  return {step::request, r, c, {}};
}
step res(response_view r) { return {step::response, {}, {}, r}; }
step read_content() { return {step::content_read}; }
step reads() { return {step::reads}; }
step end() { return {step::closed}; }

std::vector<std::string> run(std::vector<step> const& steps) {
  connection_checker c;
  report rep;
  for (auto const& s : steps) {
    switch (s.what) {
      case step::request: c.request(s.req, s.content); break;
      case step::content_read: c.request_content_read(true); break;
      case step::response: c.response(s.res, rep); break;
      case step::reads: c.server_reads(rep); break;
      case step::closed: c.closed(rep); break;
    }
  }
  std::vector<std::string> ids;
  for (auto const& d : rep) ids.emplace_back(d.rule);
  return ids;
}

using ids = std::vector<std::string>;

}  // namespace

TEST_CASE("connection_checker: each exchange rule, broken and nearly broken", "[exchange]") {
  request_context const post_100{"POST", 11, expect_100};
  request_context const post_100_10{"POST", 10, expect_100};
  request_context const upgrade_100{"GET", 11, upgrade_expect};
  request_context const upgrade{"GET", 11, upgrade_only};
  request_context const connect{"CONNECT"};

  SECTION("no-1xx-after-final") {
    CHECK(run({req(get), res(ok), res(hints)}) == ids{"no-1xx-after-final"});
    CHECK(run({req(get), res(hints), res(ok)}).empty());
  }
  SECTION("one-final-response") {
    CHECK(run({req(get), res(ok), res(ok)}) == ids{"one-final-response"});
    CHECK(run({req(get), res(hints), end()}) == ids{"one-final-response"});
    CHECK(run({req(get), req(get), res(ok), res(ok)}).empty());  // pipelined
    CHECK(run({req(get), end()}).empty());  // a server may close before answering
  }
  SECTION("100-then-final") {
    CHECK(run({req(post_100, request_content::pending), res(cont), end()}) ==
          ids{"100-then-final"});
    CHECK(run({req(post_100, request_content::pending), res(cont), read_content(), res(ok), end()})
              .empty());
  }
  SECTION("100-before-101") {
    CHECK(run({req(upgrade_100), res(switching)}) == ids{"100-before-101"});
    CHECK(run({req(upgrade_100), res(cont), res(switching)}).empty());
    CHECK(run({req(upgrade), res(switching)}).empty());
  }
  SECTION("100-continue-prompt") {
    CHECK(run({req(post_100, request_content::pending), reads()}) == ids{"100-continue-prompt"});
    CHECK(run({req(post_100, request_content::pending), res(cont), reads()}).empty());
    // Content already arriving: the server may omit the 100 (RFC 9110 §10.1.1).
    connection_checker c;
    report rep;
    c.request(post_100, request_content::pending);
    c.request_content_read(false);
    c.server_reads(rep);
    CHECK(rep.empty());
    // An HTTP/1.0 request: the expectation does not bind.
    CHECK(run({req(post_100_10, request_content::pending), reads()}).empty());
  }
  SECTION("early-final-response-signals-close") {
    CHECK(run({req(post_100, request_content::pending), res(ok)}) ==
          ids{"early-final-response-signals-close"});
    CHECK(run({req(post_100, request_content::pending), res(ok_closing)}).empty());
    CHECK(run({req(post_100, request_content::pending), read_content(), res(ok)}).empty());
  }
  SECTION("close-means-close") {
    CHECK(run({req(get), req(get), res(ok_closing), res(ok)}) == ids{"close-means-close"});
    CHECK(run({req(get), req(get), res(ok), res(ok_closing)}).empty());
  }
  SECTION("after a 101 or a 2xx to CONNECT, nothing is judged") {
    CHECK(run({req(connect), res(ok), res(hints), res(ok)}).empty());
    CHECK(run({req(upgrade), res(switching), res(ok), res(ok)}).empty());
    response_view const refused{407, "Proxy Authentication Required", 11, none};
    CHECK(run({req(connect), res(refused), res(ok)}) == ids{"one-final-response"});
  }
}

TEST_CASE("connection_checker: severities come from the policy", "[exchange]") {
  auto pol = policy::standard();
  pol.set("no-1xx-after-final", severity::off);
  pol.set("one-final-response", severity::warning);
  connection_checker c{pol};
  report rep;
  c.request(get, request_content::none);
  c.response(ok, rep);
  c.response(hints, rep);
  c.response(ok, rep);
  REQUIRE(rep.size() == 1);
  CHECK(rep.begin()->rule == "one-final-response");
  CHECK(rep.begin()->severity == severity::warning);
}

TEST_CASE("connection_checker: every rule marked as checked on a connection is broken here",
          "[exchange]") {
  request_context const post_100{"POST", 11, expect_100};
  request_context const upgrade_100{"GET", 11, upgrade_expect};
  // One sequence that breaks each rule; the table is complete when it names every rule whose
  // coverage is `exchange`, and nothing else.
  struct breaking {
    std::string_view id;
    std::vector<step> steps;
  };
  std::vector<breaking> const table = {
      {"one-final-response", {req(get), res(ok), res(ok)}},
      {"no-1xx-after-final", {req(get), res(ok), res(hints)}},
      {"100-then-final", {req(post_100, request_content::pending), res(cont), end()}},
      {"100-before-101", {req(upgrade_100), res(switching)}},
      {"100-continue-prompt", {req(post_100, request_content::pending), reads()}},
      {"early-final-response-signals-close", {req(post_100, request_content::pending), res(ok)}},
      {"close-means-close", {req(get), req(get), res(ok_closing), res(ok)}},
  };
  std::vector<std::string_view> marked;
  for (auto const& r : rules())
    if (r.cover == coverage::exchange) marked.push_back(r.id);
  std::vector<std::string_view> broken;
  for (auto const& b : table) {
    INFO(b.id);
    CHECK(run(b.steps) == ids{std::string(b.id)});
    broken.push_back(b.id);
  }
  std::sort(marked.begin(), marked.end());
  std::sort(broken.begin(), broken.end());
  CHECK(marked == broken);
}
