//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// Catalog group 2.9: problem details (RFC 9457).
//
// Only a response with a Content-Type field gets past the first test, and only one labelled
// application/problem+json (or, for problem-media-type, a 4xx/5xx labelled application/json or
// XML) has its content read. The content is read with the strict, allocation-free reader of
// detail/json_object.hpp, and only when the view carries it (response_view::body); without it
// the content-based rules are skipped. Content that is not one well-formed JSON object is
// reported once, as problem-member-types: the members cannot be known, so neither can their
// types. A document over the reader's size limit (64 KiB) is not inspected.

#include "detail/checker.hpp"
#include "detail/json_object.hpp"

#include <respolicy/grammar/basic.hpp>
#include <respolicy/status.hpp>

#include <cstdint>

namespace respolicy::detail {
namespace {

/** True when `v` starts with "applicat" or "text/xml" as far as a test with bit 0x20 set in every
    byte can tell: that folds the case of letters, so a value this returns false for does not
    start with either, compared case-insensitively. A filter only: what passes is compared exactly
    in check_problem_of(). */
bool starts_like_problem_type(std::string_view v) noexcept {
  if (v.size() < 8) return false;
  constexpr auto folded = [](std::string_view s) {
    return grammar::detail::load_le(s.data(), 8) | 0x2020202020202020ull;
  };
  constexpr auto application = folded("applicat"), text_xml = folded("text/xml");
  auto const w = folded(v);
  return w == application || w == text_xml;
}

/** False when the Content-Type value `v` cannot name a media type this group looks at: each of
    them (application/problem+json, application/problem+xml, application/json, application/xml,
    text/xml) starts with "applicat" or "text/xml", after any leading whitespace. */
bool may_name_problem_type(std::string_view v) noexcept {
  if (starts_like_problem_type(v)) return true;
  // Leading whitespace, which field values seldom carry, moves the media type along.
  if (v.empty() || (v.front() != ' ' && v.front() != '\t')) return false;
  while (!v.empty() && (v.front() == ' ' || v.front() == '\t')) v.remove_prefix(1);
  return starts_like_problem_type(v);
}

constexpr bool is_alpha(char32_t c) noexcept { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
constexpr bool is_digit(char32_t c) noexcept { return c >= '0' && c <= '9'; }
constexpr bool is_hex(char32_t c) noexcept {
  return is_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

/** True when the decoded string `raw` equals `ascii`, ignoring ASCII case. */
bool string_iequals(std::string_view raw, std::string_view ascii) noexcept {
  for (char const a : ascii) {
    if (raw.empty()) return false;
    char32_t c = json::next_char(raw);
    char32_t w = static_cast<unsigned char>(a);
    if (is_alpha(c)) c |= 0x20;
    if (is_alpha(w)) w |= 0x20;
    if (c != w) return false;
  }
  return raw.empty();
}

/** The members RFC 9457 §3.1 defines, as found in one document. */
struct problem_facts {
  struct slot {
    json::member const* first = nullptr;  // points into `members`
    bool repeated = false;
  };
  // The slots point into `members`, so the facts stay where read_problem() put them.
  problem_facts() = default;
  problem_facts(problem_facts const&) = delete;
  problem_facts& operator=(problem_facts const&) = delete;

  json::member members[5];
  slot type, status, title, detail, instance;
  bool odd_extension_name = false;  // some extension name breaks the RFC 9457 §4 advice

  slot* find(std::string_view raw_name) noexcept {
    if (json::string_equals(raw_name, "type")) return &type;
    if (json::string_equals(raw_name, "status")) return &status;
    if (json::string_equals(raw_name, "title")) return &title;
    if (json::string_equals(raw_name, "detail")) return &detail;
    if (json::string_equals(raw_name, "instance")) return &instance;
    return nullptr;
  }
  json::member const* string_member(slot const& s) const noexcept {
    return s.first && s.first->type == json::kind::string ? s.first : nullptr;
  }
};

/** RFC 9457 §4: "their names SHOULD start with a letter (ALPHA ...) and SHOULD comprise
    characters from ALPHA, DIGIT ..., and "_" ..., and they SHOULD be three characters or longer."
 */
bool good_extension_name(std::string_view raw) noexcept {
  std::size_t n = 0;
  while (!raw.empty()) {
    char32_t const c = json::next_char(raw);
    if (n == 0 ? !is_alpha(c) : !(is_alpha(c) || is_digit(c) || c == '_')) return false;
    ++n;
  }
  return n >= 3;
}

/** Reads the document into `f`. Returns the reader's error; on error `f` is partial. */
json::error read_problem(std::string_view body, problem_facts& f) noexcept {
  json::object_reader r(body);
  json::member m;
  std::size_t used = 0;
  while (r.next(m)) {
    if (auto* s = f.find(m.name)) {
      if (s->first) {
        s->repeated = true;
      } else {
        f.members[used] = m;
        s->first = &f.members[used++];
      }
    } else if (!good_extension_name(m.name)) {
      f.odd_extension_name = true;
    }
  }
  return r.failure();
}

void check_problem_member_types(checker& c, problem_facts const& f) {
  // RFC 9457 §3.1: "If a member's value type does not match the specified type, the member MUST
  // be ignored": a generator that sends one loses it. type, title, detail and instance are
  // strings (§3.1.1, §3.1.3-§3.1.5); status is a number (§3.1.2).
  struct expected {
    char const* name;
    problem_facts::slot const& slot;
    json::kind kind;
  };
  expected const all[] = {{"type", f.type, json::kind::string},
                          {"status", f.status, json::kind::number},
                          {"title", f.title, json::kind::string},
                          {"detail", f.detail, json::kind::string},
                          {"instance", f.instance, json::kind::string}};
  for (auto const& e : all) {
    if (!e.slot.first) continue;
    if (e.slot.first->type != e.kind) {
      auto const k = json::to_string(e.slot.first->type);
      c.emitf("problem-member-types", "Content-Type", "member \"%s\" is a JSON %.*s, not a %s",
              e.name, static_cast<int>(k.size()), k.data(),
              e.kind == json::kind::string ? "string" : "number");
    }
    // RFC 8259 §4: names SHOULD be unique; with two, consumers disagree on which one counts.
    if (e.slot.repeated)
      c.emitf("problem-member-types", "Content-Type", "member \"%s\" occurs more than once",
              e.name);
  }
}

void check_problem_status_matches(checker& c, problem_facts const& f) {
  // RFC 9457 §3.1.2: "Generators MUST use the same status code in the actual HTTP response".
  auto const* s = f.status.first;
  if (!s || s->type != json::kind::number) return;  // a wrong type is problem-member-types
  auto const v = json::to_integer(s->value);
  if (v && *v == c.status()) return;
  auto const text = shown(s->value, 24);
  c.emitf("problem-status-matches", "Content-Type", "\"status\" is %.*s, the response is %d",
          static_cast<int>(text.size()), text.data(), c.status());
}

/** True for the characters a URI reference may contain besides '%' (RFC 3986 §2.2, §2.3). */
bool is_uri_char(char32_t c) noexcept {
  return is_alpha(c) || is_digit(c) ||
         (c < 0x80 && std::string_view("-._~:/?#[]@!$&'()*+,;=").find(static_cast<char>(c)) !=
                          std::string_view::npos);
}

/** What is wrong with the decoded string `raw` as a problem's URI reference (RFC 3986 §4.1), or
    nullptr. A light check: the characters, percent-encodings, whether a scheme is present, and
    for a relative reference whether it carries the full path (RFC 9457 §3.1.1). */
char const* uri_problem(std::string_view raw) noexcept {
  bool in_scheme = true;  // only scheme characters so far: ALPHA *( ALPHA / DIGIT / + - . )
  bool absolute = false;
  bool in_first_segment = true;
  bool colon_in_first_segment = false;  // RFC 3986 §4.2: not allowed in a relative reference
  bool full_path = false;
  std::size_t n = 0;
  int pct = 0;  // hex digits still owed to a '%'
  while (!raw.empty()) {
    char32_t const c = json::next_char(raw);
    bool const first = n++ == 0;
    if (pct > 0) {
      if (!is_hex(c)) return "has a '%' not followed by two hex digits";
      --pct;
      in_scheme = false;
      continue;
    }
    if (first && c == '/') full_path = true;
    if (in_scheme) {
      if (c == ':' && !first) {
        absolute = true;
        in_scheme = false;
      } else if (first ? !is_alpha(c)
                       : !(is_alpha(c) || is_digit(c) || c == '+' || c == '-' || c == '.')) {
        in_scheme = false;
      }
    }
    if (in_first_segment) {
      if (c == '/' || c == '?' || c == '#')
        in_first_segment = false;
      else if (c == ':' && !absolute)
        colon_in_first_segment = true;
    }
    if (c == '%')
      pct = 2;
    else if (!is_uri_char(c))
      return "has a character a URI cannot contain unencoded";
  }
  if (pct > 0) return "has a '%' not followed by two hex digits";
  if (absolute) return nullptr;
  if (colon_in_first_segment) return "has a ':' in its first segment but no valid scheme";
  if (!full_path) return "is a relative reference without the full path";
  return nullptr;
}

void check_problem_type_uri(checker& c, problem_facts const& f) {
  // RFC 9457 §3.1.1 and §3.1.5: "type" and "instance" are URI references; "it is RECOMMENDED
  // that absolute URIs be used ... when possible, and that when relative URIs are used, they
  // include the full path (e.g., "/types/123")". A path-absolute reference is accepted: the
  // RFC's own examples use one for "instance".
  struct uri_member {
    char const* name;
    json::member const* m;
  };
  for (auto const [name, m] : {uri_member{"type", f.string_member(f.type)},
                               uri_member{"instance", f.string_member(f.instance)}}) {
    if (!m) continue;
    if (char const* problem = uri_problem(m->value)) {
      auto const text = shown(m->value);
      c.emitf("problem-type-uri", "Content-Type", "\"%s\" %s: \"%.*s\"", name, problem,
              static_cast<int>(text.size()), text.data());
    }
  }
}

/** True when the response says, or the request lets it be, in a language other than English,
    so that a localized title is allowed (RFC 9457 §4.2.1). */
bool maybe_localized(checker const& c) noexcept {
  if (c.has(field_id::content_language)) {
    auto const lang = c.value(field_id::content_language);
    bool const english =
        istarts_with(lang, "en") && (lang.size() == 2 || lang[2] == '-' || lang[2] == ',');
    return !english;
  }
  // Without Content-Language, a request that asked for languages leaves the title's unknown.
  return c.req && c.rq.has(field_id::accept_language);
}

void check_problem_about_blank_title(checker& c, problem_facts const& f) {
  // RFC 9457 §4.2.1: "When "about:blank" is used, the title SHOULD be the same as the recommended
  // HTTP status phrase for that code ..., although it MAY be localized". A type of the wrong kind
  // is ignored (§3.1), which leaves the default, about:blank.
  auto const* type = f.string_member(f.type);
  if (type && !json::string_equals(type->value, "about:blank")) return;
  auto const* title = f.string_member(f.title);
  if (!title) return;
  auto const* st = find_status(c.status());
  if (!st || string_iequals(title->value, st->reason)) return;
  for (auto h : st->historical_reasons)
    if (string_iequals(title->value, h)) return;
  if (maybe_localized(c)) return;
  auto const text = shown(title->value);
  c.emitf("problem-about-blank-title", "Content-Type", "title \"%.*s\", phrase \"%.*s\"",
          static_cast<int>(text.size()), text.data(), static_cast<int>(st->reason.size()),
          st->reason.data());
}

void check_problem_extension_names(checker& c, std::string_view body, problem_facts const& f) {
  if (!f.odd_extension_name) return;
  // A second pass, only for a document that has such a name, to name each one.
  json::object_reader r(body);
  json::member m;
  problem_facts scratch;
  while (r.next(m)) {
    if (scratch.find(m.name) || good_extension_name(m.name)) continue;
    auto const text = shown(m.name);
    c.emitf("problem-extension-names", "Content-Type",
            "\"%.*s\": start with a letter, use letters, digits and _, 3 or more",
            static_cast<int>(text.size()), text.data());
  }
}

void check_problem_no_internals(checker& c, problem_facts const& f) {
  // RFC 9457 §3.1.4: "detail" "ought to focus on helping the client correct the problem, rather
  // than giving debugging information"; §5 warns against exposing "a stack dump". A heuristic:
  // only unmistakable stack-trace markers count, found in the string as written (escaped).
  for (auto const* m : {f.string_member(f.detail), f.string_member(f.title)}) {
    if (!m) continue;
    for (std::string_view marker :
         {"Traceback (most recent call last)", "\\n\\tat ", "\\n    at ", "Exception in thread \"",
          "goroutine 1 [running]", "stack backtrace:"}) {
      if (m->value.find(marker) == std::string_view::npos) continue;
      c.emit("problem-no-internals", "Content-Type", "a stack trace in the problem document");
      return;
    }
  }
}

void check_problem_document(checker& c) {
  // The content must be in the view; an empty one (a HEAD response, a 304, a streamed body)
  // has nothing to read.
  std::string_view const body = c.res.body;
  if (body.empty()) return;
  problem_facts f;
  auto const err = read_problem(body, f);
  if (err == json::error::too_large) return;
  if (err != json::error::none) {
    // RFC 9457 §3: the document is a JSON object (RFC 8259); without one no member is known.
    auto const why = json::to_string(err);
    c.emitf("problem-member-types", "Content-Type", "not a JSON object: %.*s",
            static_cast<int>(why.size()), why.data());
    return;
  }
  check_problem_member_types(c, f);
  check_problem_status_matches(c, f);
  check_problem_type_uri(c, f);
  check_problem_about_blank_title(c, f);
  check_problem_extension_names(c, body, f);
  check_problem_no_internals(c, f);
}

void check_problem_media_type(checker& c, std::string_view media_type) {
  // RFC 9457 §3: "When serialized as a JSON document, that format is identified with the
  // "application/problem+json" media type"; App. B: the XML form is "application/problem+xml".
  // A problem document sent as plain JSON or XML is recognised by its shape: a "status" equal to
  // the response's code beside a string "type" or "title", or the XML namespace of App. B.
  std::string_view const body = c.res.body;
  if (body.empty() || c.status() < 400) return;
  if (iequals(media_type, "application/json")) {
    problem_facts f;
    if (read_problem(body, f) != json::error::none) return;
    auto const* s = f.status.first;
    if (!s || s->type != json::kind::number || json::to_integer(s->value) != c.status()) return;
    if (!f.string_member(f.type) && !f.string_member(f.title)) return;
    c.emit("problem-media-type", "Content-Type",
           "a problem document labelled application/json, not application/problem+json");
  } else if (iequals(media_type, "application/xml") || iequals(media_type, "text/xml")) {
    if (body.find("urn:ietf:rfc:7807") == std::string_view::npos) return;
    c.emit("problem-media-type", "Content-Type",
           "a problem document labelled as XML, not application/problem+xml");
  }
}

void check_problem_error_status(checker& c) {
  // RFC 9457 §1 and §4: problem details carry "details of errors"; they describe an error
  // condition, which a 1xx, 2xx or 3xx status denies.
  if (c.status() < 400)
    c.emitf("problem-error-status", "Content-Type", "a problem document on a %d", c.status());
}

void check_problem_head(checker& c) {
  // RFC 9110 §9.3.2: no content in a response to HEAD, so no problem document either.
  if (c.is_head() && c.has_content())
    c.emit("problem-head", "Content-Type", "a problem document in a response to HEAD");
}

// The checks of a response whose Content-Type value passed may_name_problem_type(); kept out of
// line so that check_problem() returns from the others without saving a register.
[[gnu::noinline]] void check_problem_of(checker& c, std::string_view content_type) {
  auto const media_type = media_type_of(content_type);
  // Every media type this group cares about starts with "application/" or "text/xml".
  if (media_type.size() < 8) return;
  bool const json = iequals(media_type, "application/problem+json");
  if (!json && !iequals(media_type, "application/problem+xml")) {
    check_problem_media_type(c, media_type);
    return;
  }
  check_problem_error_status(c);
  check_problem_head(c);
  if (json && !c.is_head()) check_problem_document(c);
}

}  // namespace

void check_problem(checker& c) {
  if (!c.has(field_id::content_type)) return;
  auto const value = c.value(field_id::content_type);
  if (may_name_problem_type(value)) check_problem_of(c, value);
}

}  // namespace respolicy::detail
