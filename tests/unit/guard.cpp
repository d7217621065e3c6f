//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// The guard's decisions in the core (<respolicy/guard.hpp>), driven through a server adapter of a
// few dozen lines over a plain response type: what a second adapter (another HTTP library) would
// write. The Beast adapter's own tests (tests/beast/guard.cpp, safety.cpp) run the same engine
// over real Beast messages.

#include <respolicy/grammar/basic.hpp>
#include <respolicy/guard.hpp>
#include <respolicy/problem_details.hpp>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace {

using namespace respolicy;

// A response as some HTTP library might hold it.
struct plain_response {
  int status = 200;
  std::string reason = "OK";
  int version = 11;
  std::vector<std::pair<std::string, std::string>> fields;
  std::string body;

  std::string const* find(std::string_view name) const {
    for (auto const& [n, v] : fields)
      if (grammar::iequals(n, name)) return &v;
    return nullptr;
  }
};

// The adapter: a view, the serializer's framing, the edits, and the 500.
class plain_target {
 public:
  explicit plain_target(plain_response& r) : r_(r) {}

  template <class F>
  decltype(auto) with_view(F&& f) const {
    std::vector<field_view> lines;
    for (auto const& [n, v] : r_.fields) lines.push_back({n, v});
    response_view const v{r_.status, r_.reason, r_.version, lines, r_.body.size(), {}, r_.body};
    return f(v);
  }

  // This library's serializer applies chunked framing when the Transfer-Encoding it holds ends
  // with chunked.
  serializer_framing framing() const {
    auto const* te = r_.find("Transfer-Encoding");
    return {.chunked = te != nullptr && te->ends_with("chunked")};
  }

  std::uint64_t apply(repair_plan const& plan) {
    std::uint64_t dropped = 0;
    auto const erase = [&](std::string_view name) {
      std::erase_if(r_.fields, [&](auto const& f) { return grammar::iequals(f.first, name); });
    };
    for (auto const& e : plan.edits) {
      switch (e.what) {
        case response_edit::action::drop_content:
          dropped += r_.body.size();
          r_.body.clear();
          break;
        case response_edit::action::erase: erase(e.name); break;
        case response_edit::action::set:
          erase(e.name);
          r_.fields.emplace_back(e.name, e.value);
          break;
        case response_edit::action::rewrite:
          erase(e.name);
          for (auto const& v : e.values)
            if (!v.empty()) r_.fields.emplace_back(e.name, v);
          break;
        case response_edit::action::set_reason: r_.reason = e.value; break;
        case response_edit::action::suppress: break;  // applicable() refuses it
      }
    }
    return dropped;
  }

  void block(std::string_view problem, bool head) {
    r_ = plain_response{};
    r_.status = 500;
    r_.reason = "Internal Server Error";
    r_.body = head ? std::string{} : std::string(problem);
    r_.fields = {{"Content-Type", "application/problem+json"},
                 {"Content-Length", std::to_string(problem.size())},
                 {"Cache-Control", "no-store"}};
  }

 private:
  plain_response& r_;
};

static_assert(guard_target<plain_target>);

plain_response ok_200() {
  plain_response r;
  r.body = "hello";
  r.fields = {{"Date", "Sun, 06 Nov 1994 08:49:37 GMT"},
              {"Content-Type", "text/plain"},
              {"Content-Length", "5"},
              {"ETag", "\"a\""}};
  return r;
}

guard_options with(guard_mode m) {
  guard_options o;
  o.mode(m).expose_rules(true);
  return o;
}

repair_report findings(std::initializer_list<std::pair<severity, bool>> list) {
  repair_report rep;
  for (auto const& [s, repaired] : list) {
    auto d = diagnostic::of("200-validators", s);
    d.repaired = repaired;
    rep.add(d);
  }
  return rep;
}

}  // namespace

TEST_CASE("decide: what each mode does with findings and hazards", "[guard]") {
  using enum guard_action;
  auto const w = severity::warning;
  struct row {
    guard_mode mode;
    repair_report rep;
    bool dangerous, final_answer;
    guard_action expected;
  };
  row const rows[] = {
      // Below the threshold a response passes, in every mode.
      {guard_mode::report, findings({{severity::info, false}}), false, true, passed},
      {guard_mode::repair, findings({{severity::info, false}}), false, true, passed},
      {guard_mode::reject, findings({{severity::info, false}}), false, true, passed},
      {guard_mode::throw_, findings({{severity::info, false}}), false, true, passed},
      // A warning is reported; only an error rejects or throws.
      {guard_mode::report, findings({{severity::warning, false}}), false, true, reported},
      {guard_mode::reject, findings({{severity::warning, false}}), false, true, reported},
      {guard_mode::throw_, findings({{severity::warning, false}}), false, true, reported},
      {guard_mode::report, findings({{severity::error, false}}), false, true, reported},
      {guard_mode::reject, findings({{severity::error, false}}), false, true, blocked},
      {guard_mode::throw_, findings({{severity::error, false}}), false, true, thrown},
      // A repaired error no longer rejects, and repair mode says it repaired.
      {guard_mode::reject, findings({{severity::error, true}}), false, true, reported},
      {guard_mode::repair, findings({{severity::error, true}}), false, true, repaired},
      {guard_mode::repair, findings({{severity::error, false}}), false, true, reported},
      // A safety block blocks in every mode; throw mode throws (with the 500 in place).
      {guard_mode::report, findings({{severity::error, false}}), true, true, blocked},
      {guard_mode::repair, findings({{severity::error, true}}), true, true, blocked},
      {guard_mode::reject, findings({{severity::error, false}}), true, true, blocked},
      {guard_mode::throw_, findings({{severity::error, false}}), true, true, thrown},
      // No repair makes a 1xx final.
      {guard_mode::repair, findings({{severity::error, false}}), false, false, blocked},
      {guard_mode::report, findings({{severity::error, false}}), false, false, reported},
  };
  for (auto const& r : rows) {
    CAPTURE(static_cast<int>(r.mode), r.dangerous, r.final_answer, to_string(r.expected));
    CHECK(decide(r.mode, r.rep, r.dangerous, w, r.final_answer) == r.expected);
  }
}

TEST_CASE("guard_engine: a clean response passes untouched", "[guard]") {
  guard_engine const g{with(guard_mode::reject)};
  auto res = ok_200();
  plain_target t{res};
  CHECK(g.apply(t, nullptr, "/") == guard_action::passed);
  CHECK(res.body == "hello");
  CHECK(g.stats().checked == 1);
  CHECK(g.stats().blocked == 0);
}

TEST_CASE("guard_engine: repair mode applies the core's plans through the adapter", "[guard]") {
  std::vector<std::string> seen;
  std::uint64_t dropped = 0;
  auto opts = with(guard_mode::repair);
  opts.on_violation([&](guard_event const& e) {
    for (auto const& d : e.report) seen.emplace_back(d.rule);
    dropped = e.bytes_dropped;
    CHECK(e.action == guard_action::repaired);
    CHECK(e.status == 204);
  });
  guard_engine const g{opts};
  plain_response res;
  res.status = 204;
  res.reason = "No Content";
  res.body = "oops";
  res.fields = {{"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}, {"Content-Length", "4"}};
  plain_target t{res};
  CHECK(g.apply(t, nullptr, "/") == guard_action::repaired);
  CHECK(res.body.empty());
  CHECK(res.find("Content-Length") == nullptr);
  CHECK(dropped == 4);
  CHECK(std::find(seen.begin(), seen.end(), "no-content-204") != seen.end());
  CHECK(std::find(seen.begin(), seen.end(), "no-content-length-1xx-204") != seen.end());
  CHECK(g.stats().repaired == 1);
}

namespace {

// An adapter whose edits do not hold (a bug, or a library that rebuilds the response): apply()
// counts the plans and changes nothing.
class stuck_target : public plain_target {
 public:
  using plain_target::plain_target;
  std::uint64_t apply(repair_plan const&) {
    ++applied;
    return 0;
  }
  int applied = 0;
};

static_assert(guard_target<stuck_target>);

plain_response content_on_204() {
  plain_response r;
  r.status = 204;
  r.reason = "No Content";
  r.body = "oops";
  r.fields = {{"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}, {"Content-Length", "4"}};
  return r;
}

std::size_t count_of(repair_report const& rep, std::string_view rule, bool repaired) {
  return static_cast<std::size_t>(std::count_if(rep.begin(), rep.end(), [&](auto const& d) {
    return d.rule == rule && d.repaired == repaired;
  }));
}

}  // namespace

TEST_CASE("repair_into: a finding its repair did not fix is repaired once, then reported",
          "[guard]") {
  auto res = content_on_204();
  stuck_target t{res};
  repair_report out;
  repair_into(t, nullptr, policy::standard(), out);
  // Round one plans a repair for each finding; round two finds them all again and stops.
  auto const repairable = out.repairs();
  CHECK(repairable >= 2);
  CHECK(t.applied == static_cast<int>(repairable));
  for (auto const* rule : {"no-content-204", "no-content-length-1xx-204"}) {
    CAPTURE(rule);
    CHECK(count_of(out, rule, true) == 1);
    CHECK(count_of(out, rule, false) == 1);
  }
  CHECK(res.body == "oops");
}

TEST_CASE("repair_into: what `out` held before the call is not taken for this call's repairs",
          "[guard]") {
  repair_report out;
  auto earlier = diagnostic::of("no-content-204", severity::error);
  earlier.repaired = true;
  out.add(earlier);
  auto res = content_on_204();
  plain_target t{res};
  repair_into(t, nullptr, policy::standard(), out);
  CHECK(res.body.empty());
  CHECK(count_of(out, "no-content-204", true) == 2);
  CHECK(count_of(out, "no-content-204", false) == 0);
}

TEST_CASE("guard_engine: a safety block becomes the adapter's 500 in every mode", "[guard]") {
  for (auto const mode :
       {guard_mode::report, guard_mode::repair, guard_mode::reject, guard_mode::throw_}) {
    CAPTURE(static_cast<int>(mode));
    guard_engine const g{with(mode)};
    auto res = ok_200();
    res.fields.emplace_back("X-Note", "a\r\nSet-Cookie: s=1");
    plain_target t{res};
    if (mode == guard_mode::throw_) {
      CHECK_THROWS_AS(g.apply(t, nullptr, "/"), violation_error);
      CHECK(g.stats().thrown == 1);
    } else {
      CHECK(g.apply(t, nullptr, "/") == guard_action::blocked);
      CHECK(g.stats().blocked == 1);
    }
    CHECK(res.status == 500);
    CHECK(res.find("X-Note") == nullptr);
    CHECK(res.body.find("field-value-no-cr-lf-nul") != std::string::npos);
  }
}

TEST_CASE("guard_engine: a safety block holds with every rule turned off", "[guard]") {
  policy off = policy::standard();
  for (auto const& r : rules()) off.set(r.id, severity::off);
  auto opts = with(guard_mode::report);
  opts.default_policy(off);
  guard_engine const g{opts};
  auto res = ok_200();
  res.reason = "OK\r\nX: y";
  plain_target t{res};
  CHECK(g.apply(t, nullptr, "/") == guard_action::blocked);
  CHECK(res.status == 500);
}

TEST_CASE("guard_engine: throw mode carries the report", "[guard]") {
  guard_engine const g{with(guard_mode::throw_)};
  plain_response res;
  res.status = 405;
  res.reason = "Method Not Allowed";
  res.fields = {{"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}, {"Content-Length", "0"}};
  plain_target t{res};
  try {
    (void)g.apply(t, nullptr, "/");
    FAIL("no violation_error");
  } catch (violation_error const& e) {
    CHECK(std::string_view(e.what()).find("405-allow-required") != std::string_view::npos);
    CHECK(e.report().has("405-allow-required"));
  }
  CHECK(res.status == 405);  // not dangerous: the response stays as the handler made it
}

TEST_CASE("guard_engine: a last chunk after a 304's header section is repaired", "[guard]") {
  // A 304 may carry Transfer-Encoding (RFC 9112 §6.1), but a serializer that applies chunked
  // framing to it writes a last chunk after the header section.
  guard_engine const g{with(guard_mode::repair)};
  plain_response res;
  res.status = 304;
  res.reason = "Not Modified";
  res.fields = {{"Date", "Sun, 06 Nov 1994 08:49:37 GMT"},
                {"ETag", "\"a\""},
                {"Transfer-Encoding", "gzip, chunked"}};
  plain_target t{res};
  CHECK(g.apply(t, nullptr, "/") == guard_action::repaired);
  REQUIRE(res.find("Transfer-Encoding") != nullptr);
  CHECK(*res.find("Transfer-Encoding") == "gzip");
}

TEST_CASE("plan_hazard_repair: empty chunked content becomes Content-Length: 0", "[guard]") {
  field_view const fields[] = {{"Transfer-Encoding", "chunked"}};
  response_view const res{200, "OK", 11, fields, 0};
  auto const hazards = find_hazards(res, nullptr, {.chunked = true, .extra_last_chunk = true});
  REQUIRE(hazards.size() == 1);
  CHECK(repair_may_resolve(hazards[0]));
  repair_plan plan;
  diagnostic done;
  REQUIRE(plan_hazard_repair(hazards, res, plan, done));
  CHECK(done.repaired);
  CHECK(done.rule == "chunked-body-syntax");
  REQUIRE(plan.edits.size() == 2);
  CHECK(plan.edits[0].what == response_edit::action::erase);
  CHECK(plan.edits[1].name == "Content-Length");
  CHECK(plan.edits[1].value == "0");
}

TEST_CASE("plan_hazard_repair: injection is never rewritten", "[guard]") {
  field_view const fields[] = {{"X", "a\r\nb"}};
  response_view const res{200, "OK", 11, fields, 0};
  auto const hazards = find_hazards(res, nullptr);
  REQUIRE(hazards.size() == 1);
  CHECK_FALSE(repair_may_resolve(hazards[0]));
  repair_plan plan;
  diagnostic done;
  CHECK_FALSE(plan_hazard_repair(hazards, res, plan, done));
  CHECK(plan.edits.empty());
}

TEST_CASE("blocked_problem and to_json write RFC 9457 documents", "[guard]") {
  report rep;
  rep.add(diagnostic::of("405-allow-required", severity::error));
  rep.add(diagnostic::of("200-validators", severity::info));
  CHECK(blocked_problem(rep, true) ==
        R"({"type":"about:blank","title":"Internal Server Error","status":500,)"
        R"("detail":"The server produced a response that could not be sent. Rules: )"
        "405-allow-required\"}\n");
  CHECK(blocked_problem(rep, false).find("405") == std::string::npos);

  problem_details p;
  p.detail = "the cart is \"empty\"\n";
  CHECK(to_json(409, p) ==
        R"({"title":"Conflict","status":409,"detail":"the cart is \"empty\"\n"})");
  p.type = "https://example.com/probs/cart";
  CHECK(
      to_json(409, p) ==
      R"({"type":"https://example.com/probs/cart","status":409,"detail":"the cart is \"empty\"\n"})");
}
