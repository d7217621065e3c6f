//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_VERSION_HPP
#define RESPOLICY_VERSION_HPP

/** The library version as major * 10000 + minor * 100 + patch. */
#define RESPOLICY_VERSION 100

namespace respolicy {

inline constexpr int version_major = RESPOLICY_VERSION / 10000;
inline constexpr int version_minor = RESPOLICY_VERSION / 100 % 100;
inline constexpr int version_patch = RESPOLICY_VERSION % 100;

}  // namespace respolicy

#endif
