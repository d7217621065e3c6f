//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// The wire reader: HTTP/1.x messages framed as a recipient frames them (RFC 9112).

#include <respolicy/grammar/basic.hpp>
#include <respolicy/rule.hpp>
#include <respolicy/wire.hpp>

#include "detail/checker.hpp"
#include "detail/field_id.hpp"
#include "detail/framing.hpp"

#include <algorithm>
#include <cstdio>

namespace respolicy {
namespace {

using grammar::is_digit;
using grammar::is_ows;
using grammar::trim_ows;

// HEXDIG (RFC 5234 B.1), for chunk-size (RFC 9112 §7.1).
using grammar::hex_value;

// HTTP-version = HTTP-name "/" DIGIT "." DIGIT, case-sensitive (RFC 9112 §2.3), as major * 10 +
// minor; -1 for anything else.
constexpr int http_version(std::string_view v) noexcept {
  if (v.size() != 8 || !v.starts_with("HTTP/") || !is_digit(v[5]) || v[6] != '.' || !is_digit(v[7]))
    return -1;
  return (v[5] - '0') * 10 + (v[7] - '0');
}

// True when `s` contains "json", compared case-insensitively.
bool mentions_json(std::string_view s) noexcept {
  constexpr std::string_view json = "json";
  return std::search(s.begin(), s.end(), json.begin(), json.end(), [](char a, char b) {
           return detail::lower(a) == static_cast<unsigned char>(b);
         }) != s.end();
}

// Printable excerpt of untrusted bytes for a finding's detail.
std::string excerpt(std::string_view s, std::size_t max = 32) {
  std::string out;
  for (std::size_t i = 0; i < s.size() && i < max; ++i) {
    auto const c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
    } else {
      char hex[8];
      std::snprintf(hex, sizeof hex, "\\x%02X", c);
      out += hex;
    }
  }
  if (s.size() > max) out += "...";
  return out;
}

std::string number(std::uint64_t n) { return std::to_string(n); }

// The value of the first field line of `id`, or nothing.
std::optional<std::string_view> field_value(std::vector<field_view> const& fields,
                                            detail::field_id id) noexcept {
  for (auto const& f : fields)
    if (detail::lookup_field(f.name) == id) return f.value;
  return std::nullopt;
}

}  // namespace

response_view wire_message::view() const noexcept {
  // A curl transcript of HTTP/2 or HTTP/3 gives the version as 20 or 30, as validate() takes it;
  // an HTTP/1.x status line that says "HTTP/2.0" is still HTTP/1.x (reported when read).
  int const v = !transcript_h2 && (version == 20 || version == 30) ? 11 : version;
  return {status, reason, v, fields, body_size, trailers, body};
}

void wire_message::clear() noexcept {
  offset = 0;
  parsed = true;
  version = 11;
  status = 0;
  reason = method = target = {};
  fields.clear();
  trailers.clear();
  body_size = 0;
  body = {};
  transcript_h2 = false;
  findings.clear();
  request.reset();
}

struct wire_reader::impl {
  enum class st : std::uint8_t {
    start,        // where a message must begin
    head,         // reading a header section
    body_length,  // Content-Length content
    chunk_line,   // a chunk-size line
    chunk_data,
    chunk_end,  // the CRLF after chunk data
    trailers,   // the trailer section after the last chunk
    body_rest,  // content delimited by the end of the input (or, in a transcript, the next one)
    probe,      // after a message whose framing ended: stray bytes belong to it
    resync,     // skipping bytes up to the next line that starts a message
    tunnel,     // after a 101 or a 2xx to CONNECT on a raw connection
    done,
  };
  enum class framing : std::uint8_t { none, length, chunked, rest, tunnel };

  wire_options o;
  message_handler on_message;
  wire_reader::header_handler on_header;
  request_source requests;

  std::string buf;               // input not consumed yet
  std::size_t longest_unit = 0;  // the longest header section or chunk-size line so far
  std::string_view in;
  std::size_t pos = 0;
  bool eof = false;
  std::uint64_t base = 0;  // input offset of in[0]
  std::size_t delivered = 0;
  st state = st::start;

  // The message in progress.
  wire_message msg;
  bool pending = false;
  std::string startbuf, fieldbuf, trailerbuf, keep;
  bool keeping = false, keep_overflow = false;
  framing frame = framing::none;
  std::uint64_t remaining = 0, received = 0;
  std::size_t scanned = 0;
  bool first_chunk = true;
  bool rest_stops_at_message = false;
  bool tunnel_after = false;  // a 101 or a 2xx to CONNECT: what follows is another protocol
  bool at_line_start = true;
  std::uint64_t surplus = 0, surplus_offset = 0;
  bool surplus_nonblank = false;
  // An unparseable run.
  bool resync_reports = false;
  std::uint64_t garbage_start = 0, garbage_size = 0;
  std::string garbage_preview;

  impl(wire_options opts, message_handler h, request_source r)
      : o(opts), on_message(std::move(h)), requests(std::move(r)) {}

  std::uint64_t here() const noexcept { return base + pos; }
  std::size_t avail() const noexcept { return in.size() - pos; }

  // A finding under a catalog rule: the id is checked at compile time.
  void find(rule_index rule, std::uint64_t offset, std::string_view field, std::string detail) {
    msg.findings.push_back({rule.info().id, offset, std::string(field), std::move(detail)});
  }

  // A finding under one of the reader's own ids (wire_rule).
  void find_wire(std::string_view wire_id, std::uint64_t offset, std::string detail) {
    msg.findings.push_back({wire_id, offset, {}, std::move(detail)});
  }

  void reset_message() {
    msg.clear();  // keeps the vectors' capacity: no allocation per message
    pending = false;
    startbuf.clear();
    fieldbuf.clear();
    trailerbuf.clear();
    keep.clear();
    keeping = keep_overflow = false;
    frame = framing::none;
    remaining = received = 0;
    first_chunk = true;
    rest_stops_at_message = tunnel_after = false;
  }

  void deliver() {
    if (msg.body_size && keeping && !keep_overflow && keep.size() == *msg.body_size)
      msg.body = keep;
    ++delivered;
    on_message(msg);
    reset_message();
  }

  // Where a message may start: 'HTTP/' at the start of a line (compared without case, so that a
  // malformed version is reported as such rather than as noise). -1: need more input.
  int message_starts_at(std::size_t p) const noexcept {
    std::size_t const n = in.size() - p;
    std::string_view const want = "HTTP/";
    std::size_t const k = std::min(n, want.size());
    if (!grammar::iequals(in.substr(p, k), want.substr(0, k))) return 0;
    if (k < want.size()) return eof ? 0 : -1;
    return 1;
  }

  // A status line inside content, as curl transcripts show after a header-only response: "HTTP/"
  // and a digit, case-sensitive. -1: need more input.
  int status_line_at(std::size_t p) const noexcept {
    std::string_view const want = "HTTP/";
    std::size_t const n = in.size() - p;
    std::size_t const k = std::min(n, want.size() + 1);
    auto const got = in.substr(p, k);
    if (got.substr(0, std::min(k, want.size())) != want.substr(0, std::min(k, want.size())))
      return 0;
    if (k < want.size() + 1) return eof ? 0 : -1;
    return is_digit(got.back()) ? 1 : 0;
  }

  // A whole status line as curl prints one, "HTTP/1.1 200 " or "HTTP/2 200" and CR or LF: the
  // version, one SP, three digits. -1: need more input.
  int whole_status_line_at(std::size_t p) const noexcept {
    static constexpr std::string_view shapes[] = {"HTTP/9.9 999", "HTTP/9 999"};
    int verdict = 0;
    for (auto shape : shapes) {
      std::size_t i = 0;
      for (; i <= shape.size() && p + i < in.size(); ++i) {
        char const ch = in[p + i];
        bool const fits = i == shape.size() ? ch == ' ' || ch == '\r' || ch == '\n'
                          : shape[i] == '9' ? is_digit(ch)
                                            : ch == shape[i];
        if (!fits) break;
      }
      if (i > shape.size()) return 1;
      if (p + i == in.size() && !eof) verdict = -1;
    }
    return verdict;
  }

  // In a transcript, whether the bytes where the content of a response with Content-Length
  // starts are the next response of a header-only print (1), its content (0), or not known yet
  // (-1). Only a whole status line can start another response; and when the announced length of
  // content is there and ends where a response may follow, it is content (RFC 9112 §6.3).
  int header_only_at(std::size_t p) const noexcept {
    int const line = whole_status_line_at(p);
    if (line <= 0) return line;
    if (remaining > o.max_kept_body) return 1;  // too long to look past: curl's print it is
    auto const n = static_cast<std::size_t>(remaining);
    if (in.size() - p < n) return eof ? 1 : -1;
    std::size_t q = p + n;
    while (q < in.size() && (in[q] == '\r' || in[q] == '\n')) ++q;
    if (q == in.size()) return eof ? 0 : -1;
    int const next = whole_status_line_at(q);
    return next < 0 ? -1 : next > 0 ? 0 : 1;
  }

  void keep_bytes(std::string_view b) {
    if (!keeping || keep_overflow) return;
    if (keep.size() + b.size() > o.max_kept_body) {
      keep_overflow = true;
      keep.clear();
      return;
    }
    keep.append(b);
  }

  // ---------------------------------------------------------------------------------------------
  // Header sections (RFC 9112 §2.2, §4, §5).

  // Offset, within in[pos..], just past the blank line ending a section that starts at pos; 0 when
  // not found yet. `scanned` remembers how far the search went.
  std::size_t section_end() {
    std::string_view const s = in.substr(pos);
    if (scanned == 0) {  // an empty section (trailers): the blank line comes first
      if (!s.empty() && s[0] == '\n') return 1;
      if (s.size() >= 2 && s[0] == '\r' && s[1] == '\n') return 2;
      if (s.size() < 2 && !eof && (s.empty() || s[0] == '\r')) return 0;
    }
    std::size_t i = scanned;
    while (i < s.size()) {
      auto const nl = s.find('\n', i);
      if (nl == std::string_view::npos) break;
      if (nl + 1 >= s.size()) {
        scanned = nl;
        return 0;
      }
      if (s[nl + 1] == '\n') return nl + 2;
      if (s[nl + 1] == '\r') {
        if (nl + 2 >= s.size()) {
          scanned = nl;
          return 0;
        }
        if (s[nl + 2] == '\n') return nl + 3;
      }
      i = nl + 1;
    }
    scanned = s.size();
    return 0;
  }

  // Parses field lines (RFC 9112 §5) from `text`, whose lines end in LF; `first_offset` is the
  // input offset of text[0]. Names and values are copied into `store` (reserved beforehand, so
  // the views stay valid). Returns the count of lines ending in a bare LF.
  std::size_t parse_fields(std::string_view text, std::uint64_t first_offset,
                           std::vector<field_view>& out, std::string& store, bool after_start) {
    store.clear();
    store.reserve(text.size());
    std::size_t bare_lf = 0;
    std::size_t p = 0;
    bool first = after_start;
    bool skipping_ws = false;
    while (p < text.size()) {
      auto const nl = text.find('\n', p);
      if (nl == std::string_view::npos) break;
      std::string_view line = text.substr(p, nl - p);
      std::uint64_t const at = first_offset + p;
      p = nl + 1;
      if (line.empty() || line.back() != '\r')
        ++bare_lf;
      else
        line.remove_suffix(1);
      if (line.empty()) break;  // the blank line ending the section
      if (is_ows(line.front())) {
        if (out.empty() && !after_start) {
          find("field-name-token", at, {},
               "a trailer line starts with whitespace: \"" + excerpt(line) + "\"");
          continue;
        }
        if (out.empty() && (first || skipping_ws)) {
          // RFC 9112 §2.2: whitespace between the start line and the first field line; a
          // recipient consumes each such line without processing it.
          if (!skipping_ws)
            find("no-whitespace-before-first-field", at, {}, "\"" + excerpt(line) + "\"");
          skipping_ws = true;
          continue;
        }
        if (out.empty()) {  // a folded line with no field line before it: nothing to fold into
          find("field-name-token", at, {},
               "a folded line with no field line before it: \"" + excerpt(line) + "\"");
          continue;
        }
        // RFC 9112 §5.2: obs-fold; a recipient replaces it with SP before interpreting the value.
        auto& last = out.back();
        find("no-obs-fold", at, last.name, "line folded at offset " + number(at));
        auto const more = trim_ows(line);
        if (!more.empty()) {
          // The previous value is the last thing stored, so it can grow in place.
          store.push_back(' ');
          store.append(more);
          last.value = std::string_view(last.value.data(), last.value.size() + 1 + more.size());
        }
        continue;
      }
      first = skipping_ws = false;
      auto const colon = line.find(':');
      if (colon == std::string_view::npos) {
        find("field-name-token", at, {}, "field line without a colon: \"" + excerpt(line) + "\"");
        continue;
      }
      std::string_view name = line.substr(0, colon);
      if (!name.empty() && is_ows(name.back())) {
        // RFC 9112 §5.1: no whitespace is allowed between the field name and the colon.
        while (!name.empty() && is_ows(name.back())) name.remove_suffix(1);
        find("field-name-token", at, name, "whitespace between the field name and the colon");
      }
      auto const value = trim_ows(line.substr(colon + 1));
      auto const n0 = store.size();
      store.append(name);
      auto const v0 = store.size();
      store.append(value);
      out.push_back({std::string_view(store.data() + n0, name.size()),
                     std::string_view(store.data() + v0, value.size())});
    }
    return bare_lf;
  }

  void parse_status_line(std::string_view line, std::uint64_t at) {
    startbuf.assign(line);
    line = startbuf;
    auto const sep = std::min(line.find(' '), line.find('\t'));
    std::string_view const vtok = line.substr(0, std::min(sep, line.size()));
    if (int const v = http_version(vtok); v >= 0) {
      msg.version = v;
      // "HTTP/2.0" in an HTTP/1.x status line is HTTP/1.x with a wrong version, which the view
      // cannot say (20 is HTTP/2 there): the reader reports it.
      if (v == 20 || v == 30)
        find("response-version", at, {},
             std::string(vtok) + " in an HTTP/1.x message (HTTP/2 and HTTP/3 have no status line)");
    } else if (!o.raw && (vtok == "HTTP/2" || vtok == "HTTP/3")) {
      msg.transcript_h2 = true;
      msg.version = vtok[5] == '2' ? 20 : 30;
    } else {
      find("http-version-syntax", at, {}, "\"" + excerpt(vtok) + "\" is not HTTP/DIGIT.DIGIT");
      msg.version = 11;
    }
    if (sep == std::string_view::npos) {
      find("status-line-syntax", at, {}, "no status code after the version");
      return;
    }
    std::size_t p = sep;
    std::size_t spaces = 0;
    bool tab = false;
    while (p < line.size() && is_ows(line[p])) {
      tab |= line[p] == '\t';
      ++p, ++spaces;
    }
    if (spaces != 1 || tab)
      find("status-line-syntax", at, {}, "the version and the status code are separated by one SP");
    std::size_t digits = 0;
    int code = 0;
    while (p < line.size() && is_digit(line[p])) {
      if (digits < 6) code = code * 10 + (line[p] - '0');
      ++p, ++digits;
    }
    if (digits == 0) {
      find("status-line-syntax", at, {}, "no status code: \"" + excerpt(line) + "\"");
      return;
    }
    if (digits > 6) code = 999999;
    msg.status = code;
    // Codes outside 100-999 are reported by validate(); a leading zero only shows here.
    if (digits != 3 && code >= 100 && code <= 999)
      find("status-code-three-digits", at, {}, number(digits) + " digits");
    if (p == line.size()) {
      // RFC 9112 §4: the SP after the status code is required even when the phrase is empty.
      // curl writes its HTTP/2 and HTTP/3 pseudo status lines without it.
      if (!msg.transcript_h2)
        find("status-line-sp-before-empty-reason", at, {}, "the line ends after the code");
      return;
    }
    if (line[p] != ' ') {
      find("status-line-syntax", at, {},
           "the status code is followed by \"" + excerpt(line.substr(p), 8) + "\", not SP");
      msg.status = 0;
      return;
    }
    msg.reason = line.substr(p + 1);
  }

  bool parse_request_line(std::string_view line) {
    // RFC 9112 §3: request-line = method SP request-target SP HTTP-version; method = token
    // (RFC 9110 §9.1).
    startbuf.assign(line);
    line = startbuf;
    auto const a = line.find(' ');
    if (a == std::string_view::npos || !grammar::is_token(line.substr(0, a))) return false;
    auto const b = line.find(' ', a + 1);
    if (b == std::string_view::npos || b == a + 1) return false;
    int const v = http_version(line.substr(b + 1));
    if (v < 0) return false;
    msg.method = line.substr(0, a);
    msg.target = line.substr(a + 1, b - a - 1);
    msg.version = v;
    return true;
  }

  // The header section in[pos, pos + len) is complete: parse it, consume it, choose the framing.
  void end_of_head(std::size_t len) {
    std::string_view const text = in.substr(pos, len);
    std::uint64_t const at = here();
    msg.offset = at;
    pos += len;
    auto nl = text.find('\n');
    std::string_view start = text.substr(0, nl);
    bool const start_bare_lf = start.empty() || start.back() != '\r';
    if (!start_bare_lf) start.remove_suffix(1);
    std::uint64_t const fields_at = at + nl + 1;
    if (o.kind == message_kind::request) {
      if (!parse_request_line(start)) {
        msg.parsed = false;
        find_wire(wire_rule::unparseable_input, at,
                  "not a request line: \"" + excerpt(start) + "\"");
        deliver();
        state = st::start;
        return;
      }
      parse_fields(text.substr(nl + 1), fields_at, msg.fields, fieldbuf, true);
      choose_request_framing();
      return;
    }
    parse_status_line(start, at);
    if (start_bare_lf)
      find("status-line-syntax", at, {}, "the status line ends in a bare LF, not CRLF");
    auto const bare = parse_fields(text.substr(nl + 1), fields_at, msg.fields, fieldbuf, true);
    if (bare > 0)
      // RFC 9112 §2.2: field lines end in CRLF; a lone LF is what CRLF injection leaves behind.
      find("field-value-no-cr-lf-nul", fields_at, {},
           number(bare) + " field line(s) or the blank line end in a bare LF, not CRLF");
    if (msg.status == 0) {
      // Nothing tells where this message ends; skip to the next one.
      deliver();
      begin_resync(false, true);
      return;
    }
    choose_response_framing();
  }

  void decide_keeping(std::string_view method) {
    auto const ct = field_value(msg.fields, detail::field_id::content_type).value_or("");
    keeping = o.keep_content || mentions_json(ct) || detail::istarts_with(ct, "multipart/") ||
              detail::istarts_with(ct, "message/http") || method == "TRACE";
  }

  void choose_request_framing() {
    // RFC 9112 §6.3 items 4-7 for requests: chunked, Content-Length, or no content.
    auto const f = detail::read_framing(msg.fields);
    if (f.transfer_encoding) {
      frame = f.chunked_last ? framing::chunked : framing::rest;
    } else {
      frame = !f.length_present ? framing::none : f.length ? framing::length : framing::rest;
      remaining = f.length.value_or(0);
    }
    start_content();
  }

  void choose_response_framing() {
    int const s = msg.status;
    if (requests) msg.request = requests(s);
    std::string_view const method = msg.request ? std::string_view(msg.request->method) : "";
    decide_keeping(method);
    // RFC 9112 §6.3 item 1: HEAD, 1xx, 204 and 304 end at the header section; item 2: a 2xx to
    // CONNECT turns the connection into a tunnel. A 101 switches protocols (RFC 9110 §15.2.2).
    bool const connect_2xx = method == "CONNECT" && s >= 200 && s <= 299;
    if (s == 101 || connect_2xx) {
      frame = framing::tunnel;
      tunnel_after = true;
    } else if ((s >= 100 && s <= 199) || s == 204 || s == 304 || method == "HEAD") {
      frame = framing::none;
    } else {
      // RFC 9112 §6.3 item 5: a list of identical lengths reads as one; any other invalid one is
      // an unrecoverable framing error.
      auto const f = detail::read_framing(msg.fields);
      if (f.transfer_encoding) {
        // Items 3-4: Transfer-Encoding overrides Content-Length; without chunked last, the content
        // runs to the close.
        frame = f.chunked_last ? framing::chunked : framing::rest;
      } else if (f.length) {
        frame = framing::length;
        remaining = *f.length;
      } else {
        // Item 5 (invalid Content-Length, reported by validate()) or item 8: read to the close.
        frame = framing::rest;
      }
    }
    start_content();
  }

  void start_content() {
    received = 0;
    if (on_header)
      on_header(msg, here(),
                frame == framing::length ? remaining != 0
                                         : frame == framing::chunked || frame == framing::rest);
    switch (frame) {
      case framing::none:
        msg.body_size = 0;
        message_framed();
        return;
      case framing::tunnel:
        msg.body_size = 0;
        if (o.raw) {
          find_wire(wire_rule::capture_note, here(),
                    "the rest of the connection belongs to the protocol switched to; not read");
          deliver();
          state = st::tunnel;
          return;
        }
        message_framed();
        return;
      case framing::length:
        state = st::body_length;
        if (remaining == 0) {
          msg.body_size = 0;
          message_framed();
        }
        return;
      case framing::chunked:
        state = st::chunk_line;
        first_chunk = true;
        return;
      case framing::rest:
        state = st::body_rest;
        // A transcript holds several responses; on a raw connection the content runs to the end.
        rest_stops_at_message = !o.raw && o.kind == message_kind::response;
        at_line_start = true;
        return;
    }
  }

  // The framing says the message ended. A request is delivered at once; a response waits for the
  // bytes after it, which belong to it when they do not start the next message (unless
  // wire_options::deliver_at_end says to deliver it at once too).
  void message_framed() {
    if (o.kind == message_kind::request || o.deliver_at_end) {
      msg.body_size = received;
      deliver();
      state = st::start;
      return;
    }
    pending = true;
    state = st::probe;
    at_line_start = true;
    surplus = 0;
    surplus_nonblank = false;
    surplus_offset = here();
  }

  void end_probe() {
    if (surplus_nonblank) {
      std::string const n = number(surplus);
      if (tunnel_after) {
        find_wire(wire_rule::capture_note, surplus_offset,
                  n + " bytes after the header section belong to the protocol switched to (or the "
                      "tunnel); not read");
      } else if (frame == framing::none || frame == framing::tunnel) {
        // validate() reports them under the status's no-content rule (or head-no-content); the
        // finding gives that diagnostic its offset.
        msg.body_size = surplus;
        int const s = msg.status;
        // One call per rule: clang 14 fails to compile a conditional between consteval
        // rule_index constructions.
        auto const detail = n + " bytes after the header section";
        if (s >= 100 && s <= 199)
          find("no-content-1xx", surplus_offset, {}, detail);
        else if (s == 204)
          find("no-content-204", surplus_offset, {}, detail);
        else if (s == 304)
          find("no-content-304", surplus_offset, {}, detail);
        else
          find("head-no-content", surplus_offset, {}, detail);
      } else if (frame == framing::length) {
        msg.body_size = received + surplus;
        find("content-length-accurate", surplus_offset, "Content-Length",
             n + " bytes follow the content that Content-Length announced");
      } else if (frame == framing::chunked) {
        find("chunked-body-syntax", surplus_offset, {}, n + " bytes follow the last chunk");
      }
    }
    deliver();
    state = st::start;
  }

  void begin_resync(bool report, bool line_start) {
    state = st::resync;
    resync_reports = report;
    at_line_start = line_start;
    garbage_start = here();
    garbage_size = 0;
    garbage_preview.clear();
  }

  void end_resync() {
    if (resync_reports) {
      msg.parsed = false;
      msg.offset = garbage_start;
      msg.body_size = std::nullopt;
      std::string detail = o.kind == message_kind::response
                               ? "expected a status line (\"HTTP/1.1 200 OK\"), found \""
                               : "expected a request line, found \"";
      detail += excerpt(garbage_preview, 24) + "\"; " + number(garbage_size) + " bytes skipped";
      find_wire(wire_rule::unparseable_input, garbage_start, std::move(detail));
      deliver();
    }
    state = st::start;
  }

  // ---------------------------------------------------------------------------------------------
  // The states. Each returns false when it needs more input.

  bool do_start() {
    while (pos < in.size() && (in[pos] == '\r' || in[pos] == '\n')) ++pos;
    if (pos == in.size()) {
      if (eof) state = st::done;
      return eof;
    }
    if (o.kind == message_kind::response) {
      int const m = message_starts_at(pos);
      if (m < 0) return false;
      if (m == 0) {
        begin_resync(true, true);
        at_line_start = false;  // the current line is the one that is not a status line
        return true;
      }
    }
    reset_message();
    state = st::head;
    scanned = 0;
    return true;
  }

  bool do_head(st next_ok) {
    auto const len = section_end();
    if (len != 0 && len <= o.max_header_bytes) {
      longest_unit = std::max(longest_unit, len);
      if (next_ok == st::head) {
        end_of_head(len);
      } else {
        end_of_trailers(len);
      }
      return true;
    }
    // A section is refused by its length, whether its end has arrived (len) or not (avail()),
    // so that how the input was split into pieces does not matter.
    if (len != 0 || avail() > o.max_header_bytes) {
      std::string const what = next_ok == st::head ? "header" : "trailer";
      find_wire(wire_rule::header_section_too_large, next_ok == st::head ? here() : msg.offset,
                "a " + what + " section of more than " + number(o.max_header_bytes) +
                    " bytes (the reader's limit)");
      if (next_ok == st::head) {
        msg.parsed = false;
        msg.offset = here();
        msg.body_size = std::nullopt;
      } else {
        msg.body_size = received;
      }
      deliver();
      begin_resync(false, false);
      return true;
    }
    if (!eof) return false;
    // The input ends inside the section.
    if (next_ok == st::head) {
      msg.parsed = false;
      msg.offset = here();
      msg.body_size = std::nullopt;
      find_wire(wire_rule::unparseable_input, here(),
                "the input ends inside a header section (" + number(avail()) +
                    " bytes, no blank line): \"" + excerpt(in.substr(pos), 24) + "\"");
    } else {
      find("chunked-body-syntax", here(), {}, "the input ends inside the trailer section");
      msg.body_size = received;
    }
    pos = in.size();
    deliver();
    state = st::done;
    return true;
  }

  void end_of_trailers(std::size_t len) {
    std::string_view const text = in.substr(pos, len);
    auto const bare = parse_fields(text, here(), msg.trailers, trailerbuf, false);
    if (bare > 0)
      find("chunked-body-syntax", here(), {}, "trailer lines end in a bare LF, not CRLF");
    pos += len;
    msg.body_size = received;
    message_framed();
  }

  bool do_body_length() {
    if (!o.raw && received == 0 && o.kind == message_kind::response) {
      // A transcript shows no content for the header-only responses curl prints (redirects it
      // followed with -L, answers to -I): the next status line, or the end, comes right away.
      int const next = avail() == 0 ? (eof ? 2 : -1) : header_only_at(pos);
      if (next < 0) return false;
      if (next > 0) {
        msg.body_size = std::nullopt;
        find_wire(wire_rule::capture_note, here(),
                  next == 2
                      ? "the capture ends after the header section; its content is not shown "
                        "(curl -I? then read it as an answer to HEAD)"
                      : "the capture shows no content for this response (curl prints only the "
                        "header section of the redirects it follows)");
        deliver();
        state = eof ? st::done : st::start;
        return true;
      }
    }
    auto const n = static_cast<std::size_t>(std::min<std::uint64_t>(remaining, avail()));
    keep_bytes(in.substr(pos, n));
    pos += n;
    received += n;
    remaining -= n;
    if (remaining == 0) {
      msg.body_size = received;
      message_framed();
      return true;
    }
    if (!eof) return n != 0;
    // Truncated: validate() compares Content-Length with what arrived.
    msg.body_size = received;
    if (o.kind == message_kind::request) {
      deliver();
    } else {
      find("content-length-accurate", here(), "Content-Length",
           "the input ends " + number(remaining) + " bytes before the announced length");
      deliver();
    }
    state = st::done;
    return true;
  }

  void chunk_error(std::string detail) {
    find("chunked-body-syntax", here(), {}, std::move(detail));
    msg.body_size = received;
    deliver();
    begin_resync(false, true);
  }

  bool do_chunk_line() {
    // RFC 9112 §7.1: chunk-size [ chunk-ext ] CRLF, chunk-size = 1*HEXDIG.
    auto const s = in.substr(pos);
    // Decide as early as the bytes allow whether this can be a chunk-size line, so decoded content
    // without line breaks is not buffered.
    std::size_t hex = 0;
    while (hex < s.size() && hex <= 16 && hex_value(s[hex]) >= 0) ++hex;
    bool const plausible =
        hex <= 16 && (hex == s.size() || (hex > 0 && (s[hex] == ';' || is_ows(s[hex]) ||
                                                      s[hex] == '\r' || s[hex] == '\n')));
    auto const nl = plausible ? s.find('\n') : std::string_view::npos;
    if (plausible && nl == std::string_view::npos) {
      if (s.size() > 4096) {
        chunk_error("a chunk-size line longer than 4096 bytes");
        return true;
      }
      if (!eof) return false;
      if (first_chunk && !o.raw && s.empty()) {
        msg.body_size = std::nullopt;
        find_wire(wire_rule::capture_note, here(),
                  "the capture ends after the header section; its content is not shown");
        deliver();
        state = st::done;
        return true;
      }
      pos = in.size();
      chunk_error("the input ends inside chunked content, before the last chunk");
      state = st::done;
      return true;
    }
    std::string_view line =
        plausible ? s.substr(0, nl) : s.substr(0, std::min<std::size_t>(hex + 1, s.size()));
    bool const bare = line.empty() || line.back() != '\r';
    if (!bare) line.remove_suffix(1);
    std::size_t i = 0;
    std::uint64_t size = 0;
    while (i < line.size() && hex_value(line[i]) >= 0 && i < 17) {
      size = size * 16 + static_cast<std::uint64_t>(hex_value(line[i]));
      ++i;
    }
    auto const ext = trim_ows(line.substr(i));
    bool const ok = plausible && i > 0 && i <= 16 && (ext.empty() || ext.front() == ';');
    if (!ok) {
      if (first_chunk && !o.raw) {
        // curl decodes chunked content unless given --raw: read it as content of its own.
        find_wire(wire_rule::capture_note, here(),
                  "no chunk-size line where chunked content starts: read as content curl decoded "
                  "(capture with curl --raw to check the chunked framing)");
        frame = framing::rest;
        state = st::body_rest;
        rest_stops_at_message = true;
        at_line_start = true;
        return true;
      }
      chunk_error("not a chunk-size line: \"" + excerpt(line) + "\"");
      return true;
    }
    if (bare) find("chunked-body-syntax", here(), {}, "a chunk-size line ends in a bare LF");
    longest_unit = std::max(longest_unit, nl + 1);
    pos += nl + 1;
    first_chunk = false;
    if (size == 0) {
      state = st::trailers;
      scanned = 0;
    } else {
      remaining = size;
      state = st::chunk_data;
    }
    return true;
  }

  bool do_chunk_data() {
    auto const n = static_cast<std::size_t>(std::min<std::uint64_t>(remaining, avail()));
    keep_bytes(in.substr(pos, n));
    pos += n;
    received += n;
    remaining -= n;
    if (remaining == 0) {
      state = st::chunk_end;
      return true;
    }
    if (!eof) return n != 0;
    chunk_error("the input ends inside a chunk, " + number(remaining) + " bytes short");
    state = st::done;
    return true;
  }

  bool do_chunk_end() {
    auto const s = in.substr(pos);
    if (!s.empty() && s[0] == '\n') {
      find("chunked-body-syntax", here(), {}, "chunk data ends in a bare LF");
      ++pos;
      state = st::chunk_line;
      return true;
    }
    if (s.size() >= 2 && s[0] == '\r' && s[1] == '\n') {
      pos += 2;
      state = st::chunk_line;
      return true;
    }
    if (s.size() < 2 && !eof && (s.empty() || s[0] == '\r')) return false;
    chunk_error(s.empty() ? "the input ends after chunk data, before its CRLF"
                          : "chunk data is not followed by CRLF: the chunk size is wrong");
    if (eof) state = st::done;
    return true;
  }

  bool do_body_rest() {
    while (pos < in.size()) {
      if (rest_stops_at_message && at_line_start) {
        int const m = status_line_at(pos);
        if (m < 0) return false;
        if (m > 0) {
          msg.body_size = received;
          deliver();
          state = st::start;
          return true;
        }
      }
      auto const s = in.substr(pos);
      auto const nl = rest_stops_at_message ? s.find('\n') : std::string_view::npos;
      auto const n = nl == std::string_view::npos ? s.size() : nl + 1;
      keep_bytes(s.substr(0, n));
      received += n;
      pos += n;
      at_line_start = nl != std::string_view::npos;
    }
    if (!eof) return false;
    msg.body_size = received;
    deliver();
    state = st::done;
    return true;
  }

  bool do_probe() {
    while (pos < in.size()) {
      if (at_line_start) {
        int const m = message_starts_at(pos);
        if (m < 0) return false;
        if (m > 0) {
          end_probe();
          return true;
        }
      }
      // Stray content runs straight into the next status line ("helloHTTP/1.1 200 OK"), as a
      // client reading the connection sees it; so the next message may start mid-line.
      // One line at a time, so that every line start gets the test above however the input was
      // split into reads.
      auto const s = in.substr(pos);
      auto const nl = s.find('\n');
      auto const line = s.substr(0, nl == std::string_view::npos ? s.size() : nl + 1);
      std::size_t n = line.size();
      bool found = false;
      for (auto h = line.find("HTTP/"); h != std::string_view::npos;
           h = line.find("HTTP/", h + 1)) {
        if (h + 5 < line.size() && is_digit(line[h + 5])) {
          n = h;
          found = true;
          break;
        }
        if (h + 5 >= line.size() && !eof) {
          n = h;  // decide when more input comes
          break;
        }
      }
      if (!found && !eof && nl == std::string_view::npos && n == s.size())
        n = s.size() > 5 ? s.size() - 5 : 0;
      if (n == 0 && !found) return false;
      for (std::size_t i = 0; i < n && !surplus_nonblank; ++i)
        surplus_nonblank = s[i] != '\r' && s[i] != '\n';
      surplus += n;
      pos += n;
      at_line_start = n > 0 && s[n - 1] == '\n';
      if (found) {
        end_probe();
        return true;
      }
    }
    if (!eof) return false;
    end_probe();
    state = st::done;
    return true;
  }

  bool do_resync() {
    while (pos < in.size()) {
      if (at_line_start) {
        int const m = message_starts_at(pos);
        if (m < 0) return false;
        if (m > 0) {
          end_resync();
          return true;
        }
      }
      auto const s = in.substr(pos);
      auto const nl = s.find('\n');
      auto const n = nl == std::string_view::npos ? s.size() : nl + 1;
      if (garbage_preview.size() < 24)
        garbage_preview.append(s.substr(0, std::min<std::size_t>(n, 24 - garbage_preview.size())));
      garbage_size += n;
      pos += n;
      at_line_start = nl != std::string_view::npos;
    }
    if (!eof) return false;
    end_resync();
    state = st::done;
    return true;
  }

  void run() {
    for (;;) {
      bool progressed = false;
      switch (state) {
        case st::start: progressed = do_start(); break;
        case st::head: progressed = do_head(st::head); break;
        case st::body_length: progressed = do_body_length(); break;
        case st::chunk_line: progressed = do_chunk_line(); break;
        case st::chunk_data: progressed = do_chunk_data(); break;
        case st::chunk_end: progressed = do_chunk_end(); break;
        case st::trailers: progressed = do_head(st::trailers); break;
        case st::body_rest: progressed = do_body_rest(); break;
        case st::probe: progressed = do_probe(); break;
        case st::resync: progressed = do_resync(); break;
        case st::tunnel: pos = in.size(); break;
        case st::done: pos = in.size(); break;
      }
      if (!progressed) return;
    }
  }

  // Runs the state machine over `bytes`, which `in` then views; returns how many it consumed.
  std::size_t run_over(std::string_view bytes) {
    in = bytes;
    pos = 0;
    run();
    base += pos;
    auto const used = pos;
    in = {};
    pos = 0;
    return used;
  }

  // Input is read where it lies; only what the reader must see whole and has not seen the end of
  // (a header section, a chunk-size line, a few bytes of look-ahead) is copied into `buf`, and a
  // piece that continues it is appended a slice at a time. So `buf` holds one such unit and a
  // slice, whatever the size of the pieces: twice the longest unit so far is room enough.
  // Reserved as soon as that unit is known, before pieces happen to split a message, the buffer
  // stops growing after the first message of a kind.
  static constexpr std::size_t lookahead = 16;

  void keep_room() {
    auto const room = 2 * (longest_unit + lookahead);
    if (buf.capacity() < room) buf.reserve(room);
  }

  void feed(std::string_view data) {
    keep_room();
    while (!buf.empty() && !data.empty()) {
      auto const slice = std::min(data.size(), std::max(buf.size(), longest_unit + lookahead));
      buf.append(data.substr(0, slice));
      data.remove_prefix(slice);
      buf.erase(0, run_over(buf));
    }
    auto const used = data.empty() ? 0 : run_over(data);
    keep_room();
    if (!data.empty()) buf.assign(data.substr(used));
  }

  void finish() {
    eof = true;
    in = buf;
    pos = 0;
    run();
    base += in.size();
    buf.clear();
    in = {};
    pos = 0;
  }
};

wire_reader::wire_reader(wire_options opts, message_handler on_message, request_source requests)
    : impl_(std::make_unique<impl>(opts, std::move(on_message), std::move(requests))) {}

wire_reader::~wire_reader() = default;

void wire_reader::on_header(header_handler h) { impl_->on_header = std::move(h); }

void wire_reader::feed(std::string_view bytes) {
  if (!impl_->eof) impl_->feed(bytes);
}

void wire_reader::finish() {
  if (!impl_->eof) impl_->finish();
}

void wire_reader::flush_idle() {
  auto& i = *impl_;
  if (i.state == impl::st::probe && i.pending && i.surplus == 0 && i.buf.empty()) {
    i.deliver();
    i.state = impl::st::start;
  }
}

std::uint64_t wire_reader::offset() const noexcept { return impl_->base; }

std::size_t wire_reader::messages() const noexcept { return impl_->delivered; }

std::vector<std::shared_ptr<wire_request const>> read_requests(
    std::string_view bytes, std::vector<wire_finding>* findings) {
  std::vector<std::shared_ptr<wire_request const>> out;
  wire_options o;
  o.kind = message_kind::request;
  o.raw = true;
  wire_reader r(o, [&](wire_message& m) {
    if (findings) findings->insert(findings->end(), m.findings.begin(), m.findings.end());
    if (!m.parsed) return;
    out.push_back(to_request(m));
  });
  r.feed(bytes);
  r.finish();
  return out;
}

std::shared_ptr<wire_request const> to_request(wire_message const& m) {
  auto r = std::make_shared<wire_request>();
  r->method.assign(m.method);
  r->target.assign(m.target);
  r->version = m.version;
  std::size_t total = 0;
  for (auto const& f : m.fields) total += f.name.size() + f.value.size();
  r->storage.reserve(total);
  for (auto const& f : m.fields) {
    auto const n0 = r->storage.size();
    r->storage.append(f.name);
    auto const v0 = r->storage.size();
    r->storage.append(f.value);
    r->fields.push_back({std::string_view(r->storage.data() + n0, f.name.size()),
                         std::string_view(r->storage.data() + v0, f.value.size())});
  }
  return r;
}

}  // namespace respolicy
