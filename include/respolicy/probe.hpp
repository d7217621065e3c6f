//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_PROBE_HPP
#define RESPOLICY_PROBE_HPP

/** @file
    Probing a server: the per-status constraints that only a second request shows. From a target
    and the server's answer to a plain GET, `run_probe()` plans requests (conditional with the
    validators it saw, ranges, If-Range, HEAD, OPTIONS, a method the resource does not allow and
    one no server knows, HTTP/1.0, another Accept-Encoding, `Expect: 100-continue`), sends each
    through a `probe_transport`, reads every answer through `<respolicy/wire.hpp>` and judges it
    with the single-response rules, the rules that compare a response with the 200 (context "G"
    in the catalog), and the rules that compare two answers (docs/rules.md, "checked by a
    probe").

    The core moves no bytes itself: an adapter implements `probe_transport` over its client.
    respolicy::beast has three: a handler called in-process, TCP and TLS.
*/

#include <respolicy/export.hpp>
#include <respolicy/message.hpp>
#include <respolicy/policy.hpp>
#include <respolicy/report.hpp>
#include <respolicy/wire.hpp>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace respolicy {

/** What a probe asks the server. */
enum class probe_kind : std::uint8_t {
  get,                   ///< GET: the reference the others are compared with
  head,                  ///< HEAD: the GET's header fields without content
  if_none_match,         ///< GET with If-None-Match: the 200's ETag, answered 304
  if_none_match_head,    ///< HEAD with If-None-Match: the 200's ETag, answered 304
  if_modified_since,     ///< GET with If-Modified-Since: the 200's Last-Modified, answered 304
  if_match_failed,       ///< GET with If-Match: an entity tag the server never sent, not 2xx
  range,                 ///< GET with one satisfiable range: 206 with those bytes, or 200
  range_multi,           ///< GET with two ranges: 206 (multipart), or 200
  range_unsatisfiable,   ///< GET with a range past the end: 416 naming the length, or 200
  if_range_other,        ///< GET with Range and If-Range: another entity tag, the whole 200
  range_if_none_match,   ///< GET with Range and If-None-Match: the 200's ETag, 304 not 206
  accept_encoding_gzip,  ///< GET with Accept-Encoding: gzip: Vary says so if the coding differs
  options,               ///< OPTIONS: Allow
  not_allowed,           ///< TRACE (safe, and often not allowed): 405 with Allow, or 501
  unknown_method,        ///< a method no server knows: 501, not 405
  http10,                ///< GET in HTTP/1.0: no Transfer-Encoding
  expect_continue,       ///< GET with Expect: 100-continue and one octet: 100 or a final answer
};

/** The probe's name, as reports print it: "if-none-match", "range-unsatisfiable", ... */
RESPOLICY_DECL std::string_view to_string(probe_kind k) noexcept;

/** What the probe checks, in a few words: "a conditional GET with the 200's ETag". */
RESPOLICY_DECL std::string_view purpose(probe_kind k) noexcept;

/** What is probed: where requests go and what every request carries. */
struct probe_target {
  /** The Host field: "example.com", "127.0.0.1:8080". */
  std::string host;
  /** The request-target: "/", "/items?page=2". */
  std::string target = "/";
  /** Fields every request carries besides the probe's own (Authorization, Cookie, User-Agent). */
  std::vector<std::pair<std::string, std::string>> fields = {};
};

/** One request of a plan. */
struct probe_request {
  /** Which probe it is. */
  probe_kind kind = probe_kind::get;
  /** The header section as sent, request line first, ending in an empty line. */
  std::string header;
  /** Content sent after the header section: the octet of `expect_continue`, else empty. */
  std::string content;
  /** The request as the server reads it (method, target, version, fields), read back from
      `header` through `<respolicy/wire.hpp>`. */
  std::shared_ptr<wire_request const> parsed;
};

/** A response as received, owning its text: the final response of one probe. */
class RESPOLICY_DECL received_response {
 public:
  received_response() = default;
  /** Copies `m`, a response delivered by a `wire_reader`. */
  explicit received_response(wire_message const& m);
  /** A copy, whose views point into its own strings. */
  received_response(received_response const& other);
  /** Copies `other`; the views point into this object's strings. */
  received_response& operator=(received_response const& other);
  /** Takes `other`'s strings; the views are made again. */
  received_response(received_response&& other) noexcept;
  /** Takes `other`'s strings; the views are made again. */
  received_response& operator=(received_response&& other) noexcept;

  /** The response for `validate()`; valid while this object lives and is not assigned to. */
  response_view view() const noexcept;

  /** The status code. */
  int status() const noexcept { return status_; }
  /** The HTTP version as major * 10 + minor. */
  int version() const noexcept { return version_; }
  /** The reason phrase as received. */
  std::string_view reason() const noexcept { return reason_; }
  /** The header section's field lines. */
  std::span<field_view const> fields() const noexcept { return field_views_; }
  /** The value of the first field named `name` (case-insensitive), or nothing. */
  std::optional<std::string_view> field(std::string_view name) const noexcept;
  /** The content, as far as it was kept (`wire_options::max_kept_body`). */
  std::string_view body() const noexcept { return body_; }
  /** The content's size; nothing when the framing did not give it. */
  std::optional<std::uint64_t> body_size() const noexcept { return body_size_; }

 private:
  void rebuild() noexcept;

  int status_ = 0;
  int version_ = 11;
  std::string reason_;
  std::vector<std::pair<std::string, std::string>> fields_;
  std::vector<std::pair<std::string, std::string>> trailers_;
  std::vector<field_view> field_views_;
  std::vector<field_view> trailer_views_;
  std::string body_;
  std::optional<std::uint64_t> body_size_;
};

/** What a transport did with one request. */
struct probe_io {
  /** Why the exchange failed ("connection refused", "certificate verify failed: self-signed
      certificate"), or empty. */
  std::string error;
  /** The request had content after `Expect: 100-continue`, and nothing arrived from the server
      within the wait: the content was sent anyway (RFC 9110 §10.1.1). */
  bool waited_out = false;
};

/** What a probe wants read after a piece of its answer. */
enum class probe_reading : std::uint8_t {
  /** The final response is not complete: read on, up to the transport's deadline. */
  more,
  /** The final response is complete. Read what the server still sends until it closes the
      connection (each probe asks it to, with `Connection: close`) or pauses: bytes after the end
      of a response are that response's fault (content after a HEAD answer, a 204 or a 304; a
      second response), and a client on a persistent connection would take them for the next
      response. */
  rest,
};

/** Moves a probe's bytes to a server and back. respolicy::beast implements it in-process, over
    TCP and over TLS; a test may implement it over anything that answers HTTP/1.1. */
class RESPOLICY_DECL probe_transport {
 public:
  virtual ~probe_transport();

  /** Hands each piece of bytes read from the server to the probe, which says what it wants
      read next. */
  using receiver = std::function<probe_reading(std::string_view)>;

  /** Sends `req.header` on a new connection. When `req.content` is not empty, waits up to
      `continue_wait` for the server's first bytes (passing them to `received`) before sending
      the content, unless `received` said the response is complete. Then reads, passing every
      piece to `received`: while it answers `more`, until the server closes the connection or
      the transport's deadline passes; once it answers `rest`, until the server closes the
      connection or sends nothing for a short while (the transport's linger). Never throws for a
      network failure: it returns it in `probe_io::error`. What the probe judges then does not
      depend on how the bytes arrived, only on which arrived. */
  virtual probe_io exchange(probe_request const& req, receiver const& received,
                            std::chrono::milliseconds continue_wait) = 0;
};

/** What one probe sent, what came back and what is wrong with it. */
struct probe_result {
  /** The request sent. */
  probe_request request;
  /** The final response; nothing when none arrived (`error` says why). */
  std::optional<received_response> response;
  /** The status codes of the interim (1xx) responses before it, in order. */
  std::vector<int> interim;
  /** What the wire showed about the response that its view cannot (`wire_finding`). */
  std::vector<wire_finding> wire;
  /** The findings: the response's own rules, the rules that compare it with the 200, and the
      rules that compare it with another probe's answer. */
  report findings;
  /** A transport failure, or a response that could not be read; empty otherwise. */
  std::string error;
};

/** How `run_probe()` plans and judges. */
struct probe_options {
  /** The probes to send besides the first GET; a probe whose preconditions the 200 lacks (an
      ETag for the conditional ones, known content for the ranges) is left out. */
  std::vector<probe_kind> kinds = {
      probe_kind::head,
      probe_kind::if_none_match,
      probe_kind::if_none_match_head,
      probe_kind::if_modified_since,
      probe_kind::if_match_failed,
      probe_kind::range,
      probe_kind::range_multi,
      probe_kind::range_unsatisfiable,
      probe_kind::if_range_other,
      probe_kind::range_if_none_match,
      probe_kind::accept_encoding_gzip,
      probe_kind::options,
      probe_kind::not_allowed,
      probe_kind::unknown_method,
      probe_kind::http10,
      probe_kind::expect_continue,
  };
  /** How long an `Expect: 100-continue` request waits for the server before sending its content
      (RFC 9110 §10.1.1: a client that waits does not wait forever). */
  std::chrono::milliseconds continue_wait{1000};
  /** How each response is read (`raw`, `keep_content` and `deliver_at_end` are always true: a
      probe reads the bytes as sent, up to the end of the final response's framing, and compares
      contents up to `max_kept_body`). */
  wire_options reading;
};

/** Everything one probe run found. */
struct RESPOLICY_DECL probe_report {
  /** The target probed. */
  probe_target target;
  /** One result per request, the first GET first. */
  std::vector<probe_result> results;

  /** True when no result has an error finding or a transport failure. */
  bool ok() const noexcept;
  /** The highest severity of any finding, `off` when there is none. */
  severity worst() const noexcept;
  /** True when some result reports `rule`. */
  bool has(std::string_view rule) const noexcept;
  /** The result of the first probe of kind `k`, or nullptr. */
  probe_result const* find(probe_kind k) const noexcept;
  /** Each probe's request line, status and findings, one block per probe; `verbose` adds every
      request and response header section. */
  std::string to_string(bool verbose = false) const;
};

/** The request of probe `kind` for `target`, given the server's answer to the first GET (null
    for that GET itself); nothing when the 200 lacks what the probe needs (an ETag, a
    Last-Modified, known content). */
RESPOLICY_DECL std::optional<probe_request> make_probe_request(probe_kind kind,
                                                               probe_target const& target,
                                                               received_response const* first);

/** Reads `bytes`, what the server sent in answer to `req`, through `<respolicy/wire.hpp>` and
    judges it: the interim and final responses, wire findings and findings by `pol`, with
    `first` (the answer to the first GET) as the equivalent 200 when it is a 200. For a transport
    that has the whole answer at once; `run_probe()` reads as the bytes arrive. */
RESPOLICY_DECL probe_result judge_probe(probe_request req, std::string_view bytes,
                                        received_response const* first,
                                        policy const& pol = policy::standard());

/** Judges what only two answers show, adding to the findings of the results concerned: an
    unknown method answered 405, or a method listed in Allow answered 501 (`501-vs-405`), and a
    response whose content coding differs with Accept-Encoding without Vary saying so
    (`vary-when-negotiated`). `run_probe()` calls it after the last probe. */
RESPOLICY_DECL void judge_pairs(std::vector<probe_result>& results,
                                policy const& pol = policy::standard());

/** Probes `target` through `transport`: a GET, then the planned probes (`probe_options::kinds`)
    one connection each, every answer judged as `judge_probe()` does, then `judge_pairs()`.

    @par Example
    @code
    my_transport t;  // a probe_transport
    auto rep = respolicy::run_probe(t, {.host = "example.com", .target = "/"});
    if (!rep.ok()) std::cerr << rep.to_string();
    @endcode

    @par Specification
    RFC 9110 §9.1, §9.3.2, §12.5.5, §13.1, §13.2, §14, §15.3.7, §15.4.5, §15.5.17; RFC 9112 §6.1.
*/
RESPOLICY_DECL probe_report run_probe(probe_transport& transport, probe_target const& target,
                                      policy const& pol = policy::standard(),
                                      probe_options const& opts = {});

}  // namespace respolicy

#endif
