//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/content_disposition.hpp>

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
  std::string_view type;
  std::string_view filename;      // as written; empty when none
  std::string_view filename_ext;  // as written; empty when none
  std::size_t parameters;
};

}  // namespace

TEST_CASE("content-disposition: RFC 6266 §5 examples and variants",
          "[grammar][content_disposition]") {
  constexpr good_case cases[] = {
      // RFC 6266 §5
      {"Attachment; filename=example.html", "Attachment", "example.html", "", 1},
      {"INLINE; FILENAME= \"an example.html\"", "INLINE", "\"an example.html\"", "", 1},
      {"attachment; filename*= UTF-8''%e2%82%ac%20rates", "attachment", "",
       "UTF-8''%e2%82%ac%20rates", 1},
      {"attachment; filename=\"EURO rates\"; filename*=utf-8''%e2%82%ac%20rates", "attachment",
       "\"EURO rates\"", "utf-8''%e2%82%ac%20rates", 2},
      // RFC 8187 §3.2.2 values in an extension parameter
      {"attachment; title=Economy", "attachment", "", "", 1},
      {"attachment; title=\"US-$ rates\"", "attachment", "", "", 1},
      {"attachment; title*=iso-8859-1'en'%A3%20rates", "attachment", "", "", 1},
      {"attachment; title*=UTF-8''%c2%a3%20and%20%e2%82%ac%20rates", "attachment", "", "", 1},
      // more
      {"inline", "inline", "", "", 0},
      {"attachment", "attachment", "", "", 0},
      {"form-data; name=\"field1\"; filename=\"a.txt\"", "form-data", "\"a.txt\"", "", 2},
      {"attachment ;filename=a.txt", "attachment", "a.txt", "", 1},
      {"attachment;\tfilename = \"a\\\"b.txt\"", "attachment", "\"a\\\"b.txt\"", "", 1},
      {"attachment; filename*=UTF-8'en-GB'a.txt", "attachment", "", "UTF-8'en-GB'a.txt", 1},
      {"attachment; filename=\"caf\xc3\xa9.txt\"", "attachment", "\"caf\xc3\xa9.txt\"", "", 1},
      {"attachment; filename*=UTF-8''%F0%9F%98%80", "attachment", "", "UTF-8''%F0%9F%98%80", 1},
  };
  for (auto const& c : cases) {
    INFO(c.input);
    exact_copy in(c.input);
    auto r = parse_content_disposition(in.view());
    REQUIRE(r);
    CHECK(r->type == c.type);
    CHECK((r->filename ? r->filename->value : std::string_view{}) == c.filename);
    CHECK((r->filename_ext ? r->filename_ext->value : std::string_view{}) == c.filename_ext);
    CHECK(r->parameters.size() == c.parameters);
  }
  auto r = parse_content_disposition("Attachment");
  REQUIRE(r);
  CHECK(r->is_attachment());
  CHECK(!r->is_inline());
}

TEST_CASE("content-disposition: values outside RFC 6266", "[grammar][content_disposition]") {
  constexpr bad_case cases[] = {
      {"", error::empty, 0},
      {"; filename=a", error::syntax, 0},
      {"\"attachment\"", error::syntax, 0},
      {"attachment;", error::syntax, 11},
      {"attachment; ", error::syntax, 12},
      {"attachment;; filename=a", error::syntax, 11},
      {"attachment; filename", error::syntax, 20},
      {"attachment; filename=", error::syntax, 21},
      {"attachment; filename=a b", error::trailing, 22},
      {"attachment; filename=\"a", error::syntax, 23},
      {"attachment filename=a", error::trailing, 10},
      {"attachment, inline", error::trailing, 10},
      // RFC 6266 §4.1: no repeated parameter
      {"attachment; filename=a; filename=b", error::invalid, 24},
      {"attachment; filename=a; FILENAME=\"b\"", error::invalid, 24},
      {"attachment; filename*=UTF-8''a; filename*=UTF-8''b", error::invalid, 32},
      // ext-values (RFC 8187 §3.2.1)
      {"attachment; filename*=\"UTF-8''a\"", error::syntax, 12},
      {"attachment; filename*=UTF-8'a", error::syntax, 29},
      {"attachment; filename*=UTF-8", error::syntax, 27},
      {"attachment; filename*=''a", error::syntax, 22},
      {"attachment; filename*=UTF-8'e_n'a", error::syntax, 29},
      {"attachment; filename*=UTF-8''%e2%82", error::invalid, 29},        // truncated UTF-8
      {"attachment; filename*=UTF-8''%c0%af", error::invalid, 29},        // overlong
      {"attachment; filename*=UTF-8''%ed%a0%80", error::invalid, 29},     // surrogate
      {"attachment; filename*=UTF-8''%f4%90%80%80", error::invalid, 29},  // above U+10FFFF
      {"attachment; filename*=UTF-8''%", error::syntax, 29},
      {"attachment; filename*=UTF-8''a'b", error::syntax, 30},
      {"attachment; filename*=UTF-8''a*b", error::syntax, 30},
  };
  check_bad(cases, parse_content_disposition);
}

TEST_CASE("content-disposition: ext-value (RFC 8187 §3.2.1)", "[grammar][content_disposition]") {
  auto r = parse_ext_value("iso-8859-1'en'%A3%20rates");
  REQUIRE(r);
  CHECK(r->charset == "iso-8859-1");
  CHECK(r->language == "en");
  CHECK(r->value == "%A3%20rates");
  CHECK(!r->utf8);
  auto u = parse_ext_value("UTF-8''%c2%a3%20and%20%e2%82%ac%20rates");
  REQUIRE(u);
  CHECK(u->utf8);
  CHECK(u->language.empty());
  CHECK(parse_ext_value("iso-8859-1''%ff"));  // not UTF-8, and fine in Latin-1
  CHECK(parse_ext_value("").error().code == error::empty);
  CHECK(parse_ext_value("UTF-8''").has_value());
}

TEST_CASE("content-disposition: overlong inputs", "[grammar][content_disposition]") {
  std::string v = "attachment";
  for (int i = 0; i < 5000; ++i) v += "; p" + std::to_string(i) + "=x";
  exact_copy in(v);
  auto r = parse_content_disposition(in.view());
  REQUIRE(r);
  CHECK(r->parameters.size() == 5000);
  std::string ext = "attachment; filename*=UTF-8''";
  for (int i = 0; i < 20000; ++i) ext += "%e2%82%ac";
  exact_copy in2(ext);
  CHECK(parse_content_disposition(in2.view()));
  std::string dup = "attachment; filename=a";
  for (int i = 0; i < 100; ++i) dup += "; x" + std::to_string(i) + "=1";
  dup += "; filename=b";
  exact_copy in3(dup);
  CHECK(parse_content_disposition(in3.view()).error().code == error::invalid);
}
