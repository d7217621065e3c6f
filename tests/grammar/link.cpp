//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/link.hpp>

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

// A link-value written back as "target|rel|rel_count|parameters".
std::string written(link_value const& l) {
  return std::string(l.target) + "|" + std::string(l.rel.raw()) + "|" +
         std::to_string(l.rel_count) + "|" + std::to_string(l.parameters.size());
}

}  // namespace

TEST_CASE("link: RFC 8288 §3.5 examples and variants", "[grammar][link]") {
  struct good_case {
    std::string_view input;
    std::vector<std::string> links;
  };
  good_case const cases[] = {
      // RFC 8288 §3.5
      {"<http://example.com/TheBook/chapter2>; rel=\"previous\"; title=\"previous chapter\"",
       {"http://example.com/TheBook/chapter2|previous|1|2"}},
      {"</>; rel=\"http://example.net/foo\"", {"/|http://example.net/foo|1|1"}},
      {"</terms>; rel=\"copyright\"; anchor=\"#foo\"", {"/terms|copyright|1|2"}},
      {"</TheBook/chapter2>; rel=\"previous\"; title*=UTF-8'de'letztes%20Kapitel, "
       "</TheBook/chapter4>; rel=\"next\"; title*=UTF-8'de'n%c3%a4chstes%20Kapitel",
       {"/TheBook/chapter2|previous|1|2", "/TheBook/chapter4|next|1|2"}},
      {"<http://example.org/>; rel=\"start http://example.net/relation/other\"",
       {"http://example.org/|start http://example.net/relation/other|1|1"}},
      {"<https://example.org/>; rel=\"start\", <https://example.org/index>; rel=\"index\"",
       {"https://example.org/|start|1|1", "https://example.org/index|index|1|1"}},
      // RFC 8297 §2 (103 Early Hints)
      {"</style.css>; rel=preload; as=style", {"/style.css|preload|1|2"}},
      {"</script.js>; rel=preload; as=script; crossorigin", {"/script.js|preload|1|3"}},
      // whitespace variants, BWS, no rel, two rels, commas inside the target
      {"</a>;rel=next", {"/a|next|1|1"}},
      {"</a> ; rel = next", {"/a|next|1|1"}},
      {"</a>", {"/a||0|0"}},
      {"</a>; rel=next; REL=prev", {"/a|next|2|2"}},
      {"</a,b>; rel=next, </c>; rel=prev", {"/a,b|next|1|1", "/c|prev|1|1"}},
      {"<>; rel=self", {"|self|1|1"}},
      {"", {}},
      {", </a>; rel=x ,", {"/a|x|1|1"}},
  };
  for (auto const& c : cases) {
    INFO(c.input);
    exact_copy in(c.input);
    auto r = parse_link(in.view());
    REQUIRE(r);
    std::vector<std::string> got;
    for (auto const& l : *r) got.push_back(written(l));
    CHECK(got == c.links);
  }
  auto b = parse_link("</a> ; rel = next");
  REQUIRE(b);
  CHECK(b->begin()->bws);
  CHECK(!parse_link("</a>; rel=next")->begin()->bws);
}

TEST_CASE("link: values outside the grammar", "[grammar][link]") {
  constexpr bad_case cases[] = {
      {"http://example.com/; rel=next", error::syntax, 0},
      {"</a; rel=next", error::syntax, 13},
      {"</a b>; rel=next", error::syntax, 3},
      {"<http://ex ample/>; rel=next", error::syntax, 10},
      {"</a>; rel=\"next", error::syntax, 15},
      {"</a>; rel=", error::syntax, 10},
      {"</a>; =next", error::syntax, 6},
      {"</a>; rel=next </b>", error::syntax, 15},
      {"</a> </b>", error::syntax, 5},
      {"</a>;", error::syntax, 5},
      {"</a>; title*=\"UTF-8''x\"", error::syntax, 6},
      {"</a>; title*=UTF-8'de'%zz", error::syntax, 22},
      {"</a>; title*=UTF-8'de'a b", error::syntax, 24},
      {"</a>; title*=nocharset", error::syntax, 22},
      {"</a>; title*", error::syntax, 12},
      {"</a>; title*=UTF-8''%ff", error::invalid, 20},
  };
  check_bad(cases, parse_link);
}

TEST_CASE("link: overlong inputs", "[grammar][link]") {
  std::string v;
  for (int i = 0; i < 5000; ++i) v += "</p" + std::to_string(i) + ">; rel=\"item\"; title=\"t\", ";
  v += "</last>; rel=last";
  exact_copy in(v);
  auto r = parse_link(in.view());
  REQUIRE(r);
  CHECK(r->size() == 5001);
  std::string target = "<http://example.com/" + std::string(100000, 'a') + ">; rel=x";
  exact_copy in2(target);
  CHECK(parse_link(in2.view()));
  std::string open = "<" + std::string(100000, 'a');
  exact_copy in3(open);
  CHECK(parse_link(in3.view()).error().offset == open.size());
}
