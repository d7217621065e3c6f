//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/language_tag.hpp>

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

struct good_case {
  std::string_view input;
  std::string_view language, extlang, script, region;
  language_tag_kind kind = language_tag_kind::langtag;
};

}  // namespace

TEST_CASE("language tag: RFC 5646 Appendix A and RFC 9110 §8.5.1 examples",
          "[grammar][language_tag]") {
  constexpr auto grandfathered = language_tag_kind::grandfathered;
  constexpr auto privateuse = language_tag_kind::privateuse;
  constexpr good_case cases[] = {
      // RFC 9110 §8.5.1
      {"fr", "fr", "", "", ""},
      {"en-US", "en", "", "", "US"},
      {"es-419", "es", "", "", "419"},
      {"az-Arab", "az", "", "Arab", ""},
      {"x-pig-latin", "", "", "", "", privateuse},
      {"man-Nkoo-GN", "man", "", "Nkoo", "GN"},
      // RFC 5646 Appendix A: simple language subtag
      {"de", "de", "", "", ""},
      {"ja", "ja", "", "", ""},
      {"i-enochian", "", "", "", "", grandfathered},
      // language subtag plus script subtag
      {"zh-Hant", "zh", "", "Hant", ""},
      {"zh-Hans", "zh", "", "Hans", ""},
      {"sr-Cyrl", "sr", "", "Cyrl", ""},
      {"sr-Latn", "sr", "", "Latn", ""},
      // extended language subtags and their primary language subtag counterparts
      {"zh-cmn-Hans-CN", "zh", "cmn", "Hans", "CN"},
      {"cmn-Hans-CN", "cmn", "", "Hans", "CN"},
      {"zh-yue-HK", "zh", "yue", "", "HK"},
      {"yue-HK", "yue", "", "", "HK"},
      // language-script-region
      {"zh-Hans-CN", "zh", "", "Hans", "CN"},
      {"sr-Latn-RS", "sr", "", "Latn", "RS"},
      // language-variant
      {"sl-rozaj", "sl", "", "", ""},
      {"sl-rozaj-biske", "sl", "", "", ""},
      {"sl-nedis", "sl", "", "", ""},
      // language-region-variant
      {"de-CH-1901", "de", "", "", "CH"},
      {"sl-IT-nedis", "sl", "", "", "IT"},
      // language-script-region-variant
      {"hy-Latn-IT-arevela", "hy", "", "Latn", "IT"},
      // language-region
      {"de-DE", "de", "", "", "DE"},
      {"en-US", "en", "", "", "US"},
      {"es-419", "es", "", "", "419"},
      // private use subtags
      {"de-CH-x-phonebk", "de", "", "", "CH"},
      {"az-Arab-x-AZE-derbend", "az", "", "Arab", ""},
      // private use registry values
      {"x-whatever", "", "", "", "", privateuse},
      {"qaa-Qaaa-QM-x-southern", "qaa", "", "Qaaa", "QM"},
      {"de-Qaaa", "de", "", "Qaaa", ""},
      {"sr-Latn-QM", "sr", "", "Latn", "QM"},
      {"sr-Qaaa-RS", "sr", "", "Qaaa", "RS"},
      // tags that use extensions
      {"en-US-u-islamcal", "en", "", "", "US"},
      {"zh-CN-a-myext-x-private", "zh", "", "", "CN"},
      {"en-a-myext-b-another", "en", "", "", ""},
      // grandfathered tags, irregular and regular
      {"en-GB-oed", "", "", "", "", grandfathered},
      {"i-default", "", "", "", "", grandfathered},
      {"SGN-BE-FR", "", "", "", "", grandfathered},
      {"zh-min-nan", "zh", "min-nan", "", "", grandfathered},
      {"art-lojban", "art", "", "", "", grandfathered},
      // more shapes
      {"EN-us", "EN", "", "", "us"},
      {"zh-min-nan-hak", "zh", "min-nan-hak", "", ""},
      {"abcd", "abcd", "", "", ""},
      {"abcdefgh-DE", "abcdefgh", "", "", "DE"},
      {"de-1996", "de", "", "", ""},
      {"x-a", "", "", "", "", privateuse},
      {"en-x-a-b-12345678", "en", "", "", ""},
  };
  for (auto const& c : cases) {
    INFO(c.input);
    exact_copy in(c.input);
    auto r = parse_language_tag(in.view());
    REQUIRE(r);
    CHECK(r->tag == in.view());
    CHECK(r->kind == c.kind);
    CHECK(r->language == c.language);
    CHECK(r->extlang == c.extlang);
    CHECK(r->script == c.script);
    CHECK(r->region == c.region);
  }
}

TEST_CASE("language tag: values outside RFC 5646", "[grammar][language_tag]") {
  constexpr bad_case cases[] = {
      // RFC 5646 Appendix A: some invalid tags
      {"de-419-DE", error::syntax, 7},               // two region tags
      {"a-DE", error::syntax, 0},                    // a one-letter primary subtag
      {"ar-a-aaa-b-bbb-a-ccc", error::invalid, 15},  // two extensions with the same singleton
      // more
      {"", error::empty, 0},
      {"en_US", error::syntax, 2},
      {"en US", error::syntax, 2},
      {"en-", error::syntax, 3},
      {"-en", error::syntax, 0},
      {"en--US", error::syntax, 3},
      {"abcdefghi", error::syntax, 0},
      {"en-abcdefghi", error::syntax, 3},
      {"12", error::syntax, 0},
      {"e1", error::syntax, 0},
      {"en-US-US", error::syntax, 6},
      {"en-a", error::syntax, 3},  // a singleton needs a subtag
      {"en-a-b", error::syntax, 3},
      {"en-x", error::syntax, 4},
      {"x", error::syntax, 1},
      {"en-a-bc-x", error::syntax, 9},
      {"zh-min-nan-hak-abc", error::syntax, 15},  // at most three extlangs
      {"de-1901-1901", error::invalid, 8},        // a repeated variant
      {"de-DE-1901-abc", error::syntax, 11},
      {"en-US-u-islamcal-U-x", error::invalid, 17},
      {"\xc3\xa9n", error::syntax, 0},
      {"en-Latn-Latn", error::syntax, 8},
      {"i-foo", error::syntax, 0},
  };
  check_bad(cases, parse_language_tag);
}

TEST_CASE("language tag: Content-Language (RFC 9110 §8.5)", "[grammar][language_tag]") {
  struct list_case {
    std::string_view input;
    std::vector<std::string_view> tags;
  };
  list_case const cases[] = {
      {"da", {"da"}},            // RFC 9110 §8.5
      {"mi, en", {"mi", "en"}},  // RFC 9110 §8.5
      {"en-US,\tfr-CA , x-klingon", {"en-US", "fr-CA", "x-klingon"}},
      {"", {}},
      {",de,", {"de"}},
  };
  for (auto const& c : cases) {
    INFO(c.input);
    exact_copy in(c.input);
    auto r = parse_content_language(in.view());
    REQUIRE(r);
    std::vector<std::string_view> got;
    for (auto const& t : *r) got.push_back(t.tag);
    CHECK(got == c.tags);
  }
  constexpr bad_case bad[] = {
      {"en, en_US", error::syntax, 6},
      {"en fr", error::syntax, 3},
      {"en;q=1", error::syntax, 2},
      {"mi, a-DE", error::syntax, 4},
      {"de, de-1901-1901", error::invalid, 12},
  };
  check_bad(bad, parse_content_language);
}

TEST_CASE("language tag: overlong inputs", "[grammar][language_tag]") {
  std::string many = "en";
  for (int i = 0; i < 10000; ++i) many += "-x" + std::to_string(i % 10) + "abcd";
  exact_copy in(many);
  auto r = parse_language_tag(in.view());  // 10000 variants, some repeated
  REQUIRE(!r);
  CHECK(r.error().code == error::invalid);

  std::string priv = "x";
  for (int i = 0; i < 20000; ++i) priv += "-abcdefgh";
  exact_copy in2(priv);
  CHECK(parse_language_tag(in2.view()));

  std::string list;
  for (int i = 0; i < 20000; ++i) list += "en-US, ";
  list += "de";
  exact_copy in3(list);
  CHECK(parse_content_language(in3.view())->size() == 20001);

  std::string long_subtag(100000, 'a');
  exact_copy in4(long_subtag);
  CHECK(parse_language_tag(in4.view()).error().code == error::syntax);
}
