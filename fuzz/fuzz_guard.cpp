//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// fuzz_guard: the Boost.Beast adapter on arbitrary responses. From the input it builds an
// http::response<string_body> (any status up to 69999, a version of 1-99, reason phrase and raw
// field lines, CR, LF and NUL included, set or inserted with string_view) and, optionally, the
// request it answers; then it runs repair() under the three profiles and the guard in each of its
// modes, with and without the request, and calls a response builder of respond.hpp with arguments
// taken from the input. Properties:
// - nothing crashes, reads out of bounds or invokes undefined behaviour;
// - repair(): the content bytes it removes are the bytes_dropped it reports; what it reports as
//   not repaired is exactly what validate() finds in the repaired response; and no finding is
//   left whose safe repair (the rule table's repair_kind::safe) would still remove it, unless
//   the report shows it repaired once and back again;
// - the guard: the header section of what it lets out, written by Beast's serializer, has
//   exactly one CRLF per line and no other CR, LF or NUL (no response splitting, RFC 9112 §2.2,
//   §11.1); a blocked response is a 500; in report mode a response that is not blocked leaves
//   byte for byte as produced; in repair mode the bytes_dropped of the event is the content
//   removed; and the whole message Beast writes of what the guard lets out (in throw mode, of
//   what it leaves in place of a response it must not let out), read back with respolicy's wire
//   reader as a client reads it, is exactly one response framed as RFC 9112 §6.3 says, with
//   nothing after it and no wire finding (field names that are not tokens, two
//   Transfer-Encoding lines, chunk framing on a response that ends at its header, a status line
//   Beast cannot write are all reachable from the input);
// - every builder's output validates clean under policy::strict() (nothing above info), and a
//   builder refuses (std::invalid_argument) only arguments holding CR or NUL.
//
// The input is the text of fuzz_text.hpp, in the sections of fuzz_validate.cpp (response, body,
// trailers, which a string_body response cannot carry and are ignored, request, the equivalent
// 200), then the builder call: a line `BUILDER VARIANT`, then one argument per line (see
// call_builder). FLAGS of the response: 's' set() the fields instead of insert(), 'c'
// chunked(true) after the fields, 'P'
// prepare_payload() first. Beast asserts versions 1 to 99; others are taken modulo 99.

#include "fuzz_target.hpp"
#include "fuzz_text.hpp"

#include <respolicy/beast/check.hpp>
#include <respolicy/beast/guard.hpp>
#include <respolicy/beast/repair.hpp>
#include <respolicy/beast/respond.hpp>
#include <respolicy/beast/view.hpp>
#include <respolicy/beast/violation_error.hpp>
#include <respolicy/grammar/http_date.hpp>
#include <respolicy/grammar/uri.hpp>
#include <respolicy/policy.hpp>
#include <respolicy/rule.hpp>
#include <respolicy/status.hpp>
#include <respolicy/validate.hpp>
#include <respolicy/wire.hpp>

#include <boost/beast/http.hpp>

#include <array>
#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace http = boost::beast::http;
namespace rb = respolicy::beast;
namespace respond = respolicy::beast::respond;
using namespace respolicy::fuzz;
using response = http::response<http::string_body>;
using request = http::request<http::empty_body>;

constexpr char const* target = "fuzz_guard";

// Checks a property; the detail is only built when it fails.
#define RESPOLICY_GUARD_CHECK(cond, what, detail) RESPOLICY_FUZZ_CHECK(target, cond, what, detail)

boost::beast::string_view bsv(std::string_view s) { return {s.data(), s.size()}; }

// Beast asserts an HTTP version of 1 to 99 (major * 10 + minor).
unsigned beast_version(int v) {
  auto const u = static_cast<unsigned>(v < 0 ? -(v + 1) : v);
  return u >= 1 && u <= 99 ? u : 1 + u % 99;
}

template <class Message>
std::string written(Message const& m) {
  std::ostringstream os;
  os << m;
  return os.str();
}

bool same_finding(respolicy::diagnostic const& a, respolicy::diagnostic const& b) {
  return a.rule == b.rule && a.severity == b.severity && a.field.view() == b.field.view() &&
         a.detail.view() == b.detail.view();
}

respolicy::report validate(response const& res, respolicy::request_context const* ctx,
                           respolicy::policy const& pol) {
  rb::message_view const v{res};
  return respolicy::validate(v.view(), ctx, pol);
}

// ---------------------------------------------------------------------------------------------
// repair()

void check_repair(response const& original, respolicy::request_context const* ctx,
                  respolicy::policy const& pol) {
  response res = original;
  auto const rep = rb::repair(res, ctx, pol);
  auto const before = original.body().size(), after = res.body().size();
  RESPOLICY_GUARD_CHECK(after <= before && before - after == rep.bytes_dropped,
                        "repair() removed other content than the bytes_dropped it reports",
                        std::to_string(before) + " -> " + std::to_string(after) +
                            " bytes, reported " + std::to_string(rep.bytes_dropped) + "\n" +
                            rep.to_string());

  // What the report leaves unrepaired is what the response, as it now stands, breaks.
  auto const now = validate(res, ctx, pol);
  std::vector<respolicy::diagnostic> left;
  for (auto const& d : rep)
    if (!d.repaired) left.push_back(d);
  bool same = left.size() == now.size();
  for (std::size_t i = 0; same && i < left.size(); ++i) same = same_finding(left[i], now[i]);
  RESPOLICY_GUARD_CHECK(same,
                        "repair()'s report of what remains differs from validate() of the result",
                        rep.to_string() + "--- validate() after repair:\n" + now.to_string());

  // No finding is left that its safe repair would still remove.
  for (auto const& d : left) {
    auto const* info = d.info();
    if (!info || info->repair != respolicy::repair_kind::safe) continue;
    bool bounced = false;  // repaired once and back again: reported, not hidden
    for (auto const& r : rep)
      bounced |= r.repaired && r.rule == d.rule && r.field.view() == d.field.view();
    if (bounced) continue;
    response again = res;
    std::uint64_t dropped = 0;
    if (!rb::detail::apply_repair(d, again, ctx, dropped)) continue;
    auto const still = validate(again, ctx, pol);
    bool gone = true;
    for (auto const& s : still) gone &= !(s.rule == d.rule && s.field.view() == d.field.view());
    RESPOLICY_GUARD_CHECK(
        !gone, "repair() left a finding that its safe repair removes",
        std::string(d.rule) + " [" + std::string(d.field.view()) + "]\n" + rep.to_string());
  }
}

// ---------------------------------------------------------------------------------------------
// The guard

// The header section must be one line per CRLF: status line, one per field, the empty line.
void check_header_lines(response const& res, std::string_view mode) {
  auto const text = written(res.base());
  std::size_t fields = 0;
  for (auto it = res.begin(); it != res.end(); ++it) ++fields;
  std::size_t crlf = 0;
  bool bad = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char const c = text[i];
    if (c == '\0') bad = true;
    if (c == '\r') {
      if (i + 1 < text.size() && text[i + 1] == '\n') {
        ++crlf;
        ++i;
      } else {
        bad = true;
      }
    } else if (c == '\n') {
      bad = true;
    }
  }
  RESPOLICY_GUARD_CHECK(!bad && crlf == fields + 2 && text.ends_with("\r\n\r\n"),
                        "the guard let out a header section with CR, LF or NUL inside a line",
                        std::string(mode) + ":\n" + text);
}

// What a client reads of the whole message Beast writes: exactly one response, framed as RFC 9112
// §6.3 says (answering `ctx`'s method), nothing after it, and nothing the wire shows wrong (a
// status line or field line that is not HTTP/1.1's, stray bytes, chunk framing that does not
// parse), read by respolicy's wire reader.
void check_one_message(response const& res, respolicy::request_context const* ctx,
                       std::string_view mode) {
  std::ostringstream os;
  os << res;
  auto const bytes = os.str();
  auto req = std::make_shared<respolicy::wire_request>();
  req->method = ctx ? std::string(ctx->method) : std::string("GET");
  std::size_t messages = 0;
  std::string findings;
  respolicy::wire_reader reader{respolicy::wire_options{.raw = true},
                                [&](respolicy::wire_message& m) {
                                  ++messages;
                                  if (!m.parsed) findings += "unparseable; ";
                                  for (auto const& f : m.findings)
                                    if (f.rule != respolicy::wire_rule::capture_note)
                                      findings += std::string(f.rule) + " (" + f.detail + "); ";
                                },
                                [&](int) { return req; }};
  reader.feed(bytes);
  reader.finish();
  RESPOLICY_GUARD_CHECK(messages == 1 && findings.empty(),
                        "what the guard let out is not one well-framed message on the wire",
                        std::string(mode) + ": " + std::to_string(messages) + " messages; " +
                            findings + "\n" + bytes);
}

void check_guard(response const& original, respolicy::request_context const* ctx, bool keep_alive,
                 rb::guard_mode mode, char const* name) {
  std::uint64_t event_dropped = 0;
  rb::guard_options opts;
  opts.mode(mode).on_violation([&](rb::guard_event const& e) { event_dropped = e.bytes_dropped; });
  rb::response_guard const g{opts};
  response res = original;
  rb::guard_action action{};
  try {
    action = g.apply(res, ctx, keep_alive, ctx ? "/resource" : "");
  } catch (respolicy::violation_error const&) {
    RESPOLICY_GUARD_CHECK(mode == rb::guard_mode::throw_, "the guard threw outside throw mode",
                          name);
    // A caller that catches the exception and sends `res` anyway finds it safe: a response with
    // a hazard was replaced before the throw.
    if (!rb::detail::find_hazards(res, ctx).empty() || res.result_int() == 500)
      check_one_message(res, ctx, name);
    return;
  }
  RESPOLICY_GUARD_CHECK(g.stats().checked == 1, "the guard did not count the response", name);
  if (action == rb::guard_action::blocked)
    RESPOLICY_GUARD_CHECK(res.result_int() == 500, "a blocked response is not a 500", written(res));
  check_header_lines(res, name);
  check_one_message(res, ctx, name);
  if (mode == rb::guard_mode::report && action != rb::guard_action::blocked)
    RESPOLICY_GUARD_CHECK(written(res) == written(original),
                          "report mode changed a response it let out", name);
  if (mode == rb::guard_mode::repair && action == rb::guard_action::repaired)
    RESPOLICY_GUARD_CHECK(original.body().size() - res.body().size() == event_dropped,
                          "the guard's bytes_dropped differs from the content it removed",
                          written(res));
}

// ---------------------------------------------------------------------------------------------
// The builders of respond.hpp

using namespace std::chrono;

constexpr sys_seconds fixed_now = sys_days{year{2026} / November / 27} + hours{14} + minutes{5};
sys_seconds fixed_clock() { return fixed_now; }

std::uint64_t to_u64(std::string_view s) {
  std::uint64_t v = 0;
  for (char c : s)
    if (c >= '0' && c <= '9' && v < (UINT64_MAX - 9) / 10)
      v = v * 10 + static_cast<unsigned>(c - '0');
  return v;
}

template <class Body>
void check_built(http::response<Body> const& res, request const& req, char const* name,
                 respolicy::response_view const* equivalent_200 = nullptr) {
  rb::message_view const v{res};
  rb::request_view const r{req};
  respolicy::request_context ctx = r.context();
  ctx.equivalent_200 = equivalent_200;
  auto const rep = respolicy::validate(v.view(), &ctx, respolicy::policy::strict());
  RESPOLICY_GUARD_CHECK(rep.worst() <= respolicy::severity::info,
                        "a builder's output does not validate clean under strict()",
                        std::string(name) + "\n" + rep.to_string() + written(res));
}

constexpr std::array<std::string_view, 4> media_types = {
    "text/plain; charset=utf-8", "application/json", "text/html", "application/octet-stream"};

// Methods a 405 may allow: never the request's own (GET or HEAD here), which a 405 refuses
// (RFC 9110 §15.5.6).
constexpr std::array<http::verb, 6> verbs = {http::verb::post,    http::verb::put,
                                             http::verb::delete_, http::verb::options,
                                             http::verb::patch,   http::verb::trace};

void call_builder(std::string_view section) {
  auto line = next_line(section);
  if (line.empty()) return;
  char const builder = line[0];
  unsigned const variant = line.size() > 1 ? static_cast<unsigned char>(line[1]) % 6u : 0u;
  std::vector<std::string_view> args;
  while (!section.empty()) args.push_back(next_line(section));
  auto const arg = [&](std::size_t i) { return i < args.size() ? args[i] : std::string_view{}; };

  // The request shapes every builder answers (tests/beast/respond.cpp).
  static constexpr struct {
    http::verb method;
    unsigned version;
    char const* connection;
  } variants[] = {{http::verb::get, 11, nullptr},  {http::verb::head, 11, nullptr},
                  {http::verb::get, 11, "close"},  {http::verb::get, 10, nullptr},
                  {http::verb::head, 10, nullptr}, {http::verb::get, 10, "keep-alive"}};
  auto const& v = variants[variant];
  request req{v.method, "/resource", v.version};
  req.set(http::field::host, "example.com");
  if (v.connection) req.set(http::field::connection, v.connection);
  respond::settings const s{nullptr, &fixed_clock};
  auto const ctx = [&](request const& r) { return respond::context{r, s}; };
  auto const media = media_types[to_u64(arg(1)) % media_types.size()];
  auto const when = sys_seconds{seconds{static_cast<std::int64_t>(to_u64(arg(2)) % 253402300800u)}};

  switch (builder) {
    case 'o': {
      respond::validators val;
      if (respond::detail::is_opaque_tag(arg(1)))
        val.etag = (arg(3) == "W" ? respond::entity_tag::weak(arg(1))
                                  : respond::entity_tag::strong(arg(1)));
      if (!arg(2).empty()) val.last_modified = when;
      check_built(respond::ok(ctx(req), std::string(arg(0)), media, val), req, "ok");
      break;
    }
    case 'c': check_built(respond::created(ctx(req), arg(0)), req, "created"); break;
    case 'C':
      check_built(respond::created(ctx(req), arg(0), std::string(arg(2)), media), req, "created");
      break;
    case 'a': check_built(respond::accepted(ctx(req)), req, "accepted"); break;
    case 'n': check_built(respond::no_content(ctx(req)), req, "no_content"); break;
    case 'r': check_built(respond::reset_content(ctx(req)), req, "reset_content"); break;
    case 'p': {
      // A single range of the body, answering a GET with Range (RFC 9110 §14.2).
      if (arg(0).empty() || v.method != http::verb::get) break;
      auto const first = to_u64(arg(1)) % (std::uint64_t{1} << 40);
      auto const last = first + arg(0).size() - 1;
      auto const complete = last + 1 + to_u64(arg(2)) % (std::uint64_t{1} << 40);
      req.set(http::field::range, "bytes=" + std::to_string(first) + "-" + std::to_string(last));
      check_built(
          respond::partial_content(ctx(req), {first, last}, complete, std::string(arg(0)), media),
          req, "partial_content");
      break;
    }
    case '1': check_built(respond::moved_permanently(ctx(req), arg(0)), req, "301"); break;
    case '2': check_built(respond::found(ctx(req), arg(0)), req, "302"); break;
    case '3': check_built(respond::see_other(ctx(req), arg(0)), req, "303"); break;
    case '7': check_built(respond::temporary_redirect(ctx(req), arg(0)), req, "307"); break;
    case '8': check_built(respond::permanent_redirect(ctx(req), arg(0)), req, "308"); break;
    case 'm': {
      request get{http::verb::get, "/resource", v.version};
      get.set(http::field::host, "example.com");
      respond::validators val;
      if (respond::detail::is_opaque_tag(arg(1))) val.etag = respond::entity_tag::strong(arg(1));
      if (!arg(2).empty()) val.last_modified = when;
      auto page = respond::ok(ctx(get), std::string(arg(0)), media, val);
      rb::message_view const page_view{page};
      // A 304 answers a conditional GET or HEAD whose condition was false (RFC 9110 §15.4.5).
      if (val.etag) {
        req.set(http::field::if_none_match, val.etag->to_string());
      } else {
        auto const since = respolicy::grammar::format_http_date(val.last_modified.value_or(when));
        req.set(http::field::if_modified_since, std::string(since.data(), since.size()));
      }
      check_built(respond::not_modified(ctx(req), page), req, "not_modified", &page_view.view());
      break;
    }
    case 'b': check_built(respond::bad_request(ctx(req), arg(0)), req, "bad_request"); break;
    case 'f': check_built(respond::forbidden(ctx(req), arg(0)), req, "forbidden"); break;
    case 'N': check_built(respond::not_found(ctx(req), arg(0)), req, "not_found"); break;
    case 'M': {
      auto const pick = [&](std::size_t i) {
        return verbs[i < arg(1).size() ? static_cast<unsigned char>(arg(1)[i]) % verbs.size() : 0];
      };
      check_built(respond::method_not_allowed(ctx(req), {pick(0), pick(1), pick(2)}, arg(0)), req,
                  "method_not_allowed");
      break;
    }
    case 'u': {
      if (!respond::detail::is_quotable(arg(1))) break;
      respond::challenge const c{arg(2) == "Bearer" ? "Bearer" : "Basic", std::string(arg(1))};
      check_built(respond::unauthorized(ctx(req), c, arg(0)), req, "unauthorized");
      break;
    }
    case 'R': {
      if (v.method != http::verb::get) break;
      auto const complete = to_u64(arg(1)) % (std::uint64_t{1} << 50);
      req.set(http::field::range, "bytes=" + std::to_string(complete) + "-");
      check_built(respond::range_not_satisfiable(ctx(req), complete, arg(0)), req,
                  "range_not_satisfiable");
      break;
    }
    case 't':
      check_built(
          respond::too_many_requests(
              ctx(req), seconds{static_cast<std::int64_t>(to_u64(arg(1)) % (1u << 30))}, arg(0)),
          req, "too_many_requests");
      break;
    case 's':
      check_built(respond::service_unavailable(ctx(req), when, arg(0)), req, "service_unavailable");
      break;
    case 'P': {
      // Statuses that need nothing but a problem document: the others have builders of their
      // own for the fields they require (Allow, WWW-Authenticate, Content-Range, ...).
      static constexpr unsigned codes[] = {400, 403, 404, 409, 410, 422, 500, 502, 504};
      respond::problem_details p;
      // `type` is a URI reference, an absolute URI under strict() (RFC 9457 §3.1.1).
      if (respolicy::grammar::parse_uri(arg(3))) p.type = arg(3);
      // With type about:blank the title is the status phrase (the builder's documented
      // precondition, RFC 9457 §4.2.1): a custom title only with a type.
      if (!p.type.empty()) p.title = arg(1);
      p.detail = arg(0);
      auto const code = codes[to_u64(arg(2)) % std::size(codes)];
      check_built(respond::problem(ctx(req), static_cast<http::status>(code), p), req, "problem");
      break;
    }
    default: break;
  }
}

}  // namespace

RESPOLICY_FUZZ_TARGET(fuzz_guard) {
  respolicy::fuzz::input in{data, size};
  auto const parts = sections(in.rest());

  message spec = read_response(parts[0]);
  bool const use_set = spec.start.flags.find('s') != std::string::npos;
  bool const prepare = spec.start.flags.find('P') != std::string::npos;

  response res;
  // Beast takes any status, and writes it as three digits by arithmetic: statuses outside
  // 100-999 put other bytes in the status line. The version is kept to Beast's asserted 1-99.
  auto const status = spec.start.status < 0 ? -spec.start.status : spec.start.status;
  res.result(static_cast<http::status>(status % 70000));  // the enum setter checks nothing
  res.version(beast_version(spec.start.version));
  res.reason(bsv(spec.start.reason));
  for (std::size_t i = 0; i < spec.names.size(); ++i) {
    if (use_set)
      res.set(bsv(spec.names[i]), bsv(spec.values[i]));
    else
      res.insert(bsv(spec.names[i]), bsv(spec.values[i]));
  }
  res.body() = std::string(parts.size() > 1 ? parts[1] : std::string_view{});
  // Chunked framing set as handlers set it, on top of whatever Transfer-Encoding lines the input
  // holds: Beast's chunked() reads the first line only, a client combines them all.
  if (spec.start.flags.find('c') != std::string::npos) res.chunked(true);
  if (prepare) {
    try {
      res.prepare_payload();
    } catch (std::invalid_argument const&) {
      // Beast refuses content on 1xx, 204 and 304: the response stays as it was.
    }
  }

  std::optional<request> req;
  if (parts.size() > 3) {
    message r;
    std::string_view text = parts[3];
    auto line = next_line(text);
    auto const method = next_word(line);
    req.emplace();
    req->method_string(bsv(method.empty() ? std::string_view("GET") : method));
    req->target("/resource");
    req->version(beast_version(to_int(next_word(line), 11)));
    read_fields(text, r);
    for (std::size_t i = 0; i < r.names.size(); ++i) req->insert(bsv(r.names[i]), bsv(r.values[i]));
  }
  message equivalent;
  std::optional<respolicy::response_view> equivalent_view;
  if (parts.size() > 4) {
    equivalent = read_response(parts[4]);
    auto const eq_size = content_size(equivalent, 0);
    equivalent_view.emplace(equivalent.start.status, equivalent.start.reason,
                            equivalent.start.version, equivalent.fields(), eq_size);
  }
  std::optional<rb::request_view> req_view;
  std::optional<respolicy::request_context> context;
  if (req) {
    req_view.emplace(*req);
    context = req_view->context();
    if (equivalent_view) context->equivalent_200 = &*equivalent_view;
  }
  respolicy::request_context const* ctx = context ? &*context : nullptr;
  bool const keep_alive = req && rb::wants_keep_alive(*req);

  for (auto const* pol : {&respolicy::policy::standard(), &respolicy::policy::strict(),
                          &respolicy::policy::minimal()})
    check_repair(res, ctx, *pol);

  static constexpr std::pair<rb::guard_mode, char const*> modes[] = {
      {rb::guard_mode::report, "report"},
      {rb::guard_mode::repair, "repair"},
      {rb::guard_mode::reject, "reject"},
      {rb::guard_mode::throw_, "throw"}};
  for (auto const& [mode, name] : modes) {
    check_guard(res, nullptr, false, mode, name);
    if (ctx) check_guard(res, ctx, keep_alive, mode, name);
  }

  if (parts.size() > 5) {
    // The builders refuse a value with CR, LF or NUL (std::invalid_argument), and only such a
    // value.
    try {
      call_builder(parts[5]);
    } catch (std::invalid_argument const& e) {
      // Arguments are lines, so the bytes that can split a field are CR and NUL.
      RESPOLICY_GUARD_CHECK(
          parts[5].find_first_of(std::string_view{"\r\0", 2}) != std::string_view::npos,
          "a builder refused a value without CR, LF or NUL", e.what());
    }
  }
  return 0;
}
