//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/validate.hpp>

#include <catch2/catch.hpp>

#include <sstream>

using namespace respolicy;

TEST_CASE("validate: a 204 with content reports both rules as errors", "[validate]") {
  field_view fields[] = {{"Date", "Sun, 22 Nov 2026 10:00:00 GMT"}, {"Content-Length", "3"}};
  response_view res{204, "No Content", 11, fields, /*body bytes*/ 3};
  request_context req{"GET", 11, {}};
  report rep = validate(res, &req, policy::standard());
  CHECK_FALSE(rep.ok());
  REQUIRE(rep.has("no-content-204"));
  REQUIRE(rep.has("no-content-length-1xx-204"));
  for (auto const& d : rep) {
    INFO(d);
    CHECK(d.severity == severity::error);
    CHECK_FALSE(d.message.empty());
    CHECK_FALSE(d.citation.empty());
  }
  std::ostringstream os;
  for (auto const& d : rep) os << d.rule << ' ' << d.severity << ' ' << d.citation << '\n';
  CHECK(os.str() ==
        "no-content-204 error RFC 9110 §15.3.5, §6.4.1; RFC 9112 §6.3\n"
        "no-content-length-1xx-204 error RFC 9110 §8.6\n");
}

TEST_CASE("validate_common: findings below `least` are left out, unless a safe repair acts on them",
          "[validate]") {
  field_view const fields[] = {{"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                               {"Content-Type", "text/plain"},
                               {"Content-Length", "6"}};
  request_context const get{"GET", 11, {}};

  SECTION("advice: 200-validators (info) on a common response") {
    response_view const res{200, "OK", 11, fields, 6};
    report all, above;
    CHECK(validate_common(res, &get, policy::standard(), all));
    CHECK(all.has("200-validators"));
    CHECK(validate_common(res, &get, policy::standard(), above, severity::warning));
    CHECK(above.empty());
    // Near miss: the same advice raised to a warning by the policy is kept.
    report raised;
    auto const p = policy{policy::standard()}.set("200-validators", severity::warning);
    validate_common(res, &get, p, raised, severity::warning);
    CHECK(raised.has("200-validators"));
  }

  SECTION("reason-phrase-registered (info, with a safe repair) is kept below `least`") {
    response_view const res{200, "Fine", 11, fields, 6};
    report above;
    CHECK_FALSE(validate_common(res, &get, policy::standard(), above, severity::warning));
    CHECK(above.has("reason-phrase-registered"));
    CHECK_FALSE(above.has("200-validators"));
  }

  SECTION("a warning without a safe repair is left out below error; errors stay") {
    field_view const lines[] = {{"Date", "Sun, 22 Nov 2026 10:00:00 GMT"}, {"Content-Length", "6"}};
    response_view const res{200, "OK", 11, lines, 6};
    report all, errors;
    validate_common(res, &get, policy::standard(), all);
    validate_common(res, &get, policy::standard(), errors, severity::error);
    CHECK(all.has("content-type-present"));
    CHECK_FALSE(errors.has("content-type-present"));
    for (auto const& d : all)
      if (d.severity == severity::error) CHECK(errors.has(d.rule));
  }

  SECTION("house rules too") {
    response_view const res{200, "OK", 11, fields, 6};
    auto p = policy{policy::standard()};
    p.add_rule({"house-note", severity::info, "a note", "house style",
                [](response_view const&, request_context const*) {
                  return std::optional<std::string>("always");
                }});
    report all, above;
    validate_common(res, &get, p, all);
    validate_common(res, &get, p, above, severity::warning);
    CHECK(all.has("house-note"));
    CHECK_FALSE(above.has("house-note"));
  }
}

TEST_CASE("validate: an unregistered code seen in practice says what it is", "[validate]") {
  // status-code-registered for a 520: who sends it and the registered code to send instead.
  field_view fields[] = {{"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                         {"Content-Type", "text/plain"},
                         {"Content-Length", "6"}};
  response_view res{520, "Unknown Error", 11, fields, 6};
  report rep = validate(res);
  auto const* d = rep.find("status-code-registered");
  REQUIRE(d != nullptr);
  INFO(rep.to_string());
  CHECK(d->severity == severity::info);
  CHECK(d->detail.view() ==
        "520 is not registered: Cloudflare's \"Web Server Returned an Unknown Error\"; send 502 "
        "Bad Gateway");
  CHECK(rep.to_string().find("send 502 Bad Gateway") != std::string::npos);

  // nginx's 499 is only logged; a code nobody is known to use keeps the general wording.
  res.status = 499;
  rep = validate(res);
  REQUIRE(rep.has("status-code-registered"));
  CHECK(rep.find("status-code-registered")->detail.view() ==
        "499 is not registered: nginx's \"Client Closed Request\", never sent");
  res.status = 598;
  rep = validate(res);
  REQUIRE(rep.has("status-code-registered"));
  CHECK(rep.find("status-code-registered")->detail.view() ==
        "598 is not registered; clients treat it as 500");
}

TEST_CASE("validate: a finding names the field line at fault", "[validate]") {
  field_view fields[] = {{"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                         {"Content-Type", "text/plain"},
                         {"Vary", "Accept"},
                         {"Vary", "Origin,,Accept-Encoding"},
                         {"Cache-Control", "max-age=60"},
                         {"Cache-Control", "max-age=\"60\""},
                         {"ETag", "\"a\""},
                         {"Transfer-Encoding", "chunked"},
                         {"Trailer", "ETag"}};
  field_view trailers[] = {{"ETag", "\"b\""}};
  response_view res{200, "OK", 11, fields, std::nullopt, trailers};
  report rep = validate(res);
  INFO(rep.to_string());
  auto line_of = [&](std::string_view rule) {
    auto const* d = rep.find(rule);
    REQUIRE(d != nullptr);
    return d->line;
  };
  CHECK(line_of("no-empty-list-elements") == 3);       // the second Vary line
  CHECK(line_of("cc-delta-seconds-token-form") == 5);  // the second Cache-Control line
  CHECK(line_of("no-duplicate-singleton-field") == std::size(fields));  // the trailer
  // A finding about the field as a whole (all its lines) names no line.
  CHECK(line_of("cc-no-duplicates-or-conflicts") == diagnostic::no_line);
}
