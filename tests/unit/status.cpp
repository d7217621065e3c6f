//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/status.hpp>

#include <catch2/catch.hpp>

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

using namespace respolicy;

// What the registry must know, checked where the compiler can.
static_assert(!respolicy::find_status(204)->content_allowed());
static_assert(find_status(413)->reason == "Content Too Large");
static_assert(find_status(200)->content_allowed() && find_status(200)->heuristically_cacheable());
static_assert(!find_status(304)->content_allowed() && !find_status(205)->content_allowed());
static_assert(find_status(451)->heuristically_cacheable());
static_assert(find_status(510)->obsoleted() && find_status(510)->deprecated());
static_assert(find_status(418)->is_historical_reason("I'm a teapot"));
static_assert(find_status(199) == nullptr && find_status(600) == nullptr);
static_assert(!content_allowed(150) && content_allowed(299) && !content_allowed(600));
// Registered codes too (GCC 12 with -fsanitize=undefined once refused these in constant
// expressions).
static_assert(content_allowed(409) && !content_allowed(204) && heuristically_cacheable(200));
static_assert(class_of(599) == status_class::server_error && !class_of(600));
static_assert(statuses().size() == 64);

namespace {

// The IANA HTTP Status Code Registry as respolicy was built from it, written out by hand. `def` is
// the defining document without the parenthesised history ("RFC 9110 §15.3.7 (orig. RFC 7233 §4.1)"
// -> "RFC 9110 §15.3.7"). Flags: D deprecated, U unused, R reserved, X experimental, T temporary, O
// obsoleted, N never stored (RFC 6585).
struct expected_status {
  int code;
  std::string_view phrase;
  int cls;
  std::string_view def;
  bool content;  // false: "never" in the content column
  bool heur;     // RFC 9110 §15.1: heuristically cacheable
  std::string_view flags;
  std::vector<std::string_view> historical;
};

std::vector<expected_status> const table_a = {
    {100, "Continue", 1, "RFC 9110 §15.2.1", false, false, "", {}},
    {101, "Switching Protocols", 1, "RFC 9110 §15.2.2", false, false, "", {}},
    {102, "Processing", 1, "RFC 2518 §10.1", false, false, "D", {}},
    {103, "Early Hints", 1, "RFC 8297 §2", false, false, "X", {}},
    {104,
     "Upload Resumption Supported",
     1,
     "draft-ietf-httpbis-resumable-upload",
     false,
     false,
     "T",
     {}},
    {200, "OK", 2, "RFC 9110 §15.3.1", true, true, "", {}},
    {201, "Created", 2, "RFC 9110 §15.3.2", true, false, "", {}},
    {202, "Accepted", 2, "RFC 9110 §15.3.3", true, false, "", {}},
    {203, "Non-Authoritative Information", 2, "RFC 9110 §15.3.4", true, true, "", {}},
    {204, "No Content", 2, "RFC 9110 §15.3.5", false, true, "", {}},
    {205, "Reset Content", 2, "RFC 9110 §15.3.6", false, false, "", {}},
    {206, "Partial Content", 2, "RFC 9110 §15.3.7", true, true, "", {}},
    {207, "Multi-Status", 2, "RFC 4918 §11.1, §13", true, false, "", {}},
    {208, "Already Reported", 2, "RFC 5842 §7.1", true, false, "X", {}},
    {226, "IM Used", 2, "RFC 3229 §10.4.1", true, false, "", {}},
    {300, "Multiple Choices", 3, "RFC 9110 §15.4.1", true, true, "", {}},
    {301, "Moved Permanently", 3, "RFC 9110 §15.4.2", true, true, "", {}},
    {302, "Found", 3, "RFC 9110 §15.4.3", true, false, "", {"Moved Temporarily"}},
    {303, "See Other", 3, "RFC 9110 §15.4.4", true, false, "", {}},
    {304, "Not Modified", 3, "RFC 9110 §15.4.5", false, false, "", {}},
    {305, "Use Proxy", 3, "RFC 9110 §15.4.6", true, false, "D", {}},
    {306, "(Unused)", 3, "RFC 9110 §15.4.7", true, false, "U", {"Switch Proxy"}},
    {307, "Temporary Redirect", 3, "RFC 9110 §15.4.8", true, false, "", {}},
    {308, "Permanent Redirect", 3, "RFC 9110 §15.4.9", true, true, "", {}},
    {400, "Bad Request", 4, "RFC 9110 §15.5.1", true, false, "", {}},
    {401, "Unauthorized", 4, "RFC 9110 §15.5.2", true, false, "", {}},
    {402, "Payment Required", 4, "RFC 9110 §15.5.3", true, false, "R", {}},
    {403, "Forbidden", 4, "RFC 9110 §15.5.4", true, false, "", {}},
    {404, "Not Found", 4, "RFC 9110 §15.5.5", true, true, "", {}},
    {405, "Method Not Allowed", 4, "RFC 9110 §15.5.6", true, true, "", {}},
    {406, "Not Acceptable", 4, "RFC 9110 §15.5.7", true, false, "", {}},
    {407, "Proxy Authentication Required", 4, "RFC 9110 §15.5.8", true, false, "", {}},
    {408, "Request Timeout", 4, "RFC 9110 §15.5.9", true, false, "", {"Request Time-out"}},
    {409, "Conflict", 4, "RFC 9110 §15.5.10", true, false, "", {}},
    {410, "Gone", 4, "RFC 9110 §15.5.11", true, true, "", {}},
    {411, "Length Required", 4, "RFC 9110 §15.5.12", true, false, "", {}},
    {412, "Precondition Failed", 4, "RFC 9110 §15.5.13", true, false, "", {}},
    {413,
     "Content Too Large",
     4,
     "RFC 9110 §15.5.14",
     true,
     false,
     "",
     {"Request Entity Too Large", "Payload Too Large"}},
    {414,
     "URI Too Long",
     4,
     "RFC 9110 §15.5.15",
     true,
     true,
     "",
     {"Request-URI Too Large", "Request-URI Too Long"}},
    {415, "Unsupported Media Type", 4, "RFC 9110 §15.5.16", true, false, "", {}},
    {416,
     "Range Not Satisfiable",
     4,
     "RFC 9110 §15.5.17",
     true,
     false,
     "",
     {"Requested range not satisfiable", "Requested Range Not Satisfiable"}},
    {417, "Expectation Failed", 4, "RFC 9110 §15.5.18", true, false, "", {}},
    {418, "(Unused)", 4, "RFC 9110 §15.5.19", true, false, "U", {"I'm a teapot"}},
    {421, "Misdirected Request", 4, "RFC 9110 §15.5.20", true, false, "", {}},
    {422,
     "Unprocessable Content",
     4,
     "RFC 9110 §15.5.21",
     true,
     false,
     "",
     {"Unprocessable Entity"}},
    {423, "Locked", 4, "RFC 4918 §11.3", true, false, "", {}},
    {424, "Failed Dependency", 4, "RFC 4918 §11.4", true, false, "", {}},
    // The registry's history: "Unordered Collection" is recognised, never emitted.
    {425, "Too Early", 4, "RFC 8470 §5.2", true, false, "", {"Unordered Collection"}},
    {426, "Upgrade Required", 4, "RFC 9110 §15.5.22", true, false, "", {}},
    {428, "Precondition Required", 4, "RFC 6585 §3", true, false, "N", {}},
    {429, "Too Many Requests", 4, "RFC 6585 §4", true, false, "N", {}},
    {431, "Request Header Fields Too Large", 4, "RFC 6585 §5", true, false, "N", {}},
    {451,
     "Unavailable For Legal Reasons",
     4,
     "RFC 7725 §3",
     true,
     true,
     "",
     {"Unavailable for Legal Reasons"}},
    {500, "Internal Server Error", 5, "RFC 9110 §15.6.1", true, false, "", {}},
    {501, "Not Implemented", 5, "RFC 9110 §15.6.2", true, true, "", {}},
    {502, "Bad Gateway", 5, "RFC 9110 §15.6.3", true, false, "", {}},
    {503, "Service Unavailable", 5, "RFC 9110 §15.6.4", true, false, "", {}},
    {504, "Gateway Timeout", 5, "RFC 9110 §15.6.5", true, false, "", {"Gateway Time-out"}},
    {505,
     "HTTP Version Not Supported",
     5,
     "RFC 9110 §15.6.6",
     true,
     false,
     "",
     {"HTTP Version not supported"}},
    {506, "Variant Also Negotiates", 5, "RFC 2295 §8.1", true, false, "X", {}},
    {507, "Insufficient Storage", 5, "RFC 4918 §11.5", true, false, "", {}},
    {508, "Loop Detected", 5, "RFC 5842 §7.2", true, false, "X", {}},
    {510, "Not Extended", 5, "RFC 2774 §7", true, false, "DO", {"Not Extended (OBSOLETED)"}},
    {511, "Network Authentication Required", 5, "RFC 6585 §6", true, false, "N", {}},
};

bool flag(std::string_view flags, char f) { return flags.find(f) != std::string_view::npos; }

}  // namespace

TEST_CASE("status: the registry holds the 64 registered codes in ascending order", "[status]") {
  REQUIRE(table_a.size() == 64);
  REQUIRE(statuses().size() == 64);
  for (std::size_t i = 1; i < statuses().size(); ++i) {
    INFO(statuses()[i].code);
    CHECK(statuses()[i - 1].code < statuses()[i].code);
  }
  for (std::size_t i = 0; i < table_a.size(); ++i) CHECK(statuses()[i].code == table_a[i].code);
}

TEST_CASE("status: every registered entry matches the registry field by field", "[status]") {
  for (auto const& e : table_a) {
    INFO("code " << e.code);
    auto const* s = find_status(e.code);
    REQUIRE(s != nullptr);
    CHECK(s->code == e.code);
    CHECK(s->reason == e.phrase);
    CHECK(static_cast<int>(s->cls) == e.cls);
    CHECK(class_of(e.code) == s->cls);
    CHECK(s->spec == e.def);
    CHECK(s->content_allowed() == e.content);
    CHECK(content_allowed(e.code) == e.content);
    CHECK(s->heuristically_cacheable() == e.heur);
    CHECK(heuristically_cacheable(e.code) == e.heur);
    CHECK(s->deprecated() == flag(e.flags, 'D'));
    CHECK(s->unused() == flag(e.flags, 'U'));
    CHECK(s->reserved() == flag(e.flags, 'R'));
    CHECK(s->experimental() == flag(e.flags, 'X'));
    CHECK(s->temporary() == flag(e.flags, 'T'));
    CHECK(s->obsoleted() == flag(e.flags, 'O'));
    CHECK(s->never_stored() == flag(e.flags, 'N'));
    std::vector<std::string_view> const hist(s->historical_reasons.begin(),
                                             s->historical_reasons.end());
    CHECK(hist == e.historical);
    for (auto h : e.historical) CHECK(s->is_historical_reason(h));
    // The current phrase is not a historical one, and matching is case-sensitive.
    CHECK_FALSE(s->is_historical_reason(e.phrase));
    CHECK(ends_at_header(e.code) == (e.code < 200 || e.code == 204 || e.code == 304));
  }
}

TEST_CASE("status: historical reason phrases are recognised", "[status]") {
  struct {
    int code;
    std::string_view phrase;
  } const known[] = {
      {413, "Payload Too Large"},
      {413, "Request Entity Too Large"},
      {422, "Unprocessable Entity"},
      {416, "Requested Range Not Satisfiable"},
      {416, "Requested range not satisfiable"},
      {302, "Moved Temporarily"},
      {306, "Switch Proxy"},
      {418, "I'm a teapot"},
      {414, "Request-URI Too Long"},
      {414, "Request-URI Too Large"},
      {408, "Request Time-out"},
      {504, "Gateway Time-out"},
      {505, "HTTP Version not supported"},
      {451, "Unavailable for Legal Reasons"},
      {510, "Not Extended (OBSOLETED)"},
      {425, "Unordered Collection"},
  };
  for (auto const& k : known) {
    INFO(k.code << ' ' << k.phrase);
    REQUIRE(find_status(k.code));
    CHECK(find_status(k.code)->is_historical_reason(k.phrase));
  }
  // Case-sensitive, whole phrase, and tied to its own code.
  CHECK_FALSE(find_status(413)->is_historical_reason("payload too large"));
  CHECK_FALSE(find_status(413)->is_historical_reason("Payload Too"));
  CHECK_FALSE(find_status(413)->is_historical_reason(""));
  CHECK_FALSE(find_status(404)->is_historical_reason("Payload Too Large"));
  CHECK_FALSE(find_status(200)->is_historical_reason("OK"));
}

TEST_CASE("status: unregistered codes in 100-599 answer by their class", "[status]") {
  for (int code : {105, 150, 199, 209, 225, 227, 299, 309, 399, 419, 420, 427, 430, 450, 452, 499,
                   509, 512, 599}) {
    INFO("code " << code);
    CHECK(find_status(code) == nullptr);
    CHECK(is_valid_status(code));
    REQUIRE(class_of(code));
    CHECK(static_cast<int>(*class_of(code)) == code / 100);
    CHECK(content_allowed(code) == (code >= 200));
    CHECK_FALSE(heuristically_cacheable(code));
  }
  // Every code of 100-599 that is not in the table above is unregistered.
  std::size_t registered = 0;
  for (int code = 100; code <= 599; ++code) registered += find_status(code) != nullptr;
  CHECK(registered == 64);
}

TEST_CASE("status: codes outside 100-599 are invalid everywhere", "[status]") {
  for (int code : {0, 99, 600, 999, 1000, 65535, -1, -200}) {
    INFO("code " << code);
    CHECK_FALSE(is_valid_status(code));
    CHECK_FALSE(class_of(code).has_value());
    CHECK(find_status(code) == nullptr);
    CHECK_FALSE(content_allowed(code));
    CHECK_FALSE(heuristically_cacheable(code));
    CHECK_FALSE(ends_at_header(code));
  }
}

TEST_CASE("status: the flag helpers combine and test bits", "[status]") {
  constexpr auto f = status_flag::content_allowed | status_flag::deprecated;
  STATIC_REQUIRE(has(f, status_flag::content_allowed));
  STATIC_REQUIRE(has(f, status_flag::deprecated));
  STATIC_REQUIRE_FALSE(has(f, status_flag::unused));
  STATIC_REQUIRE_FALSE(has(status_flag::none, status_flag::content_allowed));
}

// The seen-in-practice table is not the registry: none of its codes is registered, and the
// registry's answers do not change because of it.
static_assert(find_status(520) == nullptr && find_status(499) == nullptr);
static_assert(find_seen_status(520)->instead == 502);
static_assert(!find_seen_status(499)->on_wire);
static_assert(find_seen_status(401) == nullptr);  // registered: the IIS sub-status is not 401
static_assert(find_seen_status("401.1")->code == 401);

TEST_CASE("status: unregistered codes seen in practice", "[status]") {
  for (int code : {444, 499, 520, 521, 522, 523, 524, 525, 526, 527, 530}) {
    INFO("code " << code);
    CHECK(find_status(code) == nullptr);
    auto const* s = find_seen_status(code);
    REQUIRE(s != nullptr);
    CHECK(s->code == code);
    CHECK(s->label == std::to_string(code));
    CHECK_FALSE(s->sub_status());
    CHECK_FALSE(s->name.empty());
    CHECK_FALSE(s->sender.empty());
    CHECK_FALSE(s->meaning.empty());
    CHECK_FALSE(s->advice.empty());
    // What to send instead is registered, in the same class; nginx's codes send nothing.
    if (s->on_wire) {
      REQUIRE(find_status(s->instead) != nullptr);
      CHECK(s->instead / 100 == code / 100);
    } else {
      CHECK(s->instead == 0);
    }
  }
  for (auto const& s : seen_statuses()) {
    INFO(s.label);
    CHECK(find_seen_status(s.label) == &s);
    if (!s.sub_status()) continue;
    // A sub-status never reaches the wire: the status line carries its registered code.
    CHECK_FALSE(s.on_wire);
    CHECK(find_status(s.code) != nullptr);
    CHECK(s.instead == s.code);
    CHECK(s.label.starts_with(std::to_string(s.code) + "."));
  }
  // The registry answers as before: 64 codes, none of the table's.
  CHECK(statuses().size() == 64);
  CHECK(find_seen_status(598) == nullptr);
  CHECK(find_seen_status("404") == nullptr);
}
