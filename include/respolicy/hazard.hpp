//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_HAZARD_HPP
#define RESPOLICY_HAZARD_HPP

#include <respolicy/export.hpp>
#include <respolicy/message.hpp>
#include <respolicy/rule.hpp>

#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace respolicy {

/** How the serializer that will send a response frames its content, where that can differ from
    what the response's fields say. An adapter fills it from its library: the Beast adapter from
    `res.chunked()`, which reads the first Transfer-Encoding line only. */
struct serializer_framing {
  /** The serializer applies the chunked transfer coding to the content (it writes a last chunk
      even when there is no content). */
  bool chunked = false;
  /** The serializer writes a last chunk of its own before the message's own: Beast 1.81 does for
      empty content in a Body that yields an empty buffer (`string_body`, `vector_body`), so the
      bytes read `0 CRLF CRLF 0 CRLF CRLF`. */
  bool extra_last_chunk = false;
};

/** What an adapter in repair mode may change to resolve a hazard, when the protocol fully
    determines the result (docs/architecture.md, "Repairs are explicit and always reported"). */
enum class hazard_repair : std::uint8_t {
  none,          ///< no repair: the response is replaced
  drop_chunked,  ///< remove chunked from Transfer-Encoding: the message ends at its header
                 ///< section, where RFC 9112 §6.1 allows the field but no chunk may follow
  empty_length,  ///< empty content: Transfer-Encoding: chunked becomes Content-Length: 0
};

/** A reason a response must never be sent: a safety block. No policy switches it off. */
struct hazard {
  rule_index rule;          ///< the catalog rule the bytes would break
  std::string_view field;   ///< the field line at fault (pointing into the view), or empty
  std::string_view detail;  ///< what would reach the wire, in a few words (static text)
  hazard_repair repair = hazard_repair::none;  ///< what repair mode may do about it
};

/** What must never be sent of `res`, answering `req` (may be null), when the serializer frames
    it as `wire` says: the safety blocks of docs/architecture.md, judged on the bytes a client
    will read, whatever any policy says.

    - CR, LF or NUL in the reason phrase, a field name or a field value, trailers included
      (`reason-phrase-charset`, `field-name-token`, `field-value-no-cr-lf-nul`): response
      splitting (RFC 9110 §5.5, RFC 9112 §4, §11.1);
    - a field name that is not a token (`field-name-token`): whitespace before the colon, which
      RFC 9112 §5.1 tells servers to reject and proxies read differently;
    - a status outside 100-999 (`status-code-three-digits`) or a version other than HTTP/1.0
      and HTTP/1.1 (`http-version-syntax`): serializers that write digits by arithmetic, as
      Beast does, put other bytes in the status line;
    - content, or a last chunk, after the header section of a response that ends there: 1xx,
      204, 304, an answer to HEAD, a 2xx to CONNECT (RFC 9112 §6.3 items 1 and 2);
    - framing the client reads otherwise than the serializer writes it, with every
      Transfer-Encoding line combined as a recipient combines them (RFC 9110 §5.3): chunked
      twice, chunked not last while the serializer chunks, chunked last while the serializer
      writes the content as it is, Content-Length beside Transfer-Encoding, Content-Length that
      is not one decimal length or not the content's size, a second last chunk.

    A response without hazards costs one scan of its strings and no allocation.

    @par Example
    @code
    respolicy::field_view fields[] = {{"Transfer-Encoding", "gzip"},
                                      {"Transfer-Encoding", "chunked"}};
    respolicy::response_view res{200, "OK", 11, fields, 5};
    auto const found = respolicy::find_hazards(res, nullptr, {.chunked = false});
    // found[0].rule.info().id == "chunked-body-syntax": the client reads chunked, the bytes are not
    @endcode
*/
[[nodiscard]] RESPOLICY_DECL std::vector<hazard> find_hazards(response_view const& res,
                                                              request_context const* req,
                                                              serializer_framing wire = {});

/** Whether `s` holds CR, LF or NUL. The guard runs this over every field of every response, so
    it reads whole blocks and words, never a byte at a time, and never past the end of `s`: 16
    bytes at a time with SSE2 where the target has it (every x86-64), else 8 bytes at a time.
    In a word, `(w - 0x01..01) & ~w & 0x80..80` is non-zero exactly when a byte of `w` is zero,
    and a byte equal to CR or LF is zero after the XOR with it. Only presence matters, so blocks
    and words may overlap, and a short value is padded with 0x01 bytes, which are none of the
    three. */
inline bool has_cr_lf_nul(std::string_view s) noexcept {
  char const* const p = s.data();
  std::size_t const n = s.size();
  auto const load8 = [](char const* at) {
    std::uint64_t w;
    std::memcpy(&w, at, 8);
    return w;
  };
#if defined(__SSE2__)
  auto const hit = [](__m128i v) {
    __m128i const m = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')),
                                                _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
                                   _mm_cmpeq_epi8(v, _mm_setzero_si128()));
    return _mm_movemask_epi8(m) != 0;
  };
  auto const load16 = [](char const* at) {
    return _mm_loadu_si128(reinterpret_cast<__m128i const*>(at));
  };
  if (n >= 16) {
    for (std::size_t i = 0; i + 16 <= n; i += 16)
      if (hit(load16(p + i))) return true;
    return hit(load16(p + n - 16));  // the last bytes, overlapping the block before
  }
  if (n >= 8)  // the first and the last eight bytes in one block
    return hit(
        _mm_set_epi64x(static_cast<long long>(load8(p + n - 8)), static_cast<long long>(load8(p))));
#endif
  constexpr std::uint64_t ones = 0x0101010101010101u, highs = 0x8080808080808080u;
  auto const word_hit = [](std::uint64_t w) {
    auto const zero_byte = [](std::uint64_t x) { return (x - ones) & ~x & highs; };
    return (zero_byte(w) | zero_byte(w ^ (ones * '\r')) | zero_byte(w ^ (ones * '\n'))) != 0;
  };
  if (n >= 8) {
    for (std::size_t i = 0; i + 8 <= n; i += 8)
      if (word_hit(load8(p + i))) return true;
    return word_hit(load8(p + n - 8));
  }
  // Fewer than eight bytes: two 4-byte loads that may overlap, or bytes one by one below four,
  // in a word padded with 0x01.
  std::uint64_t w = 0;
  if (n >= 4) {
    std::uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    w = lo | std::uint64_t{hi} << 32;
  } else {
    for (std::size_t i = 0; i < n; ++i)
      w |= std::uint64_t{static_cast<unsigned char>(p[i])} << (8 * i);
    w |= ones << (8 * n);
  }
  return word_hit(w);
}
}  // namespace respolicy

#endif
