//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_EXPORT_HPP
#define RESPOLICY_EXPORT_HPP

/** @file
    `RESPOLICY_DECL` marks what the compiled core exports: its non-inline functions and the classes
    whose members are compiled. The shared library is built with hidden visibility, so nothing
    else leaves it. On Windows a shared build defines `RESPOLICY_SHARED` for its users (the CMake
    target does) and `RESPOLICY_BUILDING` while it compiles itself; a static build defines
    neither.
*/

// respolicy is C++20 (std::span, concepts, consteval): say so before the first error they cause.
#if defined(_MSVC_LANG) && _MSVC_LANG < 202002L
#error "respolicy needs C++20: compile with /std:c++20 or later"
#elif !defined(_MSVC_LANG) && __cplusplus < 202002L
#error "respolicy needs C++20: compile with -std=c++20 or later (pkg-config --cflags respolicy)"
#endif

#if defined(_WIN32) || defined(__CYGWIN__)
#if defined(RESPOLICY_SHARED) && defined(RESPOLICY_BUILDING)
#define RESPOLICY_DECL __declspec(dllexport)
#elif defined(RESPOLICY_SHARED)
#define RESPOLICY_DECL __declspec(dllimport)
#else
#define RESPOLICY_DECL
#endif
#elif defined(__GNUC__) || defined(__clang__)
#define RESPOLICY_DECL __attribute__((visibility("default")))
#else
#define RESPOLICY_DECL
#endif

#endif
