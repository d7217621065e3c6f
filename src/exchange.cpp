//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// The rules across one connection: what a response does wrong given what crossed it before.

#include <respolicy/exchange.hpp>
#include <respolicy/grammar/basic.hpp>
#include <respolicy/rule.hpp>

#include <span>
#include <string_view>

namespace respolicy {
namespace {

using grammar::iequals;

// Whether some line named `name` lists `option` (a #token list, RFC 9110 §5.6.1).
bool lists(std::span<field_view const> fields, std::string_view name, std::string_view option) {
  bool found = false;
  for (auto const& f : fields) {
    if (!iequals(f.name, name)) continue;
    grammar::for_each_element(
        f.value, [&](std::string_view e, std::size_t) { found |= iequals(e, option); });
  }
  return found;
}

bool has(std::span<field_view const> fields, std::string_view name) {
  for (auto const& f : fields)
    if (iequals(f.name, name)) return true;
  return false;
}

}  // namespace

void connection_checker::add(report& out, rule_index rule, std::string_view detail) const {
  auto const sev = policy_->severity_of(rule);
  if (sev == severity::off) return;
  out.add(diagnostic::of(rule, sev, {}, detail));
}

void connection_checker::request(request_context const& req, request_content content) {
  waiting_request w;
  w.method = std::string(req.method);
  // RFC 9110 §10.1.1: the expectation binds an HTTP/1.1 (or later) server only for a request of
  // HTTP/1.1 or later.
  w.expects_100 = req.version >= 11 && lists(req.fields, "Expect", "100-continue");
  w.upgrade = has(req.fields, "Upgrade");
  w.content = content;
  waiting_.push_back(std::move(w));
}

void connection_checker::request_content_read(bool complete) {
  for (auto& w : waiting_) {
    if (w.content != request_content::pending) continue;
    w.content_started = true;
    if (complete) w.content = request_content::complete;
    return;
  }
}

void connection_checker::response(response_view const& res, report& out) {
  switch (after_) {
    case after::http: break;
    case after::close:
      add(out, "close-means-close", "a response after one with Connection: close");
      break;
    case after::other_protocol:
      // After a 101 or a 2xx to CONNECT the bytes belong to another protocol, or to a tunnel that
      // may well carry HTTP/1.1 from elsewhere: nothing there is judged.
      return;
  }
  bool const interim = res.status >= 100 && res.status < 200;
  if (waiting_.empty()) {
    if (interim)
      add(out, "no-1xx-after-final", "an interim response with no request waiting for one");
    else
      add(out, "one-final-response", "a final response with no request waiting for one");
    return;
  }
  auto& w = waiting_.front();
  if (interim && res.status != 101) {
    w.got_interim = true;
    w.got_100 |= res.status == 100;
    return;
  }
  if (res.status == 101) {
    if (w.expects_100 && w.upgrade && !w.got_100)
      add(out, "100-before-101", "a 101 to a request with Upgrade and 100-continue, no 100 first");
    after_ = after::other_protocol;
    waiting_.pop_front();
    return;
  }
  bool const closes = lists(res.fields, "Connection", "close");
  if (w.content == request_content::pending && !closes)
    add(out, "early-final-response-signals-close",
        "a final response before the request content was read, without Connection: close");
  if (closes)
    after_ = after::close;
  else if (w.method == "CONNECT" && res.status >= 200 && res.status < 300)
    after_ = after::other_protocol;
  waiting_.pop_front();
}

void connection_checker::server_reads(report& out) {
  if (after_ == after::other_protocol) return;
  // RFC 9110 §10.1.1: a server that reads on, waiting for content, must first have answered a
  // 100-continue request that has sent none, with a 100 or a final response.
  if (waiting_.empty()) return;
  auto const& w = waiting_.front();
  if (w.expects_100 && w.content == request_content::pending && !w.content_started && !w.got_100 &&
      !w.got_interim)
    add(out, "100-continue-prompt", "waiting for the content of a 100-continue request, no 100");
}

void connection_checker::closed(report& out) {
  for (auto const& w : waiting_) {
    if (w.got_100)
      add(out, "100-then-final", "the connection ended after a 100, before a final response");
    else if (w.got_interim)
      add(out, "one-final-response", "the connection ended after an interim response");
  }
  waiting_.clear();
}

}  // namespace respolicy
