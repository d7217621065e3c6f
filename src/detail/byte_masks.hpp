//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_SRC_DETAIL_BYTE_MASKS_HPP
#define RESPOLICY_SRC_DETAIL_BYTE_MASKS_HPP

#include "detail/field_id.hpp"

#include <bit>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace respolicy::detail {

/** The bytes of a short value as bit masks, bit i standing for byte i: which bytes are not
    letters, digits or "-" (every byte that ends a token, RFC 9110 §5.6.2, is among them), and
    which are outside 0x20-0x7E or one of three given characters. With SSE2 a value is read in one
    or two 16-byte blocks, so a grammar can step over a whole token at once instead of testing
    its bytes one by one. */
class byte_masks {
 public:
  /** The longest value read: two blocks of 16 bytes. */
  static constexpr std::size_t max_size = 32;

  /** Reads `v`; false, and nothing read, when `v` is empty or longer than max_size. */
  [[gnu::always_inline]] bool load(std::string_view v) noexcept {
    auto const n = v.size();
    if (n - 1 >= max_size) return false;  // empty (wraps around) or too long
    size_ = static_cast<unsigned>(n);
    all_ = (std::uint64_t{1} << n) - 1;
#if defined(__SSE2__)
    char const* p = v.data();
    if (n < 16) {
      // One zero-padded block, never read past the value's end; the padding is masked out. From
      // 8 bytes up, the second word is the last 8 bytes moved down past those of the first.
      std::uint64_t lo, hi = 0;
      if (n >= 8) {
        lo = load_le(p, 8);
        hi = load_le(p + n - 8, 8) >> 1 >> (8 * (16 - n) - 1);
      } else {
        lo = load_le(p, n);
      }
      first_ = _mm_set_epi64x(static_cast<long long>(hi), static_cast<long long>(lo));
      last_ = _mm_setzero_si128();  // never read, but defined for the compiler's sake
      two_ = false;
    } else {
      // The first 16 bytes and the last 16, overlapping: bytes in both give the same bits.
      first_ = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p));
      last_ = _mm_loadu_si128(reinterpret_cast<__m128i const*>(p + n - 16));
      two_ = true;
    }
#else
    v_ = v;
#endif
    return true;
  }

  /** Bytes other than ALPHA, DIGIT and "-": every byte that ends a token (RFC 9110 §5.6.2), and
      the rarer tchars "!#$%&'*+.^_`|~" too, which token_reader steps over one by one. Cheaper
      than the exact set, and most tokens are letters, digits and hyphens. */
  [[gnu::always_inline]] std::uint64_t not_word() const noexcept {
#if defined(__SSE2__)
    return ~combine([](__m128i b) {
      auto const in = [](__m128i x, char lo, char hi) {
        return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(lo - 1))),
                             _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(hi + 1))));
      };
      auto const letter = in(_mm_or_si128(b, _mm_set1_epi8(0x20)), 'a', 'z');
      auto const digit_or_hyphen =
          _mm_or_si128(in(b, '0', '9'), _mm_cmpeq_epi8(b, _mm_set1_epi8('-')));
      return _mm_or_si128(letter, digit_or_hyphen);
    }) & all_;
#else
    return scalar([](unsigned char c) {
      return !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9') && c != '-';
    });
#endif
  }

  /** Bytes outside 0x20-0x7E, and those equal to `a`, `b` or `c`: one pass for several tests. */
  [[gnu::always_inline]] std::uint64_t odd_or(char a, char b, char c) const noexcept {
#if defined(__SSE2__)
    return combine([a, b, c](__m128i x) {
      auto const odd = _mm_cmplt_epi8(_mm_add_epi8(x, _mm_set1_epi8(1)), _mm_set1_epi8(0x21));
      auto const eq = [&](char y) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(y)); };
      return _mm_or_si128(_mm_or_si128(odd, eq(a)), _mm_or_si128(eq(b), eq(c)));
    });
#else
    return scalar([a, b, c](unsigned char x) {
      return x < 0x20 || x > 0x7e || x == static_cast<unsigned char>(a) ||
             x == static_cast<unsigned char>(b) || x == static_cast<unsigned char>(c);
    });
#endif
  }

 private:
#if defined(__SSE2__)
  template <class F>
  std::uint64_t combine(F f) const noexcept {
    std::uint64_t m = static_cast<std::uint32_t>(_mm_movemask_epi8(f(first_)));
    if (two_)
      m |= std::uint64_t{static_cast<std::uint32_t>(_mm_movemask_epi8(f(last_)))} << (size_ - 16);
    return m & all_;
  }

  __m128i first_, last_;
  bool two_ = false;
#else
  template <class F>
  std::uint64_t scalar(F f) const noexcept {
    std::uint64_t m = 0;
    for (std::size_t i = 0; i < v_.size(); ++i)
      if (f(static_cast<unsigned char>(v_[i]))) m |= std::uint64_t{1} << i;
    return m;
  }

  std::string_view v_;
#endif
  unsigned size_ = 0;
  std::uint64_t all_ = 0;
};

/** Reads a value token by token (RFC 9110 §5.6.2), given its byte_masks::not_word() mask: a run
    of letters, digits and hyphens costs one step, and each other tchar one more. Reading stops at
    the value's end too. */
class token_reader {
 public:
  token_reader(std::string_view v, std::uint64_t not_word) noexcept
      : v_(v), stops_(not_word | std::uint64_t{1} << v.size()) {}

  std::size_t pos() const noexcept { return pos_; }
  bool done() const noexcept { return pos_ == v_.size(); }

  /** Steps over a token of at least one byte: true, or false and no step. */
  [[gnu::always_inline]] bool token() noexcept {
    auto end = pos_ + static_cast<std::size_t>(std::countr_zero(stops_ >> pos_));
    // A stop that is a tchar (".", "+", "_", ...) continues the token; the value's end stops it.
    while (end < v_.size() && is_tchar(v_[end]))
      end += 1 + static_cast<std::size_t>(std::countr_zero(stops_ >> (end + 1)));
    if (end == pos_) return false;
    pos_ = end;
    return true;
  }

  /** Steps over `c` when it comes next. */
  bool consume(char c) noexcept {
    if (pos_ < v_.size() && v_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }

 private:
  std::string_view v_;
  std::uint64_t stops_;
  std::size_t pos_ = 0;
};

/** True when `v` holds a byte outside 0x20-0x7E: a control character (HTAB included), DEL, or
    obs-text, which the field-value rules look at byte by byte. Values are read in whole blocks,
    the last one overlapping the one before, so clean values cost a few instructions. */
#if defined(__SSE2__)
inline bool block_needs_look(__m128i b) noexcept {
  // A signed compare with 0x20 catches 0x00-0x1F and, as negative numbers, 0x80-0xFF.
  __m128i const low_or_high = _mm_cmplt_epi8(b, _mm_set1_epi8(0x20));
  __m128i const del = _mm_cmpeq_epi8(b, _mm_set1_epi8(0x7f));
  return _mm_movemask_epi8(_mm_or_si128(low_or_high, del)) != 0;
}
#endif

inline bool word_needs_look(std::uint64_t w) noexcept {
  constexpr std::uint64_t ones = 0x0101010101010101ull;
  constexpr std::uint64_t highs = 0x8080808080808080ull;
  // High bit set in a byte of (w - 0x20) & ~w: the byte was below 0x20 (or a borrow came from a
  // lower byte that was, which only adds a look). (w + 1) | w: the byte was 0x7F or above.
  return (((w - ones * 0x20) & ~w) | ((w + ones) | w)) & highs;
}

inline bool value_needs_look(std::string_view v) noexcept {
  char const* p = v.data();
  std::size_t const n = v.size();
#if defined(__SSE2__)
  if (n >= 16) {
    std::size_t i = 0;
    for (; i + 16 <= n; i += 16)
      if (block_needs_look(_mm_loadu_si128(reinterpret_cast<__m128i const*>(p + i)))) return true;
    return i < n && block_needs_look(_mm_loadu_si128(reinterpret_cast<__m128i const*>(p + n - 16)));
  }
#else
  if (n >= 16) {
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8)
      if (word_needs_look(load_le(p + i, 8))) return true;
    return i < n && word_needs_look(load_le(p + n - 8, 8));
  }
#endif
  if (n >= 8) return word_needs_look(load_le(p, 8)) || word_needs_look(load_le(p + n - 8, 8));
  // Short values: pad with spaces, which never need a look.
  return word_needs_look(load_le(p, n) | 0x2020202020202020ull << (8 * n));
}

/** True when every byte of `v` is in 0x20-0x7E and neither end is SP: a field value that no rule
    of field syntax (RFC 9110 §5.5) reports, of any length. */
inline bool plain_text(std::string_view v) noexcept {
  return v.empty() || (v.front() != ' ' && v.back() != ' ' && !value_needs_look(v));
}

}  // namespace respolicy::detail

#endif
