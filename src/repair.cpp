//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// The safe repairs (docs/rules.md, the repair column), as plans an adapter applies: one planner
// per repair, and a table from rule index to planner that must cover exactly the rules whose
// repair is safe (a static_assert below). A planner reads the response as it stands and appends
// the edits that resolve the finding, or returns false when this response allows no safe repair.

#include <respolicy/repair.hpp>

#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/challenge.hpp>
#include <respolicy/grammar/http_date.hpp>
#include <respolicy/hazard.hpp>
#include <respolicy/status.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace respolicy {

namespace {

using grammar::for_each_element;
using grammar::iequals;
using grammar::is_ows;
using grammar::trim_ows;

// --- values ------------------------------------------------------------------------------------

bool is_digits(std::string_view s) noexcept {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

// Rebuilds a list value from the elements `keep(element)` accepts, dropping empty elements.
template <class Keep>
std::string filter_list(std::string_view value, Keep&& keep) {
  std::string out;
  for_each_element(value, [&](std::string_view e) {
    if (e.empty() || !keep(e)) return;
    if (!out.empty()) out += ", ";
    out += e;
  });
  return out;
}

// The Cache-Control repair of `rule` on one value (RFC 9111 §5.2): delta-seconds in token form,
// field-name lists quoted, no argument on flag directives, no request directives.
std::string repair_cache_control(std::string_view value, std::string_view rule) {
  std::string out;
  for_each_element(value, [&](std::string_view e) {
    if (e.empty()) return;
    auto const eq = e.find('=');
    auto const name = trim_ows(e.substr(0, eq));
    auto const arg = eq == e.npos ? std::string_view{} : trim_ows(e.substr(eq + 1));
    auto const named = [&](std::initializer_list<std::string_view> names) {
      return std::any_of(names.begin(), names.end(), [&](auto n) { return iequals(name, n); });
    };
    bool const quoted = arg.size() >= 2 && arg.front() == '"' && arg.back() == '"';
    std::string element(e);
    if (rule == "cc-delta-seconds-token-form" && quoted &&
        named({"max-age", "s-maxage", "stale-while-revalidate", "stale-if-error"}) &&
        is_digits(arg.substr(1, arg.size() - 2)))
      element = std::string(name) + "=" + std::string(arg.substr(1, arg.size() - 2));
    else if (rule == "cc-field-list-quoted" && eq != e.npos && !quoted &&
             named({"no-cache", "private"}))
      element = std::string(name) + "=\"" + std::string(arg) + "\"";
    else if (rule == "cc-no-argument" && eq != e.npos &&
             named({"must-revalidate", "must-understand", "no-store", "no-transform",
                    "proxy-revalidate", "public"}))
      element = std::string(name);
    else if (rule == "cc-request-only-directive" &&
             named({"max-stale", "min-fresh", "only-if-cached"}))
      return;
    if (!out.empty()) out += ", ";
    out += element;
  });
  return out;
}

// Now, as an IMF-fixdate (RFC 9110 §5.6.7).
std::string now_http_date() {
  auto const t = grammar::format_http_date(
      std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()));
  return std::string(t.data(), t.size());
}

// `value` re-formatted as an IMF-fixdate when it parses as any HTTP-date form.
std::optional<std::string> reformat_date(std::string_view value) {
  auto const d = grammar::parse_http_date(value);
  if (!d) return std::nullopt;
  auto const t = grammar::format_http_date(d->time);
  return std::string(t.data(), t.size());
}

// `value`, an IMF-fixdate whose only fault is its day name, with the day name the date implies
// (RFC 5322 §3.3).
std::optional<std::string> fix_day_name(std::string_view value) {
  if (value.size() != grammar::imf_fixdate_size || value[3] != ',') return std::nullopt;
  std::string fixed(value);
  for (std::string_view day : {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}) {
    fixed.replace(0, 3, day);
    if (grammar::parse_http_date(fixed)) return fixed;
  }
  return std::nullopt;
}

// The length of the quoted-string, comment (when `comments`) or Link <URI-Reference> (when
// `link`) that starts at v[i], to its end or the value's; 0 when none starts there.
std::size_t opaque_span(std::string_view v, std::size_t i, bool comments, bool link) {
  char const open = v[i];
  if (open != '"' && !(comments && open == '(') && !(link && open == '<')) return 0;
  int depth = 0;
  for (std::size_t j = i; j < v.size(); ++j) {
    char const ch = v[j];
    if (open == '<') {
      if (ch == '>') return j - i + 1;
    } else if (ch == '\\') {
      ++j;
    } else if (open == '"') {
      if (ch == '"' && j > i) return j - i + 1;
    } else if (ch == '(') {
      ++depth;
    } else if (ch == ')' && --depth == 0) {
      return j - i + 1;
    }
  }
  return v.size() - i;
}

// `v` with each run of whitespace that `replace(out so far, run, next byte)` returns replaced by
// it, outside quoted strings, comments and <URI-Reference>s.
template <class F>
std::string rewrite_whitespace(std::string_view v, bool comments, bool link, F&& replace) {
  std::string out;
  for (std::size_t i = 0; i < v.size();) {
    if (auto const n = opaque_span(v, i, comments, link)) {
      out.append(v.substr(i, n));
      i += n;
    } else if (is_ows(v[i])) {
      auto j = i;
      while (j < v.size() && is_ows(v[j])) ++j;
      out += replace(std::string_view(out), v.substr(i, j - i), j < v.size() ? v[j] : '\0');
      i = j;
    } else {
      out += v[i++];
    }
  }
  return out;
}

// `v` without whitespace next to "=" (no-bws, parameter-no-ws-around-equals: RFC 9110 §5.6.3,
// §5.6.6).
std::string remove_ws_around_equals(std::string_view v, bool link) {
  return rewrite_whitespace(
      v, false, link, [](std::string_view out, std::string_view run, char next) -> std::string {
        if (next == '=' || (!out.empty() && out.back() == '=')) return {};
        return std::string(run);
      });
}

// `v` with the whitespace next to "," or ";" written as one SP (ows-single-sp: RFC 9110 §5.6.3).
std::string single_sp_ows(std::string_view v, bool comments, bool link) {
  return rewrite_whitespace(
      v, comments, link, [](std::string_view out, std::string_view run, char next) -> std::string {
        bool const separator = (!out.empty() && (out.back() == ',' || out.back() == ';')) ||
                               next == ',' || next == ';';
        if (separator && !out.empty() && next != '\0') return " ";
        return std::string(run);
      });
}

// `v` without the quoted-pairs a quoted-string or comment does not need (quoted-pair-minimal:
// RFC 9110 §5.6.4, §5.6.5).
std::string minimal_quoted_pairs(std::string_view v, bool comments) {
  std::string out;
  std::size_t from = 0;
  grammar::for_each_needless_quoted_pair(v, comments, [&](std::size_t at) {
    out.append(v.substr(from, at - from));  // up to the backslash, which goes
    from = at + 1;
    return true;
  });
  out.append(v.substr(from));
  return out;
}

// --- planning ----------------------------------------------------------------------------------

// What a planner reads and writes: the finding, the response as it stands, the request.
struct planning {
  diagnostic const& d;
  response_view const& res;
  request_context const* req;
  repair_plan& out;

  std::string_view id() const noexcept { return d.rule; }
  std::string_view field() const noexcept { return d.field.view(); }

  std::size_t count(std::string_view name) const noexcept {
    return static_cast<std::size_t>(
        std::count_if(res.fields.begin(), res.fields.end(),
                      [&](auto const& f) { return iequals(f.name, name); }));
  }
  bool has(std::string_view name) const noexcept { return count(name) != 0; }
  std::optional<std::string_view> first(std::string_view name) const noexcept {
    for (auto const& f : res.fields)
      if (iequals(f.name, name)) return f.value;
    return std::nullopt;
  }

  void drop_content() { out.edits.push_back({response_edit::action::drop_content, {}, {}, {}}); }
  void erase(std::string_view name) {
    out.edits.push_back({response_edit::action::erase, std::string(name), {}, {}});
  }
  void set(std::string_view name, std::string value) {
    out.edits.push_back({response_edit::action::set, std::string(name), std::move(value), {}});
  }
  void set_length(std::uint64_t n) { set("Content-Length", std::to_string(n)); }

  // Rewrites every line of `name` by `f(value)`, in order (an empty result drops the line); false
  // when no line changes.
  template <class F>
  bool rewrite(std::string_view name, F&& f) {
    response_edit e{response_edit::action::rewrite, {}, {}, {}};
    bool changed = false;
    for (auto const& line : res.fields) {
      if (!iequals(line.name, name)) continue;
      if (e.name.empty()) e.name = std::string(line.name);
      e.values.push_back(f(line.value));
      changed |= e.values.back() != line.value;
    }
    if (!changed) return false;
    out.edits.push_back(std::move(e));
    return true;
  }

  // Adds `member` to the list field `name` unless listed (case-insensitively), on its last line;
  // `drop(element)` says which elements go at the same time.
  template <class Drop>
  void add_list_member(std::string_view name, std::string_view member, Drop&& drop) {
    bool listed = false;
    response_edit e{response_edit::action::rewrite, {}, {}, {}};
    for (auto const& line : res.fields) {
      if (!iequals(line.name, name)) continue;
      if (e.name.empty()) e.name = std::string(line.name);
      e.values.push_back(filter_list(line.value, [&](std::string_view el) {
        listed |= iequals(el, member);
        return !drop(el);
      }));
    }
    if (e.values.empty()) return set(name, std::string(member));
    if (!listed) {
      auto& last = e.values.back();
      if (!last.empty()) last += ", ";
      last += member;
    }
    out.edits.push_back(std::move(e));
  }

  // Adds `option` to Connection unless listed (RFC 9110 §7.6.1); `close` also removes
  // keep-alive, which would contradict it (RFC 9112 §9.3).
  void add_connection_option(std::string_view option) {
    bool const closing = iequals(option, "close");
    add_list_member("Connection", option,
                    [&](std::string_view el) { return closing && iequals(el, "keep-alive"); });
  }
};

using planner = bool (*)(planning&);

// RFC 9110 §6.4.1, §9.3.2, §15.2, §15.3.5, §15.3.6, §15.4.5: content that cannot be sent.
bool drop_content(planning& p) {
  p.drop_content();
  return true;
}

// RFC 9110 §8.6, RFC 9112 §6.1: framing fields these responses must not carry.
bool erase_content_length(planning& p) {
  p.erase("Content-Length");
  return true;
}

bool erase_transfer_encoding(planning& p) {
  p.erase("Transfer-Encoding");
  return true;
}

// RFC 9110 §8.6: the length is fully determined by the content, when its size is known.
bool length_of_content(planning& p) {
  if (!p.res.body_size || p.has("Transfer-Encoding")) return false;
  p.set_length(*p.res.body_size);
  return true;
}

// The content length of the 200 a GET would have produced (context "G"), when known.
std::optional<std::uint64_t> length_of(response_view const& r) {
  for (auto const& f : r.fields) {
    if (!iequals(f.name, "Content-Length")) continue;
    if (!is_digits(f.value) || f.value.size() > 19) return std::nullopt;
    std::uint64_t n = 0;
    for (char c : f.value) n = n * 10 + static_cast<std::uint64_t>(c - '0');
    return n;
  }
  return r.body_size;
}

// The GET's length, when known, is the only value a HEAD answer may state (RFC 9110 §8.6).
bool length_of_get(planning& p) {
  auto const get =
      p.req && p.req->equivalent_200 ? length_of(*p.req->equivalent_200) : std::nullopt;
  if (get)
    p.set_length(*get);
  else
    p.erase("Content-Length");
  return true;
}

// RFC 9110 §8.6: a list of identical values may be collapsed. Other values are not ours to
// guess, unless the response carries its content and the content's size is known: then it fully
// determines the length (a HEAD answer, 1xx, 204 and 304 state another length).
bool content_length_syntax(planning& p) {
  std::string_view value;
  bool same = true;
  for (auto const& line : p.res.fields) {
    if (!iequals(line.name, "Content-Length")) continue;
    for_each_element(line.value, [&](std::string_view e) {
      if (value.empty()) value = e;
      same &= !e.empty() && e == value;
    });
  }
  if (same && is_digits(value)) {
    p.set("Content-Length", std::string(value));
    return true;
  }
  bool const head = p.req && p.req->method == "HEAD";
  if (!p.res.body_size || p.has("Transfer-Encoding") || head || ends_at_header(p.res.status))
    return false;
  p.set_length(*p.res.body_size);
  return true;
}

// RFC 9112 §6.3, RFC 7231 §6.3.6, RFC 9110 §15.3.1: say "empty" explicitly.
bool explicit_zero_length(planning& p) {
  if (p.has("Transfer-Encoding") || p.res.body_size.value_or(1) != 0) return false;
  p.set_length(0);
  return true;
}

// RFC 9112 §9.3, §9.6: the connection ends after this response; say so.
bool connection_close(planning& p) {
  p.add_connection_option("close");
  return true;
}

// RFC 9110 §7.6.1, §7.8: connection-specific fields are named in Connection.
bool connection_upgrade(planning& p) {
  p.add_connection_option("upgrade");
  return true;
}

bool connection_lists_field(planning& p) {
  if (p.field().empty()) return false;
  p.add_connection_option(p.field());
  return true;
}

bool connection_drops_option(planning& p) {
  std::string const option(p.d.detail.view());
  if (option.empty()) return false;
  return p.rewrite("Connection", [&](std::string_view v) {
    return filter_list(v, [&](std::string_view e) { return !iequals(e, option); });
  });
}

// RFC 9112 §7.1, §7.2: chunked and the compression codings take no parameters.
bool transfer_coding_no_params(planning& p) {
  return p.rewrite("Transfer-Encoding", [](std::string_view v) {
    std::string out;
    for_each_element(v, [&](std::string_view e) {
      if (e.empty()) return;
      if (!out.empty()) out += ", ";
      out += trim_ows(e.substr(0, e.find(';')));
    });
    return out;
  });
}

// RFC 9111 §5.4: Pragma goes when Cache-Control says what it meant; RFC 9110 §15.4.5,
// §15.3.7.2: fields a 304 or a multipart 206 does not carry.
bool erase_named_field(planning& p) {
  auto const field = p.field();
  if (field.empty()) return false;
  if (p.id() == "deprecated-fields" && iequals(field, "Pragma") && !p.has("Cache-Control"))
    return false;
  if (p.id() == "206-multipart-byteranges" && !iequals(field, "Content-Range")) return false;
  p.erase(field);
  return true;
}

// RFC 8470 §5.1: Early-Data is a request field.
bool erase_early_data(planning& p) {
  p.erase("Early-Data");
  return true;
}

// RFC 9110 §5.3: identical duplicate lines of a singleton field collapse into one.
bool collapse_duplicates(planning& p) {
  auto const field = p.field();
  if (field.empty()) return false;
  std::optional<std::string_view> first;
  for (auto const& line : p.res.fields) {
    if (!iequals(line.name, field)) continue;
    if (!first)
      first = line.value;
    else if (*first != line.value)
      return false;
  }
  if (!first) return false;
  bool kept = false;
  // False when one line of the header section is all there is (a second one in the trailers is
  // not ours to merge).
  return p.rewrite(field, [&](std::string_view v) {
    if (kept) return std::string();
    kept = true;
    return std::string(v);
  });
}

// RFC 9110 §5.6.3, §5.6.6: no whitespace around "=" in parameters.
bool no_ws_around_equals(planning& p) {
  auto const field = p.field();
  if (field.empty()) return false;
  bool const link = iequals(field, "Link");
  return p.rewrite(field, [&](std::string_view v) { return remove_ws_around_equals(v, link); });
}

// RFC 9110 §5.6.3: OWS is one SP.
bool one_sp(planning& p) {
  auto const field = p.field();
  if (field.empty()) return false;
  bool const comments = iequals(field, "Via"), link = iequals(field, "Link");
  return p.rewrite(field, [&](std::string_view v) { return single_sp_ows(v, comments, link); });
}

// RFC 9110 §5.6.4, §5.6.5: quoted-pairs only where needed.
bool needed_quoted_pairs(planning& p) {
  auto const field = p.field();
  if (field.empty()) return false;
  bool const comments = iequals(field, "Via") || iequals(field, "Server");
  return p.rewrite(field, [&](std::string_view v) { return minimal_quoted_pairs(v, comments); });
}

// RFC 9110 §5.6.1.1: no empty list elements.
bool no_empty_elements(planning& p) {
  auto const field = p.field();
  if (field.empty()) return false;
  return p.rewrite(field, [](std::string_view v) {
    return filter_list(v, [](std::string_view) { return true; });
  });
}

// RFC 9110 §5.5: a field value has no leading or trailing whitespace.
bool trimmed_value(planning& p) {
  auto const field = p.field();
  if (field.empty()) return false;
  return p.rewrite(field, [](std::string_view v) { return std::string(trim_ows(v)); });
}

// RFC 9110 §5.6.7: a sender generates IMF-fixdate; a parseable date in an obsolete form is
// re-formatted, and a wrong day name is recomputed. RFC 9111 §5.3: an invalid Expires means
// "already expired", as the Date does.
bool fix_date(planning& p) {
  auto const field = p.field();
  if (field.empty() || p.count(field) != 1) return false;
  auto const current = *p.first(field);
  auto fixed = p.id() == "http-date-calendar" ? fix_day_name(current) : reformat_date(current);
  if (!fixed && p.id() == "expires-syntax" && p.count("Date") == 1)
    fixed = reformat_date(*p.first("Date"));
  if (!fixed || *fixed == current) return false;
  p.set(field, std::move(*fixed));
  return true;
}

// RFC 9110 §8.8.2.1: Last-Modified later than Date is clamped to Date.
bool last_modified_is_date(planning& p) {
  auto const date = p.first("Date");
  if (!date || date->empty()) return false;
  p.set("Last-Modified", std::string(*date));
  return true;
}

// RFC 9110 §6.6.1: an origin with a clock sends Date.
bool add_date(planning& p) {
  if (p.has("Date")) return false;
  p.set("Date", now_http_date());
  return true;
}

// RFC 9110 §6.6.1 (no clock, no Date); RFC 9111 §5.1 (Age comes from caches); RFC 9110 §14.4
// (Content-Range has no meaning on this status).
bool erase_date(planning& p) {
  p.erase("Date");
  return true;
}

bool erase_age(planning& p) {
  p.erase("Age");
  return true;
}

bool erase_content_range(planning& p) {
  p.erase("Content-Range");
  return true;
}

// RFC 9111 §5.2: Cache-Control directives in their defined form.
bool cache_control_form(planning& p) {
  auto const rule = p.id();
  return p.rewrite("Cache-Control",
                   [&](std::string_view v) { return repair_cache_control(v, rule); });
}

// RFC 9111 §5.2.2.5, RFC 9110 §15 (a status never stored): add no-store.
bool add_no_store(planning& p) {
  std::string v(p.first("Cache-Control").value_or(""));
  if (!v.empty()) v += ", ";
  v += "no-store";
  p.set("Cache-Control", std::move(v));
  return true;
}

// RFC 9110 §12.5.5: "*" alone says everything varies; names beside it add nothing.
bool vary_star(planning& p) {
  bool star = false;
  for (auto const& line : p.res.fields)
    if (iequals(line.name, "Vary"))
      for_each_element(line.value, [&](std::string_view e) { star |= e == "*"; });
  if (!star) return false;
  p.set("Vary", "*");
  return true;
}

// RFC 9110 §15.1, RFC 9112 §4: the registered phrase is always a valid one. A phrase with CR, LF
// or NUL is an injection attempt: the guard blocks it instead of hiding it.
bool registered_reason(planning& p) {
  auto const* s = find_status(p.res.status);
  if (!s || has_cr_lf_nul(p.res.reason)) return false;
  p.out.edits.push_back({response_edit::action::set_reason, {}, std::string(s->reason), {}});
  return true;
}

// RFC 9110 §15.2, §10.1.1; RFC 9110 §15 (one final response): an interim response that must not
// be sent is not sent.
bool suppress(planning& p) {
  p.out.edits.push_back({response_edit::action::suppress, {}, {}, {}});
  return true;
}

// RFC 9112 §5.2: a server replaces each obs-fold by one or more SP before sending.
bool unfold(planning& p) {
  auto const field = p.field();
  if (field.empty()) return false;
  return p.rewrite(field, [](std::string_view v) {
    std::string out;
    for (std::size_t i = 0; i < v.size();) {
      auto const nl = v[i] == '\r' && i + 1 < v.size() && v[i + 1] == '\n' ? 2u
                      : v[i] == '\n'                                       ? 1u
                                                                           : 0u;
      if (nl != 0 && i + nl < v.size() && is_ows(v[i + nl])) {
        i += nl;
        while (i < v.size() && is_ows(v[i])) ++i;
        while (!out.empty() && is_ows(out.back())) out.pop_back();
        out += ' ';
        continue;
      }
      out += v[i++];
    }
    return out;
  });
}

// RFC 9110 §11.5: realm's value is a quoted-string: a token becomes one.
bool quote_realm(planning& p) {
  auto const field = p.field();
  if (field.empty()) return false;
  return p.rewrite(field, [](std::string_view v) {
    std::string out;
    for (std::size_t i = 0; i < v.size();) {
      if (auto const n = opaque_span(v, i, false, false)) {
        out.append(v.substr(i, n));
        i += n;
        continue;
      }
      bool const at_name = iequals(v.substr(i, 5), "realm") &&
                           (i == 0 || v[i - 1] == ' ' || v[i - 1] == ',' || v[i - 1] == '\t');
      auto j = i + 5;
      while (at_name && j < v.size() && is_ows(v[j])) ++j;
      if (!at_name || j >= v.size() || v[j] != '=') {
        out += v[i++];
        continue;
      }
      ++j;
      while (j < v.size() && is_ows(v[j])) ++j;
      auto k = j;
      while (k < v.size() && grammar::is_tchar(v[k])) ++k;
      out.append(v.substr(i, j - i));
      if (k > j && (k == v.size() || v[k] != '"')) {
        out += '"';
        out.append(v.substr(j, k - j));
        out += '"';
      } else {
        out.append(v.substr(j, k - j));
      }
      i = k;
    }
    return out;
  });
}

// RFC 9110 §11.6.1: each challenge may go on its own field line; splitting them removes the
// ambiguity of commas between challenges and between auth-params.
bool challenge_per_line(planning& p) {
  auto const field = p.field();
  if (field.empty()) return false;
  response_edit e{response_edit::action::rewrite, {}, {}, {}};
  bool split = false;
  for (auto const& line : p.res.fields) {
    if (!iequals(line.name, field)) continue;
    if (e.name.empty()) e.name = std::string(line.name);
    auto const list = grammar::parse_challenges(line.value);
    if (!list) return false;  // auth-challenge-syntax: not ours to guess
    std::vector<std::size_t> starts;
    for (auto const& c : *list)
      starts.push_back(static_cast<std::size_t>(c.scheme.data() - line.value.data()));
    split |= starts.size() > 1;
    for (std::size_t i = 0; i < starts.size(); ++i) {
      auto part = line.value.substr(
          starts[i], i + 1 < starts.size() ? starts[i + 1] - starts[i] : std::string_view::npos);
      part = trim_ows(part);
      while (!part.empty() && (part.back() == ',' || is_ows(part.back()))) part.remove_suffix(1);
      e.values.emplace_back(part);
    }
  }
  if (!split) return false;
  p.out.edits.push_back(std::move(e));
  return true;
}

// RFC 9110 §8.4.1: identity is not a content coding to list.
bool drop_identity(planning& p) {
  return p.rewrite("Content-Encoding", [](std::string_view v) {
    return filter_list(v, [](std::string_view e) { return !iequals(e, "identity"); });
  });
}

// RFC 9110 §6.6.2: each trailer field sent is announced in Trailer.
bool announce_trailer(planning& p) {
  auto const field = p.field();
  if (field.empty()) return false;
  p.add_list_member("Trailer", field, [](std::string_view) { return false; });
  return true;
}

struct plan_entry {
  rule_index rule;
  planner plan;
};

// Every rule with a safe repair, and its planner. Namespace scope: clang 14 cannot construct a
// consteval rule_index inside a statement.
constexpr plan_entry plan_table[] = {
    {"no-content-1xx", drop_content},
    {"no-content-204", drop_content},
    {"no-content-304", drop_content},
    {"no-content-205", drop_content},
    {"head-no-content", drop_content},
    {"connect-2xx-no-content", drop_content},
    {"problem-head", drop_content},
    {"no-content-length-1xx-204", erase_content_length},
    {"no-content-length-connect-2xx", erase_content_length},
    {"content-length-304-matches-200", erase_content_length},
    {"no-content-length-with-transfer-encoding", erase_content_length},
    {"no-transfer-encoding-1xx-204", erase_transfer_encoding},
    {"no-transfer-encoding-connect-2xx", erase_transfer_encoding},
    {"content-length-accurate", length_of_content},
    {"content-length-when-known", length_of_content},
    {"content-length-head-matches-get", length_of_get},
    {"content-length-syntax", content_length_syntax},
    {"205-zero-length-framing", explicit_zero_length},
    {"200-empty-needs-explicit-length", explicit_zero_length},
    {"close-delimited-needs-connection-close", connection_close},
    {"connection-close-echo", connection_close},
    {"non-persistent-server-sends-close", connection_close},
    {"upgrade-needs-connection-option", connection_upgrade},
    {"connection-lists-hop-by-hop", connection_lists_field},
    {"connection-no-end-to-end-option", connection_drops_option},
    {"transfer-coding-no-params", transfer_coding_no_params},
    {"deprecated-fields", erase_named_field},
    {"206-multipart-byteranges", erase_named_field},
    {"304-no-extra-metadata", erase_named_field},
    {"early-data-not-in-response", erase_early_data},
    {"no-duplicate-singleton-field", collapse_duplicates},
    {"no-bws", no_ws_around_equals},
    {"parameter-no-ws-around-equals", no_ws_around_equals},
    {"ows-single-sp", one_sp},
    {"quoted-pair-minimal", needed_quoted_pairs},
    {"no-empty-list-elements", no_empty_elements},
    {"field-value-trimmed", trimmed_value},
    {"http-date-imf-fixdate", fix_date},
    {"http-date-calendar", fix_date},
    {"expires-syntax", fix_date},
    {"last-modified-not-after-date", last_modified_is_date},
    {"date-required", add_date},
    {"date-no-clock", erase_date},
    {"age-not-from-origin", erase_age},
    {"content-range-status-scope", erase_content_range},
    {"cc-delta-seconds-token-form", cache_control_form},
    {"cc-field-list-quoted", cache_control_form},
    {"cc-no-argument", cache_control_form},
    {"cc-request-only-directive", cache_control_form},
    {"cc-must-understand-with-no-store", add_no_store},
    {"never-stored-status", add_no_store},
    {"vary-syntax", vary_star},
    {"reason-phrase-charset", registered_reason},
    {"reason-phrase-registered", registered_reason},
    {"early-final-response-signals-close", connection_close},
    {"1xx-not-to-http10", suppress},
    {"100-needs-expect", suppress},
    {"100-continue-http10-ignored", suppress},
    {"no-1xx-after-final", suppress},
    {"no-obs-fold", unfold},
    {"auth-realm-quoted", quote_realm},
    {"auth-challenge-per-line", challenge_per_line},
    {"content-encoding-no-identity", drop_identity},
    {"trailer-announced", announce_trailer},
};

// The planner of each rule, by rule index.
constexpr auto planners = [] {
  std::array<planner, rule_count> by_rule{};
  for (auto const& e : plan_table) by_rule[e.rule.value] = e.plan;
  return by_rule;
}();

// The table covers exactly the rules whose repair is safe: a rule given a safe repair does not
// build until it has a planner here.
constexpr bool covers_safe_repairs() {
  for (std::size_t i = 0; i < rule_count; ++i)
    if ((rules()[i].repair == repair_kind::safe) != (planners[i] != nullptr)) return false;
  return true;
}
static_assert(covers_safe_repairs(),
              "every rule whose repair is safe in the table has a planner in plan_table, and no "
              "other rule has one");

}  // namespace

bool plan_repair(diagnostic const& d, response_view const& res, request_context const* req,
                 repair_plan& out) {
  auto const* info = d.info();
  if (!info) return false;  // a house rule
  auto const index = static_cast<std::size_t>(info - rules().data());
  if (index >= rule_count || !planners[index]) return false;
  auto const size = out.edits.size();
  planning p{d, res, req, out};
  if (planners[index](p)) return true;
  out.edits.resize(size);  // a planner that gives up leaves no edit behind
  return false;
}

bool has_repair_plan(rule_info const& r) noexcept {
  auto const index = static_cast<std::size_t>(&r - rules().data());
  return index < rule_count && planners[index] != nullptr;
}

namespace {

// The ids of the rules with a safe repair, sorted at compile time, for findings that do not name
// their catalog entry.
constexpr auto safe_repair_ids = [] {
  constexpr std::size_t n = [] {
    std::size_t count = 0;
    for (auto const& r : rules()) count += r.repair == repair_kind::safe;
    return count;
  }();
  std::array<std::string_view, n> ids{};
  std::size_t i = 0;
  for (auto const& r : rules())
    if (r.repair == repair_kind::safe) ids[i++] = r.id;
  std::sort(ids.begin(), ids.end());
  return ids;
}();

}  // namespace

bool has_safe_repair(report const& rep) noexcept {
  for (auto const& d : rep)
    if (d.entry ? d.entry->repair == repair_kind::safe
                : std::binary_search(safe_repair_ids.begin(), safe_repair_ids.end(), d.rule))
      return true;
  return false;
}

}  // namespace respolicy
