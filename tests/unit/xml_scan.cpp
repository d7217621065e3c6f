//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// The bounded XML scan of the WebDAV rules (src/detail/xml_scan.hpp).

#include "detail/xml_scan.hpp"

#include "grammar/exact_buffer.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

using namespace respolicy::detail::xml;
using respolicy::test::exact_buffer;
using namespace std::string_view_literals;

namespace {

/** Records what the scan reports: "<name" (" dav" when in the DAV: namespace) "@depth",
    "text:..." and "/depth". */
struct recorder {
  std::vector<std::string> events;
  std::size_t starts_allowed = static_cast<std::size_t>(-1);

  bool start(xml_element const& e) {
    events.push_back("<" + std::string(e.name) + (e.dav ? " dav" : "") + "@" +
                     std::to_string(e.depth));
    CHECK(e.name.ends_with(e.local));
    return --starts_allowed > 0;
  }
  void text(std::string_view t, std::size_t) { events.push_back("text:" + std::string(t)); }
  void end(std::size_t depth) { events.push_back("/" + std::to_string(depth)); }
};

xml_result scan(std::string_view doc, recorder& v) {
  exact_buffer const in(doc);
  return scan_xml(in.view(), v);
}

xml_result scan(std::string_view doc) {
  recorder v;
  return scan(doc, v);
}

std::string nested(std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += "<e>";
  for (std::size_t i = 0; i < n; ++i) s += "</e>";
  return s;
}

std::string declarations(std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += " xmlns:p" + std::to_string(i) + "='urn:x'";
  return s;
}

struct stop_case {
  std::string_view doc;
  xml_stop stop;
  std::string_view why;
  std::size_t at;
};

stop_case const stops[] = {
    // Unterminated constructs.
    {"<a><?pi", xml_stop::malformed, "unterminated processing instruction", 3},
    {"<a><!-- x", xml_stop::malformed, "unterminated comment", 3},
    {"<a><![CDATA[x", xml_stop::malformed, "unterminated CDATA section", 3},
    {"<a></a", xml_stop::malformed, "unterminated end tag", 3},
    {"<a", xml_stop::malformed, "unterminated start tag", 0},
    {"<a b", xml_stop::malformed, "unterminated start tag", 0},
    {"<a b=", xml_stop::malformed, "unterminated start tag", 0},
    {"<a /", xml_stop::malformed, "unterminated start tag", 0},
    {"<a b=\"x", xml_stop::malformed, "unterminated attribute value", 5},
    // Not well-formed, or not namespace-well-formed.
    {"", xml_stop::malformed, "no root element", 0},
    {" <!-- c --> ", xml_stop::malformed, "no root element", 12},
    {"x<a/>", xml_stop::malformed, "text outside the root element", 0},
    {"<a/>x", xml_stop::malformed, "text outside the root element", 4},
    {"<![CDATA[x]]><a/>", xml_stop::malformed, "CDATA outside the root element", 0},
    {"<a/><b/>", xml_stop::malformed, "a second root element", 4},
    {"<a></b>", xml_stop::malformed, "end tag does not match", 3},
    {"</a>", xml_stop::malformed, "end tag does not match", 0},
    {"<a><b></b>", xml_stop::malformed, "unclosed element", 10},
    {"<a>< b/></a>", xml_stop::malformed, "'<' without a name", 3},
    {"<a/ >", xml_stop::malformed, "'/' inside a tag", 2},
    {"<a b>", xml_stop::malformed, "attribute without a value", 3},
    {"<a =\"x\">", xml_stop::malformed, "attribute without a value", 3},
    {"<a b=c/>", xml_stop::malformed, "unquoted attribute value", 5},
    {"<D:a/>", xml_stop::malformed, "undeclared namespace prefix", 0},
    {"<a xmlns:D='DAV:'/><!-- -->", xml_stop::end, "", 0},
    // What the scan does not follow.
    {"<!DOCTYPE a><a/>", xml_stop::unsure, "DOCTYPE", 0},
    {"\xFF\xFE<\0a\0/\0>\0"sv, xml_stop::unsure, "UTF-16", 0},
    {"\xFE\xFF\0<\0a\0/\0>"sv, xml_stop::unsure, "UTF-16", 0},
    {"<\0a\0/\0>\0"sv, xml_stop::unsure, "UTF-16", 0},
    {"<a xmlns:D='&#68;AV:'/>", xml_stop::unsure, "reference in xmlns", 21},
};

}  // namespace

TEST_CASE("xml_scan: elements, depths and the DAV: namespace", "[xml_scan]") {
  recorder v;
  auto const r = scan(
      "\xEF\xBB\xBF<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n"
      "<D:multistatus xmlns:D=\"DAV:\"><!-- c --><D:response><D:href>/a</D:href></D:response>"
      "<D:response/></D:multistatus >\n",
      v);
  CHECK(r.stop == xml_stop::end);
  CHECK(r.root_seen);
  CHECK(v.events == std::vector<std::string>{"<D:multistatus dav@0", "<D:response dav@1",
                                             "<D:href dav@2", "text:/a", "/2", "/1",
                                             "<D:response dav@1", "/1", "/0"});
}

TEST_CASE("xml_scan: namespace prefixes (Namespaces in XML 1.0 §6.2)", "[xml_scan]") {
  recorder v;
  // The default namespace; an inner declaration that undoes it; "xml" bound without one.
  CHECK(scan("<multistatus xmlns='DAV:'><a xmlns=''/><b/><xml:c/></multistatus>", v).stop ==
        xml_stop::end);
  CHECK(v.events == std::vector<std::string>{"<multistatus dav@0", "<a@1", "/1", "<b dav@1", "/1",
                                             "<xml:c@1", "/1", "/0"});
  // The innermost declaration of a prefix applies, and only inside its element.
  v.events.clear();
  CHECK(scan("<D:a xmlns:D='DAV:'><D:b xmlns:D='urn:x'><D:c/></D:b><D:d/></D:a>", v).stop ==
        xml_stop::end);
  CHECK(v.events == std::vector<std::string>{"<D:a dav@0", "<D:b@1", "<D:c@2", "/2", "/1",
                                             "<D:d dav@1", "/1", "/0"});
  // A declaration on an empty element ends with it.
  CHECK(scan("<a><D:b xmlns:D='DAV:'/><D:c/></a>").why ==
        std::string_view("undeclared namespace prefix"));
}

TEST_CASE("xml_scan: character data and CDATA sections", "[xml_scan]") {
  recorder v;
  CHECK(scan("<a>x<![CDATA[<y>]]>z<!-- c -->w<?pi?></a>", v).stop == xml_stop::end);
  CHECK(v.events ==
        std::vector<std::string>{"<a@0", "text:x", "text:<y>", "text:z", "text:w", "/0"});
}

TEST_CASE("xml_scan: malformed, unterminated and unsure documents", "[xml_scan]") {
  for (auto const& c : stops) {
    INFO(c.doc);
    auto const r = scan(c.doc);
    CHECK(r.stop == c.stop);
    CHECK(std::string_view(r.why) == c.why);
    CHECK(r.at == c.at);
  }
}

TEST_CASE("xml_scan: the visitor ends the scan", "[xml_scan]") {
  recorder v;
  v.starts_allowed = 2;
  auto const r = scan("<a><b><c/></b></a", v);  // unterminated after the stop: not read
  CHECK(r.stop == xml_stop::end);
  CHECK(r.root_seen);
  CHECK(v.events == std::vector<std::string>{"<a@0", "<b@1"});
}

TEST_CASE("xml_scan: limits (depth 63, 32 namespace declarations, size)", "[xml_scan]") {
  // Depths 0 to 63 are followed; an element at depth 64 ends the scan as unsure.
  CHECK(scan(nested(max_xml_depth + 1)).stop == xml_stop::end);
  auto const deep = scan(nested(max_xml_depth + 2));
  CHECK(deep.stop == xml_stop::unsure);
  CHECK(std::string_view(deep.why) == "nesting too deep");
  CHECK(deep.at == 3 * (max_xml_depth + 1));

  // 32 declarations in scope are followed, one more is not; those of closed elements are gone.
  CHECK(scan("<a" + declarations(max_namespace_decls) + "/>").stop == xml_stop::end);
  auto const many = scan("<a" + declarations(max_namespace_decls + 1) + "/>");
  CHECK(many.stop == xml_stop::unsure);
  CHECK(std::string_view(many.why) == "xmlns count");
  CHECK(scan("<a" + declarations(max_namespace_decls - 1) +
             "><b xmlns:x='u'/><c xmlns:y='u'/><d xmlns:z='u'></d></a>")
            .stop == xml_stop::end);
  CHECK(scan("<a" + declarations(max_namespace_decls - 1) +
             "><b xmlns:x='u'><c xmlns:y='u'/></b></a>")
            .stop == xml_stop::unsure);

  // Content beyond max_xml_size is not read: what is cut there is unsure, not malformed.
  std::string const text(max_xml_size, 'x');
  auto const big = scan("<a>" + text + "</a>");
  CHECK(big.stop == xml_stop::unsure);
  CHECK(std::string_view(big.why) == "size limit");
  auto const cut = scan("<a><!--" + text + "--></a>");
  CHECK(cut.stop == xml_stop::unsure);
  CHECK(std::string_view(cut.why) == "unterminated comment");
  CHECK(scan("<a>" + std::string(max_xml_size - 7, 'x') + "</a>").stop == xml_stop::end);
}

TEST_CASE("xml_scan: the status-line of a DAV:status (RFC 4918 §14.28)", "[xml_scan]") {
  CHECK(status_line_code("HTTP/1.1 102 Processing") == 102);
  CHECK(status_line_code(" \r\nHTTP/1.1 200 OK\n") == 200);
  CHECK(status_line_code("HTTP/1.1 424") == 424);
  CHECK_FALSE(status_line_code("HTTP/1.1 20"));
  CHECK_FALSE(status_line_code("HTTP/1.1 2000 OK"));
  CHECK_FALSE(status_line_code("HTTP/1.1 2x0 OK"));
  CHECK_FALSE(status_line_code("http/1.1 200 OK"));
  CHECK_FALSE(status_line_code("HTTP/1.1"));
  CHECK_FALSE(status_line_code(""));
}
