//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TESTS_CLI_JSON_VALIDATOR_HPP
#define RESPOLICY_TESTS_CLI_JSON_VALIDATOR_HPP

// A validator for the part of JSON Schema (2020-12) that docs/lint-json-schema.json uses: type,
// enum, required, properties, additionalProperties: false, items, minimum, minLength and local
// $ref. Shared by the tests of --format json (json_schema.cpp) and of --probe (probe.cpp).

#include "process.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace respolicy::test {

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
inline bool is_utf8(std::string_view s) {
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

/** The schema of docs/lint-json-schema.json. */
inline validator load_schema() {
  auto const text =
      respolicy::test::read_all(std::string(RESPOLICY_DOCS_DIR) + "/lint-json-schema.json");
  REQUIRE(!text.empty());
  return validator(json::parse(text));
}

}  // namespace respolicy::test

#endif
