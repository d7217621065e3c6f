//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/media_type.hpp>

#include "grammar/cases.hpp"
#include "grammar/exact_buffer.hpp"

#include <catch2/catch.hpp>

#include <cstring>
#include <memory>
#include <string>
#include <string_view>

using namespace respolicy::grammar;
using respolicy::test::bad_case;
using respolicy::test::check_bad;

namespace {

// The input copied into a heap buffer of exactly its size: AddressSanitizer reports any read past
// its end.
using exact_copy = respolicy::test::exact_buffer;

struct good_case {
  std::string_view input;
  std::string_view type, subtype;
  std::size_t parameters;
  std::string_view charset;  // the charset parameter, unquoted; empty when none
};

}  // namespace

TEST_CASE("media type: RFC 9110 examples and whitespace variants", "[grammar][media_type]") {
  constexpr good_case cases[] = {
      // RFC 9110 §8.3
      {"text/html; charset=ISO-8859-4", "text", "html", 1, "ISO-8859-4"},
      // RFC 9110 §8.3.1: four equivalent forms
      {"text/html;charset=utf-8", "text", "html", 1, "utf-8"},
      {"text/html;charset=UTF-8", "text", "html", 1, "UTF-8"},
      {"Text/HTML;Charset=\"utf-8\"", "Text", "HTML", 1, "utf-8"},
      {"text/html; charset=\"utf-8\"", "text", "html", 1, "utf-8"},
      // OWS around ";", empty parameters (RFC 9110 §5.6.6)
      {"text/plain", "text", "plain", 0, ""},
      {"text/plain ; charset=utf-8", "text", "plain", 1, "utf-8"},
      {"text/plain\t;\tcharset=utf-8", "text", "plain", 1, "utf-8"},
      {"text/plain;", "text", "plain", 0, ""},
      {"text/plain; ", "text", "plain", 0, ""},
      {"text/plain;;charset=utf-8;", "text", "plain", 1, "utf-8"},
      {"multipart/byteranges; boundary=THIS_STRING_SEPARATES", "multipart", "byteranges", 1, ""},
      {"multipart/form-data; boundary=\"a b\"; charset=\"x\\\"y\"", "multipart", "form-data", 2,
       "x\\\"y"},
      {"application/problem+json", "application", "problem+json", 0, ""},
      {"application/vnd.api+json;ext=\"https://x/a\"", "application", "vnd.api+json", 1, ""},
      {"*/*", "*", "*", 0, ""},
      {"text/plain; charset=\"\"", "text", "plain", 1, ""},
      {"text/plain; title=\"caf\xc3\xa9\"", "text", "plain", 1, ""},  // obs-text in quotes
  };
  for (auto const& c : cases) {
    INFO(c.input);
    exact_copy in(c.input);
    auto r = parse_content_type(in.view());
    REQUIRE(r);
    CHECK(r->type == c.type);
    CHECK(r->subtype == c.subtype);
    CHECK(r->parameters.size() == c.parameters);
    std::size_t n = 0;
    for (auto const& p : r->parameters) {
      CHECK(!p.name.empty());
      CHECK(p.has_value);
      ++n;
    }
    CHECK(n == c.parameters);
    auto charset = r->parameters.find("charset");
    CHECK((charset ? charset->raw() : std::string_view{}) == c.charset);
  }
}

TEST_CASE("media type: accessors", "[grammar][media_type]") {
  auto r = parse_media_type("Text/HTML;Charset=\"utf-8\"; q=1");
  REQUIRE(r);
  CHECK(r->is("text", "html"));
  CHECK(!r->is("text", "plain"));
  auto p = r->parameters.find("charset");
  REQUIRE(p);
  CHECK(p->quoted);
  CHECK(p->value == "\"utf-8\"");
  CHECK(p->value_iequals("UTF-8"));
  CHECK(!p->value_iequals("utf-"));
  CHECK(!p->value_iequals("utf-88"));
  CHECK(r->parameters.count("q") == 1);
  auto esc = parse_media_type("a/b; x=\"\\a\\\"\"");
  REQUIRE(esc);
  CHECK(esc->parameters.find("x")->value_iequals("a\""));
}

TEST_CASE("media type: values outside the grammar", "[grammar][media_type]") {
  constexpr bad_case cases[] = {
      {"", error::empty, 0},
      {"text", error::syntax, 4},
      {"text/", error::syntax, 5},
      {"/html", error::syntax, 0},
      {"text /html", error::syntax, 4},
      {"text/ html", error::syntax, 5},
      {"text/html charset=utf-8", error::trailing, 9},
      {"text/html; charset = utf-8", error::syntax, 18},  // no BWS in media-type parameters
      {"text/html; charset =utf-8", error::syntax, 18},
      {"text/html; charset= utf-8", error::syntax, 19},
      {"text/html; charset", error::syntax, 18},
      {"text/html; charset=", error::syntax, 19},
      {"text/html; =utf-8", error::syntax, 11},
      {"text/html; charset=\"utf-8", error::syntax, 25},
      {"text/html; charset=utf 8", error::trailing, 22},
      {"text/html, text/plain", error::trailing, 9},
      {"text/html/x", error::trailing, 9},
      {"text/h\xc3\xa9", error::trailing, 6},
      {"text/html; a=b\x01", error::trailing, 14},
      {"text/html; a=\"b\x01\"", error::syntax, 15},
      {"text/html; a=\"b\\\x01\"", error::syntax, 16},
      {"\"text/html\"", error::syntax, 0},
      {"text/html;charset=utf-8 ", error::trailing, 23},
      {"text(x)/html", error::syntax, 4},
  };
  check_bad(cases, parse_media_type);
}

TEST_CASE("media type: overlong inputs", "[grammar][media_type]") {
  std::string v = "text/plain";
  for (int i = 0; i < 5000; ++i)
    v += "; p" + std::to_string(i) + "=\"" + std::string(10, 'x') + "\"";
  exact_copy in(v);
  auto r = parse_media_type(in.view());
  REQUIRE(r);
  CHECK(r->parameters.size() == 5000);
  std::string semis = "text/plain" + std::string(100000, ';');
  exact_copy in2(semis);
  auto s = parse_media_type(in2.view());
  REQUIRE(s);
  CHECK(s->parameters.empty());
  std::string open = "text/plain; a=\"" + std::string(100000, 'x');
  exact_copy in3(open);
  auto o = parse_media_type(in3.view());
  REQUIRE(!o);
  CHECK(o.error().offset == open.size());
}
