//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/challenge.hpp>

#include "grammar/cases.hpp"
#include "grammar/exact_buffer.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

using namespace respolicy::grammar;
using respolicy::test::bad_case;
using respolicy::test::check_bad;

namespace {

// The input copied into a heap buffer of exactly its size: AddressSanitizer reports any read past
// its end.
using exact_copy = respolicy::test::exact_buffer;

// A challenge written as "scheme|token68|name=value name=value", values as written.
std::string describe(challenge const& c) {
  std::string s(c.scheme);
  s += "|";
  s += c.token68;
  s += "|";
  bool first = true;
  for (auto const& p : c.params) {
    if (!first) s += " ";
    first = false;
    s += std::string(p.name) + "=" + std::string(p.value);
  }
  return s;
}

struct good_case {
  std::string_view input;
  std::vector<std::string> challenges;
};

}  // namespace

TEST_CASE("challenge: RFC examples, whitespace variants and the comma ambiguity",
          "[grammar][challenge]") {
  good_case const cases[] = {
      // RFC 9110 §11.6.1 (the obs-fold of the example joined with one SP)
      {"Newauth realm=\"apps\", type=1, title=\"Login to \\\"apps\\\"\", Basic realm=\"simple\"",
       {"Newauth||realm=\"apps\" type=1 title=\"Login to \\\"apps\\\"\"",
        "Basic||realm=\"simple\""}},
      // RFC 7617 §2, §2.1
      {"Basic realm=\"WallyWorld\"", {"Basic||realm=\"WallyWorld\""}},
      {"Basic realm=\"foo\", charset=\"UTF-8\"", {"Basic||realm=\"foo\" charset=\"UTF-8\""}},
      // RFC 6750 §3
      {"Bearer realm=\"example\"", {"Bearer||realm=\"example\""}},
      {"Bearer realm=\"example\", error=\"invalid_token\", error_description=\"The access token "
       "expired\"",
       {"Bearer||realm=\"example\" error=\"invalid_token\" error_description=\"The access token "
        "expired\""}},
      // RFC 7616 §3.9.1 (no space after the commas, as servers send it)
      {"Digest realm=\"http-auth@example.org\",qop=\"auth, auth-int\",algorithm=SHA-256,"
       "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\",opaque=\"FQhe/"
       "qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"",
       {"Digest||realm=\"http-auth@example.org\" qop=\"auth, auth-int\" algorithm=SHA-256 "
        "nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\" "
        "opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\""}},
      // token68 (RFC 9110 §11.2), with and without padding, then another challenge
      {"Negotiate", {"Negotiate||"}},
      {"Negotiate YIIBhwYGKwYBBQUCoIIBezCCAXegDTAL",
       {"Negotiate|YIIBhwYGKwYBBQUCoIIBezCCAXegDTAL|"}},
      {"Foo abc==, Basic realm=\"x\"", {"Foo|abc==|", "Basic||realm=\"x\""}},
      {"Foo a-._~+/0=", {"Foo|a-._~+/0=|"}},
      {"Foo realm=", {"Foo|realm=|"}},  // a token68, not an auth-param without a value
      {"Basic, Bearer", {"Basic||", "Bearer||"}},
      {"Basic , Bearer ,Negotiate", {"Basic||", "Bearer||", "Negotiate||"}},
      // BWS around "=" and empty elements, as recipients accept them
      {"Basic realm = \"x\"", {"Basic||realm=\"x\""}},
      {"Basic realm=\"x\", , charset=UTF-8", {"Basic||realm=\"x\" charset=UTF-8"}},
      {", Basic realm=\"x\",", {"Basic||realm=\"x\""}},
      {"Basic   realm=\"x\"", {"Basic||realm=\"x\""}},
      {"A a=1, B b=2, c=3, C", {"A||a=1", "B||b=2 c=3", "C||"}},
      {"", {}},
      {"   ", {}},
      {",", {}},
  };
  for (auto const& c : cases) {
    INFO(c.input);
    exact_copy in(c.input);
    auto r = parse_www_authenticate(in.view());
    REQUIRE(r);
    std::vector<std::string> got;
    for (auto const& ch : *r) got.push_back(describe(ch));
    CHECK(got == c.challenges);
    CHECK(r->size() == c.challenges.size());
  }
}

TEST_CASE("challenge: flags and lookups", "[grammar][challenge]") {
  auto r = parse_challenges("Basic realm = \"x\", charset=UTF-8, Realm=y");
  REQUIRE(r);
  auto const& ch = *r->begin();
  CHECK(ch.is("basic"));
  CHECK(ch.bws);
  CHECK(ch.params.size() == 3);
  auto realm = ch.param("realm");
  REQUIRE(realm);
  CHECK(realm->quoted);
  CHECK(realm->raw() == "x");
  auto dup = find_duplicate_parameter(ch.params);
  REQUIRE(dup);
  CHECK(dup->name == "Realm");
  CHECK(!find_duplicate_parameter(
      parse_challenges("Basic realm=\"x\", charset=UTF-8")->begin()->params));

  auto e = parse_challenges("Basic realm=\"x\", , charset=UTF-8");
  REQUIRE(e);
  CHECK(e->begin()->params.empty_elements() == 1);
  CHECK(!e->begin()->bws);
  auto t = parse_challenges("Basic realm=x");
  REQUIRE(t);
  CHECK(!t->begin()->param("realm")->quoted);
}

TEST_CASE("challenge: values outside the grammar", "[grammar][challenge]") {
  constexpr bad_case cases[] = {
      {"\"Basic\"", error::syntax, 0},
      {"Basic\trealm=\"x\"", error::syntax, 5},  // 1*SP, not HTAB
      {"Basic realm \"x\"", error::syntax, 12},
      {"Basic realm=\"x", error::syntax, 14},
      {"Basic realm=\"x\" charset=y", error::syntax, 16},
      {"Basic realm=\"x\", charset=", error::syntax, 25},
      {"Basic realm=\"x\", charset=@", error::syntax, 25},
      {"Basic realm=\"x\";charset=y", error::syntax, 15},
      {"Foo abc==def", error::syntax, 8},
      {"Foo abc= =", error::syntax, 9},
      {"Basic realm=\"x\", =y", error::syntax, 17},
      {"B\xc3\xa4sic", error::syntax, 1},
      {"Basic (comment)", error::syntax, 6},
  };
  check_bad(cases, parse_challenges);
}

TEST_CASE("auth-params: Authentication-Info (RFC 9110 §11.6.3)", "[grammar][challenge]") {
  constexpr std::string_view good[] = {
      "nextnonce=\"47364c23432d2e131a5fb210812c\"",
      "qop=auth, rspauth=\"6629fae49393a05397450978507c4ef1\", cnonce=\"0a4f113b\", nc=00000001",
      "sid=abc",
      "",
      "a=1,,b=2",
      "a = 1",
  };
  for (auto v : good) {
    INFO(v);
    exact_copy in(v);
    CHECK(parse_authentication_info(in.view()));
  }
  auto r = parse_auth_params("a=1, b=\"2\", c = 3");
  REQUIRE(r);
  CHECK(r->size() == 3);
  bool bws = false;
  for (auto const& p : *r) bws |= p.bws;
  CHECK(bws);

  constexpr bad_case bad[] = {
      {"Basic realm=\"x\"", error::syntax, 6},  // a challenge, not an auth-param
      {"a", error::syntax, 1},
      {"a=1 b=2", error::syntax, 4},
      {"a=\"1", error::syntax, 4},
      {"=1", error::syntax, 0},
      {"a=1;b=2", error::syntax, 3},
  };
  check_bad(bad, parse_auth_params);
}

TEST_CASE("challenge: overlong inputs", "[grammar][challenge]") {
  std::string many = "Basic realm=\"x\"";
  for (int i = 0; i < 5000; ++i) many += ", p" + std::to_string(i) + "=v";
  exact_copy in(many);
  auto r = parse_challenges(in.view());
  REQUIRE(r);
  CHECK(r->size() == 1);
  CHECK(r->begin()->params.size() == 5001);
  CHECK(!find_duplicate_parameter(r->begin()->params));

  std::string schemes;
  for (int i = 0; i < 5000; ++i) schemes += "S" + std::to_string(i) + " t=1, ";
  exact_copy in2(schemes);
  auto s = parse_challenges(in2.view());
  REQUIRE(s);
  CHECK(s->size() == 5000);
  CHECK(s->empty_elements() == 1);

  std::string t68 = "Negotiate " + std::string(100000, 'A') + "==";
  exact_copy in3(t68);
  auto t = parse_challenges(in3.view());
  REQUIRE(t);
  CHECK(t->begin()->token68.size() == 100002);

  std::string open = "Basic realm=\"" + std::string(100000, 'x');
  exact_copy in4(open);
  CHECK(!parse_challenges(in4.view()));
}
