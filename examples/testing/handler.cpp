//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "handler.hpp"

#include <ctime>
#include <string_view>

namespace notes {

namespace {

// An origin server with a clock sends Date (RFC 9110 §6.6.1).
std::string http_date() {
  std::time_t const now = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&now, &tm);
  char buf[32];
  std::size_t const n = std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  return {buf, n};
}

http::response<http::string_body> make(http::status status,
                                       http::request<http::string_body> const& req) {
  http::response<http::string_body> res{status, req.version()};
  res.set(http::field::date, http_date());
  res.keep_alive(req.keep_alive());
  return res;
}

http::response<http::string_body> text(http::status status,
                                       http::request<http::string_body> const& req,
                                       std::string body) {
  auto res = make(status, req);
  res.set(http::field::content_type, "text/plain; charset=utf-8");
  res.body() = std::move(body);
  res.prepare_payload();
  // A response to HEAD announces the length GET would send, without the content.
  if (req.method() == http::verb::head) res.body().clear();
  return res;
}

}  // namespace

http::response<http::string_body> handler::operator()(http::request<http::string_body> const& req) {
  std::string_view const target{req.target().data(), req.target().size()};
  constexpr std::string_view prefix = "/notes/";
  if (!target.starts_with(prefix) || target.size() == prefix.size())
    return text(http::status::not_found, req, "No such note.\n");
  std::string const name{target.substr(prefix.size())};

  switch (req.method()) {
    case http::verb::get:
    case http::verb::head: {
      auto const it = notes_.find(name);
      if (it == notes_.end()) return text(http::status::not_found, req, "No such note.\n");
      return text(http::status::ok, req, it->second);
    }
    case http::verb::put: {
      bool const created = notes_.insert_or_assign(name, req.body()).second;
      if (!created) return make(http::status::no_content, req);  // no prepare_payload() here
      auto res = text(http::status::created, req, "Created.\n");
      res.set(http::field::location, target);
      return res;
    }
    case http::verb::delete_: notes_.erase(name); return make(http::status::no_content, req);
    default: {
      auto res = text(http::status::method_not_allowed, req, "Use GET, HEAD, PUT or DELETE.\n");
      res.set(http::field::allow, "GET, HEAD, PUT, DELETE");
      return res;
    }
  }
}

}  // namespace notes
