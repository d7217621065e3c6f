//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_BEAST_VIEW_HPP
#define RESPOLICY_BEAST_VIEW_HPP

#include <respolicy/grammar/delta_seconds.hpp>
#include <respolicy/message.hpp>
#include <respolicy/status.hpp>

#include <boost/beast/core/string.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/rfc7230.hpp>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace respolicy::beast {

namespace http = boost::beast::http;

/** Returns a Beast string view as a standard one, without copying. */
inline std::string_view to_std(boost::beast::string_view s) noexcept {
  return {s.data(), s.size()};
}

/** The field lines of a Beast field container as `field_view`s pointing into it.

    Up to `inline_capacity` lines are kept in the object itself; a message with more lines (rare: a
    typical response has fewer than a dozen) moves them to the heap. The object points into the
    container, so it is neither copyable nor movable.
*/
class field_lines {
 public:
  /** Field lines held without allocating. */
  static constexpr std::size_t inline_capacity = 24;

  // The inline lines are left uninitialized: only the first size_ are ever read.
  field_lines() noexcept {}
  field_lines(field_lines const&) = delete;
  field_lines& operator=(field_lines const&) = delete;

  /** Points to every line of `fields` (a `http::basic_fields` or a type with its iteration). */
  template <class Fields>
  void assign(Fields const& fields) {
    size_ = 0;
    heap_.clear();
    for (auto const& f : fields) push({to_std(f.name_string()), to_std(f.value())});
  }

  /** The field lines. */
  std::span<field_view const> lines() const noexcept {
    if (size_ <= inline_capacity) return {inline_, size_};
    return heap_;
  }

 private:
  void push(field_view f) {
    if (size_ < inline_capacity) {
      inline_[size_++] = f;
      return;
    }
    if (heap_.empty()) heap_.assign(inline_, inline_ + inline_capacity);
    heap_.push_back(f);
    ++size_;
  }

  union {
    field_view inline_[inline_capacity];  // each assignment begins the element's lifetime
  };
  std::size_t size_ = 0;
  std::vector<field_view> heap_;
};

/** The number of content octets Beast will write for `res`, from its Body type: known for string,
    vector, empty, span, dynamic and file bodies, and for a `buffer_body` holding its last buffer;
    nothing for a body whose size is not known before sending (a `buffer_body` with more to come,
    user bodies without `size`), which respolicy treats as chunked or close-delimited content
    (`response_view::body_size`). */
template <class Body, class Fields>
std::optional<std::uint64_t> content_size(http::message<false, Body, Fields> const& res) {
  using value_type = typename Body::value_type;
  if constexpr (requires(value_type const& v) { Body::size(v); }) {
    return static_cast<std::uint64_t>(Body::size(res.body()));
  } else if constexpr (requires(value_type const& v) {
                         { v.more } -> std::convertible_to<bool>;
                         { v.size } -> std::convertible_to<std::size_t>;
                       }) {
    // buffer_body: a buffer with `more == false` is all there is to send.
    if (res.body().more) return std::nullopt;
    return res.body().data ? static_cast<std::uint64_t>(res.body().size) : 0;
  } else {
    return std::nullopt;
  }
}

/** The content of `res` as text when its Body keeps it contiguous in memory as `char` (string,
    `vector<char>` and `span<char>` bodies); empty otherwise. Rules that read content (problem
    details) use it. */
template <class Body, class Fields>
std::string_view content_text(http::message<false, Body, Fields> const& res) noexcept {
  using value_type = typename Body::value_type;
  if constexpr (requires(value_type const& v) {
                  { v.data() } -> std::convertible_to<char const*>;
                  { v.size() } -> std::convertible_to<std::size_t>;
                }) {
    auto const& v = res.body();
    return {static_cast<char const*>(v.data()), static_cast<std::size_t>(v.size())};
  } else {
    return {};
  }
}

/** The content size a response header announces, for checking a header without its body: none
    for a status or method whose response ends at the header (RFC 9112 §6.3), the Content-Length
    when it parses, and unknown otherwise (chunked or close-delimited). */
template <class Fields>
std::optional<std::uint64_t> announced_size(http::response_header<Fields> const& h,
                                            bool head_request = false) {
  if (ends_at_header(static_cast<int>(h.result_int())) || head_request) return 0;
  if (h.count(http::field::transfer_encoding) != 0) return std::nullopt;
  auto const it = h.find(http::field::content_length);
  if (it == h.end() || h.count(http::field::content_length) != 1) return std::nullopt;
  auto const n = grammar::parse_decimal(to_std(it->value()));
  return n ? std::optional<std::uint64_t>(*n) : std::nullopt;
}

/** Whether the request asks for the connection to persist (RFC 9112 §9.3): HTTP/1.1 unless
    Connection lists `close`, HTTP/1.0 only when it lists `keep-alive`. */
template <class Fields>
bool wants_keep_alive(http::request_header<Fields> const& req) {
  bool close = false, keep_alive = false;
  for (auto const& f : static_cast<Fields const&>(req)) {
    if (f.name() != http::field::connection) continue;
    for (auto const& option : http::token_list{f.value()}) {
      close |= boost::beast::iequals(option, "close");
      keep_alive |= boost::beast::iequals(option, "keep-alive");
    }
  }
  return req.version() >= 11 ? !close : keep_alive && !close;
}

/** A `respolicy::response_view` over a Beast response or response header, pointing into it.

    Field values, the reason phrase and in-memory content are not copied; the object must not
    outlive the message, and it cannot be copied or moved.

    @par Example
    @code
    http::response<http::string_body> res{http::status::ok, 11, "hello"};
    res.prepare_payload();
    respolicy::beast::message_view v{res};
    auto rep = respolicy::validate(v.view());
    @endcode
*/
class message_view {
 public:
  /** Views a complete response; the content size comes from its Body type. */
  template <class Body, class Fields>
  explicit message_view(http::message<false, Body, Fields> const& res)
      : message_view(static_cast<http::response_header<Fields> const&>(res), content_size(res),
                     content_text(res)) {}

  /** Views a response header whose content will have `size` octets (nothing: unknown). */
  template <class Fields>
  message_view(http::response_header<Fields> const& h, std::optional<std::uint64_t> size,
               std::string_view content = {}) {
    fields_.assign(static_cast<Fields const&>(h));
    view_ = response_view{static_cast<int>(h.result_int()),
                          to_std(h.reason()),
                          static_cast<int>(h.version()),
                          fields_.lines(),
                          size,
                          {},
                          content};
  }

  message_view(message_view const&) = delete;
  message_view& operator=(message_view const&) = delete;

  /** The response as the rules see it. */
  response_view const& view() const noexcept { return view_; }

 private:
  field_lines fields_;
  response_view view_;
};

/** A `respolicy::request_context` over a Beast request or request header, pointing into it.

    @par Example
    @code
    respolicy::beast::request_view ctx{req};
    auto rep = respolicy::validate(v.view(), &ctx.context());
    @endcode
*/
class request_view {
 public:
  /** The view of `req`. */
  template <class Fields>
  explicit request_view(http::request_header<Fields> const& req) {
    fields_.assign(static_cast<Fields const&>(req));
    // method_string() names a known verb with a static string, and an unknown one from the
    // header's own storage: no copy either way.
    context_ = request_context{to_std(req.method_string()), static_cast<int>(req.version()),
                               fields_.lines()};
    context_.target = to_std(req.target());
  }

  request_view(request_view const&) = delete;
  request_view& operator=(request_view const&) = delete;

  /** The request as the rules see it. */
  request_context const& context() const noexcept { return context_; }

 private:
  field_lines fields_;
  request_context context_;
};

}  // namespace respolicy::beast

#endif
