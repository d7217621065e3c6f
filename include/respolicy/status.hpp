//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_STATUS_HPP
#define RESPOLICY_STATUS_HPP

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace respolicy {

/** The class of a status code, given by its first digit (RFC 9110 §15). */
enum class status_class : std::uint8_t {
  informational = 1,
  successful = 2,
  redirection = 3,
  client_error = 4,
  server_error = 5,
};

/** Properties a status code has in the IANA registry and its defining RFC. */
enum class status_flag : std::uint16_t {
  none = 0,
  content_allowed = 1 << 0,          ///< a response with this code can carry content
  heuristically_cacheable = 1 << 1,  ///< RFC 9110 §15.1, RFC 9111 §4.2.2
  deprecated = 1 << 2,               ///< 102, 305, 510: do not generate
  unused = 1 << 3,                   ///< 306, 418: reserved, "(Unused)"
  reserved = 1 << 4,                 ///< 402: "reserved for future use"
  experimental = 1 << 5,             ///< defined by an Experimental RFC
  temporary = 1 << 6,                ///< a temporary registration (104)
  obsoleted = 1 << 7,                ///< the defining RFC moved to Historic (510)
  never_stored = 1 << 8,             ///< RFC 6585: caches MUST NOT store it
};

constexpr status_flag operator|(status_flag a, status_flag b) noexcept {
  return static_cast<status_flag>(static_cast<std::uint16_t>(a) | static_cast<std::uint16_t>(b));
}

constexpr bool has(status_flag set, status_flag f) noexcept {
  return (static_cast<std::uint16_t>(set) & static_cast<std::uint16_t>(f)) != 0;
}

/** One registered status code: its current reason phrase, class, defining RFC and properties.

    @par Example
    @code
    static_assert(!respolicy::find_status(204)->content_allowed());
    static_assert(respolicy::find_status(413)->reason == "Content Too Large");
    @endcode

    @par Specification
    RFC 9110 §15; IANA HTTP Status Code Registry.
*/
struct status_info {
  /** The status code. */
  std::uint16_t code;
  std::string_view reason;  ///< the registry's current description
  /** Its class: 1xx to 5xx. */
  status_class cls;
  std::string_view spec;  ///< defining document and section, "RFC 9110 §15.3.5"
  std::span<std::string_view const>
      historical_reasons;  ///< phrases earlier RFCs or common code used
  /** Properties the registry and RFCs give the code. */
  status_flag flags;

  /** True when a response with the code may carry content. */
  constexpr bool content_allowed() const noexcept {
    return has(flags, status_flag::content_allowed);
  }
  /** True when the code is heuristically cacheable (RFC 9110 §15.1). */
  constexpr bool heuristically_cacheable() const noexcept {
    return has(flags, status_flag::heuristically_cacheable);
  }
  /** True when the code is deprecated. */
  constexpr bool deprecated() const noexcept { return has(flags, status_flag::deprecated); }
  /** True when the code is registered as unused. */
  constexpr bool unused() const noexcept { return has(flags, status_flag::unused); }
  /** True when the code is reserved. */
  constexpr bool reserved() const noexcept { return has(flags, status_flag::reserved); }
  /** True when the code is experimental. */
  constexpr bool experimental() const noexcept { return has(flags, status_flag::experimental); }
  /** True when the registration is temporary. */
  constexpr bool temporary() const noexcept { return has(flags, status_flag::temporary); }
  /** True when the code is obsoleted. */
  constexpr bool obsoleted() const noexcept { return has(flags, status_flag::obsoleted); }
  /** True when a response with the code is never stored. */
  constexpr bool never_stored() const noexcept { return has(flags, status_flag::never_stored); }

  /** True when `phrase` is one this code was known by before (case-sensitive). */
  constexpr bool is_historical_reason(std::string_view phrase) const noexcept {
    for (auto h : historical_reasons)
      if (h == phrase) return true;
    return false;
  }
};

namespace detail {

inline constexpr std::span<std::string_view const> hist_none{};
inline constexpr std::string_view hist_302[] = {"Moved Temporarily"};
inline constexpr std::string_view hist_306[] = {"Switch Proxy"};
inline constexpr std::string_view hist_408[] = {"Request Time-out"};
inline constexpr std::string_view hist_413[] = {"Request Entity Too Large", "Payload Too Large"};
inline constexpr std::string_view hist_414[] = {"Request-URI Too Large", "Request-URI Too Long"};
inline constexpr std::string_view hist_416[] = {"Requested range not satisfiable",
                                                "Requested Range Not Satisfiable"};
inline constexpr std::string_view hist_418[] = {"I'm a teapot"};
inline constexpr std::string_view hist_422[] = {"Unprocessable Entity"};
inline constexpr std::string_view hist_425[] = {"Unordered Collection"};  // pre-RFC WebDAV drafts
inline constexpr std::string_view hist_451[] = {"Unavailable for Legal Reasons"};
inline constexpr std::string_view hist_504[] = {"Gateway Time-out"};
inline constexpr std::string_view hist_505[] = {"HTTP Version not supported"};
inline constexpr std::string_view hist_510[] = {"Not Extended (OBSOLETED)"};

inline constexpr status_info status_table[] = {
    {100, "Continue", status_class::informational, "RFC 9110 §15.2.1", hist_none,
     status_flag::none},
    {101, "Switching Protocols", status_class::informational, "RFC 9110 §15.2.2", hist_none,
     status_flag::none},
    {102, "Processing", status_class::informational, "RFC 2518 §10.1", hist_none,
     status_flag::deprecated},
    {103, "Early Hints", status_class::informational, "RFC 8297 §2", hist_none,
     status_flag::experimental},
    {104, "Upload Resumption Supported", status_class::informational,
     "draft-ietf-httpbis-resumable-upload", hist_none, status_flag::temporary},
    {200, "OK", status_class::successful, "RFC 9110 §15.3.1", hist_none,
     status_flag::content_allowed | status_flag::heuristically_cacheable},
    {201, "Created", status_class::successful, "RFC 9110 §15.3.2", hist_none,
     status_flag::content_allowed},
    {202, "Accepted", status_class::successful, "RFC 9110 §15.3.3", hist_none,
     status_flag::content_allowed},
    {203, "Non-Authoritative Information", status_class::successful, "RFC 9110 §15.3.4", hist_none,
     status_flag::content_allowed | status_flag::heuristically_cacheable},
    {204, "No Content", status_class::successful, "RFC 9110 §15.3.5", hist_none,
     status_flag::heuristically_cacheable},
    {205, "Reset Content", status_class::successful, "RFC 9110 §15.3.6", hist_none,
     status_flag::none},
    {206, "Partial Content", status_class::successful, "RFC 9110 §15.3.7", hist_none,
     status_flag::content_allowed | status_flag::heuristically_cacheable},
    {207, "Multi-Status", status_class::successful, "RFC 4918 §11.1, §13", hist_none,
     status_flag::content_allowed},
    {208, "Already Reported", status_class::successful, "RFC 5842 §7.1", hist_none,
     status_flag::content_allowed | status_flag::experimental},
    {226, "IM Used", status_class::successful, "RFC 3229 §10.4.1", hist_none,
     status_flag::content_allowed},
    {300, "Multiple Choices", status_class::redirection, "RFC 9110 §15.4.1", hist_none,
     status_flag::content_allowed | status_flag::heuristically_cacheable},
    {301, "Moved Permanently", status_class::redirection, "RFC 9110 §15.4.2", hist_none,
     status_flag::content_allowed | status_flag::heuristically_cacheable},
    {302, "Found", status_class::redirection, "RFC 9110 §15.4.3", hist_302,
     status_flag::content_allowed},
    {303, "See Other", status_class::redirection, "RFC 9110 §15.4.4", hist_none,
     status_flag::content_allowed},
    {304, "Not Modified", status_class::redirection, "RFC 9110 §15.4.5", hist_none,
     status_flag::none},
    {305, "Use Proxy", status_class::redirection, "RFC 9110 §15.4.6", hist_none,
     status_flag::content_allowed | status_flag::deprecated},
    {306, "(Unused)", status_class::redirection, "RFC 9110 §15.4.7", hist_306,
     status_flag::content_allowed | status_flag::unused},
    {307, "Temporary Redirect", status_class::redirection, "RFC 9110 §15.4.8", hist_none,
     status_flag::content_allowed},
    {308, "Permanent Redirect", status_class::redirection, "RFC 9110 §15.4.9", hist_none,
     status_flag::content_allowed | status_flag::heuristically_cacheable},
    {400, "Bad Request", status_class::client_error, "RFC 9110 §15.5.1", hist_none,
     status_flag::content_allowed},
    {401, "Unauthorized", status_class::client_error, "RFC 9110 §15.5.2", hist_none,
     status_flag::content_allowed},
    {402, "Payment Required", status_class::client_error, "RFC 9110 §15.5.3", hist_none,
     status_flag::content_allowed | status_flag::reserved},
    {403, "Forbidden", status_class::client_error, "RFC 9110 §15.5.4", hist_none,
     status_flag::content_allowed},
    {404, "Not Found", status_class::client_error, "RFC 9110 §15.5.5", hist_none,
     status_flag::content_allowed | status_flag::heuristically_cacheable},
    {405, "Method Not Allowed", status_class::client_error, "RFC 9110 §15.5.6", hist_none,
     status_flag::content_allowed | status_flag::heuristically_cacheable},
    {406, "Not Acceptable", status_class::client_error, "RFC 9110 §15.5.7", hist_none,
     status_flag::content_allowed},
    {407, "Proxy Authentication Required", status_class::client_error, "RFC 9110 §15.5.8",
     hist_none, status_flag::content_allowed},
    {408, "Request Timeout", status_class::client_error, "RFC 9110 §15.5.9", hist_408,
     status_flag::content_allowed},
    {409, "Conflict", status_class::client_error, "RFC 9110 §15.5.10", hist_none,
     status_flag::content_allowed},
    {410, "Gone", status_class::client_error, "RFC 9110 §15.5.11", hist_none,
     status_flag::content_allowed | status_flag::heuristically_cacheable},
    {411, "Length Required", status_class::client_error, "RFC 9110 §15.5.12", hist_none,
     status_flag::content_allowed},
    {412, "Precondition Failed", status_class::client_error, "RFC 9110 §15.5.13", hist_none,
     status_flag::content_allowed},
    {413, "Content Too Large", status_class::client_error, "RFC 9110 §15.5.14", hist_413,
     status_flag::content_allowed},
    {414, "URI Too Long", status_class::client_error, "RFC 9110 §15.5.15", hist_414,
     status_flag::content_allowed | status_flag::heuristically_cacheable},
    {415, "Unsupported Media Type", status_class::client_error, "RFC 9110 §15.5.16", hist_none,
     status_flag::content_allowed},
    {416, "Range Not Satisfiable", status_class::client_error, "RFC 9110 §15.5.17", hist_416,
     status_flag::content_allowed},
    {417, "Expectation Failed", status_class::client_error, "RFC 9110 §15.5.18", hist_none,
     status_flag::content_allowed},
    {418, "(Unused)", status_class::client_error, "RFC 9110 §15.5.19", hist_418,
     status_flag::content_allowed | status_flag::unused},
    {421, "Misdirected Request", status_class::client_error, "RFC 9110 §15.5.20", hist_none,
     status_flag::content_allowed},
    {422, "Unprocessable Content", status_class::client_error, "RFC 9110 §15.5.21", hist_422,
     status_flag::content_allowed},
    {423, "Locked", status_class::client_error, "RFC 4918 §11.3", hist_none,
     status_flag::content_allowed},
    {424, "Failed Dependency", status_class::client_error, "RFC 4918 §11.4", hist_none,
     status_flag::content_allowed},
    {425, "Too Early", status_class::client_error, "RFC 8470 §5.2", hist_425,
     status_flag::content_allowed},
    {426, "Upgrade Required", status_class::client_error, "RFC 9110 §15.5.22", hist_none,
     status_flag::content_allowed},
    {428, "Precondition Required", status_class::client_error, "RFC 6585 §3", hist_none,
     status_flag::content_allowed | status_flag::never_stored},
    {429, "Too Many Requests", status_class::client_error, "RFC 6585 §4", hist_none,
     status_flag::content_allowed | status_flag::never_stored},
    {431, "Request Header Fields Too Large", status_class::client_error, "RFC 6585 §5", hist_none,
     status_flag::content_allowed | status_flag::never_stored},
    {451, "Unavailable For Legal Reasons", status_class::client_error, "RFC 7725 §3", hist_451,
     status_flag::content_allowed | status_flag::heuristically_cacheable},
    {500, "Internal Server Error", status_class::server_error, "RFC 9110 §15.6.1", hist_none,
     status_flag::content_allowed},
    {501, "Not Implemented", status_class::server_error, "RFC 9110 §15.6.2", hist_none,
     status_flag::content_allowed | status_flag::heuristically_cacheable},
    {502, "Bad Gateway", status_class::server_error, "RFC 9110 §15.6.3", hist_none,
     status_flag::content_allowed},
    {503, "Service Unavailable", status_class::server_error, "RFC 9110 §15.6.4", hist_none,
     status_flag::content_allowed},
    {504, "Gateway Timeout", status_class::server_error, "RFC 9110 §15.6.5", hist_504,
     status_flag::content_allowed},
    {505, "HTTP Version Not Supported", status_class::server_error, "RFC 9110 §15.6.6", hist_505,
     status_flag::content_allowed},
    {506, "Variant Also Negotiates", status_class::server_error, "RFC 2295 §8.1", hist_none,
     status_flag::content_allowed | status_flag::experimental},
    {507, "Insufficient Storage", status_class::server_error, "RFC 4918 §11.5", hist_none,
     status_flag::content_allowed},
    {508, "Loop Detected", status_class::server_error, "RFC 5842 §7.2", hist_none,
     status_flag::content_allowed | status_flag::experimental},
    {510, "Not Extended", status_class::server_error, "RFC 2774 §7", hist_510,
     status_flag::content_allowed | status_flag::deprecated | status_flag::obsoleted},
    {511, "Network Authentication Required", status_class::server_error, "RFC 6585 §6", hist_none,
     status_flag::content_allowed | status_flag::never_stored},
};

inline constexpr auto status_index = [] {
  std::array<std::uint8_t, 500> index{};
  index.fill(0xff);
  for (std::size_t i = 0; i < std::size(status_table); ++i)
    index[status_table[i].code - 100] = static_cast<std::uint8_t>(i);
  return index;
}();

}  // namespace detail

/** True for the codes HTTP allows on the wire: 100 to 599 (RFC 9110 §15). */
constexpr bool is_valid_status(int code) noexcept { return code >= 100 && code <= 599; }

/** The class of `code`, or nothing when it is outside 100-599. */
constexpr std::optional<status_class> class_of(int code) noexcept {
  if (!is_valid_status(code)) return std::nullopt;
  return static_cast<status_class>(code / 100);
}

/** Returns the registry entry of `code`, or nullptr when it is not registered or not valid.

    @par Example
    @code
    if (auto s = respolicy::find_status(404)) std::cout << s->reason;  // Not Found
    @endcode
*/
constexpr status_info const* find_status(int code) noexcept {
  if (!is_valid_status(code)) return nullptr;
  auto const i = detail::status_index[static_cast<std::size_t>(code - 100)];
  return i == 0xff ? nullptr : &detail::status_table[i];
}

namespace detail {
// The registry entry of a valid, registered code, looked up without testing a pointer: GCC 12
// with -fsanitize=undefined refuses `&table[i] != nullptr` in a constant expression.
constexpr std::uint8_t status_slot(int code) noexcept {
  return is_valid_status(code) ? status_index[static_cast<std::size_t>(code - 100)] : 0xff;
}
}  // namespace detail

/** Every registered status code, in ascending order. */
constexpr std::span<status_info const> statuses() noexcept { return detail::status_table; }

/** True when a response with `code` can carry content.

    Unregistered codes answer as their class does (RFC 9110 §15: an unrecognized code is treated as
    the x00 of its class), so every 1xx is body-less, as are 204, 205 and 304. Invalid codes answer
    false.
*/
constexpr bool content_allowed(int code) noexcept {
  if (!is_valid_status(code)) return false;
  auto const i = detail::status_slot(code);
  return i == 0xff ? code >= 200 : detail::status_table[i].content_allowed();
}

/** True when `code` is heuristically cacheable (RFC 9110 §15.1); unregistered codes are not. */
constexpr bool heuristically_cacheable(int code) noexcept {
  auto const i = detail::status_slot(code);
  return i != 0xff && detail::status_table[i].heuristically_cacheable();
}

/** True when the framing of a response with `code` ends at its header section (RFC 9112 §6.3):
    every 1xx, 204 and 304. */
constexpr bool ends_at_header(int code) noexcept {
  return (code >= 100 && code <= 199) || code == 204 || code == 304;
}

// ---------------------------------------------------------------------------------------------
// Not registered, but seen. Nothing below is part of HTTP: find_status() and statuses() never
// answer from it. It tells a user who meets one of these codes what it is and what to send.

/** An unregistered status code that people meet in practice: in a server's logs, in an answer
    from a CDN, or as a server's sub-status. It is not in the IANA registry, so a client treats it
    as the x00 of its class (RFC 9110 §15); the entry says who uses it, what it means there and
    which registered code says the same.

    @par Example
    @code
    auto const* s = respolicy::find_seen_status(520);
    // s->sender == "Cloudflare", s->instead == 502
    static_assert(respolicy::find_status(520) == nullptr);
    @endcode
*/
struct seen_status {
  std::uint16_t code;        ///< the three-digit code; for a sub-status, the one on the wire
  std::string_view label;    ///< as people meet it: "499", "520", "401.1"
  std::string_view name;     ///< the name its sender gives it
  std::string_view sender;   ///< who uses it: "nginx", "Cloudflare", "IIS"
  std::string_view meaning;  ///< what it means there
  /** False when the code is only logged and never sent in a status line: nginx's 444 and 499,
      whose connection ends without a response, and IIS's sub-status codes. */
  bool on_wire;
  /** The registered code that says the same, to send instead; 0 when no response is sent. */
  std::uint16_t instead;
  std::string_view advice;  ///< what to send instead, and why

  /** True for a sub-status ("401.1"): the code on the wire is `code`, the rest is in logs. */
  constexpr bool sub_status() const noexcept { return label.size() > 3; }
};

namespace detail {

inline constexpr seen_status seen_table[] = {
    {444, "444", "No Response", "nginx",
     "nginx closes the connection without sending anything (`return 444;`), and writes 444 in "
     "its access log.",
     false, 0,
     "Nothing reaches the client, so nothing is wrong on the wire. To refuse a request with an "
     "answer, send 400 (Bad Request), 403 (Forbidden) or 429 (Too Many Requests)."},
    {499, "499", "Client Closed Request", "nginx",
     "nginx logs 499 when the client closed the connection before the response was sent.", false, 0,
     "No response is sent: the client is gone. A gateway that gives up on a slow upstream server "
     "answers its client with 504 (Gateway Timeout)."},
    {520, "520", "Web Server Returned an Unknown Error", "Cloudflare",
     "Cloudflare's answer when the origin server's response is empty, unexpected or cannot be "
     "read.",
     true, 502,
     "502 (Bad Gateway) says that a gateway received an invalid response from the server "
     "behind it."},
    {521, "521", "Web Server Is Down", "Cloudflare",
     "Cloudflare's answer when the origin server refused the connection.", true, 502,
     "502 (Bad Gateway): a gateway could not get a valid response from the server behind it."},
    {522, "522", "Connection Timed Out", "Cloudflare",
     "Cloudflare's answer when the TCP connection to the origin server timed out.", true, 504,
     "504 (Gateway Timeout): a gateway did not hear from the server behind it in time."},
    {523, "523", "Origin Is Unreachable", "Cloudflare",
     "Cloudflare's answer when it cannot reach the origin server (DNS or routing).", true, 502,
     "502 (Bad Gateway): a gateway could not get a valid response from the server behind it."},
    {524, "524", "A Timeout Occurred", "Cloudflare",
     "Cloudflare's answer when the origin server accepted the connection but sent no response in "
     "time.",
     true, 504, "504 (Gateway Timeout): a gateway did not hear from the server behind it in time."},
    {525, "525", "SSL Handshake Failed", "Cloudflare",
     "Cloudflare's answer when the TLS handshake with the origin server failed.", true, 502,
     "502 (Bad Gateway): a gateway could not get a valid response from the server behind it."},
    {526, "526", "Invalid SSL Certificate", "Cloudflare",
     "Cloudflare's answer when the origin server's certificate cannot be validated.", true, 502,
     "502 (Bad Gateway): a gateway could not get a valid response from the server behind it."},
    {527, "527", "Railgun Error", "Cloudflare",
     "Cloudflare's answer when the connection between Cloudflare and the origin's Railgun server "
     "was interrupted.",
     true, 502,
     "502 (Bad Gateway): a gateway could not get a valid response from the server behind it."},
    {530, "530", "Origin Error", "Cloudflare",
     "Cloudflare's answer with one of its 1xxx errors in the content (for example 1016, the "
     "origin's DNS name does not resolve).",
     true, 502,
     "502 (Bad Gateway) for an origin that cannot be reached; 503 (Service Unavailable) with "
     "Retry-After for one that is down for a while."},
    {401, "401.1", "Logon failed", "IIS",
     "IIS's sub-status for credentials it rejected. The status line carries 401; the sub-status "
     "is IIS's own, shown in its error pages and logs.",
     false, 401,
     "Nothing to change on the wire: 401 (Unauthorized) with WWW-Authenticate is sent."},
    {401, "401.2", "Logon failed due to server configuration", "IIS",
     "IIS's sub-status for a request that no enabled authentication method accepts. The status "
     "line carries 401; the sub-status is IIS's own, shown in its error pages and logs.",
     false, 401,
     "Nothing to change on the wire: 401 (Unauthorized) with WWW-Authenticate is sent."},
    {401, "401.3", "Unauthorized due to ACL on resource", "IIS",
     "IIS's sub-status for a file-system permission that denies the authenticated user. The "
     "status line carries 401; the sub-status is IIS's own, shown in its error pages and logs.",
     false, 401,
     "Nothing to change on the wire: 401 (Unauthorized) with WWW-Authenticate is sent."},
    {403, "403.14", "Directory listing denied", "IIS",
     "IIS's sub-status for a folder without a default document, with directory browsing off. The "
     "status line carries 403; the sub-status is IIS's own, shown in its error pages and logs.",
     false, 403, "Nothing to change on the wire: 403 (Forbidden) is sent."},
    {404, "404.0", "Not found", "IIS",
     "IIS's sub-status for a file that does not exist. The status line carries 404; the "
     "sub-status is IIS's own, shown in its error pages and logs.",
     false, 404, "Nothing to change on the wire: 404 (Not Found) is sent."},
    {500, "500.19", "Configuration data is invalid", "IIS",
     "IIS's sub-status for configuration it cannot read. The status line carries 500; the "
     "sub-status is IIS's own, shown in its error pages and logs.",
     false, 500, "Nothing to change on the wire: 500 (Internal Server Error) is sent."},
};

}  // namespace detail

/** Every unregistered code of the seen-in-practice table, whole codes in ascending order, then
    the sub-status codes. None of them is registered; find_status() knows none of them. */
constexpr std::span<seen_status const> seen_statuses() noexcept { return detail::seen_table; }

/** The seen-in-practice entry of a whole three-digit code that is not registered (444, 499,
    520-527, 530), or nullptr. */
constexpr seen_status const* find_seen_status(int code) noexcept {
  for (auto const& s : detail::seen_table)
    if (s.code == code && !s.sub_status()) return &s;
  return nullptr;
}

/** The seen-in-practice entry written as `label` ("499", "401.1"), or nullptr. */
constexpr seen_status const* find_seen_status(std::string_view label) noexcept {
  for (auto const& s : detail::seen_table)
    if (s.label == label) return &s;
  return nullptr;
}

}  // namespace respolicy

#endif
