//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_BEAST_REPAIR_HPP
#define RESPOLICY_BEAST_REPAIR_HPP

#include <respolicy/beast/view.hpp>
#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/http_date.hpp>
#include <respolicy/hazard.hpp>
#include <respolicy/status.hpp>
#include <respolicy/validate.hpp>

#include <boost/beast/core/string.hpp>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace respolicy::beast {

/** The report of `repair()`: every finding, those that a repair fixed marked `repaired`, then
    what remains; and how many content bytes the repairs dropped. */
class repair_report : public report {
 public:
  /** Content octets removed from the response (known sizes only; a body of unknown size that was
      dropped counts as zero and its diagnostic says "content of unknown length"). */
  std::uint64_t bytes_dropped = 0;

  /** The number of findings a repair fixed. */
  std::size_t repairs() const noexcept {
    std::size_t n = 0;
    for (auto const& d : *this) n += d.repaired;
    return n;
  }

  /** True when no error is left unrepaired: the response as it now stands passes. Unlike
      `report::ok()`, which counts repaired findings too. */
  bool ok() const noexcept {
    for (auto const& d : *this)
      if (!d.repaired && d.severity == severity::error) return false;
    return true;
  }
};

namespace detail {

inline bool iequals(std::string_view a, std::string_view b) noexcept {
  return boost::beast::iequals(boost::beast::string_view(a.data(), a.size()),
                               boost::beast::string_view(b.data(), b.size()));
}

inline std::string_view trim_ows(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

/** Calls `f(element)` for each element of a list-based field value (RFC 9110 §5.6.1), split at
    commas outside quoted strings, OWS trimmed; empty elements are passed as empty views. */
template <class F>
void for_each_element(std::string_view list, F&& f) {
  std::size_t start = 0;
  bool quoted = false;
  for (std::size_t i = 0; i <= list.size(); ++i) {
    if (i < list.size()) {
      char const c = list[i];
      if (quoted) {
        if (c == '\\')
          ++i;
        else if (c == '"')
          quoted = false;
        continue;
      }
      if (c == '"') {
        quoted = true;
        continue;
      }
      if (c != ',') continue;
    }
    f(trim_ows(list.substr(start, std::min(i, list.size()) - start)));
    start = i + 1;
  }
}

/** Replaces every line named `name` by `f(value)`, in order; an empty result removes the line.
    Returns true when some line changed. */
template <class Fields, class F>
bool rewrite_lines(Fields& fields, std::string_view name, F&& f) {
  std::vector<std::string> values;
  std::string canonical;
  bool changed = false;
  for (auto const& line : fields) {
    if (!iequals(to_std(line.name_string()), name)) continue;
    if (canonical.empty()) canonical = std::string(to_std(line.name_string()));
    values.push_back(f(to_std(line.value())));
    changed |= values.back() != to_std(line.value());
  }
  if (!changed) return false;
  fields.erase(boost::beast::string_view(canonical.data(), canonical.size()));
  for (auto const& v : values)
    if (!v.empty()) fields.insert(canonical, v);
  return true;
}

/** The value of the first line of `f`, or empty. */
template <class Fields>
std::string_view first_value(Fields const& fields, http::field f) {
  auto const it = fields.find(f);
  return it == fields.end() ? std::string_view{} : to_std(it->value());
}

inline bool is_digits(std::string_view s) noexcept {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

/** Applies the Cache-Control repair of `rule` to one value (RFC 9111 §5.2): delta-seconds in
    token form, field-name lists quoted, no argument on flag directives, no request directives. */
inline std::string repair_cache_control(std::string_view value, std::string_view rule) {
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

/** Adds the `no-store` directive to Cache-Control (RFC 9111 §5.2.2.5). */
template <class Fields>
void add_no_store(Fields& fields) {
  auto const current = first_value(fields, http::field::cache_control);
  std::string v(current);
  if (!v.empty()) v += ", ";
  v += "no-store";
  fields.set(http::field::cache_control, v);
}

/** Now, as an IMF-fixdate (RFC 9110 §5.6.7). */
inline std::string now_http_date() {
  auto const t = grammar::format_http_date(
      std::chrono::time_point_cast<std::chrono::seconds>(std::chrono::system_clock::now()));
  return std::string(t.data(), t.size());
}

/** `value` re-formatted as an IMF-fixdate when it parses as any HTTP-date form; else nothing. */
inline std::optional<std::string> reformat_date(std::string_view value) {
  auto const d = grammar::parse_http_date(value);
  if (!d) return std::nullopt;
  auto const t = grammar::format_http_date(d->time);
  return std::string(t.data(), t.size());
}

/** `value`, an IMF-fixdate whose only fault is its day name, with the day name the date implies
    (RFC 5322 §3.3); nothing for any other value. */
inline std::optional<std::string> fix_day_name(std::string_view value) {
  if (value.size() != grammar::imf_fixdate_size || value[3] != ',') return std::nullopt;
  std::string fixed(value);
  for (std::string_view day : {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}) {
    fixed.replace(0, 3, day);
    if (grammar::parse_http_date(fixed)) return fixed;
  }
  return std::nullopt;
}

inline bool is_ows(char c) noexcept { return c == ' ' || c == '\t'; }

/** The length of the quoted-string, comment (when `comments`) or Link <URI-Reference> (when
    `link`) that starts at v[i], to its end or the value's; 0 when none starts there. */
inline std::size_t opaque_span(std::string_view v, std::size_t i, bool comments, bool link) {
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

/** `v` with each run of whitespace that `replace(out so far, run, next byte)` returns
    replaced by it, outside quoted strings, comments and <URI-Reference>s. */
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

/** `v` without whitespace next to "=" (no-bws, parameter-no-ws-around-equals: RFC 9110 §5.6.3,
    §5.6.6). */
inline std::string remove_ws_around_equals(std::string_view v, bool link) {
  return rewrite_whitespace(
      v, false, link, [](std::string_view out, std::string_view run, char next) -> std::string {
        if (next == '=' || (!out.empty() && out.back() == '=')) return {};
        return std::string(run);
      });
}

/** `v` with the whitespace inside it next to "," or ";" written as one SP (ows-single-sp:
    RFC 9110 §5.6.3). */
inline std::string single_sp_ows(std::string_view v, bool comments, bool link) {
  return rewrite_whitespace(
      v, comments, link, [](std::string_view out, std::string_view run, char next) -> std::string {
        bool const separator = (!out.empty() && (out.back() == ',' || out.back() == ';')) ||
                               next == ',' || next == ';';
        if (separator && !out.empty() && next != '\0') return " ";
        return std::string(run);
      });
}

/** `v` without the quoted-pairs a quoted-string or comment does not need (quoted-pair-minimal:
    RFC 9110 §5.6.4, §5.6.5). */
inline std::string minimal_quoted_pairs(std::string_view v, bool comments) {
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

/** Rebuilds a list value from the elements `keep(element)` accepts, dropping empty elements. */
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

/** Adds `option` to Connection unless listed (RFC 9110 §7.6.1); `close` also removes keep-alive,
    which would contradict it (RFC 9112 §9.3). */
template <class Fields>
void add_connection_option(Fields& fields, std::string_view option) {
  bool listed = false;
  bool const closing = iequals(option, "close");
  rewrite_lines(fields, "Connection", [&](std::string_view v) {
    return filter_list(v, [&](std::string_view e) {
      listed |= iequals(e, option);
      return !(closing && iequals(e, "keep-alive"));
    });
  });
  if (!listed) {
    auto it = fields.find(http::field::connection);
    if (it == fields.end()) {
      fields.set(http::field::connection, boost::beast::string_view(option.data(), option.size()));
    } else {
      std::string v(to_std(it->value()));
      v += ", ";
      v += option;
      fields.set(http::field::connection, v);
    }
  }
}

/** Empties the content of `res`, whatever its Body; returns the octets dropped when known. */
template <class Body, class Fields>
std::uint64_t drop_content(http::message<false, Body, Fields>& res) {
  auto const size = content_size(res).value_or(0);
  using value_type = typename Body::value_type;
  if constexpr (requires(value_type & v) {
                  v.data = nullptr;
                  v.size = 0;
                  v.more = false;
                }) {
    // buffer_body: no more buffers to come, so the serializer writes nothing.
    res.body().data = nullptr;
    res.body().size = 0;
    res.body().more = false;
  } else {
    res.body() = value_type{};
  }
  return size;
}

/** The content length of the 200 a GET would have produced (context "G"), when known. */
inline std::optional<std::uint64_t> length_of(response_view const& r) {
  for (auto const& f : r.fields) {
    if (!iequals(f.name, "Content-Length")) continue;
    std::uint64_t n = 0;
    if (f.value.empty() || f.value.size() > 19) return std::nullopt;
    for (char c : f.value) {
      if (c < '0' || c > '9') return std::nullopt;
      n = n * 10 + static_cast<std::uint64_t>(c - '0');
    }
    return n;
  }
  return r.body_size;
}

/** Applies the safe repair of `d` to `res` (docs/architecture.md, "Repairs are explicit and always
   reported": only removes what the protocol forbids or fills in what it fully determines). Returns
   false when `d` has no safe repair, or none that this response allows; the finding then stays in
   the report. */
template <class Body, class Fields>
bool apply_repair(diagnostic const& d, http::message<false, Body, Fields>& res,
                  request_context const* req, std::uint64_t& dropped) {
  std::string_view const id = d.rule;
  std::string_view const field = d.field.view();
  Fields& fields = res.base();
  auto const set_length = [&](std::uint64_t n) {
    fields.set(http::field::content_length, std::to_string(n));
  };
  auto const has = [&](http::field f) { return fields.count(f) != 0; };

  // RFC 9110 §6.4.1, §9.3.2, §15.2, §15.3.5, §15.3.6, §15.4.5: content that cannot be sent.
  if (id == "no-content-1xx" || id == "no-content-204" || id == "no-content-304" ||
      id == "no-content-205" || id == "head-no-content" || id == "connect-2xx-no-content" ||
      id == "problem-head") {
    dropped += drop_content(res);
    return true;
  }
  // RFC 9110 §8.6, RFC 9112 §6.1: framing fields these responses must not carry.
  if (id == "no-content-length-1xx-204" || id == "no-content-length-connect-2xx" ||
      id == "content-length-304-matches-200" || id == "no-content-length-with-transfer-encoding") {
    fields.erase(http::field::content_length);
    return true;
  }
  if (id == "no-transfer-encoding-1xx-204" || id == "no-transfer-encoding-connect-2xx") {
    fields.erase(http::field::transfer_encoding);
    return true;
  }
  // RFC 9110 §8.6: the length is fully determined by the content, when its size is known.
  if (id == "content-length-accurate" || id == "content-length-when-known") {
    auto const n = content_size(res);
    if (!n || has(http::field::transfer_encoding)) return false;
    set_length(*n);
    return true;
  }
  if (id == "content-length-head-matches-get") {
    // The GET's length, when known, is the only value allowed (RFC 9110 §8.6).
    auto const get = req && req->equivalent_200 ? length_of(*req->equivalent_200) : std::nullopt;
    if (get)
      set_length(*get);
    else
      fields.erase(http::field::content_length);
    return true;
  }
  if (id == "content-length-syntax") {
    // RFC 9110 §8.6: a list of identical values may be collapsed. Other values are not ours to
    // guess, unless the response carries its content and the content's size is known: then it
    // fully determines the length (a HEAD answer, 1xx, 204 and 304 state another length).
    std::string_view value;
    bool same = true;
    for (auto const& line : fields) {
      if (line.name() != http::field::content_length) continue;
      for_each_element(to_std(line.value()), [&](std::string_view e) {
        if (value.empty()) value = e;
        same &= !e.empty() && e == value;
      });
    }
    if (same && !value.empty() && value.find_first_not_of("0123456789") == value.npos) {
      fields.set(http::field::content_length, std::string(value));
      return true;
    }
    auto const n = content_size(res);
    int const s = static_cast<int>(res.result_int());
    bool const head = req && req->method == "HEAD";
    if (!n || has(http::field::transfer_encoding) || head || ends_at_header(s)) return false;
    set_length(*n);
    return true;
  }
  // RFC 9112 §6.3, RFC 7231 §6.3.6, RFC 9110 §15.3.1: say "empty" explicitly.
  if (id == "205-zero-length-framing" || id == "200-empty-needs-explicit-length") {
    if (has(http::field::transfer_encoding) || content_size(res).value_or(1) != 0) return false;
    set_length(0);
    return true;
  }
  // RFC 9112 §9.3, §9.6: the connection ends after this response; say so.
  if (id == "close-delimited-needs-connection-close" || id == "connection-close-echo" ||
      id == "non-persistent-server-sends-close") {
    add_connection_option(fields, "close");
    return true;
  }
  // RFC 9110 §7.6.1, §7.8: connection-specific fields are named in Connection.
  if (id == "upgrade-needs-connection-option") {
    add_connection_option(fields, "upgrade");
    return true;
  }
  if (id == "connection-lists-hop-by-hop" && !field.empty()) {
    add_connection_option(fields, field);
    return true;
  }
  if (id == "connection-no-end-to-end-option") {
    std::string const option(d.detail.view());
    if (option.empty()) return false;
    return rewrite_lines(fields, "Connection", [&](std::string_view v) {
      return filter_list(v, [&](std::string_view e) { return !iequals(e, option); });
    });
  }
  // RFC 9112 §7.1, §7.2: chunked and the compression codings take no parameters.
  if (id == "transfer-coding-no-params") {
    return rewrite_lines(fields, "Transfer-Encoding", [](std::string_view v) {
      std::string out;
      for_each_element(v, [&](std::string_view e) {
        if (e.empty()) return;
        if (!out.empty()) out += ", ";
        out += trim_ows(e.substr(0, e.find(';')));
      });
      return out;
    });
  }
  // RFC 9111 §5.4, §5.5; RFC 8470 §5.1; RFC 9110 §15.3.7.2, §15.4.5: fields to remove.
  if (id == "deprecated-fields" && !field.empty()) {
    if (iequals(field, "Pragma") && !has(http::field::cache_control)) return false;
    fields.erase(boost::beast::string_view(field.data(), field.size()));
    return true;
  }
  if (id == "early-data-not-in-response") {
    fields.erase("Early-Data");
    return true;
  }
  if ((id == "206-multipart-byteranges" && iequals(field, "Content-Range")) ||
      (id == "304-no-extra-metadata" && !field.empty())) {
    fields.erase(boost::beast::string_view(field.data(), field.size()));
    return true;
  }
  // RFC 9110 §5.3: identical duplicate lines of a singleton field collapse into one.
  if (id == "no-duplicate-singleton-field" && !field.empty()) {
    std::optional<std::string> first;
    for (auto const& line : fields) {
      if (!iequals(to_std(line.name_string()), field)) continue;
      if (!first)
        first = std::string(to_std(line.value()));
      else if (*first != to_std(line.value()))
        return false;
    }
    if (!first) return false;
    bool kept = false;
    rewrite_lines(fields, field, [&](std::string_view v) {
      if (kept) return std::string();
      kept = true;
      return std::string(v);
    });
    return true;
  }
  // RFC 9110 §5.6.3, §5.6.6: no whitespace around "=" in parameters.
  if ((id == "no-bws" || id == "parameter-no-ws-around-equals") && !field.empty()) {
    bool const link = iequals(field, "Link");
    return rewrite_lines(fields, field,
                         [&](std::string_view v) { return remove_ws_around_equals(v, link); });
  }
  // RFC 9110 §5.6.3: OWS is one SP.
  if (id == "ows-single-sp" && !field.empty()) {
    bool const comments = iequals(field, "Via"), link = iequals(field, "Link");
    return rewrite_lines(fields, field,
                         [&](std::string_view v) { return single_sp_ows(v, comments, link); });
  }
  // RFC 9110 §5.6.4, §5.6.5: quoted-pairs only where needed.
  if (id == "quoted-pair-minimal" && !field.empty()) {
    bool const comments = iequals(field, "Via") || iequals(field, "Server");
    return rewrite_lines(fields, field,
                         [&](std::string_view v) { return minimal_quoted_pairs(v, comments); });
  }
  // RFC 9110 §5.6.1.1: no empty list elements.
  if (id == "no-empty-list-elements" && !field.empty()) {
    return rewrite_lines(fields, field, [](std::string_view v) {
      return filter_list(v, [](std::string_view) { return true; });
    });
  }
  // RFC 9110 §5.5: a field value has no leading or trailing whitespace.
  if (id == "field-value-trimmed" && !field.empty()) {
    return rewrite_lines(fields, field,
                         [](std::string_view v) { return std::string(trim_ows(v)); });
  }
  // RFC 9110 §5.6.7: a sender generates IMF-fixdate; a parseable date in an obsolete form is
  // re-formatted, and a wrong day name is recomputed. RFC 9111 §5.3: an invalid Expires means
  // "already expired", as the Date does.
  if (id == "http-date-imf-fixdate" || id == "http-date-calendar" || id == "expires-syntax") {
    if (field.empty() || fields.count(boost::beast::string_view(field.data(), field.size())) != 1)
      return false;
    auto const current = to_std(fields[boost::beast::string_view(field.data(), field.size())]);
    auto fixed = id == "http-date-calendar" ? fix_day_name(current) : reformat_date(current);
    if (!fixed && id == "expires-syntax" && fields.count(http::field::date) == 1)
      fixed = reformat_date(first_value(fields, http::field::date));
    if (!fixed || *fixed == current) return false;
    fields.set(boost::beast::string_view(field.data(), field.size()), *fixed);
    return true;
  }
  // RFC 9110 §8.8.2.1: Last-Modified later than Date is clamped to Date.
  if (id == "last-modified-not-after-date") {
    auto const date = first_value(fields, http::field::date);
    if (date.empty()) return false;
    std::string const v(date);
    fields.set(http::field::last_modified, v);
    return true;
  }
  // RFC 9110 §6.6.1: an origin with a clock sends Date; one without sends none.
  if (id == "date-required") {
    if (has(http::field::date)) return false;
    fields.set(http::field::date, now_http_date());
    return true;
  }
  if (id == "date-no-clock" || id == "age-not-from-origin" || id == "content-range-status-scope") {
    // RFC 9110 §6.6.1; RFC 9111 §5.1 (Age comes from caches); RFC 9110 §14.4 (Content-Range has
    // no meaning on this status).
    fields.erase(id == "date-no-clock"         ? http::field::date
                 : id == "age-not-from-origin" ? http::field::age
                                               : http::field::content_range);
    return true;
  }
  // RFC 9111 §5.2 and RFC 6585, RFC 8470: Cache-Control directives in their defined form.
  if (id == "cc-delta-seconds-token-form" || id == "cc-field-list-quoted" ||
      id == "cc-no-argument" || id == "cc-request-only-directive") {
    return rewrite_lines(fields, "Cache-Control",
                         [&](std::string_view v) { return repair_cache_control(v, id); });
  }
  if (id == "cc-must-understand-with-no-store" || id == "never-stored-status") {
    add_no_store(fields);
    return true;
  }
  // RFC 9110 §12.5.5: "*" alone says everything varies; names beside it add nothing.
  if (id == "vary-syntax") {
    bool star = false;
    for (auto const& line : fields)
      if (line.name() == http::field::vary)
        for_each_element(to_std(line.value()), [&](std::string_view e) { star |= e == "*"; });
    if (!star) return false;
    fields.set(http::field::vary, "*");
    return true;
  }
  // RFC 9110 §15.1, RFC 9112 §4: the registered phrase is always a valid one. A phrase with CR,
  // LF or NUL is an injection attempt: the guard blocks it instead of hiding it.
  if (id == "reason-phrase-charset" || id == "reason-phrase-registered") {
    auto const* s = find_status(static_cast<int>(res.result_int()));
    if (!s || has_cr_lf_nul(to_std(res.reason()))) return false;
    res.reason(boost::beast::string_view(s->reason.data(), s->reason.size()));
    return true;
  }
  return false;
}

/** Repairs `res` into `out`. `first`, when given, holds what `validate()` found in `res` as it
    stands (the guard has just checked it), so the first round does not check it again. Findings
    below `least` without a safe repair are left out, as validate_common() leaves them out. */
template <class Body, class Fields>
void repair_into(http::message<false, Body, Fields>& res, request_context const* req,
                 policy const& pol, repair_report& out, report* first = nullptr,
                 severity least = severity::info) {
  // A repair can uncover the next finding (dropping a 205's content leaves its length to fix),
  // so repair until a round changes nothing; a finding repaired once and back again stays.
  constexpr int max_rounds = 4;
  auto const same = [](diagnostic const& a, diagnostic const& b) {
    return a.rule == b.rule && a.field.view() == b.field.view();
  };
  std::vector<diagnostic> done, pending;
  for (int round = 0;; ++round) {
    report found;
    if (round == 0 && first) {
      found = std::move(*first);
    } else {
      message_view const v{res};
      validate_common(v.view(), req, pol, found, least);
    }
    // A finding of the previous round that is gone was fixed by another repair (a Content-Length
    // list replaced by the computed length, say): it is repaired too.
    for (auto& p : pending) {
      if (std::any_of(found.begin(), found.end(), [&](auto const& d) { return same(d, p); }))
        continue;
      p.repaired = true;
      out.add(p);
    }
    pending.clear();
    bool changed = false;
    for (auto d : found) {
      bool const again =
          std::any_of(done.begin(), done.end(), [&](auto const& x) { return same(x, d); });
      if (round + 1 < max_rounds && !again && apply_repair(d, res, req, out.bytes_dropped)) {
        d.repaired = true;
        out.add(d);
        done.push_back(d);
        changed = true;
      } else {
        pending.push_back(d);
      }
    }
    if (!changed) {
      for (auto const& d : pending) out.add(d);
      return;
    }
  }
}

}  // namespace detail

/** Applies the safe repairs of the rule table to `res` and reports them.

    A safe repair only removes what the protocol forbids or fills in what it fully determines
    (docs/architecture.md, "Repairs are explicit and always reported"): it drops the content of a
   1xx, 204, 205 or 304 response and of a response to HEAD, removes `Content-Length` and
   `Transfer-Encoding` where forbidden, recomputes a wrong `Content-Length`, drops `Content-Length`
   beside `Transfer-Encoding`, adds `Connection: close` where the connection ends, and so on (the
   `repair` column of docs/rules.md). Every repair is in the report, marked `repaired`, and the
   report counts the content bytes dropped; what could not be repaired follows, so nothing changes
   silently. CR, LF or NUL in a field or the reason phrase is never repaired: it is reported (and
   the guard blocks it).

    @par Example
    @code
    http::response<http::string_body> res{http::status::no_content, 11, "oops"};
    res.prepare_payload();
    auto rep = respolicy::beast::repair(res);
    // res has no body and no Content-Length; rep.bytes_dropped == 4, rep.ok()
    @endcode

    @par Specification
    the repair column of docs/rules.md; RFC 9110 §6.4.1, §8.6; RFC 9112 §6.
*/
template <class Body, class Fields>
repair_report repair(http::message<false, Body, Fields>& res,
                     policy const& pol = policy::standard()) {
  repair_report out;
  detail::repair_into(res, nullptr, pol, out);
  return out;
}

/** As above, with the request the response answers, for the repairs that depend on it (HEAD,
    CONNECT, `Connection: close` in the request). */
template <class Body, class Fields, class RequestFields>
repair_report repair(http::message<false, Body, Fields>& res,
                     http::request_header<RequestFields> const& req,
                     policy const& pol = policy::standard()) {
  repair_report out;
  request_view const r{req};
  detail::repair_into(res, &r.context(), pol, out);
  return out;
}

/** As above, with a request context already built (the guard's). */
template <class Body, class Fields>
repair_report repair(http::message<false, Body, Fields>& res, request_context const* req,
                     policy const& pol) {
  repair_report out;
  detail::repair_into(res, req, pol, out);
  return out;
}

}  // namespace respolicy::beast

#endif
