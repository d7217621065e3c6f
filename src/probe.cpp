//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// respolicy::probe: plans requests from a server's answer to a GET, reads each answer through the
// wire reader, and judges it with validate() (the 200 as context G) and with the rules that only
// two answers show (coverage::probe in the rule table).

#include <respolicy/probe.hpp>
#include <respolicy/validate.hpp>

#include <respolicy/grammar/basic.hpp>

#include <algorithm>
#include <cstdio>
#include <utility>

namespace respolicy {

namespace {

using grammar::iequals;
using grammar::trim_ows;

// Namespace-scope rule indexes: the rules this file reports itself.
constexpr rule_index continue_prompt{"100-continue-prompt"};
constexpr rule_index vary_when_negotiated{"vary-when-negotiated"};
constexpr rule_index method_501_vs_405{"501-vs-405"};
constexpr rule_index one_final_response{"one-final-response"};

// The method no server knows: a token (RFC 9110 §9.1) no registry lists.
constexpr std::string_view unknown_method = "RESPOLICY-PROBE";
// An entity tag no server sent: what If-Match and If-Range name so that they fail.
constexpr std::string_view foreign_tag = "\"respolicy-probe-no-such-tag\"";

struct kind_text {
  std::string_view name;
  std::string_view purpose;
};

constexpr kind_text kind_texts[] = {
    {"get", "the reference GET, which the other probes are compared with"},
    {"head", "HEAD: the GET's header fields without content"},
    {"if-none-match", "a GET with If-None-Match: the 200's ETag, answered 304"},
    {"if-none-match-head", "a HEAD with If-None-Match: the 200's ETag, answered 304"},
    {"if-modified-since", "a GET with If-Modified-Since: the 200's Last-Modified, answered 304"},
    {"if-match-failed", "a GET with If-Match: an entity tag the server never sent, not performed"},
    {"range", "a GET with one satisfiable range: 206 with those bytes of the 200, or 200"},
    {"range-multi", "a GET with two ranges: 206 with those bytes of the 200, or 200"},
    {"range-unsatisfiable", "a GET with a range past the end: 416 naming the current length"},
    {"if-range-other", "a GET with Range and If-Range: another entity tag, the whole 200"},
    {"range-if-none-match", "a GET with Range and If-None-Match: the 200's ETag, 304 not 206"},
    {"accept-encoding-gzip",
     "a GET with Accept-Encoding: gzip: Vary says so if the coding differs"},
    {"options", "OPTIONS: the methods the resource allows, in Allow"},
    {"not-allowed", "TRACE, which few resources allow: 405 with Allow, or 501"},
    {"unknown-method", "a method no server knows: 501, not 405"},
    {"http10", "a GET in HTTP/1.0: no Transfer-Encoding"},
    {"expect-continue", "a GET with Expect: 100-continue: a 100 or a final response, promptly"},
};

kind_text const& text_of(probe_kind k) noexcept {
  auto const i = static_cast<std::size_t>(k);
  return kind_texts[i < std::size(kind_texts) ? i : 0];
}

// True when a list field's members (every line named `name`) include `token`, case-insensitively.
bool list_has(std::span<field_view const> fields, std::string_view name, std::string_view token) {
  bool found = false;
  for (auto const& f : fields)
    if (iequals(f.name, name))
      grammar::for_each_element(f.value, [&](std::string_view e) { found |= iequals(e, token); });
  return found;
}

// The request line, the Host field, the probe's fields, then the target's (those the probe does
// not set itself).
std::string make_header(std::string_view method, probe_target const& t, int version,
                        std::initializer_list<std::pair<std::string_view, std::string_view>> own) {
  std::string h;
  h.reserve(256);
  h.append(method).append(" ").append(t.target.empty() ? "/" : t.target);
  h.append(version == 10 ? " HTTP/1.0\r\n" : " HTTP/1.1\r\n");
  h.append("Host: ").append(t.host).append("\r\n");
  for (auto const& o : own) h.append(o.first).append(": ").append(o.second).append("\r\n");
  // Each probe has its connection, which the server closes after answering (RFC 9112 §9.6): then
  // all it sends after the response is read (probe_reading::rest). HTTP/1.0 closes by default.
  if (version == 11) h.append("Connection: close\r\n");
  for (auto const& field : t.fields) {
    bool const overridden = iequals(field.first, "Connection") ||
                            std::any_of(own.begin(), own.end(), [&](auto const& o) {
                              return iequals(o.first, field.first);
                            });
    if (!overridden) h.append(field.first).append(": ").append(field.second).append("\r\n");
  }
  h.append("\r\n");
  return h;
}

// Reads one probe's answer: its interim responses, the final one, and whatever follows it until
// the connection ends. Two readers see the same bytes: `edge_` delivers each response where its
// framing ends (wire_options::deliver_at_end), to say when the final one is complete; `all_`
// reads as a recipient of the whole connection does, so that bytes after the final response's end
// count against it (content after a HEAD answer, a 204 or a 304) or form a second response. What
// `all_` delivers is judged: it depends only on the bytes, never on how they were cut.
class answer_reader {
 public:
  answer_reader(probe_request const& req, wire_options opts)
      : edge_(
            edge_options(opts), [this](wire_message& m) { on_edge(m); },
            [p = req.parsed](int) { return p; }),
        all_(
            all_options(opts), [this](wire_message& m) { on_message(m); },
            [p = req.parsed](int) { return p; }) {}

  probe_reading feed(std::string_view bytes) {
    all_.feed(bytes);
    if (!complete_) edge_.feed(bytes);
    return complete_ ? probe_reading::rest : probe_reading::more;
  }

  // The connection ended.
  void finish() { all_.finish(); }

  std::optional<received_response> final;
  std::vector<received_response> interim;
  std::vector<wire_finding> findings;
  bool unreadable = false;
  int after_final = 0;  // responses after the final one (a status, or -1 for unreadable bytes)

 private:
  static wire_options all_options(wire_options o) {
    o.raw = true;
    o.keep_content = true;
    o.deliver_at_end = false;
    return o;
  }
  static wire_options edge_options(wire_options o) {
    o.raw = true;
    o.keep_content = false;
    o.deliver_at_end = true;
    return o;
  }

  void on_edge(wire_message const& m) {
    if (m.parsed && (m.status < 100 || m.status > 199 || m.status == 101)) complete_ = true;
  }

  void on_message(wire_message& m) {
    if (final) {
      if (after_final == 0) after_final = m.parsed ? m.status : -1;
      return;
    }
    for (auto& f : m.findings) findings.push_back(std::move(f));
    if (!m.parsed) {
      unreadable = true;
      return;
    }
    if (m.status >= 100 && m.status <= 199 && m.status != 101) {
      interim.emplace_back(m);
      return;
    }
    final.emplace(m);
  }

  bool complete_ = false;
  wire_reader edge_;
  wire_reader all_;
};

void add(report& out, policy const& pol, rule_index r, std::string_view field,
         std::string_view detail) {
  auto const s = pol.severity_of(r);
  if (s != severity::off) out.add(diagnostic::of(r, s, field, detail));
}

// The wire's findings under catalog rules that validate() did not report for the same field.
void add_wire_findings(probe_result& r, policy const& pol) {
  for (auto const& f : r.wire) {
    auto const* info = find_rule(f.rule);
    if (!info) continue;  // a wire_rule id: unparseable input and notes, reported as the error
    bool const seen = std::any_of(r.findings.begin(), r.findings.end(), [&](diagnostic const& d) {
      return d.rule == info->id && iequals(d.field.view(), f.field);
    });
    auto const s = pol.severity_of(info->id);
    if (seen || s == severity::off) continue;
    diagnostic d;
    d.rule = info->id;
    d.entry = info;
    d.severity = s;
    d.message = info->summary;
    d.citation = info->citation;
    d.field.assign(f.field);
    d.detail.assign(f.detail);
    r.findings.add(d);
  }
}

probe_result judge(probe_request req, answer_reader& a, probe_io const& io,
                   received_response const* first, policy const& pol,
                   std::chrono::milliseconds wait) {
  probe_result r;
  r.request = std::move(req);
  r.response = std::move(a.final);
  r.wire = std::move(a.findings);
  r.error = io.error;
  for (auto const& i : a.interim) r.interim.push_back(i.status());

  request_context ctx;
  if (r.request.parsed) ctx = r.request.parsed->context();
  if (r.request.parsed) ctx.target = r.request.parsed->target;
  response_view equivalent;
  if (first && first->status() == 200 && r.request.kind != probe_kind::get) {
    equivalent = first->view();
    ctx.equivalent_200 = &equivalent;
  }
  for (auto const& i : a.interim) validate(i.view(), &ctx, pol, r.findings);
  if (r.response) validate(r.response->view(), &ctx, pol, r.findings);
  add_wire_findings(r, pol);

  // RFC 9110 §15: one final response per request; what follows it on the connection is a second
  // answer no request asked for (a response smuggled in another's content, say).
  if (r.response && a.after_final != 0) {
    std::string detail =
        a.after_final > 0 ? "a " + std::to_string(a.after_final) + " response follows the final one"
                          : "bytes that are no response follow the final one";
    add(r.findings, pol, one_final_response, {}, detail);
  }
  // RFC 9110 §10.1.1: the server answers an Expect: 100-continue at once, 100 or final.
  if (r.request.kind == probe_kind::expect_continue && io.waited_out && r.error.empty()) {
    char detail[80];
    std::snprintf(detail, sizeof detail, "neither 100 nor a final response within %lld ms",
                  static_cast<long long>(wait.count()));
    add(r.findings, pol, continue_prompt, "Expect", detail);
  }
  if (r.error.empty() && !r.response)
    r.error = a.unreadable ? "the answer is not an HTTP/1.x response"
                           : "the connection ended before a final response";
  return r;
}

}  // namespace

std::string_view to_string(probe_kind k) noexcept { return text_of(k).name; }

std::string_view purpose(probe_kind k) noexcept { return text_of(k).purpose; }

// --- received_response ---------------------------------------------------------------------------

received_response::received_response(wire_message const& m)
    : status_(m.status),
      version_(m.version),
      reason_(m.reason),
      body_(m.body),
      body_size_(m.body_size) {
  fields_.reserve(m.fields.size());
  for (auto const& f : m.fields) fields_.emplace_back(f.name, f.value);
  for (auto const& f : m.trailers) trailers_.emplace_back(f.name, f.value);
  rebuild();
}

received_response::received_response(received_response const& o)
    : status_(o.status_),
      version_(o.version_),
      reason_(o.reason_),
      fields_(o.fields_),
      trailers_(o.trailers_),
      body_(o.body_),
      body_size_(o.body_size_) {
  rebuild();
}

received_response& received_response::operator=(received_response const& o) {
  if (this != &o) {
    received_response copy(o);
    *this = std::move(copy);
  }
  return *this;
}

received_response::received_response(received_response&& o) noexcept
    : status_(o.status_),
      version_(o.version_),
      reason_(std::move(o.reason_)),
      fields_(std::move(o.fields_)),
      trailers_(std::move(o.trailers_)),
      body_(std::move(o.body_)),
      body_size_(o.body_size_) {
  rebuild();
}

received_response& received_response::operator=(received_response&& o) noexcept {
  status_ = o.status_;
  version_ = o.version_;
  reason_ = std::move(o.reason_);
  fields_ = std::move(o.fields_);
  trailers_ = std::move(o.trailers_);
  body_ = std::move(o.body_);
  body_size_ = o.body_size_;
  rebuild();
  return *this;
}

// The views point into the strings of this object, which a copy or move does not carry over
// (a short string lives inside its std::string): they are made again each time.
void received_response::rebuild() noexcept {
  field_views_.clear();
  trailer_views_.clear();
  try {
    field_views_.reserve(fields_.size());
    trailer_views_.reserve(trailers_.size());
  } catch (...) {
    return;  // no memory: the view shows no fields rather than dangling ones
  }
  for (auto const& [n, v] : fields_) field_views_.push_back({n, v});
  for (auto const& [n, v] : trailers_) trailer_views_.push_back({n, v});
}

response_view received_response::view() const noexcept {
  return {status_, reason_, version_, field_views_, body_size_, trailer_views_, body_};
}

std::optional<std::string_view> received_response::field(std::string_view name) const noexcept {
  for (auto const& f : field_views_)
    if (iequals(f.name, name)) return f.value;
  return std::nullopt;
}

// --- planning -----------------------------------------------------------------------------------

probe_transport::~probe_transport() = default;

std::optional<probe_request> make_probe_request(probe_kind kind, probe_target const& t,
                                                received_response const* first) {
  bool const have_200 = first && first->status() == 200;
  auto const etag = have_200 ? first->field("ETag") : std::nullopt;
  auto const modified = have_200 ? first->field("Last-Modified") : std::nullopt;
  auto const size = have_200 ? first->body_size() : std::nullopt;
  std::string const n = size ? std::to_string(*size) : std::string();
  std::string range;
  if (size && *size > 0)
    range = *size == 1 ? "bytes=0-0"
                       : "bytes=1-" + std::to_string(std::min<std::uint64_t>(*size - 1, 16));
  std::string const tag = etag ? std::string(trim_ows(*etag)) : std::string();

  probe_request r;
  r.kind = kind;
  constexpr std::string_view identity = "identity";
  switch (kind) {
    case probe_kind::get:
      r.header = make_header("GET", t, 11, {{"Accept-Encoding", identity}});
      break;
    case probe_kind::head:
      r.header = make_header("HEAD", t, 11, {{"Accept-Encoding", identity}});
      break;
    case probe_kind::if_none_match:
    case probe_kind::if_none_match_head:
      if (!etag) return std::nullopt;
      r.header = make_header(kind == probe_kind::if_none_match ? "GET" : "HEAD", t, 11,
                             {{"Accept-Encoding", identity}, {"If-None-Match", tag}});
      break;
    case probe_kind::if_modified_since:
      if (!modified) return std::nullopt;
      r.header =
          make_header("GET", t, 11,
                      {{"Accept-Encoding", identity}, {"If-Modified-Since", trim_ows(*modified)}});
      break;
    case probe_kind::if_match_failed:
      if (!etag) return std::nullopt;
      r.header =
          make_header("GET", t, 11, {{"Accept-Encoding", identity}, {"If-Match", foreign_tag}});
      break;
    case probe_kind::range:
      if (range.empty()) return std::nullopt;
      r.header = make_header("GET", t, 11, {{"Accept-Encoding", identity}, {"Range", range}});
      break;
    case probe_kind::range_multi:
      if (!size || *size < 2) return std::nullopt;
      r.header =
          make_header("GET", t, 11, {{"Accept-Encoding", identity}, {"Range", "bytes=0-0,-1"}});
      break;
    case probe_kind::range_unsatisfiable:
      if (!size) return std::nullopt;
      r.header =
          make_header("GET", t, 11, {{"Accept-Encoding", identity}, {"Range", "bytes=" + n + "-"}});
      break;
    case probe_kind::if_range_other:
      if (!size || *size == 0) return std::nullopt;
      r.header = make_header(
          "GET", t, 11,
          {{"Accept-Encoding", identity}, {"Range", "bytes=0-0"}, {"If-Range", foreign_tag}});
      break;
    case probe_kind::range_if_none_match:
      if (!etag || !size || *size == 0) return std::nullopt;
      r.header = make_header(
          "GET", t, 11,
          {{"Accept-Encoding", identity}, {"Range", "bytes=0-0"}, {"If-None-Match", tag}});
      break;
    case probe_kind::accept_encoding_gzip:
      if (!have_200) return std::nullopt;
      r.header = make_header("GET", t, 11, {{"Accept-Encoding", "gzip"}});
      break;
    case probe_kind::options: r.header = make_header("OPTIONS", t, 11, {}); break;
    case probe_kind::not_allowed: r.header = make_header("TRACE", t, 11, {}); break;
    case probe_kind::unknown_method: r.header = make_header(unknown_method, t, 11, {}); break;
    case probe_kind::http10:
      r.header = make_header("GET", t, 10, {{"Accept-Encoding", identity}});
      break;
    case probe_kind::expect_continue:
      // RFC 9110 §10.1.1: a 100-continue expectation goes with content. One octet on a GET,
      // which has no defined semantics for it (§9.3.1): the server may refuse it, at once.
      r.header = make_header(
          "GET", t, 11,
          {{"Accept-Encoding", identity}, {"Expect", "100-continue"}, {"Content-Length", "1"}});
      r.content = "x";
      break;
  }
  auto parsed = read_requests(r.header);
  if (!parsed.empty()) r.parsed = std::move(parsed.front());
  return r;
}

// --- judging ------------------------------------------------------------------------------------

probe_result judge_probe(probe_request req, std::string_view bytes, received_response const* first,
                         policy const& pol) {
  answer_reader a(req, {});
  a.feed(bytes);
  a.finish();
  return judge(std::move(req), a, {}, first, pol, std::chrono::milliseconds(0));
}

void judge_pairs(std::vector<probe_result>& results, policy const& pol) {
  auto find = [&](probe_kind k) -> probe_result* {
    for (auto& r : results)
      if (r.request.kind == k && r.response) return &r;
    return nullptr;
  };

  // vary-when-negotiated (RFC 9110 §12.5.5): the same GET, with and without gzip acceptable,
  // gets content in another coding: both answers were selected by Accept-Encoding.
  auto* plain = find(probe_kind::get);
  auto* gzip = find(probe_kind::accept_encoding_gzip);
  if (plain && gzip && plain->response->status() == 200 && gzip->response->status() == 200) {
    auto const a = trim_ows(plain->response->field("Content-Encoding").value_or(""));
    auto const b = trim_ows(gzip->response->field("Content-Encoding").value_or(""));
    auto const coding = [](std::string_view c) { return c.empty() ? std::string_view("none") : c; };
    if (!iequals(a, b)) {
      for (auto* r : {plain, gzip}) {
        auto const fields = r->response->fields();
        if (list_has(fields, "Cache-Control", "no-store") ||
            list_has(fields, "Vary", "accept-encoding") || list_has(fields, "Vary", "*"))
          continue;
        char detail[120];
        std::snprintf(
            detail, sizeof detail,
            "Content-Encoding %.*s with gzip acceptable, %.*s without; no Vary",
            static_cast<int>(std::min<std::size_t>(coding(b).size(), 30)), coding(b).data(),
            static_cast<int>(std::min<std::size_t>(coding(a).size(), 30)), coding(a).data());
        add(r->findings, pol, vary_when_negotiated, "Vary", detail);
      }
    }
  }

  // 501-vs-405 (RFC 9110 §9.1): a method no server knows gets 501; a method the server lists in
  // Allow, which it therefore knows, does not.
  std::vector<std::string> allowed;
  for (auto const& r : results) {
    if (!r.response || (r.request.kind != probe_kind::options && r.response->status() != 405))
      continue;
    for (auto const& f : r.response->fields())
      if (iequals(f.name, "Allow"))
        grammar::for_each_element(f.value, [&](std::string_view m) {
          if (!m.empty()) allowed.emplace_back(m);
        });
  }
  for (auto& r : results) {
    if (!r.response || !r.request.parsed) continue;
    auto const& method = r.request.parsed->method;
    if (r.request.kind == probe_kind::unknown_method && r.response->status() == 405)
      add(r.findings, pol, method_501_vs_405, {},
          "a method no server knows was answered 405, which says it is known");
    // Methods are case-sensitive (RFC 9110 §9.1).
    if (r.response->status() == 501 &&
        std::find(allowed.begin(), allowed.end(), method) != allowed.end()) {
      std::string detail = method + " is in Allow, but was answered 501";
      add(r.findings, pol, method_501_vs_405, "Allow", detail);
    }
  }
}

probe_report run_probe(probe_transport& transport, probe_target const& target, policy const& pol,
                       probe_options const& opts) {
  probe_report rep;
  rep.target = target;
  // Returns false when the transport failed (the server could not be reached, or timed out).
  auto exchange = [&](probe_request req, received_response const* first) {
    answer_reader a(req, opts.reading);
    auto const io = transport.exchange(
        req, [&](std::string_view bytes) { return a.feed(bytes); }, opts.continue_wait);
    a.finish();
    rep.results.push_back(judge(std::move(req), a, io, first, pol, opts.continue_wait));
    return io.error.empty();
  };
  auto get = make_probe_request(probe_kind::get, target, nullptr);
  // A server that cannot be reached would cost every probe its timeout: one failure says it.
  if (!get || !exchange(std::move(*get), nullptr)) return rep;
  // A copy: the results vector grows under it.
  std::optional<received_response> const first =
      rep.results.empty() ? std::nullopt : rep.results.front().response;
  for (auto k : opts.kinds) {
    if (k == probe_kind::get) continue;
    if (auto req = make_probe_request(k, target, first ? &*first : nullptr))
      exchange(std::move(*req), first ? &*first : nullptr);
  }
  judge_pairs(rep.results, pol);
  return rep;
}

// --- probe_report -------------------------------------------------------------------------------

bool probe_report::ok() const noexcept {
  return std::all_of(results.begin(), results.end(),
                     [](probe_result const& r) { return r.error.empty() && r.findings.ok(); });
}

severity probe_report::worst() const noexcept {
  severity w = severity::off;
  for (auto const& r : results) w = std::max(w, r.findings.worst());
  return w;
}

bool probe_report::has(std::string_view rule) const noexcept {
  return std::any_of(results.begin(), results.end(),
                     [&](probe_result const& r) { return r.findings.has(rule); });
}

probe_result const* probe_report::find(probe_kind k) const noexcept {
  for (auto const& r : results)
    if (r.request.kind == k) return &r;
  return nullptr;
}

std::string probe_report::to_string(bool verbose) const {
  std::string out;
  for (auto const& r : results) {
    auto const line_end = r.request.header.find("\r\n");
    auto const request_line = std::string_view(r.request.header).substr(0, line_end);
    out.append(respolicy::to_string(r.request.kind)).append(": ").append(request_line);
    if (r.response) {
      out.append(" -> ");
      for (int s : r.interim) out.append(std::to_string(s)).append(", ");
      out.append(std::to_string(r.response->status()));
      if (!r.response->reason().empty()) out.append(" ").append(r.response->reason());
    }
    out.append("\n");
    if (verbose) {
      std::string_view h = r.request.header;
      while (!h.empty()) {
        auto const nl = h.find("\r\n");
        auto const line = h.substr(0, nl);
        if (!line.empty()) out.append("  > ").append(line).append("\n");
        if (nl == std::string_view::npos) break;
        h.remove_prefix(nl + 2);
      }
      if (r.response)
        for (auto const& f : r.response->fields())
          out.append("  < ").append(f.name).append(": ").append(f.value).append("\n");
    }
    if (!r.error.empty()) out.append("  failed: ").append(r.error).append("\n");
    if (r.findings.empty()) continue;
    std::string_view text;
    auto const all = r.findings.to_string();
    text = all;
    while (!text.empty()) {
      auto const nl = text.find('\n');
      out.append("  ").append(text.substr(0, nl)).append("\n");
      if (nl == std::string_view::npos) break;
      text.remove_prefix(nl + 1);
    }
  }
  return out;
}

}  // namespace respolicy
