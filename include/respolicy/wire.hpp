//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_WIRE_HPP
#define RESPOLICY_WIRE_HPP

/** @file
    Reading HTTP/1.x bytes: `wire_reader` frames the messages of a byte stream as a recipient
    does (RFC 9112) and delivers each one as a `wire_message`, whose `view()` is what
    `validate()` and `find_hazards()` read. respolicy-lint reads files, captures and live
    connections through it; an adapter that sees the bytes a server writes (a stream wrapper)
    reads them the same way.
*/

#include <respolicy/export.hpp>
#include <respolicy/message.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace respolicy {

/** Ids of the findings a `wire_reader` reports about its input rather than under a catalog
    rule. Like catalog ids, they are kebab-case and stable. */
namespace wire_rule {
/** Bytes that are not an HTTP message where one must start (RFC 9112 §2.1), or a message cut
    short before its header section ends. */
inline constexpr std::string_view unparseable_input = "unparseable-input";
/** A header (or trailer) section longer than `wire_options::max_header_bytes` (RFC 9112 §2.3
    lets recipients set a limit). */
inline constexpr std::string_view header_section_too_large = "header-section-too-large";
/** How the reader interpreted a capture (a curl transcript without content, decoded chunks, data
    after a 101 or a CONNECT tunnel); never a violation. */
inline constexpr std::string_view capture_note = "capture-note";
}  // namespace wire_rule

/** Which messages a `wire_reader` expects: responses (status lines) or requests (request
    lines). */
enum class message_kind : std::uint8_t { response, request };

/** How a `wire_reader` reads its input. */
struct wire_options {
  /** Responses or requests. */
  message_kind kind = message_kind::response;
  /** True: the input is exactly what crossed the wire (a stream, a proxy, `curl --raw`, `nc`).
      False: it may be a transcript printed by `curl -si`, which decodes chunked content, prints
      only the header section of redirects it follows and of HEAD answers, and writes HTTP/2 as
      "HTTP/2 200". */
  bool raw = false;
  /** The longest header (or trailer) section accepted, in bytes. */
  std::size_t max_header_bytes = std::size_t{1} << 20;
  /** Content up to this size is kept in memory when a rule reads it (problem+json, multipart,
      message/http, the answer to TRACE); longer content is only counted. */
  std::size_t max_kept_body = 64 * 1024;
  /** Keep every content up to `max_kept_body`, not only what a rule reads: for a reader that
      compares contents (respolicy::probe compares a 206 with the 200). */
  bool keep_content = false;
  /** Deliver a response as soon as its framing ends, without waiting for the bytes after it, which
      then start the next message: for a reader that stops at the end of one response, as a client
      on a persistent connection does (respolicy::probe). What it delivers then does not depend on
      how the input is split; bytes a server sends after the end of a response are not counted
      as that response's content. */
  bool deliver_at_end = false;
};

/** Something the reader saw on the wire that the message's view alone cannot show: a bare LF,
    obs-fold, stray bytes after a 204, content cut short. */
struct wire_finding {
  /** A catalog id (`find_rule(rule)` describes it) or a `wire_rule` id; static storage. */
  std::string_view rule;
  std::uint64_t offset = 0;  ///< byte offset in the input
  std::string field;         ///< the field name, when there is one
  std::string detail;        ///< what was seen, in words
};

/** A request read from the wire, owning its text: the context of the responses that answer it.

    @par Example
    @code
    auto reqs = respolicy::read_requests("HEAD / HTTP/1.1\r\nHost: example.com\r\n\r\n");
    respolicy::request_context const ctx = reqs.front()->context();  // HEAD, HTTP/1.1
    @endcode
*/
struct wire_request {
  /** The method. */
  std::string method;
  /** The request-target. */
  std::string target;
  int version = 11;                ///< major * 10 + minor
  std::vector<field_view> fields;  ///< points into `storage`
  /** The bytes the views point into. */
  std::string storage;

  /** A view of the request for `validate()`; valid while this request lives. */
  request_context context() const noexcept { return {method, version, fields}; }
};

/** One message as read: the start line, the fields, the framing's verdict on the content, and
    what the wire showed that the view cannot. Its views point into the reader's buffers: they
    stay valid during the handler call only. The reader reuses one `wire_message` (and the
    capacity of its vectors) for every message; copy what must outlive the call (`to_request()`
    does for a request).
*/
struct RESPOLICY_DECL wire_message {
  std::uint64_t offset = 0;  ///< where the message (or the unreadable run) starts in the input
  /** False for an unparseable run of bytes, which has findings and nothing else. */
  bool parsed = true;
  int version = 11;  ///< major * 10 + minor; 20 or 30 for a transcript's "HTTP/2" or "HTTP/3"
  int status = 0;    ///< responses; 0 when the status line could not be read
  /** The reason phrase (responses). */
  std::string_view reason;
  std::string_view method;  ///< the method (requests)
  std::string_view target;  ///< the request-target (requests)
  /** The field lines of the header section. */
  std::vector<field_view> fields;
  /** The field lines of the trailer section. */
  std::vector<field_view> trailers;
  /** Content octets received; nothing when the capture does not show the content. */
  std::optional<std::uint64_t> body_size = 0;
  std::string_view body;  ///< the whole content when kept (`wire_options::max_kept_body`)
  /** The status line read "HTTP/2" or "HTTP/3": a curl transcript of an HTTP/2 or HTTP/3
      exchange, `version` 20 or 30, which `view()` passes on for `validate()` to judge by. */
  bool transcript_h2 = false;
  /** What the wire showed that the view cannot. */
  std::vector<wire_finding> findings;
  std::shared_ptr<wire_request const> request;  ///< the request it answers, when known

  /** The response as `validate()` and `find_hazards()` read it. */
  response_view view() const noexcept;

  /** Empties the message as a new one is, keeping the capacity of its vectors. */
  void clear() noexcept;
};

/** A streaming reader of HTTP/1.x messages: bytes in, in pieces of any size, and one
    `wire_message` per message out, to a handler.

    It holds at most one header section (bounded by `max_header_bytes`), the kept part of one
    body, and a few bytes of look-ahead, so inputs of any size stream through; the messages and
    findings do not depend on how the input is split into pieces. After the first few messages,
    reading well-formed ones allocates nothing: the reader reuses its buffers and its message.

    Content is framed as RFC 9112 §6.3 says: 1xx, 204, 304 and answers to HEAD end at the header
    section; a 101 and a 2xx to CONNECT end the HTTP part of the connection; then
    Transfer-Encoding with chunked last, Content-Length, or the end of the input. Bytes after a
    response whose framing has ended, up to the next line that starts a message, are counted as
    content of that response, so a 204 with content is reported as `no-content-204` rather than
    as a broken next message. The reader is lenient as a recipient is (obs-fold, bare LF) and
    reports what the sender got wrong in each message's `findings`, under the catalog's ids
    (`no-obs-fold`, `status-line-syntax`, `chunked-body-syntax`, ...) or a `wire_rule` id.

    A response is delivered when the bytes after it show where it ends: the start of the next
    message, or `finish()`. On a live connection, where the next bytes may never come,
    `flush_idle()` delivers it when nothing has followed it. Not thread-safe: one per direction
    of a connection.

    @par Example
    @code
    respolicy::report rep;
    respolicy::wire_reader reader({.raw = true}, [&](respolicy::wire_message& m) {
      for (auto const& f : m.findings) std::cout << f.rule << " @" << f.offset << '\n';
      if (m.parsed) respolicy::validate(m.view(), nullptr, respolicy::policy::standard(), rep);
    });
    reader.feed("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
    reader.feed("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello");
    reader.finish();  // the 200 ends here: delivered now
    @endcode

    @par Specification
    RFC 9112 §2 (message format), §3 (request line), §4 (status line), §5 (field lines), §6.3
    (message body length), §7.1 (chunked coding).
*/
class RESPOLICY_DECL wire_reader {
 public:
  /** Called with each message; it may change or move from the message, which the reader clears
      afterwards. */
  using message_handler = std::function<void(wire_message&)>;
  /** Called when a response's header section has been read, to learn the request it answers
      (which decides how its content is framed: HEAD, CONNECT); the argument is the status. May
      return null. */
  using request_source = std::function<std::shared_ptr<wire_request const>(int)>;

  /** Called when a message's header section has been read and its framing decided, before any
      of its content: with the message so far (start line and fields), the offset of its first
      content byte, and whether content follows. For a reader that watches a live connection
      (respolicy::beast::checked_stream), which must judge a message before its content. */
  using header_handler =
      std::function<void(wire_message const&, std::uint64_t content_at, bool has_content)>;

  /** A reader calling `on_message` for each message; `requests` gives the request each response
      answers. */
  wire_reader(wire_options opts, message_handler on_message, request_source requests = {});
  ~wire_reader();

  /** Sets the handler called at the end of each header section. */
  void on_header(header_handler h);
  wire_reader(wire_reader const&) = delete;
  wire_reader& operator=(wire_reader const&) = delete;

  /** Reads more input; delivers the messages it completes. Ignored after `finish()`. */
  void feed(std::string_view bytes);

  /** Ends the input: delivers the message in progress, reporting what is missing. */
  void finish();

  /** Delivers a response whose framing has ended without waiting for the next bytes, when none
      have arrived after it; for live traffic, where the next bytes may never come. */
  void flush_idle();

  /** Bytes read so far. */
  std::uint64_t offset() const noexcept;

  /** Messages delivered so far. */
  std::size_t messages() const noexcept;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

/** Copies a request delivered by a reader of `message_kind::request`, so that it outlives the
    handler call. */
RESPOLICY_DECL std::shared_ptr<wire_request const> to_request(wire_message const& m);

/** Reads the requests in `bytes` (a whole request file, raw); the findings of every request go
    to `findings` when it is not null. For tests and small inputs: a stream is read with a
    `wire_reader` of `message_kind::request` and `to_request()`. */
RESPOLICY_DECL std::vector<std::shared_ptr<wire_request const>> read_requests(
    std::string_view bytes, std::vector<wire_finding>* findings = nullptr);

}  // namespace respolicy

#endif
