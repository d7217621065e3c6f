//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// respolicy::probe in the core: the plan a first answer gives, the answers read through the wire
// reader, and the rules only two answers show, each broken and passed by a near miss. The server
// here is a function from a request to the bytes of its answer; tests/beast/probe.cpp probes real
// Beast handlers and servers.

#include <respolicy/probe.hpp>
#include <respolicy/rule.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

using namespace respolicy;

namespace {

// A resource of ten bytes with an ETag and a Last-Modified date, answering as RFC 9110 says, and
// the faults the tests plant in it.
struct resource {
  bool gzip_without_vary = false;  // vary-when-negotiated
  bool unknown_gets_405 = false;   // 501-vs-405
  bool trace_allowed_but_501 = false;
  bool never_continues = false;  // 100-continue-prompt: waits for content it did not ask for
  bool chunked_to_http10 = false;

  std::string answer(wire_request const& req) const {
    auto field = [&](std::string_view name) -> std::string_view {
      for (auto const& f : req.fields)
        if (f.name == name) return f.value;
      return {};
    };
    std::string const body = "0123456789";
    std::string const common = "Date: Sat, 05 Dec 2026 20:00:00 GMT\r\nConnection: close\r\n";
    std::string const explained = "Content-Type: text/plain\r\nContent-Length: 3\r\n\r\nno\n";
    if (req.method == "OPTIONS")
      return "HTTP/1.1 200 OK\r\n" + common + "Allow: GET, HEAD, OPTIONS" +
             (trace_allowed_but_501 ? ", TRACE" : "") + "\r\nContent-Length: 0\r\n\r\n";
    if (req.method == "TRACE") return "HTTP/1.1 501 Not Implemented\r\n" + common + explained;
    if (req.method != "GET" && req.method != "HEAD")
      return unknown_gets_405 ? "HTTP/1.1 405 Method Not Allowed\r\n" + common +
                                    "Allow: GET, HEAD, OPTIONS\r\n" + explained
                              : "HTTP/1.1 501 Not Implemented\r\n" + common + explained;
    std::string const validators =
        "ETag: \"v1\"\r\nLast-Modified: Tue, 01 Dec 2026 10:00:00 GMT\r\nVary: Accept-Encoding\r\n"
        "Cache-Control: max-age=60\r\n";
    if (!field("If-Match").empty() && field("If-Match") != "\"v1\"")
      return "HTTP/1.1 412 Precondition Failed\r\n" + common + explained;
    if (field("If-None-Match") == "\"v1\"" ||
        (field("If-None-Match").empty() &&
         field("If-Modified-Since") == "Tue, 01 Dec 2026 10:00:00 GMT"))
      return "HTTP/1.1 304 Not Modified\r\n" + common + validators + "\r\n";
    bool const gzip = field("Accept-Encoding") == "gzip";
    std::string head = "HTTP/1.1 200 OK\r\n" + common + "Content-Type: text/plain\r\n";
    if (gzip)
      head +=
          gzip_without_vary
              ? "ETag: \"v1-gz\"\r\nContent-Encoding: gzip\r\nCache-Control: max-age=60\r\n"
              : "ETag: \"v1-gz\"\r\nContent-Encoding: gzip\r\nCache-Control: max-age=60\r\nVary: "
                "Accept-Encoding\r\n";
    else
      head += validators;
    if (req.version == 10 && chunked_to_http10)
      return head + "Transfer-Encoding: chunked\r\n\r\na\r\n" + body + "\r\n0\r\n\r\n";
    head += "Content-Length: 10\r\n\r\n";
    return req.method == "HEAD" ? head : head + body;
  }
};

// Serves each probe from a resource, in pieces of three bytes, as a network would.
class scripted_transport final : public probe_transport {
 public:
  explicit scripted_transport(resource r) : resource_(r) {}

  std::vector<std::string> seen;  // the header sections received

  probe_io exchange(probe_request const& req, receiver const& received,
                    std::chrono::milliseconds) override {
    seen.push_back(req.header);
    probe_io io;
    if (!req.content.empty() && resource_.never_continues) io.waited_out = true;
    std::string const bytes = resource_.answer(*req.parsed);
    for (std::size_t i = 0; i < bytes.size(); i += 3)
      received(std::string_view(bytes).substr(i, 3));
    return io;
  }

 private:
  resource resource_;
};

probe_report probe(resource r) {
  scripted_transport t(r);
  return run_probe(t, {.host = "example.com", .target = "/doc"});
}

std::vector<std::string_view> rules_of(probe_report const& rep) {
  std::vector<std::string_view> ids;
  for (auto const& r : rep.results)
    for (auto const& d : r.findings) ids.push_back(d.rule);
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

}  // namespace

TEST_CASE("probe: a resource that answers as RFC 9110 says has no findings", "[probe]") {
  auto const rep = probe({});
  INFO(rep.to_string(true));
  CHECK(rep.ok());
  CHECK(rules_of(rep).empty());
  // Every probe of the plan was sent: the 200 had an ETag, a Last-Modified date and ten bytes.
  CHECK(rep.results.size() == 1 + probe_options{}.kinds.size());
  auto const* inm = rep.find(probe_kind::if_none_match);
  REQUIRE(inm);
  REQUIRE(inm->response);
  CHECK(inm->response->status() == 304);
  CHECK(inm->request.parsed->method == "GET");
}

TEST_CASE("probe: the plan follows the first answer", "[probe]") {
  probe_target const t{
      .host = "example.com:8080", .target = "/a?b=c", .fields = {{"Cookie", "s=1"}}};
  auto const get = make_probe_request(probe_kind::get, t, nullptr);
  REQUIRE(get);
  CHECK(get->header ==
        "GET /a?b=c HTTP/1.1\r\nHost: example.com:8080\r\nAccept-Encoding: identity\r\n"
        "Connection: close\r\nCookie: s=1\r\n\r\n");
  // Without a 200 there is nothing to be conditional on, and no length to range over.
  CHECK_FALSE(make_probe_request(probe_kind::if_none_match, t, nullptr));
  CHECK_FALSE(make_probe_request(probe_kind::range, t, nullptr));
  CHECK(make_probe_request(probe_kind::options, t, nullptr));

  scripted_transport server({});
  auto const first = run_probe(server, t).results.front().response;
  REQUIRE(first);
  auto const range = make_probe_request(probe_kind::range, t, &*first);
  REQUIRE(range);
  CHECK(range->parsed->fields.size() == 5);
  CHECK(range->header.find("Range: bytes=1-9\r\n") != std::string::npos);
  auto const past = make_probe_request(probe_kind::range_unsatisfiable, t, &*first);
  REQUIRE(past);
  CHECK(past->header.find("Range: bytes=10-\r\n") != std::string::npos);
  auto const http10 = make_probe_request(probe_kind::http10, t, &*first);
  REQUIRE(http10);
  CHECK(http10->parsed->version == 10);
  auto const expect = make_probe_request(probe_kind::expect_continue, t, &*first);
  REQUIRE(expect);
  CHECK(expect->content == "x");
}

TEST_CASE("probe: every rule marked as checked by a probe is broken here", "[probe]") {
  struct breaking {
    std::string_view id;
    resource fault;
  };
  std::vector<breaking> const table = {
      {"vary-when-negotiated", {.gzip_without_vary = true}},
      {"501-vs-405", {.unknown_gets_405 = true}},
      {"501-vs-405", {.trace_allowed_but_501 = true}},
  };
  std::vector<std::string_view> marked;
  for (auto const& r : rules())
    if (r.cover == coverage::probe) marked.push_back(r.id);
  std::vector<std::string_view> broken;
  for (auto const& b : table) {
    auto const rep = probe(b.fault);
    INFO(b.id << "\n" << rep.to_string(true));
    CHECK(rules_of(rep) == std::vector<std::string_view>{b.id});
    broken.push_back(b.id);
  }
  std::sort(marked.begin(), marked.end());
  std::sort(broken.begin(), broken.end());
  broken.erase(std::unique(broken.begin(), broken.end()), broken.end());
  CHECK(marked == broken);
}

TEST_CASE("probe: vary-when-negotiated names the answer without Vary", "[probe]") {
  auto const rep = probe({.gzip_without_vary = true});
  auto const* gzip = rep.find(probe_kind::accept_encoding_gzip);
  REQUIRE(gzip);
  REQUIRE(gzip->findings.has("vary-when-negotiated"));
  CHECK(gzip->findings.find("vary-when-negotiated")->detail.view() ==
        "Content-Encoding gzip with gzip acceptable, none without; no Vary");
  // The reference GET has Vary: Accept-Encoding: the near miss inside the same run.
  CHECK_FALSE(rep.find(probe_kind::get)->findings.has("vary-when-negotiated"));
}

TEST_CASE("probe: 100-continue-prompt when the server waits for content", "[probe]") {
  auto const rep = probe({.never_continues = true});
  auto const* expect = rep.find(probe_kind::expect_continue);
  REQUIRE(expect);
  CHECK(expect->findings.has("100-continue-prompt"));
  CHECK(rules_of(rep) == std::vector<std::string_view>{"100-continue-prompt"});
}

TEST_CASE("probe: the single-response rules judge each answer read from the wire", "[probe]") {
  auto const rep = probe({.chunked_to_http10 = true});
  auto const* http10 = rep.find(probe_kind::http10);
  REQUIRE(http10);
  CHECK(http10->findings.has("transfer-encoding-needs-http11-request"));
  CHECK_FALSE(rep.ok());
  CHECK(rep.has("transfer-encoding-needs-http11-request"));
  CHECK(rep.to_string().find("http10: GET /doc HTTP/1.0 -> 200 OK\n  error "
                             "transfer-encoding-needs-http11-request") != std::string::npos);
}

TEST_CASE("probe: judge_probe reads a whole answer at once", "[probe]") {
  probe_target const t{.host = "example.com"};
  auto const get = make_probe_request(probe_kind::get, t, nullptr);
  auto const first =
      judge_probe(*get, "HTTP/1.1 200 OK\r\nETag: \"v1\"\r\nContent-Length: 3\r\n\r\nabc", nullptr);
  REQUIRE(first.response);
  CHECK(first.response->body() == "abc");
  auto const inm = make_probe_request(probe_kind::if_none_match, t, &*first.response);
  REQUIRE(inm);
  // The 304 drops the 200's ETag: 304-required-fields, judged with the 200 as context G.
  auto const r = judge_probe(*inm, "HTTP/1.1 304 Not Modified\r\n\r\n", &*first.response);
  CHECK(r.findings.has("304-required-fields"));
  auto const ok =
      judge_probe(*inm, "HTTP/1.1 304 Not Modified\r\nETag: \"v1\"\r\n\r\n", &*first.response);
  CHECK_FALSE(ok.findings.has("304-required-fields"));
  // An answer that is not HTTP is an error, not a crash; so is none at all.
  CHECK(judge_probe(*inm, "SSH-2.0-OpenSSH_9.2\r\n", &*first.response).error ==
        "the answer is not an HTTP/1.x response");
  CHECK(judge_probe(*inm, "", &*first.response).error ==
        "the connection ended before a final response");
}

TEST_CASE("probe: a received response keeps its views through copies and moves", "[probe]") {
  probe_target const t{.host = "h"};
  auto r = judge_probe(*make_probe_request(probe_kind::get, t, nullptr),
                       "HTTP/1.1 200 OK\r\nA: 1\r\nB: 2\r\nContent-Length: 2\r\n\r\nok", nullptr);
  REQUIRE(r.response);
  received_response copy = *r.response;
  received_response moved = std::move(*r.response);
  r.response.reset();
  for (auto const* x : {&copy, &moved}) {
    CHECK(x->view().fields.size() == 3);
    CHECK(x->field("b") == std::optional<std::string_view>("2"));
    CHECK(x->view().body == "ok");
  }
}
