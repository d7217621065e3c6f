//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_SRC_DETAIL_XML_SCAN_HPP
#define RESPOLICY_SRC_DETAIL_XML_SCAN_HPP

// The XML scan of the WebDAV rules (RFC 4918 §13, §11.3, §16).
//
// Not an XML parser: a bounded scan that follows elements, resolves the prefixes declared with
// xmlns attributes (Namespaces in XML 1.0) and skips the XML declaration, processing
// instructions, comments and CDATA sections. It reports malformation it is sure of (an
// unterminated construct, mismatched or unclosed tags, an undeclared prefix, a second root,
// text outside the root) and stops without a finding on what it does not follow: a DOCTYPE
// (which could declare default attributes, xmlns among them), character or entity references
// in a namespace name, UTF-16, nesting deeper than 63 or more than 32 namespace declarations in
// scope, and content beyond max_xml_size.
//
// A single pass with no allocation and no recursion: the open elements and the namespace
// declarations in scope live in fixed-size arrays, and when those would overflow the scan stops
// as unsure rather than guess.

#include "detail/whitespace.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace respolicy::detail::xml {

constexpr std::size_t npos = std::string_view::npos;

/** The most content read; a longer document is read up to it and ends as unsure. */
constexpr std::size_t max_xml_size = 1024 * 1024;
/** The deepest element followed: the root is at depth 0, an element deeper than this ends the
    scan as unsure. */
constexpr std::size_t max_xml_depth = 63;
/** The most xmlns declarations in scope at once; one more ends the scan as unsure. */
constexpr std::size_t max_namespace_decls = 32;

/** How a scan ended. */

enum class xml_stop : std::uint8_t {
  end,        // the document ended after its root element, or the visitor stopped the scan
  malformed,  // not well-formed (or not namespace-well-formed); `why` says what
  unsure,     // something the scan does not follow; nothing may be concluded
};

/** A start tag, or an empty-element tag, as the visitor sees it. */
struct xml_element {
  std::string_view name;   // qualified name as written
  std::string_view local;  // without the prefix
  bool dav = false;        // in the "DAV:" namespace (RFC 4918 §21)
  std::size_t depth = 0;   // the root element is at depth 0
};

/** The end of a scan: `why` (static text) and `at` (an offset in the document) say what made it
    malformed or unsure. */
struct xml_result {
  xml_stop stop = xml_stop::end;
  bool root_seen = false;
  char const* why = "";
  std::size_t at = 0;
};

/** A byte that ends a name in a tag. */
constexpr bool is_name_end(char ch) noexcept {
  return is_space(ch) || ch == '/' || ch == '>' || ch == '=' || ch == '<';
}

/** True when `s` is only XML whitespace (S, XML 1.0 §2.3), or empty. */
constexpr bool all_space(std::string_view s) noexcept { return trim_space(s).empty(); }

/** Scans `doc`; calls v.start(element) (returning false ends the scan), v.text(text, depth) for
    character data inside the root (CDATA sections included), and v.end(depth). */
template <class Visitor>
xml_result scan_xml(std::string_view doc, Visitor& v) {
  xml_result r;
  auto fail = [&r](xml_stop s, char const* why, std::size_t at) {
    r.stop = s;
    r.why = why;
    r.at = at;
    return r;
  };
  if (doc.size() >= 2 &&
      ((doc[0] == '\xFE' && doc[1] == '\xFF') || (doc[0] == '\xFF' && doc[1] == '\xFE') ||
       doc[0] == '\0' || doc[1] == '\0'))
    return fail(xml_stop::unsure, "UTF-16", 0);
  bool const limited = doc.size() > max_xml_size;
  if (limited) doc = doc.substr(0, max_xml_size);
  // Where the content ends inside a construct: malformed, unless the limit cut it.
  auto cut = [&](char const* why, std::size_t at) {
    return fail(limited ? xml_stop::unsure : xml_stop::malformed, why, at);
  };
  std::size_t pos = doc.starts_with("\xEF\xBB\xBF") ? 3 : 0;

  struct ns_decl {
    std::size_t depth;
    std::string_view prefix;  // empty: the default namespace
    bool dav;
  };
  std::array<ns_decl, max_namespace_decls> decls{};
  std::size_t decl_count = 0;
  std::array<std::string_view, max_xml_depth + 1> open{};  // names of the open elements
  std::size_t depth = 0;
  bool root_closed = false;

  while (pos < doc.size()) {
    auto const lt = doc.find('<', pos);
    auto const text = doc.substr(pos, (lt == npos ? doc.size() : lt) - pos);
    if (!text.empty()) {
      if (depth == 0 && !all_space(text))
        return fail(xml_stop::malformed, "text outside the root element", pos);
      if (depth > 0) v.text(text, depth);
    }
    if (lt == npos) break;
    pos = lt;
    auto const rest = doc.substr(pos);
    if (rest.starts_with("<?")) {
      auto const e = doc.find("?>", pos + 2);
      if (e == npos) return cut("unterminated processing instruction", pos);
      pos = e + 2;
    } else if (rest.starts_with("<!--")) {
      auto const e = doc.find("-->", pos + 4);
      if (e == npos) return cut("unterminated comment", pos);
      pos = e + 3;
    } else if (rest.starts_with("<![CDATA[")) {
      if (depth == 0) return fail(xml_stop::malformed, "CDATA outside the root element", pos);
      auto const e = doc.find("]]>", pos + 9);
      if (e == npos) return cut("unterminated CDATA section", pos);
      v.text(doc.substr(pos + 9, e - pos - 9), depth);
      pos = e + 3;
    } else if (rest.starts_with("<!")) {
      return fail(xml_stop::unsure, "DOCTYPE", pos);
    } else if (rest.starts_with("</")) {
      auto const gt = doc.find('>', pos + 2);
      if (gt == npos) return cut("unterminated end tag", pos);
      auto const name = trim_space(doc.substr(pos + 2, gt - pos - 2));
      if (depth == 0 || name != open[depth - 1])
        return fail(xml_stop::malformed, "end tag does not match", pos);
      --depth;
      while (decl_count > 0 && decls[decl_count - 1].depth == depth) --decl_count;
      v.end(depth);
      root_closed = depth == 0;
      pos = gt + 1;
    } else {
      // A start tag: name, attributes, then ">" or "/>".
      auto p = pos + 1;
      while (p < doc.size() && !is_name_end(doc[p])) ++p;
      auto const name = doc.substr(pos + 1, p - pos - 1);
      if (name.empty()) return fail(xml_stop::malformed, "'<' without a name", pos);
      if (root_closed) return fail(xml_stop::malformed, "a second root element", pos);
      if (depth > max_xml_depth) return fail(xml_stop::unsure, "nesting too deep", pos);
      bool empty = false;
      for (;;) {
        while (p < doc.size() && is_space(doc[p])) ++p;
        if (p >= doc.size()) return cut("unterminated start tag", pos);
        if (doc[p] == '>') {
          ++p;
          break;
        }
        if (doc[p] == '/') {
          if (p + 1 >= doc.size()) return cut("unterminated start tag", pos);
          if (doc[p + 1] != '>') return fail(xml_stop::malformed, "'/' inside a tag", p);
          p += 2;
          empty = true;
          break;
        }
        auto const attr_start = p;
        while (p < doc.size() && !is_name_end(doc[p])) ++p;
        auto const attr = doc.substr(attr_start, p - attr_start);
        while (p < doc.size() && is_space(doc[p])) ++p;
        if (p >= doc.size()) return cut("unterminated start tag", pos);
        if (attr.empty() || doc[p] != '=')
          return fail(xml_stop::malformed, "attribute without a value", attr_start);
        ++p;
        while (p < doc.size() && is_space(doc[p])) ++p;
        if (p >= doc.size()) return cut("unterminated start tag", pos);
        if (doc[p] != '"' && doc[p] != '\'')
          return fail(xml_stop::malformed, "unquoted attribute value", p);
        auto const close = doc.find(doc[p], p + 1);
        if (close == npos) return cut("unterminated attribute value", p);
        auto const value = doc.substr(p + 1, close - p - 1);
        p = close + 1;
        bool const is_default = attr == "xmlns";
        if (!is_default && !attr.starts_with("xmlns:")) continue;
        if (value.find('&') != npos) return fail(xml_stop::unsure, "reference in xmlns", p);
        if (decl_count == max_namespace_decls) return fail(xml_stop::unsure, "xmlns count", p);
        decls[decl_count++] = {depth, is_default ? std::string_view{} : attr.substr(6),
                               value == "DAV:"};
      }
      // Namespaces in XML 1.0 §6.2: the innermost declaration of the prefix applies; an
      // unprefixed element takes the default namespace (none without a declaration); "xml" is
      // bound without a declaration.
      auto const colon = name.find(':');
      auto const prefix = colon == npos ? std::string_view{} : name.substr(0, colon);
      xml_element e{name, colon == npos ? name : name.substr(colon + 1), false, depth};
      bool bound = prefix.empty() || prefix == "xml";
      for (auto i = decl_count; i > 0; --i) {
        if (decls[i - 1].prefix != prefix) continue;
        e.dav = decls[i - 1].dav;
        bound = true;
        break;
      }
      if (!bound) return fail(xml_stop::malformed, "undeclared namespace prefix", pos);
      r.root_seen = true;
      if (!v.start(e)) return r;
      if (empty) {
        while (decl_count > 0 && decls[decl_count - 1].depth == depth) --decl_count;
        v.end(depth);
        root_closed = depth == 0;
      } else {
        open[depth++] = name;
      }
      pos = p;
    }
  }
  if (limited) return fail(xml_stop::unsure, "size limit", doc.size());
  if (!r.root_seen) return fail(xml_stop::malformed, "no root element", doc.size());
  if (!root_closed) return fail(xml_stop::malformed, "unclosed element", doc.size());
  return r;
}

/** Reads the code of a status-line such as "HTTP/1.1 102 Processing", the text of a DAV:status
    element (RFC 4918 §14.28); surrounding whitespace is ignored. */
constexpr std::optional<int> status_line_code(std::string_view s) noexcept {
  s = trim_space(s);
  if (!s.starts_with("HTTP/")) return std::nullopt;
  auto const sp = s.find(' ');
  if (sp == npos || s.size() < sp + 4) return std::nullopt;
  auto const code = s.substr(sp + 1, 3);
  for (char const ch : code)
    if (ch < '0' || ch > '9') return std::nullopt;
  if (s.size() > sp + 4 && s[sp + 4] != ' ') return std::nullopt;
  return (code[0] - '0') * 100 + (code[1] - '0') * 10 + (code[2] - '0');
}

}  // namespace respolicy::detail::xml

#endif
