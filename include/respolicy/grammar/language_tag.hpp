//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_GRAMMAR_LANGUAGE_TAG_HPP
#define RESPOLICY_GRAMMAR_LANGUAGE_TAG_HPP

/** @file
    Language tags (RFC 5646, BCP 47) and Content-Language (RFC 9110 §8.5).

    @code
    Content-Language = #language-tag                                  ; RFC 9110 §8.5
    language-tag     = <Language-Tag, see RFC 5646, Section 2.1>      ; §8.5.1
    Language-Tag  = langtag / privateuse / grandfathered              ; RFC 5646 §2.1
    langtag       = language ["-" script] ["-" region] *("-" variant) *("-" extension)
                    ["-" privateuse]
    language      = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA
    extlang       = 3ALPHA *2("-" 3ALPHA)
    script        = 4ALPHA
    region        = 2ALPHA / 3DIGIT
    variant       = 5*8alphanum / (DIGIT 3alphanum)
    extension     = singleton 1*("-" (2*8alphanum))
    singleton     = DIGIT / %x41-57 / %x59-5A / %x61-77 / %x79-7A    ; any alphanum but x
    privateuse    = "x" 1*("-" (1*8alphanum))
    grandfathered = irregular / regular                               ; the 26 tags of §2.1
    @endcode

    Case-insensitive, no whitespace inside a tag. Beyond the ABNF ("well-formed", §2.2.9) the
    parser rejects what no valid tag can hold: a variant repeated (§2.2.5) or an extension
    singleton repeated (§2.2.6), both as error::invalid. Whether subtags are registered is not
    checked (that needs the IANA registry).
*/

#include <respolicy/export.hpp>
#include <respolicy/grammar/basic.hpp>
#include <respolicy/grammar/detail/list.hpp>

#include <cstdint>
#include <string_view>

namespace respolicy::grammar {

/** The three forms of a language tag. */
enum class language_tag_kind : std::uint8_t { langtag, privateuse, grandfathered };

/** A parsed language tag; views into the input. Only `tag` is set for privateuse and
    grandfathered tags. */
struct language_tag {
  std::string_view tag;       ///< the whole tag
  std::string_view language;  ///< the primary language subtag ("en", "zh")
  std::string_view extlang;   ///< the extended language subtags ("yue"), or empty
  std::string_view script;    ///< "Latn", or empty
  std::string_view region;    ///< "US", "419", or empty
  /** Which production of RFC 5646 the tag matches. */
  language_tag_kind kind = language_tag_kind::langtag;
};

/** Parses one language tag (RFC 5646 §2.1). */
[[nodiscard]] RESPOLICY_DECL result<language_tag> parse_language_tag(std::string_view s) noexcept;

namespace detail {
/** Parses one language tag at `c.pos`, up to the next OWS or comma. */
[[nodiscard]] RESPOLICY_DECL result<language_tag> parse_language_tag_element(cursor& c) noexcept;
}  // namespace detail

/** A list of language tags. */
using language_tag_list = list_view<language_tag, &detail::parse_language_tag_element>;

/** Parses Content-Language (RFC 9110 §8.5). An empty value is an empty list. */
[[nodiscard]] RESPOLICY_DECL result<language_tag_list> parse_content_language(
    std::string_view s) noexcept;

}  // namespace respolicy::grammar

#endif
