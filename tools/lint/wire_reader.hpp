//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TOOLS_LINT_WIRE_READER_HPP
#define RESPOLICY_TOOLS_LINT_WIRE_READER_HPP

#include <respolicy/message.hpp>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace respolicy::lint {

/** Ids of the findings the linter reports about its input rather than about a catalog rule. */
namespace tool_rule {
/** Bytes that are not an HTTP message where one must start (RFC 9112 §2.1), or a message cut
    short before its header section ends. */
inline constexpr std::string_view unparseable_input = "unparseable-input";
/** A header section longer than the reader's limit (RFC 9112 §2.3 lets recipients set one). */
inline constexpr std::string_view header_section_too_large = "header-section-too-large";
/** How the reader interpreted a capture (a curl transcript without content, decoded chunks, data
    after a 101 or a CONNECT tunnel); never a violation. */
inline constexpr std::string_view capture_note = "capture-note";
}  // namespace tool_rule

/** Which messages a reader expects. */
enum class message_kind : std::uint8_t { response, request };

struct wire_options {
  message_kind kind = message_kind::response;
  /** True: the input is exactly what crossed the wire (a proxy, `curl --raw`, `nc`). False: it may
      be a transcript printed by `curl -si`, which decodes chunked content, prints only the header
      section of redirects it follows and of HEAD answers, and writes HTTP/2 as "HTTP/2 200". */
  bool raw = false;
  /** The longest header (or trailer) section accepted, in bytes. */
  std::size_t max_header_bytes = std::size_t{1} << 20;
  /** Content up to this size is kept in memory when a rule reads it (problem+json, multipart,
      message/http, the answer to TRACE); longer content is only counted. */
  std::size_t max_kept_body = 64 * 1024;
};

/** Something the reader saw on the wire that the message view alone cannot show. */
struct wire_finding {
  std::string_view rule;     ///< a catalog id or a `tool_rule` id; static storage
  std::uint64_t offset = 0;  ///< byte offset in the input
  std::string field;         ///< the field name, when there is one
  std::string detail;
};

/** A request read from the wire, owning its text: context for the responses that answer it. */
struct wire_request {
  std::string method;
  std::string target;
  int version = 11;
  std::vector<field_view> fields;  ///< points into `storage`
  std::string storage;

  request_context context() const noexcept { return {method, version, fields}; }
};

/** One message as read: the start line, the fields, the framing's verdict on the content. Views
    point into the reader's buffers and stay valid during the handler call only. */
struct wire_message {
  std::uint64_t offset = 0;  ///< where the message (or the unreadable run) starts
  /** False for an unparseable run of bytes, which has findings and nothing else. */
  bool parsed = true;
  int version = 11;
  int status = 0;  ///< responses; 0 when the status line could not be read
  std::string_view reason;
  std::string_view method, target;  ///< requests
  std::vector<field_view> fields;
  std::vector<field_view> trailers;
  /** Content octets received; nothing when the capture does not show the content. */
  std::optional<std::uint64_t> body_size = 0;
  std::string_view body;  ///< the whole content when kept, else empty
  /** The status line read "HTTP/2" or "HTTP/3": a curl transcript of a non-HTTP/1 exchange. */
  bool transcript_h2 = false;
  std::vector<wire_finding> findings;
  std::shared_ptr<wire_request const> request;  ///< the request it answers, when known

  response_view view() const noexcept;
};

/** A streaming reader of HTTP/1.x messages: raw bytes in, one `wire_message` per message out.

    It holds at most one header section (bounded by `max_header_bytes`), the kept part of one
    body, and a few bytes of look-ahead, so captures of any size stream through. Content is framed
    as RFC 9112 §6.3 says: 1xx, 204, 304 and answers to HEAD end at the header section; then
    Transfer-Encoding with chunked last, Content-Length, or the end of the input.

    Bytes after a message whose framing has ended, up to the next line that starts a message, are
    counted as content of that message, so a 204 with a body is reported as `no-content-204`
    rather than as a broken next message.

    @par Example
    @code
    respolicy::lint::wire_reader r({}, [](respolicy::lint::wire_message& m) { ... });
    r.feed(bytes);
    r.finish();
    @endcode

    @par Specification
    RFC 9112 §2 (message format), §4 (status line), §5 (field lines), §6.3 (message body length),
    §7.1 (chunked coding).
*/
class wire_reader {
 public:
  using message_handler = std::function<void(wire_message&)>;
  /** Called when a response's header section has been read, to learn the request it answers;
      the argument is the status. May return null. */
  using request_source = std::function<std::shared_ptr<wire_request const>(int)>;

  wire_reader(wire_options opts, message_handler on_message, request_source requests = {});
  ~wire_reader();
  wire_reader(wire_reader const&) = delete;
  wire_reader& operator=(wire_reader const&) = delete;

  /** Reads more input. */
  void feed(std::string_view bytes);

  /** Ends the input: delivers the message in progress, reporting what is missing. */
  void finish();

  /** Delivers a message whose framing has ended without waiting for the next bytes, when none
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

/** Copies a request delivered by a reader of `message_kind::request`. */
std::shared_ptr<wire_request const> to_request(wire_message const& m);

/** Parses the requests in `bytes` (a whole request file); for tests and small inputs. */
std::vector<std::shared_ptr<wire_request const>> read_requests(std::string_view bytes,
                                                               std::vector<wire_finding>* findings);

}  // namespace respolicy::lint

#endif
