//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// validate_responses: runs respolicy over responses that real servers send every day, and prints
// what each one gets wrong, rule by rule, with the RFC section that says so.

#include <respolicy/respolicy.hpp>

#include <iostream>
#include <string_view>

namespace {

using respolicy::field_view;
using respolicy::request_context;
using respolicy::response_view;

void show(std::string_view title, response_view const& res, request_context const* req = nullptr,
          respolicy::policy const& pol = respolicy::policy::standard()) {
  std::cout << "== " << title << "\n";
  if (req)
    std::cout << "   request:  " << req->method << " HTTP/" << req->version / 10 << '.'
              << req->version % 10 << "\n";
  std::cout << "   response: HTTP/" << res.version / 10 << '.' << res.version % 10 << ' '
            << res.status << ' ' << res.reason << "\n";
  for (auto const& f : res.fields) {
    std::cout << "             " << f.name << ": ";
    for (char c : f.value) {
      if (c == '\r')
        std::cout << "\\r";
      else if (c == '\n')
        std::cout << "\\n";
      else
        std::cout << c;
    }
    std::cout << "\n";
  }
  if (res.body_size && *res.body_size)
    std::cout << "             (" << *res.body_size << " content bytes)\n";
  auto const rep = respolicy::validate(res, req, pol);
  if (rep.empty()) {
    std::cout << "   respolicy: conforms\n\n";
    return;
  }
  std::cout << "   respolicy: " << rep.count(respolicy::severity::error) << " error(s), "
            << rep.count(respolicy::severity::warning) << " warning(s), "
            << rep.count(respolicy::severity::info) << " note(s)\n";
  for (auto const& d : rep) std::cout << "     " << d << "\n";
  std::cout << "\n";
}

}  // namespace

int main() {
  std::size_t checked = 0;
  for (auto const& r : respolicy::rules()) checked += r.checked();
  std::cout << "respolicy " << respolicy::version_major << '.' << respolicy::version_minor << '.'
            << respolicy::version_patch << ": " << respolicy::statuses().size()
            << " registered status codes, " << respolicy::rules().size() << " rules, " << checked
            << " checked by validate().\n\n";

  request_context const get{"GET", 11};

  field_view const ok[] = {{"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                           {"Content-Type", "text/html; charset=utf-8"},
                           {"Content-Length", "512"},
                           {"ETag", "\"33a64df5\""},
                           {"Cache-Control", "max-age=60"}};
  show("A correct 200", response_view{200, "OK", 11, ok, 512}, &get);

  // Boost.Beast's prepare_payload() adds Content-Length: 0 to an empty 204, and serializes a body
  // on a 204 if the handler set one.
  field_view const no_content[] = {{"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                                   {"Content-Length", "3"}};
  show("A 204 that carries content", response_view{204, "No Content", 11, no_content, 3}, &get);

  request_context const del{"DELETE", 11};
  field_view const not_allowed[] = {{"Content-Type", "text/plain"}, {"Content-Length", "18"}};
  show("A 405 without Allow", response_view{405, "Method Not Allowed", 11, not_allowed, 18}, &del);

  field_view const unavailable[] = {{"Content-Type", "text/plain"}, {"Content-Length", "11"}};
  show("A 503 without Retry-After (standard policy)",
       response_view{503, "Service Unavailable", 11, unavailable, 11}, &get);
  show("The same 503 under the strict policy",
       response_view{503, "Service Unavailable", 11, unavailable, 11}, &get,
       respolicy::policy::strict());

  field_view const unauthorized[] = {{"Content-Length", "0"}};
  show("A 401 without a challenge", response_view{401, "Unauthorized", 11, unauthorized, 0}, &get);

  field_view const range_req[] = {{"Range", "bytes=5000-"}};
  request_context const ranged{"GET", 11, range_req};
  field_view const unsatisfiable[] = {{"Content-Length", "0"}};
  show("A 416 that does not say how long the representation is",
       response_view{416, "Requested Range Not Satisfiable", 11, unsatisfiable, 0}, &ranged);

  // A header value copied from the query string: "/r?lang=en%0d%0aSet-Cookie:%20admin=1".
  field_view const injected[] = {{"Content-Language", "en\r\nSet-Cookie: admin=1"},
                                 {"Content-Length", "0"}};
  show("A header value carrying CR LF (response splitting)",
       response_view{200, "OK", 11, injected, 0}, &get);

  request_context const head10{"HEAD", 10};
  field_view const head[] = {{"Transfer-Encoding", "chunked"}, {"Content-Length", "42"}};
  show("A HEAD answer to HTTP/1.0 with content and both framings",
       response_view{200, "OK", 11, head, 42}, &head10);

  field_view const cond_req[] = {{"If-None-Match", "\"33a64df5\""}};
  request_context const conditional{"GET", 11, cond_req};
  field_view const not_modified[] = {
      {"ETag", "\"33a64df5\""}, {"Content-Type", "text/html"}, {"Content-Length", "0"}};
  response_view const the_200{200, "OK", 11, ok, 512};
  request_context const with_200{"GET", 11, cond_req, &the_200};
  show("A 304 with Content-Length: 0 for a 512-byte resource",
       response_view{304, "Not Modified", 11, not_modified, 0}, &with_200);
  (void)conditional;

  field_view const odd[] = {{"Content-Length", "+5"}, {"Content-Length", "5"}};
  show("A status outside 100-599 and a signed Content-Length",
       response_view{799, "<unknown-status>", 11, odd, 5});
  return 0;
}
