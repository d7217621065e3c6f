//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// respolicy-lint --format json against docs/lint-json-schema.json, with a validator for the part
// of JSON Schema (2020-12) the schema uses: type, enum, required, properties,
// additionalProperties: false, items, minimum, minLength and local $ref.

#include "process.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace {

namespace json = boost::json;

class validator {
 public:
  explicit validator(json::value schema) : root_(std::move(schema)) {}

  /** The problems found, each with its JSON pointer; empty when `v` conforms. */
  std::vector<std::string> check(json::value const& v) {
    errors_.clear();
    walk(root_, v, "");
    return errors_;
  }

 private:
  static bool has_type(json::value const& v, std::string_view t) {
    if (t == "object") return v.is_object();
    if (t == "array") return v.is_array();
    if (t == "string") return v.is_string();
    if (t == "integer") return v.is_int64() || v.is_uint64();
    if (t == "number") return v.is_number();
    if (t == "boolean") return v.is_bool();
    if (t == "null") return v.is_null();
    return false;
  }

  json::value const& resolve(json::value const& s) {
    auto const* o = s.if_object();
    if (!o) return s;
    auto const* ref = o->if_contains("$ref");
    if (!ref) return s;
    std::string_view r = ref->as_string();
    REQUIRE(r.starts_with("#/"));
    return root_.at_pointer(r.substr(1));
  }

  void fail(std::string const& at, std::string const& what) {
    errors_.push_back((at.empty() ? "/" : at) + ": " + what);
  }

  void walk(json::value const& schema_in, json::value const& v, std::string const& at) {
    auto const& schema = resolve(schema_in);
    auto const& s = schema.as_object();
    for (auto const& [key, _] : s) {
      static constexpr std::string_view known[] = {"$schema",
                                                   "$id",
                                                   "title",
                                                   "description",
                                                   "$defs",
                                                   "$ref",
                                                   "type",
                                                   "enum",
                                                   "required",
                                                   "properties",
                                                   "additionalProperties",
                                                   "items",
                                                   "minimum",
                                                   "minLength"};
      bool ok = false;
      for (auto k : known) ok |= key == k;
      if (!ok) fail(at, "the schema uses \"" + std::string(key) + "\", which this validator lacks");
    }
    if (auto const* t = s.if_contains("type")) {
      bool ok = false;
      if (t->is_string())
        ok = has_type(v, t->as_string());
      else
        for (auto const& one : t->as_array()) ok |= has_type(v, one.as_string());
      if (!ok) return fail(at, "wrong type: " + json::serialize(v).substr(0, 60));
    }
    if (auto const* e = s.if_contains("enum")) {
      bool ok = false;
      for (auto const& one : e->as_array()) ok |= one == v;
      if (!ok) fail(at, "not one of " + json::serialize(*e));
    }
    if (auto const* m = s.if_contains("minimum"); m && v.is_number()) {
      if (v.to_number<double>() < m->to_number<double>()) fail(at, "below the minimum");
    }
    if (auto const* m = s.if_contains("minLength"); m && v.is_string()) {
      if (v.as_string().size() < m->to_number<std::size_t>()) fail(at, "too short");
    }
    if (auto const* o = v.if_object()) {
      if (auto const* req = s.if_contains("required"))
        for (auto const& k : req->as_array())
          if (!o->contains(k.as_string())) fail(at, "lacks \"" + std::string(k.as_string()) + "\"");
      auto const* props = s.if_contains("properties");
      auto const* extra = s.if_contains("additionalProperties");
      for (auto const& [key, value] : *o) {
        auto const* p = props ? props->as_object().if_contains(key) : nullptr;
        if (p)
          walk(*p, value, at + "/" + std::string(key));
        else if (extra && extra->is_bool() && !extra->as_bool())
          fail(at, "unexpected member \"" + std::string(key) + "\"");
      }
    }
    if (auto const* a = v.if_array())
      if (auto const* items = s.if_contains("items"))
        for (std::size_t i = 0; i < a->size(); ++i)
          walk(*items, (*a)[i], at + "/" + std::to_string(i));
  }

  json::value root_;
  std::vector<std::string> errors_;
};

// Strict UTF-8 (Unicode §3.9, Table 3-7): no stray continuation bytes, no overlong forms, no
// surrogates, nothing past U+10FFFF.
bool is_utf8(std::string_view s) {
  auto at = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  for (std::size_t i = 0; i < s.size();) {
    unsigned const c = at(i);
    std::size_t n = 0;
    unsigned lo = 0x80, hi = 0xbf;
    if (c < 0x80)
      n = 1;
    else if (c >= 0xc2 && c <= 0xdf)
      n = 2;
    else if (c == 0xe0)
      n = 3, lo = 0xa0;
    else if (c == 0xed)
      n = 3, hi = 0x9f;
    else if (c >= 0xe1 && c <= 0xef)
      n = 3;
    else if (c == 0xf0)
      n = 4, lo = 0x90;
    else if (c == 0xf4)
      n = 4, hi = 0x8f;
    else if (c >= 0xf1 && c <= 0xf3)
      n = 4;
    else
      return false;
    if (i + n > s.size()) return false;
    for (std::size_t k = 1; k < n; ++k) {
      unsigned const b = at(i + k);
      if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xbf)) return false;
    }
    i += n;
  }
  return true;
}

validator load() {
  auto const text =
      respolicy::test::read_all(std::string(RESPOLICY_DOCS_DIR) + "/lint-json-schema.json");
  REQUIRE(!text.empty());
  return validator(json::parse(text));
}

}  // namespace

TEST_CASE("respolicy-lint --format json conforms to docs/lint-json-schema.json", "[lint][json]") {
  auto v = load();
  std::string const corpus = RESPOLICY_CLI_CORPUS;
  std::vector<std::vector<std::string>> runs = {
      {corpus + "/ok_200.http"},
      {corpus + "/no_content_204.http", corpus + "/obs_fold.http", corpus + "/bare_lf.http"},
      {corpus + "/garbage_then_ok.http", corpus + "/truncated_header.http"},
      {corpus + "/sample.har"},
      {"--policy", "strict", corpus + "/redirect_chain.http", corpus + "/empty.http"},
      {"--request", corpus + "/requests.http", corpus + "/responses_for_requests.http"},
  };
  for (auto args : runs) {
    args.insert(args.begin(), {"--format", "json"});
    auto const r = respolicy::test::run_lint(args);
    INFO(r.out << r.err);
    REQUIRE((r.status == 0 || r.status == 1));
    boost::system::error_code ec;
    auto const doc = json::parse(r.out, ec);
    REQUIRE(!ec);
    auto const problems = v.check(doc);
    for (auto const& p : problems) UNSCOPED_INFO(p);
    CHECK(problems.empty());
    // Every response is there, each with every severity the policy reports.
    auto const& summary = doc.at("summary");
    CHECK(doc.at("responses").as_array().size() ==
          summary.at("responses").to_number<std::size_t>());
  }
}

TEST_CASE("the schema validator rejects what the schema forbids", "[lint][json]") {
  auto v = load();
  auto const good = json::parse(R"({"tool":"respolicy-lint","version":"0.1.0","policy":"standard",
    "responses":[{"source":"a","index":1,"offset":0,"status":405,"reason":"Method Not Allowed",
      "version":"HTTP/1.1","method":null,"url":null,"diagnostics":[{"rule":"405-allow-required",
      "severity":"error","message":"m","citation":"RFC 9110 §15.5.6","field":null,"detail":null,
      "field_line":null,"offset":null}],"invalid_utf8":false}],
    "summary":{"responses":1,"inputs":1,"errors":1,"warnings":0,"infos":0}})");
  CHECK(v.check(good).empty());
  auto bad = good;
  bad.at_pointer("/responses/0/diagnostics/0").as_object().erase("rule");
  CHECK_FALSE(v.check(bad).empty());
  bad = good;
  bad.at_pointer("/responses/0/diagnostics/0/severity") = "fatal";
  CHECK_FALSE(v.check(bad).empty());
  bad = good;
  bad.at_pointer("/responses/0/index") = 0;
  CHECK_FALSE(v.check(bad).empty());
  bad = good;
  bad.at_pointer("/responses/0").as_object()["extra"] = 1;
  CHECK_FALSE(v.check(bad).empty());
  bad = good;
  bad.at_pointer("/responses/0/status") = "405";
  CHECK_FALSE(v.check(bad).empty());
  bad = good;
  bad.at_pointer("/responses/0").as_object().erase("invalid_utf8");
  CHECK_FALSE(v.check(bad).empty());
  bad = good;
  bad.at_pointer("/responses/0").as_object().erase("url");
  CHECK_FALSE(v.check(bad).empty());
  bad = good;
  bad.at_pointer("/responses/0/url") = 1;
  CHECK_FALSE(v.check(bad).empty());
  auto with_url = good;
  with_url.at_pointer("/responses/0/url") = "https://example.com/a";
  CHECK(v.check(with_url).empty());
}

TEST_CASE("respolicy-lint --format json is UTF-8 whatever the input holds", "[lint][json]") {
  auto v = load();
  // Not UTF-8: a lone 0xFF in the reason phrase, a broken two-byte sequence and an encoded
  // surrogate in a field value. Then UTF-8 that a cut after 200 bytes would split.
  std::string const path = respolicy::test::temp_path("utf8.http");
  std::ofstream(path, std::ios::binary)
      << "HTTP/1.1 200 O\xffK\r\nDate: Tue, 15 Nov 1994 08:12:31 GMT\r\n"
         "X-Bytes: a\xc3(b\xed\xa0\x80\r\nContent-Length: 0\r\n\r\n"
         "HTTP/1.1 200 OK\r\nDate: Tue, 15 Nov 1994 08:12:31 GMT\r\nX-Long: "
      << std::string(199, 'a') << "\xc3\xa9\r\nContent-Length: 0\r\n\r\n";
  auto const r = respolicy::test::run_lint({"--format", "json", path});
  std::remove(path.c_str());
  INFO(r.out << r.err);
  REQUIRE((r.status == 0 || r.status == 1));
  CHECK(is_utf8(r.out));
  boost::system::error_code ec;
  auto const doc = json::parse(r.out, ec);  // Boost.JSON rejects invalid UTF-8 by default
  REQUIRE(!ec);
  auto const problems = v.check(doc);
  for (auto const& p : problems) UNSCOPED_INFO(p);
  CHECK(problems.empty());
  auto const& responses = doc.at("responses").as_array();
  REQUIRE(responses.size() == 2);
  // Each byte that is not UTF-8 is U+FFFD, and the entry says so.
  CHECK(responses[0].at("reason") == "O\xef\xbf\xbdK");
  CHECK(responses[0].at("invalid_utf8") == true);
  bool bytes_line = false;
  for (auto const& d : responses[0].at("diagnostics").as_array())
    if (auto const* line = d.as_object().if_contains("field_line"); line && line->is_string())
      bytes_line |=
          line->as_string() == "X-Bytes: a\xef\xbf\xbd(b\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd";
  CHECK(bytes_line);
  // UTF-8 cut to length is cut between characters, not inside one.
  CHECK(responses[1].at("invalid_utf8") == false);
}
