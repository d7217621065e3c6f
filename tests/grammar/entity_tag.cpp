//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/entity_tag.hpp>

#include "grammar/cases.hpp"
#include "grammar/exact_buffer.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

using namespace respolicy::grammar;
using respolicy::test::bad_case;
using respolicy::test::check_bad;
using respolicy::test::exact_buffer;

namespace {

struct good_case {
  std::string_view input;
  bool weak;
  std::string_view opaque;
};

good_case const good[] = {
    // RFC 9110 §8.8.3.
    {"\"xyzzy\"", false, "xyzzy"},
    {"W/\"xyzzy\"", true, "xyzzy"},
    {"\"\"", false, ""},
    // §8.8.3.2.
    {"W/\"1\"", true, "1"},
    {"W/\"2\"", true, "2"},
    {"\"1\"", false, "1"},
    // etagc: %x21 / %x23-7E / obs-text, backslash included (it is not an escape).
    {"\"!#$%&'()*+,-./0-9:;<=>?@A-Z[\\]^_`a-z{|}~\"", false,
     "!#$%&'()*+,-./0-9:;<=>?@A-Z[\\]^_`a-z{|}~"},
    {"\"a\\\"", false, "a\\"},
    {"\"caf\xc3\xa9\"", false, "caf\xc3\xa9"},
    {"W/\"\"", true, ""},
    {"\"5f2b7c1d-200\"", false, "5f2b7c1d-200"},
};

bad_case const bad[] = {
    {"", error::empty, 0},
    // What servers send instead.
    {"abc", error::syntax, 0},
    {"5f2b7c1d", error::syntax, 0},
    {"'abc'", error::syntax, 0},
    {"w/\"abc\"", error::syntax, 0},
    {"W\"abc\"", error::syntax, 1},
    {"W/ \"abc\"", error::syntax, 2},
    {"W/abc", error::syntax, 2},
    // Whitespace around or inside.
    {" \"abc\"", error::syntax, 0},
    {"\"abc\" ", error::trailing, 5},
    {"\"a b\"", error::syntax, 2},
    {"\"a\tb\"", error::syntax, 2},
    // Unterminated, doubled, a list where one tag belongs.
    {"\"abc", error::syntax, 4},
    {"\"", error::syntax, 1},
    {"W/\"", error::syntax, 3},
    {"\"abc\"\"", error::trailing, 5},
    {"\"a\", \"b\"", error::trailing, 3},
    {"\"a\"b\"", error::trailing, 3},
    {"*", error::syntax, 0},
    // Controls and DEL are not etagc.
    {"\"a\x7f\"", error::syntax, 2},
    {"\"a\x01\"", error::syntax, 2},
};

struct list_case {
  std::string_view input;
  bool any;
  std::vector<std::string_view> tags;  // as written
  std::size_t empty_elements = 0;
};

std::vector<list_case> const lists = {
    // RFC 9110 §13.1.1 and §13.1.2.
    {"\"xyzzy\"", false, {"\"xyzzy\""}},
    {"\"xyzzy\", \"r2d2xxxx\", \"c3piozzzz\"",
     false,
     {"\"xyzzy\"", "\"r2d2xxxx\"", "\"c3piozzzz\""}},
    {"*", true, {}},
    {"W/\"xyzzy\"", false, {"W/\"xyzzy\""}},
    {"W/\"xyzzy\", W/\"r2d2xxxx\", W/\"c3piozzzz\"",
     false,
     {"W/\"xyzzy\"", "W/\"r2d2xxxx\"", "W/\"c3piozzzz\""}},
    // Recipient leniency: OWS, empty elements, an empty list.
    {"", false, {}},
    {"  \"a\"\t,\"b\"  ", false, {"\"a\"", "\"b\""}},
    {",\"a\",, \"b\",", false, {"\"a\"", "\"b\""}, 3},
    {"\"a,b\", \"c\"", false, {"\"a,b\"", "\"c\""}},
    {" * ", true, {}},
};

bad_case const bad_lists[] = {
    {"\"a\" \"b\"", error::syntax, 4}, {"\"a\", *", error::syntax, 5},
    {"*, \"a\"", error::syntax, 0},    {"\"a\", b", error::syntax, 5},
    {"\"a\", W/b", error::syntax, 7},  {"**", error::syntax, 0},
};

}  // namespace

TEST_CASE("entity_tag: valid entity tags", "[grammar][entity_tag]") {
  for (auto const& c : good) {
    exact_buffer const in(c.input);
    INFO(c.input);
    auto const r = parse_entity_tag(in.view());
    REQUIRE(r);
    CHECK(r->weak == c.weak);
    CHECK(r->opaque == c.opaque);
    CHECK(r->text == in.view());
  }
  static_assert(parse_entity_tag("W/\"x\"")->weak);
}

TEST_CASE("entity_tag: values outside the grammar", "[grammar][entity_tag]") {
  check_bad(bad, parse_entity_tag);
  CHECK(parse_entity_tag("w/\"a\"").error().what == "the weak prefix is W/, upper case");
}

TEST_CASE("entity_tag: the comparison table of RFC 9110 §8.8.3.2", "[grammar][entity_tag]") {
  struct row {
    std::string_view a, b;
    bool strong, weak;
  } const rows[] = {
      {"W/\"1\"", "W/\"1\"", false, true},
      {"W/\"1\"", "W/\"2\"", false, false},
      {"W/\"1\"", "\"1\"", false, true},
      {"\"1\"", "\"1\"", true, true},
  };
  for (auto const& r : rows) {
    INFO(r.a << " vs " << r.b);
    auto const a = *parse_entity_tag(r.a);
    auto const b = *parse_entity_tag(r.b);
    CHECK(strong_compare(a, b) == r.strong);
    CHECK(weak_compare(a, b) == r.weak);
    CHECK(strong_compare(b, a) == r.strong);
    CHECK(weak_compare(b, a) == r.weak);
  }
}

TEST_CASE("entity_tag: If-Match and If-None-Match lists", "[grammar][entity_tag]") {
  for (auto const& c : lists) {
    exact_buffer const in(c.input);
    INFO(c.input);
    auto const r = parse_entity_tag_list(in.view());
    REQUIRE(r);
    CHECK(r->any() == c.any);
    std::vector<std::string_view> seen;
    for (auto const& t : *r) seen.push_back(t.text);
    CHECK(seen == c.tags);
    CHECK(r->size() == c.tags.size());
    CHECK(r->empty_elements() == c.empty_elements);
  }
  auto const l = *parse_entity_tag_list("W/\"xyzzy\", \"r2d2xxxx\"");
  CHECK(l.weak_match(*parse_entity_tag("\"xyzzy\"")));
  CHECK_FALSE(l.strong_match(*parse_entity_tag("\"xyzzy\"")));
  CHECK(l.strong_match(*parse_entity_tag("\"r2d2xxxx\"")));
  CHECK(parse_entity_tag_list("*")->strong_match(*parse_entity_tag("\"anything\"")));
}

TEST_CASE("entity_tag: lists outside the grammar", "[grammar][entity_tag]") {
  check_bad(bad_lists, parse_entity_tag_list);
}

TEST_CASE("entity_tag: the eight-bytes-at-a-time etagc check agrees with the definition",
          "[grammar][entity_tag]") {
  std::mt19937 rng(11);
  std::uniform_int_distribution<int> byte(0, 255);
  std::uniform_int_distribution<std::size_t> length(0, 40);
  for (int i = 0; i < 20000; ++i) {
    std::string s(length(rng), 'x');
    for (auto& ch : s)
      if (rng() % 8 == 0) ch = rng() % 4 == 0 ? '\\' : static_cast<char>(byte(rng));
    exact_buffer const in(s);
    bool want = true;
    for (char ch : s) want &= is_etagc(ch);
    INFO('"' << s << '"');
    REQUIRE(all_etagc(in.view()) == want);
    REQUIRE(detail::scan_etagc(in.view()).backslash == (s.find('\\') != std::string::npos));
    // And through the parser, as the value of ETag.
    std::string const tag = "\"" + s + "\"";
    exact_buffer const t(tag);
    REQUIRE(parse_entity_tag(t.view()).has_value() == want);
  }
}
