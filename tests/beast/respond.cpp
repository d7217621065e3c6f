//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/beast/respond.hpp>

#include <respolicy/validate.hpp>

#include <boost/beast/http.hpp>
#include <catch2/catch.hpp>

#include <chrono>
#include <concepts>
#include <functional>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace {

namespace http = boost::beast::http;
namespace respond = respolicy::beast::respond;
using namespace std::chrono_literals;
using std::chrono::sys_days;
using std::chrono::sys_seconds;

// Fri, 27 Nov 2026 14:05:00 GMT
constexpr sys_seconds fixed_now = sys_days{2026y / 11 / 27} + 14h + 5min;
constexpr std::string_view fixed_date = "Fri, 27 Nov 2026 14:05:00 GMT";
sys_seconds fixed_clock() { return fixed_now; }

respolicy::policy const& strict() { return respolicy::policy::strict(); }

std::string_view sv(boost::beast::string_view s) { return {s.data(), s.size()}; }

// A response_view over a Beast response, built here so these tests depend only on the core.
struct response_snapshot {
  std::vector<respolicy::field_view> fields;
  std::string body;
  respolicy::response_view view;

  template <class Body>
  explicit response_snapshot(http::response<Body> const& res) {
    for (auto const& f : res) fields.push_back({sv(f.name_string()), sv(f.value())});
    std::optional<std::uint64_t> size;
    if constexpr (std::is_same_v<Body, http::string_body>) {
      body = res.body();
      size = body.size();
    } else if constexpr (std::is_same_v<Body, http::empty_body>) {
      size = 0;
    }
    view = respolicy::response_view{static_cast<int>(res.result_int()),
                                    sv(res.reason()),
                                    static_cast<int>(res.version()),
                                    fields,
                                    size,
                                    {},
                                    body};
  }
  response_snapshot(response_snapshot const&) = delete;
};

struct request_snapshot {
  std::vector<respolicy::field_view> fields;
  respolicy::request_context context;

  template <class Body>
  explicit request_snapshot(http::request<Body> const& req,
                            respolicy::response_view const* equivalent_200 = nullptr) {
    for (auto const& f : req) fields.push_back({sv(f.name_string()), sv(f.value())});
    context = respolicy::request_context{sv(req.method_string()), static_cast<int>(req.version()),
                                         fields, equivalent_200};
  }
  request_snapshot(request_snapshot const&) = delete;
};

template <class Body>
respolicy::report validate(http::response<Body> const& res,
                           http::request<http::empty_body> const& req,
                           respolicy::policy const& pol = strict(),
                           respolicy::response_view const* equivalent_200 = nullptr) {
  response_snapshot const r{res};
  request_snapshot const q{req, equivalent_200};
  return respolicy::validate(r.view, &q.context, pol);
}

// Clean: nothing worse than advice. Under strict() every SHOULD is an error already.
#define REQUIRE_CLEAN(rep)                              \
  do {                                                  \
    auto const& rep_ = (rep);                           \
    INFO(rep_.to_string());                             \
    REQUIRE(rep_.worst() <= respolicy::severity::info); \
  } while (false)

using field_list = std::vector<std::pair<http::field, std::string>>;

http::request<http::empty_body> make_request(http::verb method, unsigned version,
                                             field_list const& fields = {}) {
  http::request<http::empty_body> req{method, "/resource", version};
  req.set(http::field::host, "example.com");
  for (auto const& [f, v] : fields) req.insert(f, v);
  return req;
}

// The request shapes every builder answers: both versions, GET and HEAD, and the connection
// options that change the answer's.
struct variant {
  char const* name;
  http::verb method;
  unsigned version;
  char const* connection;  // the request's Connection, or nullptr
  bool keep_alive;         // whether the answer keeps the connection
};

constexpr variant all_variants[] = {
    {"GET HTTP/1.1", http::verb::get, 11, nullptr, true},
    {"HEAD HTTP/1.1", http::verb::head, 11, nullptr, true},
    {"GET HTTP/1.1, Connection: close", http::verb::get, 11, "close", false},
    {"GET HTTP/1.0", http::verb::get, 10, nullptr, false},
    {"HEAD HTTP/1.0", http::verb::head, 10, nullptr, false},
    {"GET HTTP/1.0, Connection: keep-alive", http::verb::get, 10, "keep-alive", true},
};

bool has_option(http::fields const& f, std::string_view option) {
  auto const lines = f.equal_range(http::field::connection);
  for (auto it = lines.first; it != lines.second; ++it)
    if (http::token_list options{it->value()}; options.exists(option)) return true;
  return false;
}

std::string serialize(auto const& res) {
  std::ostringstream os;
  os << res;
  return os.str();
}

/** Builds the answer to every variant and checks what every builder promises: clean under
    strict(), the request's version, the connection option mirrored, Date from the clock, and a
    HEAD answer with the GET answer's Content-Length and no content. */
struct variant_options {
  field_list extra = {};  // request fields every variant carries
  bool http10 = true;     // answer HTTP/1.0 requests too
  bool head = true;       // answer HEAD requests too
  respolicy::response_view const* equivalent_200 = nullptr;
};

template <class Build>
void check_variants(Build build, variant_options const& o = {}) {
  respond::settings const s{nullptr, &fixed_clock};
  for (auto const& v : all_variants) {
    if ((!o.http10 && v.version == 10) || (!o.head && v.method == http::verb::head)) continue;
    SECTION(v.name) {
      auto fields = o.extra;
      if (v.connection) fields.emplace_back(http::field::connection, v.connection);
      auto const req = make_request(v.method, v.version, fields);
      auto const res = build(respond::context{req, s});
      REQUIRE_CLEAN(validate(res, req, strict(), o.equivalent_200));
      CHECK(res.version() == v.version);
      // Connection options answer final responses (and the 101 that switches this connection).
      if (res.result_int() >= 200 || res.result_int() == 101) {
        CHECK(has_option(res, "close") == !v.keep_alive);
        CHECK(has_option(res, "keep-alive") == (v.keep_alive && v.version == 10));
      }
      if (res.result_int() >= 200) CHECK(sv(res[http::field::date]) == fixed_date);
      if (v.method == http::verb::head) {
        auto const get = make_request(http::verb::get, v.version, fields);
        auto const get_res = build(respond::context{get, s});
        CHECK(res.payload_size().value_or(0) == 0);
        CHECK(sv(res[http::field::content_length]) == sv(get_res[http::field::content_length]));
        // The serialized HEAD answer ends at its header section.
        auto const text = serialize(res);
        CHECK(text.substr(text.find("\r\n\r\n") + 4).empty());
      }
    }
  }
}

// Detects, without a compile error, whether a builder call is well-formed.
template <class Req>
concept method_not_allowed_without_allow = requires(Req const& r) {
  respond::method_not_allowed(r);
};
template <class Req>
concept method_not_allowed_with_empty_set = requires(Req const& r) {
  respond::method_not_allowed(r, {});
};
template <class Req>
concept unauthorized_without_challenge = requires(Req const& r) {
  respond::unauthorized(r, {});
};
template <class Req>
concept no_content_with_body = requires(Req const& r) {
  respond::no_content(r, "x");
};

}  // namespace

TEST_CASE("respond: HTTP-dates are IMF-fixdate", "[beast][respond]") {
  using respond::detail::to_http_date;
  // RFC 9110 §5.6.7's example.
  CHECK(to_http_date(sys_days{1994y / 11 / 6} + 8h + 49min + 37s) ==
        "Sun, 06 Nov 1994 08:49:37 GMT");
  CHECK(to_http_date(fixed_now) == fixed_date);
  auto const get = make_request(http::verb::get, 11);
  auto const res = respond::ok({get, {nullptr, &fixed_clock}}, "x", "text/plain",
                               {std::nullopt, sys_days{2024y / 2 / 29} + 23h + 59min + 59s});
  CHECK(sv(res[http::field::date]) == fixed_date);
  CHECK(sv(res[http::field::last_modified]) == "Thu, 29 Feb 2024 23:59:59 GMT");
}

TEST_CASE("respond: typed field values", "[beast][respond]") {
  CHECK(respond::methods{http::verb::get, http::verb::head}.to_string() == "GET, HEAD");
  // Beast's verb order, each method once.
  CHECK(respond::methods{http::verb::post, http::verb::get, http::verb::post}.to_string() ==
        "GET, POST");
  static_assert(!std::is_default_constructible_v<respond::methods>);
  static_assert(!std::is_default_constructible_v<respond::challenges>);
  static_assert(!std::is_default_constructible_v<respond::protocols>);

  CHECK(respond::challenge{"Basic", "api", {{"charset", "UTF-8"}}}.to_string() ==
        R"(Basic realm="api", charset=UTF-8)");
  // The realm is quoted even when it is a token; other values only when they must be.
  CHECK(respond::challenge{"Bearer", R"(a "b" \c)", {{"scope", "read write"}}}.to_string() ==
        R"(Bearer realm="a \"b\" \\c", scope="read write")");

  CHECK(respond::retry_after{120s}.to_string() == "120");
  CHECK(respond::retry_after{0s}.to_string() == "0");
  CHECK(respond::retry_after{sys_days{2026y / 12 / 1}}.to_string() ==
        "Tue, 01 Dec 2026 00:00:00 GMT");
  CHECK(respond::protocols{"HTTP/2.0", "TLS/1.3"}.to_string() == "HTTP/2.0, TLS/1.3");
  CHECK(respond::entity_tag::strong("v1").to_string() == R"("v1")");
  CHECK(respond::entity_tag::weak("v1").to_string() == R"(W/"v1")");
  CHECK(respond::byte_range{0, 99}.size() == 100);
  // The preconditions the constructors assert.
  static_assert(respond::detail::is_protocol("websocket"));
  static_assert(respond::detail::is_protocol("HTTP/2.0"));
  static_assert(!respond::detail::is_protocol("HTTP/"));
  static_assert(!respond::detail::is_protocol("web socket"));
  static_assert(respond::detail::is_opaque_tag("33a64df5!#~"));
  static_assert(!respond::detail::is_opaque_tag("a\"b"));
  static_assert(!respond::detail::is_opaque_tag("a b"));
  static_assert(respond::detail::is_quotable("a \"quoted\" \\ realm\t"));
  static_assert(!respond::detail::is_quotable("a\r\nb"));
  static_assert(!respond::detail::is_quotable(std::string_view("a\0b", 3)));
}

TEST_CASE("respond: required parts cannot be left out", "[beast][respond]") {
  using req_t = http::request<http::empty_body>;
  static_assert(!method_not_allowed_without_allow<req_t>);
  static_assert(!method_not_allowed_with_empty_set<req_t>);
  static_assert(!unauthorized_without_challenge<req_t>);
  static_assert(!no_content_with_body<req_t>);
  req_t const req = make_request(http::verb::get, 11);
  using empty = http::response<http::empty_body>;
  static_assert(std::is_same_v<decltype(respond::no_content(req)), empty>);
  static_assert(std::is_same_v<decltype(respond::reset_content(req)), empty>);
  static_assert(std::is_same_v<decltype(respond::switching_protocols(req, {"websocket"})), empty>);
  static_assert(std::is_same_v<decltype(respond::not_modified(req, std::declval<empty>())), empty>);
  static_assert(std::is_same_v<decltype(respond::make<103>(req)), empty>);
  SUCCEED("checked at compile time");
}

// README's handler: one return type for every answer, a 204 among them.
http::response<http::string_body> handle_items(http::request<http::string_body> const& req) {
  if (req.method() == http::verb::delete_) return respond::no_content<http::string_body>(req);
  if (req.method() != http::verb::get && req.method() != http::verb::head)
    return respond::method_not_allowed(req,
                                       {http::verb::get, http::verb::head, http::verb::delete_});
  return respond::ok(req, "[]", "application/json");
}

TEST_CASE("respond: builders without content answer in the handler's body type",
          "[beast][respond]") {
  using req_t = http::request<http::empty_body>;
  using text = http::response<http::string_body>;
  req_t const req = make_request(http::verb::get, 11);
  static_assert(std::is_same_v<decltype(respond::no_content<http::string_body>(req)), text>);
  static_assert(std::is_same_v<decltype(respond::reset_content<http::string_body>(req)), text>);
  static_assert(std::is_same_v<decltype(respond::accepted<http::string_body>(req)), text>);
  static_assert(std::is_same_v<decltype(respond::created<http::string_body>(req, "/a")), text>);
  static_assert(std::is_same_v<decltype(respond::make<102, http::string_body>(req)), text>);
  static_assert(
      std::is_same_v<decltype(respond::switching_protocols<http::string_body>(req, {"websocket"})),
                     text>);
  static_assert(std::is_same_v<decltype(respond::not_modified<http::string_body>(
                                   req, std::declval<http::response<http::empty_body>>())),
                               text>);

  http::request<http::string_body> del{http::verb::delete_, "/items/7", 11};
  del.set(http::field::host, "example.com");
  auto const deleted = handle_items(del);
  CHECK(deleted.result() == http::status::no_content);
  CHECK(deleted.body().empty());
  CHECK(deleted.count(http::field::content_length) == 0);
  http::request<http::empty_body> del_header{http::verb::delete_, "/items/7", 11};
  REQUIRE_CLEAN(validate(deleted, del_header));
  // Serialized, it ends at its header section (RFC 9110 §6.4.1).
  auto const bytes = serialize(deleted);
  CHECK(bytes.substr(bytes.find("\r\n\r\n") + 4).empty());

  SECTION("no_content") {
    check_variants(
        [](respond::context const& c) { return respond::no_content<http::string_body>(c); });
  }
  SECTION("reset_content") {
    check_variants(
        [](respond::context const& c) { return respond::reset_content<http::string_body>(c); });
  }
  SECTION("created") {
    check_variants([](respond::context const& c) {
      return respond::created<http::string_body>(c, "/items/7");
    });
  }
  SECTION("accepted") {
    check_variants(
        [](respond::context const& c) { return respond::accepted<http::string_body>(c); });
  }
}

TEST_CASE("respond: 2xx builders", "[beast][respond]") {
  respond::validators const v{respond::entity_tag::strong("v1"), sys_days{2026y / 1 / 1}};
  SECTION("ok") {
    check_variants([&](respond::context const& c) {
      return respond::ok(c, "hello\n", "text/plain; charset=utf-8", v);
    });
  }
  SECTION("created") {
    check_variants([](respond::context const& c) { return respond::created(c, "/items/7"); });
  }
  SECTION("created with content") {
    check_variants([](respond::context const& c) {
      return respond::created(c, "/items/7", R"({"id":7})", "application/json");
    });
  }
  SECTION("accepted") {
    check_variants([](respond::context const& c) { return respond::accepted(c); });
  }
  SECTION("accepted with content") {
    check_variants([](respond::context const& c) {
      return respond::accepted(c, R"({"monitor":"/queue/7"})", "application/json");
    });
  }
  SECTION("no_content") {
    check_variants([](respond::context const& c) { return respond::no_content(c); });
  }
  SECTION("reset_content") {
    check_variants([](respond::context const& c) { return respond::reset_content(c); });
  }
  SECTION("partial_content") {
    std::string const data(512, 'x');
    check_variants(
        [&](respond::context const& c) {
          return respond::partial_content(c, {100, 199}, 512, data.substr(100, 100),
                                          "application/octet-stream");
        },
        // Range is defined for GET only (RFC 9110 §14.2): a HEAD answer is a 200.
        {.extra = {{http::field::range, "bytes=100-199"}}, .head = false});
  }
}

TEST_CASE("respond: 3xx builders", "[beast][respond]") {
  SECTION("moved_permanently") {
    check_variants([](respond::context const& c) { return respond::moved_permanently(c, "/new"); });
  }
  SECTION("found") {
    check_variants([](respond::context const& c) { return respond::found(c, "/elsewhere"); });
  }
  SECTION("see_other") {
    check_variants([](respond::context const& c) { return respond::see_other(c, "/result/1"); });
  }
  SECTION("temporary_redirect") {
    check_variants(
        [](respond::context const& c) { return respond::temporary_redirect(c, "/later"); });
  }
  SECTION("permanent_redirect") {
    check_variants([](respond::context const& c) {
      return respond::permanent_redirect(c, "https://a.example/");
    });
  }
  SECTION("not_modified") {
    auto const get = make_request(http::verb::get, 11);
    auto page = respond::ok(get, "<p>hi</p>", "text/html",
                            {respond::entity_tag::strong("v7"), sys_days{2026y / 1 / 1}});
    page.set(http::field::cache_control, "max-age=60");
    page.set(http::field::vary, "Accept-Encoding");
    response_snapshot const page_view{page};
    check_variants(
        [&](respond::context const& c) { return respond::not_modified(c, page); },
        {.extra = {{http::field::if_none_match, R"("v7")"}}, .equivalent_200 = &page_view.view});
  }
}

TEST_CASE("respond: 4xx and 5xx builders", "[beast][respond]") {
  SECTION("bad_request") {
    check_variants([](respond::context const& c) { return respond::bad_request(c, "no id"); });
  }
  SECTION("unauthorized") {
    check_variants([](respond::context const& c) {
      return respond::unauthorized(c, respond::challenge{"Basic", "api"});
    });
  }
  SECTION("forbidden") {
    check_variants([](respond::context const& c) { return respond::forbidden(c); });
  }
  SECTION("not_found") {
    check_variants([](respond::context const& c) { return respond::not_found(c); });
  }
  SECTION("method_not_allowed") {
    check_variants([](respond::context const& c) {
      return respond::method_not_allowed(c, {http::verb::post});
    });
  }
  SECTION("proxy_authentication_required") {
    check_variants([](respond::context const& c) {
      return respond::proxy_authentication_required(
          c, {respond::challenge{"Basic", "proxy"}, respond::challenge{"Bearer", "proxy"}});
    });
  }
  SECTION("range_not_satisfiable") {
    check_variants([](respond::context const& c) { return respond::range_not_satisfiable(c, 512); },
                   {.extra = {{http::field::range, "bytes=1000-2000"}}, .head = false});
  }
  SECTION("upgrade_required") {
    check_variants(
        [](respond::context const& c) { return respond::upgrade_required(c, {"TLS/1.3"}); });
  }
  SECTION("too_many_requests") {
    check_variants([](respond::context const& c) { return respond::too_many_requests(c, 120s); });
  }
  SECTION("service_unavailable") {
    check_variants([](respond::context const& c) {
      return respond::service_unavailable(c, sys_seconds{fixed_now + 1h});
    });
  }
  SECTION("problem") {
    respond::problem_details p;
    p.type = "https://example.com/probs/out-of-credit";
    p.title = "You do not have enough credit.";
    p.detail = "Your current balance is 30, but that costs 50.";
    p.instance = "/account/12345/msgs/abc";
    check_variants(
        [&](respond::context const& c) { return respond::problem(c, http::status::forbidden, p); });
  }
}

TEST_CASE("respond: 1xx and generic builders", "[beast][respond]") {
  SECTION("switching_protocols") {
    // No 1xx to an HTTP/1.0 client (RFC 9110 §15.2): HTTP/1.1 variants only.
    check_variants(
        [](respond::context const& c) { return respond::switching_protocols(c, {"websocket"}); },
        {.extra = {{http::field::upgrade, "websocket"}, {http::field::connection, "upgrade"}},
         .http10 = false});
  }
  SECTION("make<103>") {
    check_variants([](respond::context const& c) { return respond::make<103>(c); },
                   {.http10 = false});
  }
  SECTION("make<409> with content") {
    check_variants([](respond::context const& c) {
      return respond::make<409>(c, R"({"conflict":"version"})", "application/json");
    });
  }
  SECTION("make<404> without content") {
    // Legal but unexplained: strict() asks for an explanation (RFC 9110 §15.5).
    auto const req = make_request(http::verb::get, 11);
    auto const res = respond::make<404>(req);
    CHECK(sv(res[http::field::content_length]) == "0");
    CHECK(validate(res, req).has("4xx-5xx-explanation"));
  }
}

TEST_CASE("respond: a 2xx to CONNECT has no content and no framing", "[beast][respond]") {
  auto const req = make_request(http::verb::connect, 11);
  auto const res = respond::ok(req, "tunnel", "text/plain");
  CHECK(res.body().empty());
  CHECK(res.count(http::field::content_length) == 0);
  CHECK(res.count(http::field::transfer_encoding) == 0);
  REQUIRE_CLEAN(validate(res, req));
}

TEST_CASE("respond: content of unknown length", "[beast][respond]") {
  // buffer_body has no size: Beast streams it, so framing depends on the version.
  static char text[] = "hello";
  auto build = [](http::request<http::empty_body> const& req) {
    return respond::ok<http::buffer_body>({req, {nullptr, &fixed_clock}}, {text, 5, false},
                                          "text/plain", {respond::entity_tag::strong("v1")});
  };
  auto check = [](auto const& res, http::request<http::empty_body> const& req) {
    response_snapshot const r{res};
    request_snapshot const q{req};
    auto view = r.view;  // the size of a buffer_body is unknown
    if (req.method() == http::verb::head) view.body_size = 0;
    REQUIRE_CLEAN(respolicy::validate(view, &q.context, strict()));
  };
  SECTION("HTTP/1.1: chunked") {
    auto const req = make_request(http::verb::get, 11);
    auto const res = build(req);
    CHECK(sv(res[http::field::transfer_encoding]) == "chunked");
    CHECK(res.count(http::field::content_length) == 0);
    CHECK(res.keep_alive());
    check(res, req);
  }
  SECTION("HTTP/1.0: ended by close, even when keep-alive was asked for") {
    auto const req = make_request(http::verb::get, 10, {{http::field::connection, "keep-alive"}});
    auto const res = build(req);
    // RFC 9112 §6.1: no Transfer-Encoding for an HTTP/1.0 request.
    CHECK(res.count(http::field::transfer_encoding) == 0);
    CHECK(res.count(http::field::content_length) == 0);
    CHECK(sv(res[http::field::connection]) == "close");
    check(res, req);
  }
  SECTION("HEAD: no framing fields, no content") {
    auto const req = make_request(http::verb::head, 11);
    auto const res = build(req);
    CHECK(res.count(http::field::transfer_encoding) == 0);
    CHECK(res.count(http::field::content_length) == 0);
    CHECK(res.body().data == nullptr);  // the builder dropped the content
    check(res, req);
  }
}

TEST_CASE("respond: exact field values", "[beast][respond]") {
  auto const get = make_request(http::verb::get, 11);
  auto const del = make_request(http::verb::delete_, 11);
  auto field = [](auto const& res, http::field f) { return std::string(sv(res[f])); };

  SECTION("405 Allow") {
    auto const res = respond::method_not_allowed(del, {http::verb::get, http::verb::head});
    CHECK(field(res, http::field::allow) == "GET, HEAD");
    CHECK(res.result() == http::status::method_not_allowed);
    REQUIRE_CLEAN(validate(res, del));
  }
  SECTION("416 Content-Range") {
    auto const res = respond::range_not_satisfiable(get, 512);
    CHECK(field(res, http::field::content_range) == "bytes */512");
  }
  SECTION("206 Content-Range and Content-Length") {
    auto const res = respond::partial_content(get, {0, 99}, 512, std::string(100, 'a'),
                                              "application/octet-stream");
    CHECK(field(res, http::field::content_range) == "bytes 0-99/512");
    CHECK(field(res, http::field::content_length) == "100");
  }
  SECTION("204 has no Content-Length on the wire") {
    auto const text = serialize(respond::no_content(get));
    CHECK(text.starts_with("HTTP/1.1 204 No Content\r\n"));
    CHECK(text.find("Content-Length") == std::string::npos);
    CHECK(text.ends_with("\r\n\r\n"));
  }
  SECTION("205 is framed as empty") {
    CHECK(field(respond::reset_content(get), http::field::content_length) == "0");
  }
  SECTION("401 one WWW-Authenticate line per challenge") {
    auto const res =
        respond::unauthorized(get, {respond::challenge{"Basic", "api", {{"charset", "UTF-8"}}},
                                    respond::challenge{"Bearer", "api"}});
    std::vector<std::string> lines;
    auto const r = res.equal_range(http::field::www_authenticate);
    for (auto it = r.first; it != r.second; ++it) lines.emplace_back(sv(it->value()));
    CHECK(lines ==
          std::vector<std::string>{R"(Basic realm="api", charset=UTF-8)", R"(Bearer realm="api")"});
  }
  SECTION("426 Upgrade and Connection") {
    auto const res = respond::upgrade_required(get, {"HTTP/2.0", "TLS/1.3"});
    CHECK(field(res, http::field::upgrade) == "HTTP/2.0, TLS/1.3");
    CHECK(field(res, http::field::connection) == "upgrade");
    auto const closing = make_request(http::verb::get, 11, {{http::field::connection, "close"}});
    CHECK(field(respond::upgrade_required(closing, {"TLS/1.3"}), http::field::connection) ==
          "upgrade, close");
  }
  SECTION("101 Upgrade and Connection") {
    auto const res = respond::switching_protocols(get, {"websocket"});
    CHECK(res.result_int() == 101);
    CHECK(field(res, http::field::upgrade) == "websocket");
    CHECK(field(res, http::field::connection) == "upgrade");
    CHECK(res.count(http::field::content_length) == 0);
    CHECK(res.count(http::field::date) == 0);
  }
  SECTION("Retry-After as seconds and as a date") {
    CHECK(field(respond::too_many_requests(get, 120s), http::field::retry_after) == "120");
    CHECK(field(respond::service_unavailable(get, sys_days{2026y / 12 / 1}),
                http::field::retry_after) == "Tue, 01 Dec 2026 00:00:00 GMT");
  }
  SECTION("Location is a URI reference") {
    // CR, LF and NUL are refused ("respond: no CR, LF or NUL in a field"); other bytes a URI
    // cannot hold are percent-encoded.
    CHECK(field(respond::created(get, "/a b\x01"), http::field::location) == "/a%20b%01");
    // A well-formed reference, percent-encodings included, is kept as it is.
    CHECK(field(respond::found(get, "/q?a=%20b#f"), http::field::location) == "/q?a=%20b#f");
    // A "%" that starts no percent-encoding is one itself.
    CHECK(field(respond::found(get, "/50%/%zz%4"), http::field::location) == "/50%25/%25zz%254");
    CHECK(field(respond::found(get, "/caf\xc3\xa9 \"x\""), http::field::location) ==
          "/caf%C3%A9%20%22x%22");
  }
  SECTION("redirect note escapes the location") {
    auto const res = respond::see_other(get, "/x?a=1&b=<2>");
    CHECK(field(res, http::field::location) == "/x?a=1&b=%3C2%3E");
    CHECK(res.body().find(R"(<a href="/x?a=1&amp;b=%3C2%3E">)") != std::string::npos);
  }
  SECTION("the registry's reason phrases") {
    CHECK(sv(respond::make<413>(get).reason()) == "Content Too Large");
    CHECK(sv(respond::make<422>(get).reason()) == "Unprocessable Content");
  }
}

TEST_CASE("respond: problem details", "[beast][respond]") {
  auto const get = make_request(http::verb::get, 11);
  SECTION("default title and status") {
    auto const res = respond::not_found(get);
    CHECK(sv(res[http::field::content_type]) == "application/problem+json");
    CHECK(res.body() == R"({"title":"Not Found","status":404})");
  }
  SECTION("JSON escaping") {
    auto const res = respond::bad_request(get, "a \"quote\", a \\ and\n\x01 done");
    CHECK(res.body() ==
          R"({"title":"Bad Request","status":400,"detail":"a \"quote\", a \\ and\n\u0001 done"})");
  }
  SECTION("a typed problem keeps its own title") {
    respond::problem_details p;
    p.type = "https://example.com/probs/out-of-credit";
    p.title = "You do not have enough credit.";
    auto const res = respond::problem(get, http::status::forbidden, p);
    CHECK(res.result() == http::status::forbidden);
    CHECK(res.body() == R"({"type":"https://example.com/probs/out-of-credit",)"
                        R"("title":"You do not have enough credit.","status":403})");
  }
  SECTION("a typed problem without a title has none") {
    respond::problem_details p;
    p.type = "https://example.com/probs/x";
    CHECK(respond::problem(get, http::status::conflict, p).body() ==
          R"({"type":"https://example.com/probs/x","status":409})");
  }
  SECTION("HEAD: the GET's length, no content") {
    auto const head = make_request(http::verb::head, 11);
    auto const res = respond::not_found(head);
    CHECK(res.body().empty());
    CHECK(sv(res[http::field::content_length]) ==
          std::to_string(respond::not_found(get).body().size()));
  }
}

TEST_CASE("respond: not_modified copies the 200's validators", "[beast][respond]") {
  auto const get = make_request(http::verb::get, 11, {{http::field::if_none_match, R"("v7")"}});
  auto page = respond::ok(get, "<p>hi</p>", "text/html", {respond::entity_tag::strong("v7")});
  page.set(http::field::cache_control, "max-age=60");
  page.set(http::field::content_location, "/index.html");
  page.set(http::field::expires, "Sat, 28 Nov 2026 00:00:00 GMT");
  page.insert(http::field::vary, "Accept-Encoding");
  page.insert(http::field::vary, "Accept-Language");
  page.set(http::field::content_language, "en");

  respond::settings const s{nullptr, &fixed_clock};
  auto const res = respond::not_modified({get, s}, page);
  CHECK(res.result_int() == 304);
  CHECK(sv(res[http::field::etag]) == R"("v7")");
  CHECK(sv(res[http::field::cache_control]) == "max-age=60");
  CHECK(sv(res[http::field::content_location]) == "/index.html");
  CHECK(sv(res[http::field::expires]) == "Sat, 28 Nov 2026 00:00:00 GMT");
  CHECK(res.count(http::field::vary) == 2);
  CHECK(sv(res[http::field::date]) == fixed_date);
  // Representation metadata stays with the 200 (RFC 9110 §15.4.5); no framing fields either.
  CHECK(res.count(http::field::content_type) == 0);
  CHECK(res.count(http::field::content_language) == 0);
  CHECK(res.count(http::field::content_length) == 0);
  response_snapshot const page_view{page};
  REQUIRE_CLEAN(validate(res, get, strict(), &page_view.view));
}

TEST_CASE("respond: policy and clock", "[beast][respond]") {
  auto const get = make_request(http::verb::get, 11);
  SECTION("no clock, no Date") {
    respolicy::policy p = respolicy::policy::strict();
    p.has_clock(false);
    auto const res = respond::not_found({get, {&p, &fixed_clock}});
    CHECK(res.count(http::field::date) == 0);
    REQUIRE_CLEAN(validate(res, get, p));
  }
  SECTION("a clock, Date") {
    auto const res = respond::not_found({get, {nullptr, &fixed_clock}});
    CHECK(sv(res[http::field::date]) == fixed_date);
  }
  SECTION("the system clock by default") {
    auto const before = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    auto const res = respond::no_content(get);
    auto const after = std::chrono::ceil<std::chrono::seconds>(std::chrono::system_clock::now());
    std::string const date(sv(res[http::field::date]));
    bool const within = date == respond::detail::to_http_date(before) ||
                        date == respond::detail::to_http_date(after) ||
                        date == respond::detail::to_http_date(before + 1s);
    CHECK(within);
  }
  SECTION("a server without persistent connections closes every exchange") {
    respolicy::policy p = respolicy::policy::strict();
    p.persistent_connections(false);
    auto const res = respond::no_content({get, {&p, &fixed_clock}});
    CHECK(sv(res[http::field::connection]) == "close");
    REQUIRE_CLEAN(validate(res, get, p));
  }
  SECTION("Last-Modified is never later than Date") {
    auto const res = respond::ok({get, {nullptr, &fixed_clock}}, "x", "text/plain",
                                 {std::nullopt, fixed_now + 24h});
    CHECK(sv(res[http::field::last_modified]) == fixed_date);
  }
}

namespace {

// The bytes that end a field line (RFC 9110 §5.5; RFC 9112 §2.2).
struct refused_byte {
  char const* name;
  char byte;
};
constexpr refused_byte refused_bytes[] = {{"CR", '\r'}, {"LF", '\n'}, {"NUL", '\0'}};

// A builder's refusal: std::invalid_argument naming the field and the bytes.
class names_field : public Catch::MatcherBase<std::invalid_argument> {
 public:
  explicit names_field(std::string field) : field_(std::move(field)) {}
  bool match(std::invalid_argument const& e) const override {
    std::string_view const what = e.what();
    return what.find(field_) != std::string_view::npos &&
           what.find("CR, LF or NUL") != std::string_view::npos;
  }
  std::string describe() const override { return "names " + field_ + " and CR, LF or NUL"; }

 private:
  std::string field_;
};

// A builder that writes a string it takes into a field: `build` makes the response from the
// string and returns what it wrote into that field, one string per field line.
struct field_string_case {
  char const* builder;
  char const* field;  // the field named in the refusal
  std::function<std::string(std::string const&)> build;
  // Near misses, with what the field gets: the first is a plain value; HTAB and obs-text
  // (0x80-0xFF) where the field's own grammar allows them (RFC 9110 §5.5; a token or an entity
  // tag cannot hold HTAB, a token no obs-text either: those are asserted preconditions).
  std::vector<std::pair<std::string, std::string>> near_misses;
};

std::string joined_lines(http::fields const& f, http::field name) {
  std::string out;
  auto const lines = f.equal_range(name);
  for (auto it = lines.first; it != lines.second; ++it) {
    if (!out.empty()) out += '|';
    out += sv(it->value());
  }
  return out;
}

std::vector<field_string_case> field_string_cases() {
  auto const get = make_request(http::verb::get, 11);
  auto const del = make_request(http::verb::delete_, 11);
  auto content_type = [](auto const& res) { return joined_lines(res, http::field::content_type); };
  auto location = [](auto const& res) { return joined_lines(res, http::field::location); };
  std::vector<std::pair<std::string, std::string>> const media_types = {
      {"text/plain", "text/plain"},
      {"text/plain; title=\"a\tb\"", "text/plain; title=\"a\tb\""},
      {"text/plain; title=\"caf\xc3\xa9 \x80\xff\"", "text/plain; title=\"caf\xc3\xa9 \x80\xff\""}};
  std::vector<std::pair<std::string, std::string>> const locations = {
      {"/items/7", "/items/7"}, {"/a\tb", "/a%09b"}, {"/caf\xc3\xa9\x80\xff", "/caf%C3%A9%80%FF"}};
  auto redirect = [&](char const* name, auto builder) {
    return field_string_case{name, "Location",
                             [=](std::string const& s) { return location(builder(get, s)); },
                             locations};
  };
  auto www = [](auto const& res) { return joined_lines(res, http::field::www_authenticate); };
  auto upgrade = [](auto const& res) { return joined_lines(res, http::field::upgrade); };
  auto copied = [get](http::field f, char const* name) {
    return field_string_case{"not_modified",
                             name,
                             [=](std::string const& s) {
                               auto page = respond::ok(get, "<p>hi</p>", "text/html");
                               page.set(f, s);
                               return joined_lines(respond::not_modified(get, page), f);
                             },
                             {{"x", "x"}, {"a\tb", "a\tb"}, {"\x80\xff", "\x80\xff"}}};
  };
  return {
      {"ok", "Content-Type",
       [=](std::string const& s) { return content_type(respond::ok(get, "hello", s)); },
       media_types},
      {"created", "Location",
       [=](std::string const& s) { return location(respond::created(get, s)); }, locations},
      {"created with content", "Location",
       [=](std::string const& s) {
         return location(respond::created(get, s, "{}", "application/json"));
       },
       locations},
      {"created with content", "Content-Type",
       [=](std::string const& s) {
         return content_type(respond::created(get, "/items/7", "{}", s));
       },
       media_types},
      {"accepted", "Content-Type",
       [=](std::string const& s) { return content_type(respond::accepted(get, "queued", s)); },
       media_types},
      {"partial_content", "Content-Type",
       [=](std::string const& s) {
         return content_type(respond::partial_content(get, {0, 1}, 4, "ab", s));
       },
       media_types},
      {"make<409>", "Content-Type",
       [=](std::string const& s) { return content_type(respond::make<409>(get, "conflict", s)); },
       media_types},
      redirect(
          "moved_permanently",
          [](auto const& r, std::string const& s) { return respond::moved_permanently(r, s); }),
      redirect("found", [](auto const& r, std::string const& s) { return respond::found(r, s); }),
      redirect("see_other",
               [](auto const& r, std::string const& s) { return respond::see_other(r, s); }),
      redirect(
          "temporary_redirect",
          [](auto const& r, std::string const& s) { return respond::temporary_redirect(r, s); }),
      redirect(
          "permanent_redirect",
          [](auto const& r, std::string const& s) { return respond::permanent_redirect(r, s); }),
      {"ok, entity_tag::strong",
       "ETag",
       [=](std::string const& s) {
         return joined_lines(respond::ok(get, "x", "text/plain", {respond::entity_tag::strong(s)}),
                             http::field::etag);
       },
       {{"v1", "\"v1\""}, {"v\x80\xff", "\"v\x80\xff\""}}},
      {"ok, entity_tag::weak",
       "ETag",
       [=](std::string const& s) {
         return joined_lines(respond::ok(get, "x", "text/plain", {respond::entity_tag::weak(s)}),
                             http::field::etag);
       },
       {{"v1", "W/\"v1\""}, {"v\x80\xff", "W/\"v\x80\xff\""}}},
      {"unauthorized, challenge scheme",
       "challenge scheme",
       [=](std::string const& s) {
         return www(respond::unauthorized(get, {{s, "api"}}));
       },
       {{"Bearer", "Bearer realm=\"api\""}}},
      {"unauthorized, challenge realm",
       "challenge realm",
       [=](std::string const& s) {
         return www(respond::unauthorized(get, {{"Basic", s}}));
       },
       {{"api", "Basic realm=\"api\""},
        {"a\tb", "Basic realm=\"a\tb\""},
        {"\x80\xff", "Basic realm=\"\x80\xff\""}}},
      {"unauthorized, parameter name",
       "parameter name",
       [=](std::string const& s) {
         return www(respond::unauthorized(get, {{"Basic", "api", {{s, "UTF-8"}}}}));
       },
       {{"charset", "Basic realm=\"api\", charset=UTF-8"}}},
      {"unauthorized, parameter value",
       "parameter value",
       [=](std::string const& s) {
         return www(respond::unauthorized(get, {{"Basic", "api", {{"charset", s}}}}));
       },
       {{"UTF-8", "Basic realm=\"api\", charset=UTF-8"},
        {"a\tb", "Basic realm=\"api\", charset=\"a\tb\""},
        {"\x80\xff", "Basic realm=\"api\", charset=\"\x80\xff\""}}},
      {"proxy_authentication_required, challenge realm",
       "Proxy-Authenticate",
       [=](std::string const& s) {
         return joined_lines(
             respond::proxy_authentication_required(get, {respond::challenge{"Basic", s}}),
             http::field::proxy_authenticate);
       },
       {{"proxy", "Basic realm=\"proxy\""}, {"a\t\x80", "Basic realm=\"a\t\x80\""}}},
      {"switching_protocols",
       "Upgrade",
       [=](std::string const& s) { return upgrade(respond::switching_protocols(get, {s})); },
       {{"websocket", "websocket"}}},
      {"upgrade_required, a later protocol",
       "Upgrade",
       [=](std::string const& s) {
         return upgrade(respond::upgrade_required(get, {"TLS/1.3", s}));
       },
       {{"h2c", "TLS/1.3, h2c"}}},
      {"upgrade_required, one protocol",
       "Upgrade",
       [=](std::string const& s) {
         return upgrade(respond::upgrade_required(get, respond::protocols(s)));
       },
       {{"h2c", "h2c"}}},
      copied(http::field::cache_control, "Cache-Control"),
      copied(http::field::content_location, "Content-Location"),
      copied(http::field::etag, "ETag"),
      copied(http::field::expires, "Expires"),
      copied(http::field::vary, "Vary"),
      copied(http::field::last_modified, "Last-Modified"),
  };
}

}  // namespace

TEST_CASE("respond: no CR, LF or NUL in a field", "[beast][respond]") {
  for (auto const& c : field_string_cases()) {
    INFO(c.builder << ", " << c.field);
    auto const& plain = c.near_misses.front().first;
    for (auto const& [name, byte] : refused_bytes) {
      INFO(name);
      std::string const b(1, byte);
      // The byte alone, leading, inside and trailing a value, and the response-splitting
      // attack itself: short and long values take different paths through the scan.
      for (auto const& bad :
           {b, b + plain, plain + b + plain, plain + b,
            plain + b + (byte == '\r' ? "\n" : "") + "Set-Cookie: session=attacker"}) {
        CHECK_THROWS_MATCHES(c.build(bad), std::invalid_argument, names_field(c.field));
      }
    }
    for (auto const& [value, written] : c.near_misses) {
      std::string got;
      CHECK_NOTHROW(got = c.build(value));
      CHECK(got == written);
    }
  }
}

TEST_CASE("respond: the CR, LF and NUL check", "[beast][respond]") {
  using respond::detail::is_field_safe;
  // At compile time, as a literal's check runs.
  static_assert(is_field_safe(""));
  static_assert(is_field_safe("text/plain; a=\"b\tc\xe9\""));
  static_assert(!is_field_safe("text/plain\r\nX: y"));
  static_assert(!is_field_safe("a\rb"));
  static_assert(!is_field_safe("a\nb"));
  static_assert(!is_field_safe(std::string_view("a\0b", 3)));
  // At run time, the core's scan: every length the block and word paths take, every position.
  for (std::size_t n = 1; n <= 40; ++n) {
    std::string near(n, 'a');
    near[n / 2] = '\t';
    near[n - 1] = '\xff';
    CHECK(is_field_safe(near));
    for (std::size_t at = 0; at < n; ++at) {
      for (auto const& [name, byte] : refused_bytes) {
        std::string bad(n, '\x80');
        bad[at] = byte;
        INFO(name << " at " << at << " of " << n);
        CHECK_FALSE(is_field_safe(bad));
      }
    }
  }
  // A string literal is checked when it converts, anything else when it is used.
  static_assert(respond::field_value("text/plain").view() == "text/plain");
  // A constant array without a terminating NUL is a value as a whole.
  static constexpr char unterminated[] = {'t', 'x', 't'};
  static_assert(respond::field_value(unterminated).view() == "txt");
  static_assert(std::is_convertible_v<std::string const&, respond::field_value>);
  static_assert(std::is_convertible_v<std::string_view, respond::field_value>);
  static_assert(std::is_convertible_v<char const*, respond::field_value>);
  static_assert(std::is_convertible_v<char(&)[8], respond::field_value>);
  std::string const bad = "text/plain\r\nX: y";
  CHECK_THROWS_MATCHES(respond::field_value(bad).checked("Content-Type"), std::invalid_argument,
                       names_field("Content-Type"));
  CHECK(respond::field_value(bad).view() == bad);
}

TEST_CASE("respond: ok on the wire", "[beast][respond]") {
  respond::settings const s{nullptr, &fixed_clock};
  SECTION("HTTP/1.1") {
    auto const req = make_request(http::verb::get, 11);
    CHECK(serialize(respond::ok({req, s}, "hello", "text/plain")) ==
          "HTTP/1.1 200 OK\r\n"
          "Date: Fri, 27 Nov 2026 14:05:00 GMT\r\n"
          "Content-Type: text/plain\r\n"
          "Content-Length: 5\r\n"
          "\r\n"
          "hello");
  }
  SECTION("HTTP/1.0") {
    auto const req = make_request(http::verb::get, 10);
    CHECK(serialize(respond::ok({req, s}, "hello", "text/plain")) ==
          "HTTP/1.0 200 OK\r\n"
          "Date: Fri, 27 Nov 2026 14:05:00 GMT\r\n"
          "Content-Type: text/plain\r\n"
          "Content-Length: 5\r\n"
          "Connection: close\r\n"
          "\r\n"
          "hello");
  }
  SECTION("a content type that is not a literal") {
    auto const req = make_request(http::verb::get, 11);
    std::string const type = "text/plain";
    CHECK(
        serialize(respond::ok({req, s}, "hello", type)).find("\r\nContent-Type: text/plain\r\n") !=
        std::string::npos);
    std::string const attack = "text/plain\r\nSet-Cookie: session=attacker";
    CHECK_THROWS_MATCHES(respond::ok({req, s}, "hello", attack), std::invalid_argument,
                         names_field("Content-Type"));
  }
}
