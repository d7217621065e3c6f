//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TESTS_BEAST_PROBE_RESOURCE_HPP
#define RESPOLICY_TESTS_BEAST_PROBE_RESOURCE_HPP

// The resource the probe's tests probe: a Beast handler serving one text with validators, as RFC
// 9110 asks of an origin server: conditional requests in the order of §13.2.2, byte ranges (one
// or several, §14), HEAD (§9.3.2), OPTIONS with Allow (§9.3.7), 405 with Allow for a method the
// resource does not allow and 501 for one the server does not know (§15.5.6, §15.6.2), gzip on
// request with Vary (§12.5.3, §12.5.5), and HTTP/1.0 requests answered without chunked coding
// (RFC 9112 §6.1). Each `fault` breaks one of these the way real servers do.

#include <boost/beast/http.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace respolicy::test {

/** One way to get the resource wrong, or none. */
enum class fault {
  none,
  drop_etag_304,               ///< a 304 without the ETag the 200 has
  drop_etag_206,               ///< a 206 without the ETag the 200 has
  range_off_by_one,            ///< a 206 whose bytes start one octet after its Content-Range
  wrong_416_length,            ///< a 416 naming a length one more than the content's
  head_content_type,           ///< HEAD answered with another Content-Type than GET
  ignore_if_none_match,        ///< If-None-Match ignored: a 200 where a 304 is due
  ignore_if_modified_since,    ///< If-Modified-Since ignored
  ignore_if_match,             ///< If-Match with another tag performed anyway: a 200
  ignore_if_range,             ///< If-Range with another tag: the range sent anyway
  range_before_if_none_match,  ///< Range evaluated before If-None-Match: a 206 for a 304
  no_vary,                     ///< gzip on request, without Vary: Accept-Encoding
  unknown_method_405,          ///< a method no server knows answered 405 (with Allow)
  no_allow_405,                ///< a 405 without Allow
  options_no_allow,            ///< OPTIONS answered 200 without Allow
  chunked_to_http10,           ///< an HTTP/1.0 request answered in chunked coding
};

namespace resource_detail {

namespace http = boost::beast::http;

inline constexpr std::string_view text = "The quick brown fox jumps over the lazy dog.\n";
inline constexpr std::string_view etag = "\"v1\"";
inline constexpr std::string_view gzip_etag = "\"v1-gzip\"";
inline constexpr std::string_view last_modified = "Sun, 01 Nov 2026 10:00:00 GMT";
inline constexpr std::string_view date = "Sun, 22 Nov 2026 10:00:00 GMT";
inline constexpr std::string_view allow = "GET, HEAD, OPTIONS";
inline constexpr std::string_view boundary = "RESPOLICY_PROBE_BOUNDARY";

inline std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

inline std::vector<std::string_view> split_list(std::string_view s) {
  std::vector<std::string_view> out;
  while (!s.empty()) {
    auto const comma = s.find(',');
    auto const item = trim(s.substr(0, comma));
    if (!item.empty()) out.push_back(item);
    if (comma == std::string_view::npos) break;
    s.remove_prefix(comma + 1);
  }
  return out;
}

inline std::string_view opaque(std::string_view tag) {
  return tag.starts_with("W/") ? tag.substr(2) : tag;
}

// RFC 9110 §8.8.3.2: a strong comparison needs both tags strong; a weak one compares the opaque
// tags.
inline bool list_matches(std::string_view list, std::string_view current, bool strong) {
  for (auto const tag : split_list(list)) {
    if (tag == "*") return true;
    if (strong ? tag == current && !tag.starts_with("W/") : opaque(tag) == opaque(current))
      return true;
  }
  return false;
}

// The gzip member (RFC 1952) of `s` in one stored deflate block (RFC 1951 §3.2.4).
inline std::string gzip(std::string_view s) {
  std::uint32_t crc = 0xFFFFFFFFu;
  for (unsigned char const c : s) {
    crc ^= c;
    for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
  }
  crc ^= 0xFFFFFFFFu;
  auto const le = [](std::string& out, std::uint32_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFFu);
  };
  auto const n = static_cast<std::uint32_t>(s.size());
  std::string out("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff", 10);
  out += '\x01';  // the final block, stored
  le(out, n, 2);
  le(out, ~n & 0xFFFFu, 2);
  out += s;
  le(out, crc, 4);
  le(out, n, 4);
  return out;
}

struct byte_range {
  std::uint64_t first, last;
};

// The ranges of a `Range: bytes=...` value over `size` octets (RFC 9110 §14.1.2): nothing when
// the value is not a bytes range set (it is then ignored); an empty list when no range is
// satisfiable.
inline std::optional<std::vector<byte_range>> parse_ranges(std::string_view value,
                                                           std::uint64_t size) {
  if (!value.starts_with("bytes=")) return std::nullopt;
  auto const number = [](std::string_view s) -> std::optional<std::uint64_t> {
    if (s.empty() || s.size() > 18) return std::nullopt;
    std::uint64_t v = 0;
    for (char const c : s) {
      if (c < '0' || c > '9') return std::nullopt;
      v = v * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return v;
  };
  std::vector<byte_range> out;
  auto const specs = split_list(value.substr(6));
  if (specs.empty()) return std::nullopt;
  for (auto const spec : specs) {
    auto const dash = spec.find('-');
    if (dash == std::string_view::npos) return std::nullopt;
    auto const a = spec.substr(0, dash), b = spec.substr(dash + 1);
    if (a.empty()) {
      auto const n = number(b);
      if (!n) return std::nullopt;
      if (*n != 0 && size != 0) out.push_back({size - std::min(*n, size), size - 1});
      continue;
    }
    auto const first = number(a);
    auto const last = b.empty() ? first : number(b);
    if (!first || !last || *last < *first) return std::nullopt;
    if (*first < size) out.push_back({*first, b.empty() ? size - 1 : std::min(*last, size - 1)});
  }
  return out;
}

}  // namespace resource_detail

/** The resource: correct with `fault::none`, else wrong in one way. */
struct probe_resource {
  fault f = fault::none;

  boost::beast::http::response<boost::beast::http::string_body> operator()(
      boost::beast::http::request<boost::beast::http::string_body> const& req) const {
    namespace d = resource_detail;
    namespace http = boost::beast::http;
    using response = http::response<http::string_body>;
    auto const field = [&](http::field name) -> std::optional<std::string_view> {
      auto const it = req.find(name);
      if (it == req.end()) return std::nullopt;
      return std::string_view(it->value().data(), it->value().size());
    };
    auto const make = [&](http::status s) {
      response res{s, req.version()};
      res.set(http::field::date, d::date);
      res.keep_alive(req.keep_alive());
      return res;
    };
    auto const text_answer = [&](http::status s, std::string_view body) {
      auto res = make(s);
      res.set(http::field::content_type, "text/plain");
      res.body() = body;
      res.prepare_payload();
      return res;
    };
    bool const head = req.method() == http::verb::head;

    if (req.method() == http::verb::options) {
      auto res = make(http::status::ok);
      if (f != fault::options_no_allow) res.set(http::field::allow, d::allow);
      res.content_length(0);
      return res;
    }
    if (!head && req.method() != http::verb::get) {
      // Beast knows the registered methods; one it does not know is one this server does not.
      bool const known = req.method() != http::verb::unknown || f == fault::unknown_method_405;
      if (!known) return text_answer(http::status::not_implemented, "unknown method\n");
      auto res = text_answer(http::status::method_not_allowed, "method not allowed\n");
      if (f != fault::no_allow_405) res.set(http::field::allow, d::allow);
      return res;
    }

    // The representation: gzip when the client takes it (RFC 9110 §12.5.3).
    auto const accept_encoding = field(http::field::accept_encoding);
    bool const gzip = accept_encoding && accept_encoding->find("gzip") != std::string_view::npos;
    std::string const content = gzip ? d::gzip(d::text) : std::string(d::text);
    std::string_view const tag = gzip ? d::gzip_etag : d::etag;
    auto const size = static_cast<std::uint64_t>(content.size());
    // The fields a 304 and a 206 repeat from the 200 (RFC 9110 §15.4.5, §15.3.7).
    auto const representation = [&](response& res, bool with_etag) {
      if (with_etag) res.set(http::field::etag, tag);
      res.set(http::field::last_modified, d::last_modified);
      res.set(http::field::cache_control, "max-age=60");
      if (f != fault::no_vary) res.set(http::field::vary, "Accept-Encoding");
      if (gzip) res.set(http::field::content_encoding, "gzip");
    };

    // RFC 9110 §13.2.2: If-Match, If-None-Match (or If-Modified-Since), then Range.
    if (auto const im = field(http::field::if_match);
        im && f != fault::ignore_if_match && !d::list_matches(*im, tag, true))
      return text_answer(http::status::precondition_failed, "precondition failed\n");
    auto const range_value = head ? std::nullopt : field(http::field::range);
    bool const range_first = range_value && f == fault::range_before_if_none_match;
    bool not_modified = false;
    if (auto const inm = field(http::field::if_none_match)) {
      not_modified =
          f != fault::ignore_if_none_match && !range_first && d::list_matches(*inm, tag, false);
    } else if (auto const ims = field(http::field::if_modified_since)) {
      not_modified = f != fault::ignore_if_modified_since && *ims == d::last_modified;
    }
    if (not_modified) {
      auto res = make(http::status::not_modified);
      representation(res, f != fault::drop_etag_304);
      return res;
    }

    std::optional<std::vector<d::byte_range>> ranges;
    if (range_value) {
      ranges = d::parse_ranges(*range_value, size);
      // RFC 9110 §13.1.5: a validator other than the current one gets the whole representation.
      if (auto const if_range = field(http::field::if_range);
          if_range && f != fault::ignore_if_range) {
        bool const is_tag = if_range->starts_with("\"") || if_range->starts_with("W/");
        bool const current = is_tag ? *if_range == tag : *if_range == d::last_modified;
        if (!current) ranges.reset();
      }
    }
    if (ranges && ranges->empty()) {
      auto res = text_answer(http::status::range_not_satisfiable, "range not satisfiable\n");
      auto const n = f == fault::wrong_416_length ? size + 1 : size;
      res.set(http::field::content_range, "bytes */" + std::to_string(n));
      return res;
    }
    auto const part = [&](d::byte_range r) {
      auto const len = r.last - r.first + 1;
      auto first = r.first;
      if (f == fault::range_off_by_one) first = r.last + 1 < size ? first + 1 : first - 1;
      return content.substr(first, len);
    };
    auto const content_range = [&](d::byte_range r) {
      return "bytes " + std::to_string(r.first) + "-" + std::to_string(r.last) + "/" +
             std::to_string(size);
    };
    if (ranges) {
      auto res = make(http::status::partial_content);
      representation(res, f != fault::drop_etag_206);
      if (ranges->size() == 1) {
        res.set(http::field::content_type, "text/plain");
        res.set(http::field::content_range, content_range(ranges->front()));
        res.body() = part(ranges->front());
      } else {
        // RFC 9110 §14.6: multipart/byteranges, each part with its Content-Range.
        res.set(http::field::content_type,
                "multipart/byteranges; boundary=" + std::string(d::boundary));
        for (auto const r : *ranges) {
          res.body() += "--" + std::string(d::boundary) + "\r\nContent-Type: text/plain\r\n";
          res.body() += "Content-Range: " + content_range(r) + "\r\n\r\n" + part(r) + "\r\n";
        }
        res.body() += "--" + std::string(d::boundary) + "--\r\n";
      }
      res.prepare_payload();
      return res;
    }

    auto res = make(http::status::ok);
    representation(res, true);
    res.set(http::field::accept_ranges, "bytes");
    res.set(http::field::content_type,
            head && f == fault::head_content_type ? "text/html" : "text/plain");
    if (req.version() == 10 && f == fault::chunked_to_http10) {
      res.body() = content;
      res.chunked(true);
      return res;
    }
    // RFC 9110 §9.3.2: HEAD gets the GET's fields, Content-Length included, without content.
    if (!head) res.body() = content;
    res.content_length(size);
    return res;
  }
};

}  // namespace respolicy::test

#endif
