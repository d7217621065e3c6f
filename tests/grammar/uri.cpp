//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/uri.hpp>

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
  std::string_view scheme, authority, host, port, path, query, fragment;
  host_kind host_type = host_kind::none;
};

}  // namespace

TEST_CASE("uri: RFC 3986 §1.1.2 examples and their parts", "[grammar][uri]") {
  constexpr good_case cases[] = {
      {"ftp://ftp.is.co.za/rfc/rfc1808.txt", "ftp", "ftp.is.co.za", "ftp.is.co.za", "",
       "/rfc/rfc1808.txt", "", "", host_kind::reg_name},
      {"http://www.ietf.org/rfc/rfc2396.txt", "http", "www.ietf.org", "www.ietf.org", "",
       "/rfc/rfc2396.txt", "", "", host_kind::reg_name},
      {"ldap://[2001:db8::7]/c=GB?objectClass?one", "ldap", "[2001:db8::7]", "[2001:db8::7]", "",
       "/c=GB", "objectClass?one", "", host_kind::ipv6},
      {"mailto:John.Doe@example.com", "mailto", "", "", "", "John.Doe@example.com", "", ""},
      {"news:comp.infosystems.www.servers.unix", "news", "", "", "",
       "comp.infosystems.www.servers.unix", "", ""},
      {"tel:+1-816-555-1212", "tel", "", "", "", "+1-816-555-1212", "", ""},
      {"telnet://192.0.2.16:80/", "telnet", "192.0.2.16:80", "192.0.2.16", "80", "/", "", "",
       host_kind::ipv4},
      {"urn:oasis:names:specification:docbook:dtd:xml:4.1.2", "urn", "", "", "",
       "oasis:names:specification:docbook:dtd:xml:4.1.2", "", ""},
      // RFC 3986 §3: the example with every part.
      {"foo://example.com:8042/over/there?name=ferret#nose", "foo", "example.com:8042",
       "example.com", "8042", "/over/there", "name=ferret", "nose", host_kind::reg_name},
      {"urn:example:animal:ferret:nose", "urn", "", "", "", "example:animal:ferret:nose", "", ""},
      // RFC 9110 §10.2.2: Location examples.
      {"/People.html#tim", "", "", "", "", "/People.html", "", "tim"},
      {"http://www.example.net/index.html", "http", "www.example.net", "www.example.net", "",
       "/index.html", "", "", host_kind::reg_name},
      // userinfo, IPvFuture, empty port, pct-encoding
      {"https://user:pw@example.com:/a%20b?q=%2F#f/?", "https",
       "user:pw@example.com:", "example.com", "", "/a%20b", "q=%2F", "f/?", host_kind::reg_name},
      {"http://[v1.fe80::a+en1]/", "http", "[v1.fe80::a+en1]", "[v1.fe80::a+en1]", "", "/", "", "",
       host_kind::ipv_future},
      {"http://[::ffff:192.0.2.1]:8080", "http", "[::ffff:192.0.2.1]:8080", "[::ffff:192.0.2.1]",
       "8080", "", "", "", host_kind::ipv6},
      {"http://256.1.1.1/", "http", "256.1.1.1", "256.1.1.1", "", "/", "", "",
       host_kind::reg_name},  // not an IPv4address: a reg-name
      {"file:///etc/hosts", "file", "", "", "", "/etc/hosts", "", "", host_kind::reg_name},
  };
  for (auto const& c : cases) {
    INFO(c.input);
    exact_copy in(c.input);
    auto r = parse_uri_reference(in.view());
    REQUIRE(r);
    CHECK(r->scheme == c.scheme);
    CHECK(r->has_scheme == !c.scheme.empty());
    CHECK(r->authority == c.authority);
    CHECK(r->host == c.host);
    CHECK(r->port == c.port);
    CHECK(r->path == c.path);
    CHECK(r->query == c.query);
    CHECK(r->fragment == c.fragment);
    CHECK(r->host_type == c.host_type);
  }
}

TEST_CASE("uri: RFC 3986 §5.4 reference examples are URI-references", "[grammar][uri]") {
  constexpr std::string_view refs[] = {
      // §5.4.1 normal examples
      "g:h",
      "g",
      "./g",
      "g/",
      "/g",
      "//g",
      "?y",
      "g?y",
      "#s",
      "g#s",
      "g?y#s",
      ";x",
      "g;x",
      "g;x?y#s",
      "",
      ".",
      "./",
      "..",
      "../",
      "../g",
      "../..",
      "../../",
      "../../g",
      // §5.4.2 abnormal examples
      "../../../g",
      "../../../../g",
      "/./g",
      "/../g",
      "g.",
      ".g",
      "g..",
      "..g",
      "./../g",
      "./g/.",
      "g/./h",
      "g/../h",
      "g;x=1/./y",
      "g;x=1/../y",
      "g?y/./x",
      "g?y/../x",
      "g#s/./x",
      "g#s/../x",
      "http:g",
      // the base URI of §5.4
      "http://a/b/c/d;p?q",
  };
  for (auto ref : refs) {
    INFO(ref);
    exact_copy in(ref);
    CHECK(parse_uri_reference(in.view()));
  }
}

TEST_CASE("uri: presence flags", "[grammar][uri]") {
  auto r = parse_uri_reference("http://h?#");
  REQUIRE(r);
  CHECK(r->has_query);
  CHECK(r->query.empty());
  CHECK(r->has_fragment);
  CHECK(!r->has_port);
  CHECK(!r->has_userinfo);
  r = parse_uri_reference("//@h:");
  REQUIRE(r);
  CHECK(r->has_userinfo);
  CHECK(r->userinfo.empty());
  CHECK(r->has_port);
  CHECK(r->port.empty());
  CHECK(!r->is_absolute());
  r = parse_uri_reference("");
  REQUIRE(r);
  CHECK(r->path.empty());
  CHECK(!r->has_authority);
  r = parse_uri_reference("http://");
  REQUIRE(r);
  CHECK(r->has_authority);
  CHECK(r->host.empty());
}

TEST_CASE("uri: values outside the URI-reference grammar", "[grammar][uri]") {
  constexpr bad_case cases[] = {
      {" /a", error::syntax, 0},
      {"/a ", error::syntax, 2},
      {"/a b", error::syntax, 2},
      {"/a\tb", error::syntax, 2},
      {"http://example.com/caf\xc3\xa9", error::syntax, 22},
      {"/a#b#c", error::syntax, 4},
      {"/%", error::syntax, 1},
      {"/%4", error::syntax, 1},
      {"/%4g", error::syntax, 1},
      {"/a%zz", error::syntax, 2},
      {"/a\\b", error::syntax, 2},
      {"/a\"b", error::syntax, 2},
      {"/<a>", error::syntax, 1},
      {"/a{b}", error::syntax, 2},
      {"/a|b", error::syntax, 2},
      {"/a^b", error::syntax, 2},
      {"/a`b", error::syntax, 2},
      {"/a[b]", error::syntax, 2},
      {"1a:b", error::syntax, 2},  // path-noscheme: no ':' in the first segment
      {"%41:b", error::syntax, 3},
      {"http://exa mple.com/", error::syntax, 10},
      {"http://[2001:db8::7/", error::syntax, 19},  // no ']' before the path
      {"http://[2001:db8::g]/", error::syntax, 8},
      {"http://[1:2:3:4:5:6:7:8:9]/", error::syntax, 8},
      {"http://[1::2::3]/", error::syntax, 8},
      {"http://[::1%25eth0]/", error::syntax, 8},  // zone ids are RFC 6874, not RFC 3986
      {"http://[v1]/", error::syntax, 8},
      {"http://[vz.x]/", error::syntax, 8},
      {"http://host:80a/", error::syntax, 14},
      {"http://host:8:0/", error::syntax, 13},
      {"http://a@b@c/", error::syntax, 10},
      {"http://us er@host/", error::syntax, 9},
      {"http://ho]st/", error::syntax, 9},
      {"http://[::1]x/", error::syntax, 12},
      {"http://h/\x7f", error::syntax, 9},
      {"http://h/\x01", error::syntax, 9},
      {"a:b c", error::syntax, 3},
  };
  check_bad(cases, parse_uri_reference);
}

TEST_CASE("uri: absolute-URI, URI, relative-ref, partial-URI and Content-Location",
          "[grammar][uri]") {
  using parser = result<uri_reference> (*)(std::string_view) noexcept;
  struct form_case {
    parser parse;
    std::string_view input;
    bool ok;
    std::size_t offset = 0;
  };
  form_case const cases[] = {
      {parse_uri, "http://a/b#c", true},
      {parse_uri, "/b", false, 0},
      {parse_uri, "", false, 0},
      {parse_uri, "1http:x", false, 0},
      {parse_absolute_uri, "http://a/b?c", true},
      {parse_absolute_uri, "http://a/b#c", false, 10},
      {parse_absolute_uri, "//a/b", false, 0},
      {parse_relative_ref, "//a/b?c#d", true},
      {parse_relative_ref, "http://a", false, 4},
      {parse_partial_uri, "/a/b?c", true},
      {parse_partial_uri, "a/b", true},
      {parse_partial_uri, "/a#b", false, 2},
      {parse_partial_uri, "http://a", false, 4},
      // RFC 9110 §8.7: Content-Location = absolute-URI / partial-URI
      {parse_content_location, "http://example.com/doc.en.html", true},
      {parse_content_location, "/doc.en.html", true},
      {parse_content_location, "doc?lang=en", true},
      {parse_content_location, "/doc#top", false, 4},
      {parse_content_location, "http://example.com/#top", false, 19},
      {parse_content_location, "/doc en", false, 4},
      {parse_location, "/People.html#tim", true},
  };
  for (auto const& c : cases) {
    INFO(c.input);
    exact_copy in(c.input);
    auto r = c.parse(in.view());
    CHECK(static_cast<bool>(r) == c.ok);
    if (!r && !c.ok) CHECK(r.error().offset == c.offset);
  }
  CHECK(parse_uri("").error().code == error::empty);
}

TEST_CASE("uri: IPv6 and IPv4 addresses (RFC 3986 §3.2.2)", "[grammar][uri]") {
  constexpr std::string_view good6[] = {
      "1:2:3:4:5:6:7:8",
      "::",
      "::1",
      "1::",
      "1::8",
      "1:2:3:4:5:6:7::",
      "::2:3:4:5:6:7:8",
      "2001:db8::7",
      "fe80::1:2",
      "::ffff:192.0.2.1",
      "1:2:3:4:5:6:1.2.3.4",
      "1::1.2.3.4",
      "ABCD:ef01::",
      "0:0:0:0:0:0:0:0",
  };
  for (auto a : good6) {
    INFO(a);
    exact_copy in(a);
    CHECK(is_ipv6_address(in.view()));
  }
  constexpr std::string_view bad6[] = {
      "",
      ":",
      ":::",
      "1:2:3:4:5:6:7",
      "1:2:3:4:5:6:7:8:9",
      "1::2::3",
      ":1::",
      "1:",
      "1::8:",
      "12345::",
      "g::",
      "1:2:3:4:5:6:7:1.2.3.4",
      "::1.2.3",
      "::1.2.3.4:5",
      "::01.2.3.4",
      "1:2:3:4:5:6:7:8::",
      "::ffff:256.1.1.1",
      " ::1",
  };
  for (auto a : bad6) {
    INFO(a);
    exact_copy in(a);
    CHECK(!is_ipv6_address(in.view()));
  }
  CHECK(is_ipv4_address("0.0.0.0"));
  CHECK(is_ipv4_address("255.255.255.255"));
  CHECK(is_ipv4_address("192.0.2.16"));
  CHECK(!is_ipv4_address("256.0.0.1"));
  CHECK(!is_ipv4_address("01.0.0.1"));
  CHECK(!is_ipv4_address("1.2.3"));
  CHECK(!is_ipv4_address("1.2.3.4."));
  CHECK(!is_ipv4_address("1.2.3.4.5"));
  CHECK(!is_ipv4_address("1..3.4"));
  CHECK(!is_ipv4_address("1.2.3.1000"));
  CHECK(!is_ipv4_address(""));
}

TEST_CASE("uri: overlong inputs", "[grammar][uri]") {
  std::string path = "http://example.com/" + std::string(100000, 'a');
  exact_copy in(path);
  auto r = parse_uri_reference(in.view());
  REQUIRE(r);
  CHECK(r->path.size() == 100001);

  std::string pct = "/";
  for (int i = 0; i < 30000; ++i) pct += "%41";
  exact_copy in2(pct);
  CHECK(parse_uri_reference(in2.view()));

  std::string bad = std::string(100000, 'a') + " ";
  exact_copy in3(bad);
  auto b = parse_uri_reference(in3.view());
  REQUIRE(!b);
  CHECK(b.error().offset == 100000);

  std::string big_port = "http://h:" + std::string(1000, '9') + "/";
  exact_copy in4(big_port);
  CHECK(parse_uri_reference(in4.view()));  // RFC 3986 §3.2.3 sets no range

  std::string colons = "http://[" + std::string(1000, ':') + "]/";
  exact_copy in5(colons);
  CHECK(!parse_uri_reference(in5.view()));
}
