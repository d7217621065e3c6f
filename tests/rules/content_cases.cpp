//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// The rules that read the content (src/rules/content.cpp): multipart framing, the parts of a
// multipart 206, the 207 and 423 WebDAV bodies; and the field rules that came with them: URIs
// without userinfo or an empty host, and the 451 blocked-by link. Bodies use real CR LF bytes
// ("\r\n" in C++); the test-text escapes apply to them as well.

#include "rule_case.hpp"

namespace respolicy::test {
namespace {

// RFC 9110 §14.6: two parts of an 8000-byte PDF, framed with CRLF.
#define BYTERANGES_200_PDF "200\nContent-Type: application/pdf\nContent-Length: 8000"
#define BYTERANGES_HEAD \
  "206\nContent-Type: multipart/byteranges; boundary=THIS_STRING_SEPARATES\n\n"
#define PART(range, type) \
  "--THIS_STRING_SEPARATES\r\n" type "Content-Range: bytes " range "/8000\r\n\r\n"
#define PDF "Content-Type: application/pdf\r\n"
#define CLOSE "--THIS_STRING_SEPARATES--\r\n"

// RFC 2046 §5.1.1's example: a quoted boundary with a space, a preamble, a part without header
// fields, and an epilogue.
#define RFC2046_EXAMPLE                                                                \
  "200\nContent-Type: multipart/mixed; boundary=\"simple boundary\"\n\n"               \
  "This is the preamble.  It is to be ignored, though it\r\nis a handy place.\r\n"     \
  "\r\n--simple boundary\r\n\r\nThis is implicitly typed plain US-ASCII text.\r\n"     \
  "It does NOT end with a linebreak.\r\n--simple boundary\r\n"                         \
  "Content-type: text/plain; charset=us-ascii\r\n\r\nThis is explicitly typed plain "  \
  "US-ASCII text.\r\nIt DOES end with a linebreak.\r\n\r\n--simple boundary--\r\n\r\n" \
  "This is the epilogue.  It is also to be ignored.\n"

// RFC 4918 §9.1.3's answer to a PROPFIND, with the DAV: namespace on a prefix.
#define MULTISTATUS_PREFIXED                                                        \
  "207\nContent-Type: application/xml; charset=\"utf-8\"\n\n"                       \
  "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n"                                   \
  "<D:multistatus xmlns:D=\"DAV:\">\n"                                              \
  "  <D:response xmlns:R=\"http://ns.example.com/boxschema/\">\n"                   \
  "    <D:href>http://www.example.com/file</D:href>\n"                              \
  "    <D:propstat>\n"                                                              \
  "      <D:prop><R:bigbox><R:BoxType>Box type A</R:BoxType></R:bigbox></D:prop>\n" \
  "      <D:status>HTTP/1.1 200 OK</D:status>\n"                                    \
  "    </D:propstat>\n"                                                             \
  "  </D:response>\n"                                                               \
  "</D:multistatus>\n"

// The 200 whose bytes the 206 cases take their ranges from.
constexpr std::string_view get_200_ten_digits =
    "200\nContent-Type: text/plain\nContent-Length: 10\n\n0123456789";

constexpr rule_case cases[] = {
    // --- multipart-boundary-param (RFC 9110 §8.3.3, §14.6; RFC 2046 §5.1.1) -------------------
    {"multipart-boundary-param", breaks,
     "200\nContent-Type: multipart/mixed\n\n--x\r\n\r\nhello\r\n--x--\r\n"},
    {"multipart-boundary-param", breaks, "200\nContent-Type: multipart/mixed; boundary=\"\""},
    {"multipart-boundary-param", breaks,
     "200\nContent-Type: multipart/mixed; "
     "boundary=0123456789012345678901234567890123456789012345678901234567890123456789X"},
    {"multipart-boundary-param", breaks,
     "200\nContent-Type: multipart/mixed; boundary=\"ends with space \"\n\n"
     "--ends with space \r\n\r\nhi\r\n--ends with space --\r\n"},
    {"multipart-boundary-param", breaks,
     "200\nContent-Type: multipart/mixed; boundary=\"a<b\"\n\n--a<b\r\n\r\nhi\r\n--a<b--\r\n"},
    // The content never uses the boundary, or never closes, or closes before any part.
    {"multipart-boundary-param", breaks,
     "200\nContent-Type: multipart/mixed; boundary=abc\n\n--xyz\r\n\r\nhi\r\n--xyz--\r\n"},
    {"multipart-boundary-param", breaks,
     "200\nContent-Type: multipart/mixed; boundary=abc\n\n--abc\r\n\r\nhi\r\n--abc\r\n\r\nho"},
    {"multipart-boundary-param", breaks,
     "200\nContent-Type: multipart/mixed; boundary=abc\n\n--abc--\r\n"},
    // A line that only starts with the boundary is no delimiter.
    {"multipart-boundary-param", breaks,
     "200\nContent-Type: multipart/mixed; boundary=abc\n\n--abcdef\r\n\r\nhi\r\n--abcdef--\r\n"},
    {"multipart-boundary-param", near_miss, RFC2046_EXAMPLE},
    {"multipart-boundary-param", near_miss,
     "200\nContent-Type: Multipart/Mixed; Boundary=abc\n\n--abc\r\n\r\n--abcdef\r\n--abc--"},
    {"multipart-boundary-param", near_miss,
     "206\nContent-Type: multipart/byteranges; boundary=\"a\\\\b\"\n\n"
     "--ab\r\nContent-Range: bytes 0-1/2\r\n\r\nhi\r\n--ab--\r\n"},
    // The content is not in the view (streamed): only the parameter is judged.
    {"multipart-boundary-param", near_miss,
     "200\nContent-Type: multipart/mixed; boundary=abc\n@size: 5000"},
    {"multipart-boundary-param", near_miss,  // only the first bytes of a longer content
     "200\nContent-Type: multipart/mixed; boundary=abc\n@size: 5000\n\n--abc\r\n\r\nhi"},
    {"multipart-boundary-param", near_miss, "200\nContent-Type: text/html\n\n--abc\r\n"},

    // --- multipart-crlf (RFC 9110 §8.3.3; RFC 2046 §5.1.1) -------------------------------------
    {"multipart-crlf", breaks,
     "200\nContent-Type: multipart/mixed; boundary=b\n\n"
     "--b\nContent-Type: text/plain\n\none\n--b\n\ntwo\n--b--\n"},
    {"multipart-crlf", breaks,
     "200\nContent-Type: multipart/mixed; boundary=b\n\n--b\r\n\r\nhi\n--b--\r\n"},
    {"multipart-crlf", breaks,
     "200\nContent-Type: multipart/mixed; boundary=b\n\n--b\n\r\nhi\r\n--b--\r\n"},
    {"multipart-crlf", breaks,
     "200\nContent-Type: multipart/mixed; boundary=b\n\n"
     "--b\r\nContent-Type: text/plain\n\r\nhi\r\n--b--\r\n"},
    {"multipart-crlf", breaks,  // the CRLF before the first delimiter, after a preamble
     "200\nContent-Type: multipart/mixed; boundary=b\n\npreamble\n--b\r\n\r\nhi\r\n--b--\r\n"},
    {"multipart-crlf", near_miss, RFC2046_EXAMPLE},
    // Bare LFs inside a part's content, the preamble and the epilogue are not line breaks
    // between parts; the close delimiter may end the content without a line break.
    {"multipart-crlf", near_miss,
     "200\nContent-Type: multipart/mixed; boundary=b\n\n"
     "pre\namble\r\n--b\r\nContent-Type: text/plain\r\n\r\nline 1\nline 2\n\r\n--b--"},
    {"multipart-crlf", near_miss,
     "200\nContent-Type: multipart/mixed; boundary=b\n\n--b \t\r\n\r\nhi\r\n--b--\r\nepi\nlogue\n"},
    // A part with no blank line: its lines are content, not header lines.
    {"multipart-crlf", near_miss,
     "200\nContent-Type: multipart/mixed; boundary=b\n\n--b\r\nno header\nsection\r\n--b--\r\n"},

    // --- 206-part-headers (RFC 9110 §15.3.7.2) --------------------------------------------------
    // The 206's bytes are the 200's (RFC 9110 §15.3.7), in one part or several.
    {"206-content-matches-200", breaks,
     "206\nContent-Range: bytes 1-4/10\nContent-Length: 4\n\n2345", "GET\nRange: bytes=1-4",
     get_200_ten_digits},
    {"206-content-matches-200", breaks,
     "206\nContent-Range: bytes 1-4/11\nContent-Length: 4\n\n1234", "GET\nRange: bytes=1-4",
     get_200_ten_digits},
    {"206-content-matches-200", breaks,
     "206\nContent-Range: bytes 8-10/11\nContent-Length: 3\n\n89x", "GET\nRange: bytes=8-",
     get_200_ten_digits},
    {"206-content-matches-200", breaks,
     "206\nContent-Type: multipart/byteranges; boundary=B\nContent-Length: 85\n\n"
     "--B\r\nContent-Range: bytes 0-0/10\r\n\r\n0\r\n"
     "--B\r\nContent-Range: bytes 9-9/10\r\n\r\n8\r\n--B--\r\n",
     "GET\nRange: bytes=0-0,-1", get_200_ten_digits},
    {"206-content-matches-200", near_miss,
     "206\nContent-Range: bytes 1-4/10\nContent-Length: 4\n\n1234", "GET\nRange: bytes=1-4",
     get_200_ten_digits},
    {"206-content-matches-200", near_miss,
     "206\nContent-Type: multipart/byteranges; boundary=B\nContent-Length: 85\n\n"
     "--B\r\nContent-Range: bytes 0-0/10\r\n\r\n0\r\n"
     "--B\r\nContent-Range: bytes 9-9/10\r\n\r\n9\r\n--B--\r\n",
     "GET\nRange: bytes=0-0,-1", get_200_ten_digits},
    {"206-content-matches-200", near_miss,
     "206\nContent-Range: bytes 1-4/10\nContent-Length: 4\n\n2345", "GET\nRange: bytes=1-4"},
    {"206-content-matches-200", near_miss,
     "206\nContent-Range: bytes 1-4/10\nContent-Encoding: gzip\nContent-Length: 4\n\n2345",
     "GET\nRange: bytes=1-4", get_200_ten_digits},

    {"206-part-headers", breaks,
     BYTERANGES_HEAD PART("500-504", PDF) "abcde\r\n"
                                          "--THIS_STRING_SEPARATES\r\n" PDF "\r\nxyz\r\n" CLOSE},
    {"206-part-headers", breaks, BYTERANGES_HEAD "--THIS_STRING_SEPARATES\r\n\r\nabcde\r\n" CLOSE},
    {"206-part-headers",
     breaks,
     BYTERANGES_HEAD PART("500-504", "") "abcde\r\n" PART("7000-7002", "") "xyz\r\n" CLOSE,
     "GET\nRange: bytes=500-504,7000-7002",
     BYTERANGES_200_PDF,
     {},
     severity::warning},
    {"206-part-headers",
     breaks,
     BYTERANGES_HEAD PART("500-504", PDF) "abcde\r\n" PART(
         "7000-7002", "Content-Type: text/plain\r\n") "xyz\r\n" CLOSE,
     "GET\nRange: bytes=500-504,7000-7002",
     BYTERANGES_200_PDF,
     {},
     severity::warning},
    {"206-part-headers", near_miss,
     BYTERANGES_HEAD PART("500-504", PDF) "abcde\r\n" PART("7000-7002", PDF) "xyz\r\n" CLOSE,
     "GET\nRange: bytes=500-504,7000-7002", BYTERANGES_200_PDF},
    // Media types compare without parameters and case-insensitively.
    {"206-part-headers", near_miss,
     BYTERANGES_HEAD PART("500-504", "content-type: Application/PDF; q=1\r\n") "abcde\r\n" PART(
         "7000-7002", PDF) "xyz\r\n" CLOSE,
     "GET\nRange: bytes=500-504,7000-7002", BYTERANGES_200_PDF},
    // Without the 200 the Content-Type part is not judged; Content-Range is there.
    {"206-part-headers", near_miss,
     BYTERANGES_HEAD PART("500-504", "") "abcde\r\n" PART("7000-7002", "") "xyz\r\n" CLOSE},
    // Read leniently: LF-only framing still shows each part's Content-Range.
    {"206-part-headers", near_miss,
     BYTERANGES_HEAD "--THIS_STRING_SEPARATES\nContent-Range: bytes 0-1/8000\n\nab\n" CLOSE},
    // A 206 that is not multipart has its Content-Range in the header section.
    {"206-part-headers", near_miss,
     "206\nContent-Type: application/pdf\nContent-Range: bytes 0-1/8000\n\nab"},

    // --- 206-parts-order (RFC 9110 §15.3.7.2) ---------------------------------------------------
    {"206-parts-order", breaks,
     BYTERANGES_HEAD PART("500-504", PDF) "abcde\r\n" PART("7000-7002", PDF) "xyz\r\n" CLOSE,
     "GET\nRange: bytes=7000-7002, 500-504"},
    {"206-parts-order", breaks,
     BYTERANGES_HEAD PART("0-4", PDF) "abcde\r\n" PART("7997-7999", PDF) "xyz\r\n" CLOSE,
     "GET\nRange: bytes=-3,0-4"},
    {"206-parts-order", near_miss,
     BYTERANGES_HEAD PART("500-504", PDF) "abcde\r\n" PART("7000-7002", PDF) "xyz\r\n" CLOSE,
     "GET\nRange: bytes=500-504,7000-7002"},
    // Without a request, or without its Range, the order cannot be judged.
    {"206-parts-order", near_miss,
     BYTERANGES_HEAD PART("500-504", PDF) "abcde\r\n" PART("7000-7002", PDF) "xyz\r\n" CLOSE},
    {"206-parts-order", near_miss,
     BYTERANGES_HEAD PART("500-504", PDF) "abcde\r\n" PART("7000-7002", PDF) "xyz\r\n" CLOSE,
     "GET"},
    // 0-10 and 5-20 coalesced into 0-20, which may take the place of 5-20 after 500-504.
    {"206-parts-order", near_miss,
     BYTERANGES_HEAD PART("500-504", PDF) "abcde\r\n" PART("0-20",
                                                           PDF) "abcdefghijklmnopqrstu\r\n" CLOSE,
     "GET\nRange: bytes=0-10,500-504,5-20"},
    // The unsatisfiable 9000-9100 is left out; open and suffix ranges resolve against 8000.
    {"206-parts-order", near_miss,
     BYTERANGES_HEAD PART("500-504", PDF) "abcde\r\n" PART("7997-7999", PDF) "xyz\r\n" CLOSE,
     "GET\nRange: bytes=9000-9100,500-504,-3"},
    {"206-parts-order", near_miss,
     BYTERANGES_HEAD PART("500-504", PDF) "abcde\r\n" PART("7997-7999", PDF) "xyz\r\n" CLOSE,
     "GET\nRange: bytes=500-504,7997-"},

    // --- 207-multistatus-body (RFC 4918 §13) ----------------------------------------------------
    {"207-multistatus-body", breaks,
     "207\nContent-Type: application/xml\n\n<?xml version=\"1.0\"?>\n"
     "<D:prop xmlns:D=\"DAV:\"/>"},
    {"207-multistatus-body", breaks,  // right name, no namespace
     "207\nContent-Type: text/xml\n\n<multistatus><response><href>/a</href>"
     "<status>HTTP/1.1 200 OK</status></response></multistatus>"},
    {"207-multistatus-body", breaks,  // the prefix is bound to another namespace
     "207\nContent-Type: text/xml\n\n<D:multistatus xmlns:D=\"urn:not-dav\"/>"},
    {"207-multistatus-body", breaks,
     "207\nContent-Type: application/xml\n\n<D:multistatus xmlns:D=\"DAV:\"><D:response>"
     "<D:status>HTTP/1.1 200 OK</D:status></D:response></D:multistatus>"},
    {"207-multistatus-body", breaks,  // the href is a grandchild, not a child
     "207\nContent-Type: application/xml\n\n<multistatus xmlns=\"DAV:\"><response><propstat>"
     "<href>/a</href><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>"},
    {"207-multistatus-body",
     breaks,
     "207\nContent-Type: application/xml\n\n<D:multistatus xmlns:D=\"DAV:\"><D:response>"
     "<D:href>/a</D:href><D:status> HTTP/1.1 102 Processing </D:status></D:response>"
     "</D:multistatus>",
     {},
     {},
     {},
     severity::warning},
    {"207-multistatus-body", breaks, "207\nContent-Length: 0"},
    {"207-multistatus-body", breaks,
     "207\nContent-Type: application/xml\n\n<D:multistatus xmlns:D=\"DAV:\"><D:response>"},
    {"207-multistatus-body", breaks,
     "207\nContent-Type: application/xml\n\n<D:multistatus><D:response/></D:multistatus>"},
    {"207-multistatus-body", breaks, "207\nContent-Type: text/xml\n\nall done"},
    {"207-multistatus-body", near_miss, MULTISTATUS_PREFIXED},
    // The default namespace, comments and CDATA that look like elements, whitespace everywhere,
    // a BOM, and a prefix bound to DAV: again further down.
    {"207-multistatus-body", near_miss,
     "207\nContent-Type: text/xml\n\n\xEF\xBB\xBF<?xml version='1.0'?>\n<!-- <response/> -->\n"
     "<multistatus xmlns='DAV:' >\n <response >\n  <!-- no href yet -->\n"
     "  <href >/a</href >\n  <status><![CDATA[HTTP/1.1 200 OK]]></status>\n"
     "  <responsedescription><![CDATA[<response></response>]]></responsedescription>\n"
     " </response>\n <x:response xmlns:x='urn:other'/>\n"
     " <d:response xmlns:d='DAV:'><d:href>/b</d:href>"
     "<d:status>HTTP/1.1 424 Failed Dependency</d:status></d:response>\n</multistatus>\n"},
    // An element of another namespace named "response" needs no href; a redeclared prefix.
    {"207-multistatus-body", near_miss,
     "207\nContent-Type: application/xml\n\n<a:multistatus xmlns:a=\"DAV:\"><a:response>"
     "<a:href>/a</a:href><a:propstat><a:prop><a:response xmlns:a=\"urn:x\"/></a:prop>"
     "<a:status>HTTP/1.1 200 OK</a:status></a:propstat></a:response></a:multistatus>"},
    {"207-multistatus-body", near_miss,
     "207\nContent-Type: application/json\n\n{\"responses\": []}"},
    {"207-multistatus-body", near_miss, "207\nContent-Type: application/xml\n@size: 900"},
    {"207-multistatus-body", near_miss, "207\nContent-Type: application/xml\n@size: 900", "HEAD"},
    // A DOCTYPE could declare default attributes: the scan draws no conclusion.
    {"207-multistatus-body", near_miss,
     "207\nContent-Type: application/xml\n\n<!DOCTYPE multistatus [<!ATTLIST multistatus "
     "xmlns CDATA #FIXED 'DAV:'>]><multistatus/>"},

    // --- 423-condition-code (RFC 4918 §11.3, §16) -----------------------------------------------
    {"423-condition-code", breaks, "423\nContent-Length: 0"},
    {"423-condition-code", breaks, "423\nContent-Type: text/plain\n\nThe resource is locked."},
    {"423-condition-code", breaks,  // the type decides even when the content is streamed
     "423\nContent-Type: text/html\nTransfer-Encoding: chunked\n@size: unknown"},
    {"423-condition-code", breaks,
     "423\nContent-Type: application/xml\n\n<D:error xmlns:D=\"DAV:\"> <!-- none --> </D:error>"},
    {"423-condition-code", breaks,
     "423\nContent-Type: application/xml\n\n<error><lock-token-submitted/></error>"},
    {"423-condition-code", breaks,
     "423\nContent-Type: application/xml\n\n<D:error xmlns:D=\"DAV:\"><D:lock-token-submitted>"},
    {"423-condition-code", near_miss,
     "423\nContent-Type: application/xml; charset=\"utf-8\"\n\n"
     "<?xml version=\"1.0\" encoding=\"utf-8\" ?>\n<D:error xmlns:D=\"DAV:\">\n"
     "  <D:lock-token-submitted>\n    <D:href>/workspace/webdav/</D:href>\n"
     "  </D:lock-token-submitted>\n</D:error>\n"},
    {"423-condition-code", near_miss,
     "423\nContent-Type: text/xml\n\n<!-- locked --><error xmlns=\"DAV:\"><![CDATA[ <x> ]]>"
     "<no-conflicting-lock/></error>"},
    {"423-condition-code", near_miss, "423\nContent-Length: 0", "HEAD"},
    {"423-condition-code", near_miss, "423\nContent-Type: application/xml\n@size: 300"},

    // --- 451-blocked-by-link (RFC 7725 §4) ------------------------------------------------------
    {"451-blocked-by-link",
     breaks,
     "451\nContent-Type: text/plain\n\nBlocked by court order.",
     {},
     {},
     {},
     severity::warning},
    {"451-blocked-by-link",
     breaks,
     "451\nLink: <https://spqr.example.org/legislatione>; rel=\"alternate\"\n"
     "Content-Type: text/plain\n\nBlocked by court order.",
     {},
     {},
     {},
     severity::warning},
    {"451-blocked-by-link", breaks,
     "451\nLink: <https://isp.example.net/>; rel=\"blocked_by\"\n"
     "Content-Type: text/plain\n\nBlocked by court order."},
    {"451-blocked-by-link", near_miss,
     "451\nLink: <https://isp.example.net/>; rel=\"blocked-by\"\n"
     "Content-Type: text/plain\n\nBlocked by court order."},
    {"451-blocked-by-link", near_miss,
     "451\nLink: <https://a.example/>; rel=next\n"
     "Link: <https://isp.example.net/>; rel=\"Blocked-By alternate\"\n"
     "Content-Type: text/plain\n\nBlocked by court order."},
    {"451-blocked-by-link",
     near_miss,
     "451\nContent-Type: text/plain\n\nBlocked upstream.",
     {},
     {},
     "proxy"},

    // --- uri-no-userinfo (RFC 9110 §4.2.4) ------------------------------------------------------
    {"uri-no-userinfo", breaks, "301\nLocation: https://user:secret@example.com/x"},
    {"uri-no-userinfo", breaks, "200\nContent-Location: HTTP://bob@example.com/doc\n\nok"},
    {"uri-no-userinfo", breaks,  // a network-path reference resolves to http or https
     "200\nLink: <//user@cdn.example.com/app.js>; rel=preload\n\nok"},
    {"uri-no-userinfo", near_miss, "301\nLocation: /users/bob@example.com"},
    {"uri-no-userinfo", near_miss, "301\nLocation: https://example.com/a?by=bob@example.com"},
    {"uri-no-userinfo", near_miss, "301\nLocation: ftp://anonymous@ftp.example.com/file"},
    {"uri-no-userinfo", near_miss, "200\nLink: <mailto:bob@example.com>; rel=author\n\nok"},

    // --- uri-no-empty-host (RFC 9110 §4.2.1, §4.2.2) --------------------------------------------
    {"uri-no-empty-host", breaks, "301\nLocation: http:///x"},
    {"uri-no-empty-host", breaks, "301\nLocation: https://:443/x"},
    {"uri-no-empty-host", breaks, "200\nContent-Location: http:/x\n\nok"},
    {"uri-no-empty-host", breaks, "200\nLink: <///x>; rel=next\n\nok"},
    {"uri-no-empty-host", near_miss, "301\nLocation: http://example.com/x"},
    {"uri-no-empty-host", near_miss, "301\nLocation: http://[::1]:8080/x"},
    {"uri-no-empty-host", near_miss, "301\nLocation: file:///etc/motd"},
    {"uri-no-empty-host", near_miss, "301\nLocation: /x"},
};

#undef BYTERANGES_200_PDF
#undef BYTERANGES_HEAD
#undef PART
#undef PDF
#undef CLOSE
#undef RFC2046_EXAMPLE
#undef MULTISTATUS_PREFIXED

}  // namespace

std::span<rule_case const> content_cases() { return cases; }

}  // namespace respolicy::test
