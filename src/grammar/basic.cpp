//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#include <respolicy/grammar/basic.hpp>

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace respolicy::grammar::detail {

#if defined(__SSE2__)

namespace {

// Bytes of `b` in [lo, hi] (both below 0x80): signed compares are enough, since every byte at or
// above 0x80 is negative.
inline __m128i in_range(__m128i b, char lo, char hi) noexcept {
  return _mm_and_si128(_mm_cmpgt_epi8(b, _mm_set1_epi8(static_cast<char>(lo - 1))),
                       _mm_cmplt_epi8(b, _mm_set1_epi8(static_cast<char>(hi + 1))));
}

inline __m128i equal(__m128i b, char c) noexcept { return _mm_cmpeq_epi8(b, _mm_set1_epi8(c)); }

inline std::uint64_t bits(__m128i m) noexcept {
  return static_cast<std::uint64_t>(static_cast<std::uint16_t>(_mm_movemask_epi8(m)));
}

}  // namespace

value_masks classify(std::string_view s) noexcept {
  // Copied into a zeroed buffer, so nothing past the value is read; NUL is in no class.
  alignas(16) char buf[classify_max] = {};
  std::memcpy(buf, s.data(), s.size());
  value_masks m;
  for (std::size_t at = 0; at < s.size(); at += 16) {
    auto const b = _mm_load_si128(reinterpret_cast<__m128i const*>(buf + at));
    // tchar: ALPHA / DIGIT / "!" / "#"-"'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
    auto const lower = _mm_or_si128(b, _mm_set1_epi8(0x20));
    auto t = _mm_or_si128(in_range(lower, 'a', 'z'), in_range(b, '0', '9'));
    t = _mm_or_si128(t, _mm_or_si128(equal(b, '!'), in_range(b, '#', '\'')));
    t = _mm_or_si128(t, _mm_or_si128(in_range(b, '*', '+'), in_range(b, '-', '.')));
    t = _mm_or_si128(t, _mm_or_si128(in_range(b, '^', '`'), equal(b, '|')));
    t = _mm_or_si128(t, equal(b, '~'));
    m.tchar |= bits(t) << at;
    m.comma |= bits(equal(b, ',')) << at;
    m.ows |= bits(_mm_or_si128(equal(b, ' '), equal(b, '\t'))) << at;
    m.equals |= bits(equal(b, '=')) << at;
    m.dquote |= bits(equal(b, '"')) << at;
  }
  return m;
}

#else

value_masks classify(std::string_view s) noexcept {
  value_masks m;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char const c = s[i];
    auto const bit = std::uint64_t{1} << i;
    if (is_tchar(c)) m.tchar |= bit;
    if (c == ',') m.comma |= bit;
    if (is_ows(c)) m.ows |= bit;
    if (c == '=') m.equals |= bit;
    if (c == '"') m.dquote |= bit;
  }
  return m;
}

#endif

}  // namespace respolicy::grammar::detail
