//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/cache_control.hpp>

#include "grammar/cases.hpp"
#include "grammar/exact_buffer.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace respolicy::grammar;
using respolicy::test::bad_case;
using respolicy::test::check_bad;
using respolicy::test::exact_buffer;
using id = cache_directive_id;

namespace {

// One directive as the test expects it: name, argument, and the argument's form.
struct directive {
  id which;
  std::string_view name;
  std::string_view argument = {};
  bool has_argument = false;
  bool quoted = false;

  friend bool operator==(directive const& a, directive const& b) {
    return a.which == b.which && a.name == b.name && a.argument == b.argument &&
           a.has_argument == b.has_argument && a.quoted == b.quoted;
  }
};

std::ostream& operator<<(std::ostream& os, directive const& d) {
  os << d.name;
  if (d.has_argument) os << '=' << (d.quoted ? "\"" : "") << d.argument << (d.quoted ? "\"" : "");
  return os;
}

directive bare(id i, std::string_view n) { return {i, n}; }
directive token(id i, std::string_view n, std::string_view a) { return {i, n, a, true, false}; }
directive quoted(id i, std::string_view n, std::string_view a) { return {i, n, a, true, true}; }

struct good_case {
  std::string_view input;
  std::vector<directive> directives;
  std::size_t empty_elements = 0;
};

std::vector<good_case> const good = {
    // RFC 9111 §5.2.1.1, §5.2.2.1: "max-age=5", not "max-age=\"5\"" (both parse).
    {"max-age=5", {token(id::max_age, "max-age", "5")}},
    {"max-age=\"5\"", {quoted(id::max_age, "max-age", "5")}},
    // §5.2.3: the extension example.
    {"private, community=\"UCI\"",
     {bare(id::private_, "private"), quoted(id::extension, "community", "UCI")}},
    // §5.2.2.4, §5.2.2.7: qualified forms.
    {"no-cache=\"Set-Cookie, X-Trace\"", {quoted(id::no_cache, "no-cache", "Set-Cookie, X-Trace")}},
    {"private=\"Authorization\"", {quoted(id::private_, "private", "Authorization")}},
    {"no-cache=Set-Cookie", {token(id::no_cache, "no-cache", "Set-Cookie")}},
    // Every response directive, and every request one.
    {"public, max-age=3600, s-maxage=600, must-revalidate, proxy-revalidate, no-transform, "
     "must-understand, no-store, immutable, stale-while-revalidate=30, stale-if-error=86400",
     {bare(id::public_, "public"), token(id::max_age, "max-age", "3600"),
      token(id::s_maxage, "s-maxage", "600"), bare(id::must_revalidate, "must-revalidate"),
      bare(id::proxy_revalidate, "proxy-revalidate"), bare(id::no_transform, "no-transform"),
      bare(id::must_understand, "must-understand"), bare(id::no_store, "no-store"),
      bare(id::immutable, "immutable"),
      token(id::stale_while_revalidate, "stale-while-revalidate", "30"),
      token(id::stale_if_error, "stale-if-error", "86400")}},
    {"max-stale, max-stale=60, min-fresh=10, only-if-cached, no-cache",
     {bare(id::max_stale, "max-stale"), token(id::max_stale, "max-stale", "60"),
      token(id::min_fresh, "min-fresh", "10"), bare(id::only_if_cached, "only-if-cached"),
      bare(id::no_cache, "no-cache")}},
    // Names are case-insensitive and kept as written.
    {"Max-Age=60, NO-STORE", {token(id::max_age, "Max-Age", "60"), bare(id::no_store, "NO-STORE")}},
    // Unknown extensions with and without arguments; the grammar allows any token argument.
    {"x-foo, x-bar=baz, x-q=\"a \\\"b\\\" c\"",
     {bare(id::extension, "x-foo"), token(id::extension, "x-bar", "baz"),
      quoted(id::extension, "x-q", "a \\\"b\\\" c")}},
    {"public=1, max-age=abc",
     {token(id::public_, "public", "1"), token(id::max_age, "max-age", "abc")}},
    {"no-cache=\"\"", {quoted(id::no_cache, "no-cache", "")}},
    {"max-age=\"a,b\", public",
     {quoted(id::max_age, "max-age", "a,b"), bare(id::public_, "public")}},
    // The fast path for short names (a known name of at most 8 bytes, then OWS, ',', '=' or the
    // end) and its near misses, which the byte loop reads: longer tokens, other tchars after the
    // name, names of 8 bytes or more, a name cut short.
    {"Public,max-age=7,private\t",
     {bare(id::public_, "Public"), token(id::max_age, "max-age", "7"),
      bare(id::private_, "private")}},
    {"publicx, public1=2, max-age1=5, public.x, pub, s-maxage=1",
     {bare(id::extension, "publicx"), token(id::extension, "public1", "2"),
      token(id::extension, "max-age1", "5"), bare(id::extension, "public.x"),
      bare(id::extension, "pub"), token(id::s_maxage, "s-maxage", "1")}},
    {"max-agf=1, privatE, no-storE",
     {token(id::extension, "max-agf", "1"), bare(id::private_, "privatE"),
      bare(id::no_store, "no-storE")}},
    // Recipient leniency: OWS, empty elements, an empty list.
    {"", {}},
    {"   ", {}},
    {" \tpublic ,\tmax-age=1  ", {bare(id::public_, "public"), token(id::max_age, "max-age", "1")}},
    {",public,,max-age=1,", {bare(id::public_, "public"), token(id::max_age, "max-age", "1")}, 3},
};

// The last rows follow a known name (the fast path of read_cache_directive for short names) with
// a byte that ends no token but no directive either.
bad_case const bad[] = {
    {"max-age = 5", error::syntax, 8},         {"max-age= 5", error::syntax, 8},
    {"max-age =5", error::syntax, 8},          {"max-age=", error::syntax, 8},
    {"max-age=5 6", error::syntax, 10},        {"max-age=5;public", error::syntax, 9},
    {"public; max-age=5", error::syntax, 6},   {"no-cache=\"Set-Cookie", error::syntax, 20},
    {"no-cache=\"a\x01\"", error::syntax, 11}, {"=5", error::syntax, 0},
    {"\"public\"", error::syntax, 0},          {"public max-age=5", error::syntax, 7},
    {"max-age==5", error::syntax, 8},          {"max-age=5\"", error::syntax, 9},
    {"(comment)", error::syntax, 0},           {"max-age=\"5\"\"", error::syntax, 11},
    {"private\x80", error::syntax, 7},         {"public/x", error::syntax, 6},
    {"public\x7f", error::syntax, 6},          {"no-cache;", error::syntax, 8},
};

}  // namespace

TEST_CASE("cache_control: directives, arguments and forms", "[grammar][cache_control]") {
  for (auto const& c : good) {
    exact_buffer const in(c.input);
    INFO(c.input);
    auto const r = parse_cache_control(in.view());
    REQUIRE(r);
    std::vector<directive> seen;
    for (auto const& d : *r) seen.push_back({d.id, d.name, d.argument, d.has_argument, d.quoted});
    CHECK(seen == c.directives);
    CHECK(r->size() == c.directives.size());
    CHECK(r->empty_elements() == c.empty_elements);
    std::uint32_t present = 0, bare = 0, token_form = 0, quoted_form = 0;
    for (auto const& d : c.directives) {
      present |= cache_control::bit(d.which);
      (d.quoted ? quoted_form : d.has_argument ? token_form : bare) |= cache_control::bit(d.which);
    }
    CHECK(r->present() == present);
    CHECK(r->bare() == bare);
    CHECK(r->token_form() == token_form);
    CHECK(r->quoted_form() == quoted_form);
  }
}

TEST_CASE("cache_control: values outside the grammar", "[grammar][cache_control]") {
  check_bad(bad, parse_cache_control);
}

TEST_CASE("cache_control: a NUL after a short known name", "[grammar][cache_control]") {
  exact_buffer const in(std::string_view("public\0", 7));
  auto const r = parse_cache_control(in.view());
  REQUIRE_FALSE(r);
  CHECK(r.error().code == error::syntax);
  CHECK(r.error().offset == 6);
}

TEST_CASE("cache_control: the summary of known directives", "[grammar][cache_control]") {
  auto const cc = *parse_cache_control("public, max-age=3600, s-maxage=\"60\", no-cache=\"X\"");
  CHECK(cc.has(id::public_));
  CHECK(cc.max_age() == delta_seconds{3600, false});
  CHECK(cc.s_maxage() == delta_seconds{60, false});  // recipients accept the quoted form
  CHECK_FALSE(cc.no_cache_unqualified());
  CHECK(cc.repeated() == 0);

  // RFC 9111 §4.2.1: the first occurrence counts; an invalid first one leaves none.
  auto const dup = *parse_cache_control("max-age=60, max-age=120, no-cache, no-cache");
  CHECK(dup.max_age() == delta_seconds{60, false});
  CHECK(dup.repeated() == (cache_control::bit(id::max_age) | cache_control::bit(id::no_cache)));
  CHECK(dup.no_cache_unqualified());
  CHECK_FALSE(parse_cache_control("max-age=abc, max-age=5")->max_age());
  CHECK_FALSE(parse_cache_control("max-age")->max_age());
  CHECK(parse_cache_control("max-age=99999999999")->max_age() == delta_seconds{2147483648u, true});
  // Extensions are never counted as repeated: their names differ.
  CHECK(parse_cache_control("x-a, x-b")->repeated() == 0);

  // Arguments read as delta-seconds or as field names.
  auto const it =
      parse_cache_control("max-age=\"10\", no-cache=\"Set-Cookie, X-A\", private")->begin();
  CHECK(it->delta()->seconds == 10);
  auto const names = *std::next(it)->field_names();
  CHECK(names.size() == 2);
  CHECK(names.icontains("set-cookie"));
  CHECK(std::next(it, 2)->delta().error().code == error::empty);
  CHECK_FALSE(parse_cache_control("no-cache=\"a b\"")->begin()->field_names());
}

TEST_CASE("cache_control: directive names", "[grammar][cache_control]") {
  for (auto i = 0; i < static_cast<int>(id::extension); ++i) {
    auto const d = static_cast<id>(i);
    INFO(name_of(d));
    CHECK(lookup_cache_directive(name_of(d)) == d);
    std::string upper(name_of(d));
    for (auto& ch : upper) ch = static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
    CHECK(lookup_cache_directive(upper) == d);
  }
  // One byte changed anywhere: only the same letter in the other case keeps the name.
  for (auto i = 0; i < static_cast<int>(id::extension); ++i) {
    auto const d = static_cast<id>(i);
    std::string name(name_of(d));
    for (std::size_t at = 0; at < name.size(); ++at) {
      char const orig = name[at];
      for (int b = 0; b < 256; ++b) {
        name[at] = static_cast<char>(b);
        bool const same = name[at] == orig ||
                          (orig >= 'a' && orig <= 'z' && name[at] == static_cast<char>(orig - 32));
        auto const got = lookup_cache_directive(name);
        if (same ? got != d : got == d) FAIL(name_of(d) << " with byte " << b << " at " << at);
      }
      name[at] = orig;
    }
  }
  CHECK(lookup_cache_directive("max-ages") == id::extension);
  CHECK(lookup_cache_directive("maxage") == id::extension);
  CHECK(lookup_cache_directive("") == id::extension);
  CHECK(argument_of(id::max_age) == cache_argument::delta_seconds);
  CHECK(argument_of(id::private_) == cache_argument::optional_field_names);
  CHECK(argument_of(id::public_) == cache_argument::none);
  CHECK(request_only(id::only_if_cached));
  CHECK_FALSE(request_only(id::max_age));
  static_assert(lookup_cache_directive("S-MAXAGE") == id::s_maxage);
}
