//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include "detail/json_object.hpp"

#include <catch2/catch.hpp>

#include <cstddef>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

using namespace respolicy::detail;

namespace {

// Inputs are copied into exact-size heap buffers so AddressSanitizer sees any read past the end.
class exact_buffer {
 public:
  explicit exact_buffer(std::string_view s)
      : data_(new char[s.size() ? s.size() : 1]), size_(s.size()) {
    if (!s.empty()) std::memcpy(data_.get(), s.data(), s.size());
  }
  std::string_view view() const { return {data_.get(), size_}; }

 private:
  std::unique_ptr<char[]> data_;
  std::size_t size_;
};

struct read_result {
  std::shared_ptr<exact_buffer> text;  // the members point into it
  std::vector<json::member> members;
  json::error error;
  std::size_t offset;
};

read_result read(std::string_view text, json::limits l = {}) {
  read_result out;
  out.text = std::make_shared<exact_buffer>(text);
  json::object_reader r(out.text->view(), l);
  json::member m;
  while (r.next(m)) out.members.push_back(m);
  out.error = r.failure();
  out.offset = r.offset();
  // Once done the reader stays done.
  CHECK_FALSE(r.next(m));
  return out;
}

json::error error_of(std::string_view text, json::limits l = {}) { return read(text, l).error; }

std::string decoded(std::string_view raw) {
  exact_buffer const buf(raw);
  auto s = buf.view();
  std::u32string out;
  while (!s.empty()) out.push_back(json::next_char(s));
  std::string utf8;
  for (char32_t c : out) {
    if (c < 0x80) {
      utf8.push_back(static_cast<char>(c));
    } else {
      utf8 += "U+" + std::to_string(static_cast<unsigned long>(c));
    }
  }
  return utf8;
}

}  // namespace

TEST_CASE("json reader: members of a well-formed object", "[json]") {
  auto const r = read(R"( {"type": "https://example.com/probs/out-of-credit",
    "title": "You do not have enough credit.", "status": 403, "balance": 30.5e-1,
    "accounts": ["/account/12345", {"a": [true, false, null]}], "ok": true, "none": null,
    "nested": {"x": {"y": []}}} )");
  REQUIRE(r.error == json::error::none);
  REQUIRE(r.members.size() == 8);
  CHECK(r.members[0].name == "type");
  CHECK(r.members[0].type == json::kind::string);
  CHECK(r.members[0].value == "https://example.com/probs/out-of-credit");
  CHECK(r.members[2].type == json::kind::number);
  CHECK(r.members[2].value == "403");
  CHECK(r.members[3].value == "30.5e-1");
  CHECK(r.members[4].type == json::kind::array);
  CHECK(r.members[4].value == R"(["/account/12345", {"a": [true, false, null]}])");
  CHECK(r.members[5].type == json::kind::boolean);
  CHECK(r.members[6].type == json::kind::null);
  CHECK(r.members[7].type == json::kind::object);
  CHECK(r.members[7].value == R"({"x": {"y": []}})");
}

TEST_CASE("json reader: empty object, whitespace, kinds", "[json]") {
  CHECK(read("{}").members.empty());
  CHECK(error_of("{}") == json::error::none);
  CHECK(error_of(" \t\r\n{ \t\r\n} \t\r\n") == json::error::none);
  CHECK(error_of(R"({"":""})") == json::error::none);        // an empty name is allowed
  CHECK(error_of(R"({"a":1,"a":2})") == json::error::none);  // duplicates are the caller's call
  for (auto n : {"0", "-0", "1", "-1", "0.5", "1e5", "1E+5", "1e-5", "-12.34E56", "123456789"})
    CHECK(error_of(std::string(R"({"n":)") + n + "}") == json::error::none);
  CHECK(json::to_string(json::kind::array) == "array");
  CHECK(json::to_string(json::error::bad_surrogate) == "unpaired UTF-16 surrogate escape");
}

TEST_CASE("json reader: not an object, empty, BOM, trailing data", "[json]") {
  CHECK(error_of("") == json::error::empty);
  CHECK(error_of("   \n") == json::error::empty);
  CHECK(error_of("[]") == json::error::not_object);
  CHECK(error_of("\"a\"") == json::error::not_object);
  CHECK(error_of("404") == json::error::not_object);
  CHECK(error_of("null") == json::error::not_object);
  CHECK(error_of("\xEF\xBB\xBF{}") == json::error::byte_order_mark);
  CHECK(error_of("{} {}") == json::error::trailing_data);
  CHECK(error_of("{}x") == json::error::trailing_data);
  CHECK(error_of(R"({"a":1}})") == json::error::trailing_data);
  auto const r = read(R"({"a":1} x)");
  CHECK(r.members.size() == 1);  // members before the error were handed out
  CHECK(r.offset == 8);
}

TEST_CASE("json reader: malformed structure", "[json]") {
  CHECK(error_of(R"({"a" 1})") == json::error::unexpected_char);
  CHECK(error_of(R"({"a":1,})") == json::error::unexpected_char);  // trailing comma
  CHECK(error_of(R"({,"a":1})") == json::error::unexpected_char);
  CHECK(error_of(R"({"a":1 "b":2})") == json::error::unexpected_char);
  CHECK(error_of(R"({a:1})") == json::error::unexpected_char);  // unquoted name
  CHECK(error_of(R"({'a':1})") == json::error::unexpected_char);
  CHECK(error_of(R"({"a":[1,]})") == json::error::unexpected_char);
  CHECK(error_of(R"({"a":[1 2]})") == json::error::unexpected_char);
  CHECK(error_of(R"({"a":{"b"}})") == json::error::unexpected_char);
  CHECK(error_of(R"({"a":{1:2}})") == json::error::unexpected_char);
  CHECK(error_of(R"({"a":[}])") == json::error::unexpected_char);
  CHECK(error_of(R"({"a":True})") == json::error::unexpected_char);
  CHECK(error_of(R"({"a":nul1})") == json::error::unexpected_char);
  CHECK(error_of(R"({"a":undefined})") == json::error::unexpected_char);
  CHECK(error_of(R"({"a":+1})") == json::error::unexpected_char);
  CHECK(error_of(R"({"a":.5})") == json::error::unexpected_char);
  CHECK(error_of(R"({"a":NaN})") == json::error::unexpected_char);
  CHECK(error_of("{\"a\":1\x0b}") == json::error::unexpected_char);  // VT is not JSON whitespace
}

TEST_CASE("json reader: numbers", "[json]") {
  for (auto n : {"01", "-01", "00", "1.", "1.e5", "1e", "1e+", "-a", "1.5e+x"})
    CHECK(error_of(std::string(R"({"n":)") + n + "}") == json::error::bad_number);
  CHECK(error_of(R"({"n":-)") == json::error::unexpected_end);
  CHECK(error_of(R"({"n":0x10})") == json::error::unexpected_char);  // no hex numbers
  CHECK(json::to_integer("404") == 404);
  CHECK(json::to_integer("-7") == -7);
  CHECK(json::to_integer("0") == 0);
  CHECK_FALSE(json::to_integer("404.0"));
  CHECK_FALSE(json::to_integer("4e2"));
  CHECK_FALSE(json::to_integer("-"));
  CHECK_FALSE(json::to_integer(""));
  CHECK(json::to_integer("999999999999999999") == 999999999999999999);
  CHECK_FALSE(json::to_integer("9999999999999999999"));  // too long: no overflow, just nothing
}

TEST_CASE("json reader: truncated texts report the end, at every length", "[json]") {
  std::string_view const full =
      R"({"type":"about:blank","s":"a\u00e9\ud83d\ude00\n","n":-1.5e+3,"a":[true,false,null,{}]})";
  REQUIRE(error_of(full) == json::error::none);
  for (std::size_t n = 1; n < full.size(); ++n) {
    INFO("prefix of " << n << " bytes");
    auto const e = error_of(full.substr(0, n));
    // A cut inside a number can leave a valid shorter number followed by the end.
    CHECK((e == json::error::unexpected_end || e == json::error::bad_number ||
           e == json::error::bad_escape || e == json::error::bad_surrogate));
    CHECK(e != json::error::none);
  }
}

TEST_CASE("json reader: string escapes", "[json]") {
  CHECK(error_of(R"({"s":"\" \\ \/ \b \f \n \r \t \u0041 \u00e9 \uFFFF"})") == json::error::none);
  CHECK(error_of(R"({"s":"\a"})") == json::error::bad_escape);
  CHECK(error_of(R"({"s":"\x41"})") == json::error::bad_escape);
  CHECK(error_of(R"({"s":"\'"})") == json::error::bad_escape);
  CHECK(error_of(R"({"s":"\u12"})") == json::error::bad_escape);
  CHECK(error_of(R"({"s":"\u12G4"})") == json::error::bad_escape);
  CHECK(error_of(R"({"s":"\U0041"})") == json::error::bad_escape);
  CHECK(error_of(R"({"s":"\u00)") == json::error::unexpected_end);
  CHECK(error_of(R"({"s":"\)") == json::error::unexpected_end);
  CHECK(error_of(R"({"s":"abc)") == json::error::unexpected_end);
  CHECK(error_of("{\"s\":\"a\tb\"}") == json::error::control_char);
  CHECK(error_of("{\"s\":\"a\nb\"}") == json::error::control_char);
  CHECK(error_of(std::string_view("{\"s\":\"a\0b\"}", 11)) == json::error::control_char);
  CHECK(error_of("{\"s\":\"a\x7f\"}") == json::error::none);     // DEL need not be escaped
  CHECK(error_of("{\"a\tb\":1}") == json::error::control_char);  // names are strings too
}

TEST_CASE("json reader: surrogates", "[json]") {
  CHECK(error_of(R"({"s":"\ud83d\ude00"})") == json::error::none);
  CHECK(error_of(R"({"s":"\uD83D\uDE00"})") == json::error::none);
  CHECK(error_of(R"({"s":"\ud83d"})") == json::error::bad_surrogate);        // lone high
  CHECK(error_of(R"({"s":"\ude00"})") == json::error::bad_surrogate);        // lone low
  CHECK(error_of(R"({"s":"\ude00\ud83d"})") == json::error::bad_surrogate);  // reversed
  CHECK(error_of(R"({"s":"\ud83dx"})") == json::error::bad_surrogate);
  CHECK(error_of(R"({"s":"\ud83d\u0041"})") == json::error::bad_surrogate);
  CHECK(error_of(R"({"s":"\ud83d\ud83d"})") == json::error::bad_surrogate);
  CHECK(error_of(R"({"s":"\ud83d\n"})") == json::error::bad_surrogate);
  CHECK(error_of(R"({"s":"\ud83d\u"})") == json::error::bad_surrogate);
  CHECK(error_of(R"({"s":"\ud83d)") == json::error::unexpected_end);
  CHECK(error_of(R"({"s":"\ud83d\)") == json::error::unexpected_end);
  CHECK(error_of(R"({"s":"\ud83d\ude0)") == json::error::unexpected_end);
}

TEST_CASE("json reader: UTF-8", "[json]") {
  CHECK(error_of("{\"s\":\"\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\"}") == json::error::none);
  CHECK(error_of("{\"s\":\"\xC3\"}") == json::error::bad_utf8);              // truncated
  CHECK(error_of("{\"s\":\"\xC0\xAF\"}") == json::error::bad_utf8);          // overlong
  CHECK(error_of("{\"s\":\"\xE0\x80\xAF\"}") == json::error::bad_utf8);      // overlong
  CHECK(error_of("{\"s\":\"\xED\xA0\x80\"}") == json::error::bad_utf8);      // encoded surrogate
  CHECK(error_of("{\"s\":\"\xF4\x90\x80\x80\"}") == json::error::bad_utf8);  // above U+10FFFF
  CHECK(error_of("{\"s\":\"\xF5\x80\x80\x80\"}") == json::error::bad_utf8);
  CHECK(error_of("{\"s\":\"\x80\"}") == json::error::bad_utf8);  // lone continuation
  CHECK(error_of("{\"s\":\"\xFF\"}") == json::error::bad_utf8);
  CHECK(error_of("{\"s\":\"\xE2\x82") == json::error::bad_utf8);  // cut at the end of the text
  CHECK(error_of("{\"s\":1\xC3\xA9}") == json::error::unexpected_char);  // outside strings
}

TEST_CASE("json reader: nesting depth", "[json]") {
  auto const nested = [](std::size_t depth, char open, char close) {
    // The top-level object is depth 1; each further level adds one.
    std::string s = "{\"a\":";
    for (std::size_t i = 1; i < depth; ++i) s += open == '{' ? std::string("{\"a\":") : "[";
    s += "1";
    for (std::size_t i = 1; i < depth; ++i) s += close;
    return s + "}";
  };
  CHECK(error_of(nested(32, '[', ']')) == json::error::none);
  CHECK(error_of(nested(33, '[', ']')) == json::error::too_deep);
  CHECK(error_of(nested(32, '{', '}')) == json::error::none);
  CHECK(error_of(nested(33, '{', '}')) == json::error::too_deep);
  CHECK(error_of(nested(2, '[', ']'), {.max_depth = 1}) == json::error::too_deep);
  CHECK(error_of("{}", {.max_depth = 0}) == json::error::too_deep);
  // Deep nesting never recurses past the limit, whatever the input: no stack exhaustion.
  std::string deep = "{\"a\":" + std::string(1'000'000, '[');
  CHECK(error_of(deep) == json::error::too_large);
  CHECK(error_of(deep, {.max_size = deep.size(), .max_depth = 1000}) == json::error::too_deep);
}

TEST_CASE("json reader: size limit", "[json]") {
  std::string big = "{\"detail\":\"" + std::string(70'000, 'x') + "\"}";
  CHECK(error_of(big) == json::error::too_large);
  CHECK(read(big).members.empty());
  CHECK(error_of(big, {.max_size = big.size()}) == json::error::none);
  CHECK(error_of(big, {.max_size = big.size() - 1}) == json::error::too_large);
  // A huge array of small values within the limit is read in one pass.
  std::string many = "{\"a\":[";
  for (int i = 0; i < 10'000; ++i) many += i ? ",0" : "0";
  many += "]}";
  CHECK(error_of(many) == json::error::none);
}

TEST_CASE("json reader: decoding strings", "[json]") {
  CHECK(decoded("plain") == "plain");
  CHECK(decoded(R"(a\"b\\c\/d)") == "a\"b\\c/d");
  CHECK(decoded(R"(\b\f\n\r\t)") == "\b\f\n\r\t");
  CHECK(decoded(R"(\u0041\u00e9)") == "AU+233");
  CHECK(decoded(R"(\ud83d\ude00)") == "U+128512");
  CHECK(decoded("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80") == "U+233U+8364U+128512");
  // Unvalidated input stays in bounds and yields U+FFFD.
  CHECK(decoded(R"(\u12)") == "U+6553312");
  CHECK(decoded("\xC3") == "U+65533");
  CHECK(decoded(R"(\ud83d)") == "U+65533");
  CHECK(json::string_equals("about:blank", "about:blank"));
  CHECK(json::string_equals(R"(about\u003ablank)", "about:blank"));
  CHECK(json::string_equals(R"(https:\/\/example.com\/a)", "https://example.com/a"));
  CHECK_FALSE(json::string_equals(R"(about\u003ablank)", "about:blan"));
  CHECK_FALSE(json::string_equals(R"(about\u003ablan)", "about:blank"));
  CHECK_FALSE(json::string_equals("About:blank", "about:blank"));
}

TEST_CASE("json reader: mutated documents stay in bounds", "[json]") {
  // Every single-byte change, insertion and deletion of a document that uses each construct:
  // the reader must stop inside the text, and a text it accepts must hand out views into it.
  std::string const doc =
      R"({"type":"https:\/\/x.example\/p","status":404,"n":[-0.5e+2,true,false,null,{"k":"\ud83d\ude00"}],"t":"caf)"
      "\xC3\xA9"
      R"("})";
  REQUIRE(error_of(doc) == json::error::none);
  std::string_view const bytes = "{}[]\":,\\-+.0123456789eEtfnu \t\x01\x7f\xC3\xA9\xED\xA0\x80";
  std::size_t accepted = 0;
  auto const probe = [&](std::string const& text) {
    auto const r = read(text);
    CHECK(r.offset <= text.size());
    if (r.error != json::error::none) return;
    ++accepted;
    auto const whole = r.text->view();
    for (auto const& m : r.members) {
      CHECK(m.name.data() >= whole.data());
      CHECK(m.value.data() + m.value.size() <= whole.data() + whole.size());
    }
  };
  for (std::size_t i = 0; i < doc.size(); ++i) {
    for (char b : bytes) {
      std::string changed = doc;
      changed[i] = b;
      probe(changed);
      std::string inserted = doc;
      inserted.insert(inserted.begin() + static_cast<std::ptrdiff_t>(i), b);
      probe(inserted);
    }
    std::string removed = doc;
    removed.erase(i, 1);
    probe(removed);
  }
  // Some mutations keep the document valid (a digit for a digit, a space in whitespace).
  CHECK(accepted > 0);
}
