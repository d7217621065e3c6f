//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "catalog.hpp"

#include <respolicy/wire.hpp>
#include "linter.hpp"

#include <respolicy/status.hpp>

#include <catch2/catch.hpp>

#include <sstream>

namespace {

using namespace respolicy;
using namespace respolicy::lint;

struct keep_sink : sink {
  std::vector<lint_entry> entries;
  void entry(lint_entry const& e) override { entries.push_back(e); }
};

}  // namespace

TEST_CASE("explain: shows a response that conforms, for every registered status", "[lint]") {
  respolicy::lint::settings cfg;
  cfg.wire.raw = true;
  cfg.min = respolicy::severity::warning;
  for (auto const& s : respolicy::statuses()) {
    std::string method;
    auto const text = example_response(s.code, &method);
    keep_sink out;
    auto req = std::make_shared<wire_request>();
    req->method = method;
    // The request each example answers: 206 answers a range request, 101 an upgrade, 304 a
    // conditional GET, 417 an expectation.
    std::string_view name, value;
    switch (s.code) {
      case 100: name = "Expect", value = "100-continue"; break;
      case 101: name = "Upgrade", value = "websocket"; break;
      case 206: name = "Range", value = "bytes=0-4"; break;
      case 304: name = "If-None-Match", value = "\"v1\""; break;
      case 412: name = "If-Match", value = "\"v0\""; break;
      case 416: name = "Range", value = "bytes=2000-"; break;
      case 417: name = "Expect", value = "100-continue"; break;
      case 208: name = "DAV", value = "bind"; break;
      case 226: name = "A-IM", value = "vcdiff"; break;
      case 425: name = "Early-Data", value = "1"; break;
      default: break;
    }
    // 203 and 511 come from intermediaries, never from the origin (RFC 9110 §15.3.4, RFC 6585 §6).
    cfg.pol = respolicy::policy::standard();
    if (s.code == 203 || s.code == 511) cfg.pol.role(respolicy::server_role::proxy);
    if (!name.empty()) {
      req->storage = std::string(name) + std::string(value);
      req->fields.push_back({std::string_view(req->storage).substr(0, name.size()),
                             std::string_view(req->storage).substr(name.size())});
    }
    linter l(cfg, out);
    std::size_t index = 0;
    wire_reader r(
        cfg.wire, [&](wire_message& m) { l.message("example", ++index, m); },
        [&](int) { return req; });
    r.feed(text);
    r.finish();
    INFO(text);
    REQUIRE(out.entries.size() == 1);
    for (auto const& d : out.entries[0].diagnostics) {
      // Registered but deprecated or reserved codes are the point of their own warning.
      if (d.d.rule == "status-code-deprecated-or-reserved") continue;
      FAIL_CHECK(std::string(d.d.rule) << ": " << d.d.detail.view());
    }
  }
}

TEST_CASE("explain: knows rules and codes, and refuses anything else", "[lint]") {
  std::ostringstream os;
  CHECK(explain(os, "405-allow-required", false));
  CHECK(os.str().find("RFC 9110 §15.5.6") != std::string::npos);
  CHECK(os.str().find("Allow: GET, HEAD") != std::string::npos);
  os.str("");
  CHECK(explain(os, "204", true));
  CHECK(os.str().find("\"no-content-204\"") != std::string::npos);
  CHECK_FALSE(explain(os, "no-such-rule", false));
  CHECK_FALSE(explain(os, "99", false));
  CHECK_FALSE(explain(os, "", false));
}
