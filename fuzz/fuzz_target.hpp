//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_FUZZ_FUZZ_TARGET_HPP
#define RESPOLICY_FUZZ_FUZZ_TARGET_HPP

/** @file
    What every fuzz target shares: its entry point, which is `LLVMFuzzerTestOneInput` in the
    libFuzzer build (`RESPOLICY_LIBFUZZER` defined) and a function registered by name in the
    seed replay build (replay_main.cpp), so one GCC executable can replay several targets; a check
    that stops the run when a property fails; and a reader that takes bytes from the input.
*/

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace respolicy::fuzz {

/** A fuzz target's entry: returns 0, as libFuzzer requires. */
using entry_function = int (*)(std::uint8_t const* data, std::size_t size);

/** Records a target for the replay main; defined in replay_main.cpp. */
struct registrar {
  registrar(char const* name, entry_function f) noexcept;
};

/** Reports a failed property and aborts: libFuzzer saves the input as a crash, the replay
    test fails. */
[[noreturn]] inline void property_failed(char const* target, char const* what,
                                         std::string_view detail) {
  std::fprintf(stderr, "%s: property failed: %s\n  %.*s\n", target, what,
               static_cast<int>(detail.size()), detail.data());
  std::abort();
}

/** Takes bytes from the front of an input; past the end, every read yields zero or nothing. */
class input {
 public:
  input(std::uint8_t const* data, std::size_t size) noexcept
      : data_(reinterpret_cast<char const*>(data)), size_(size) {}

  bool empty() const noexcept { return size_ == 0; }
  std::size_t size() const noexcept { return size_; }

  std::uint8_t byte() noexcept {
    if (size_ == 0) return 0;
    --size_;
    return static_cast<std::uint8_t>(*data_++);
  }
  /** The next `n` bytes (fewer at the end), as a view into the input. */
  std::string_view take(std::size_t n) noexcept {
    if (n > size_) n = size_;
    std::string_view const s{data_, n};
    data_ += n;
    size_ -= n;
    return s;
  }
  /** Everything left. */
  std::string_view rest() noexcept { return take(size_); }

 private:
  char const* data_;
  std::size_t size_;
};

}  // namespace respolicy::fuzz

#define RESPOLICY_FUZZ_CAT2(a, b) a##b
#define RESPOLICY_FUZZ_CAT(a, b) RESPOLICY_FUZZ_CAT2(a, b)

/** Defines the entry of the fuzz target `name`: `RESPOLICY_FUZZ_TARGET(fuzz_grammar) { ... }`,
    with `data` and `size` in scope. */
#ifdef RESPOLICY_LIBFUZZER
#define RESPOLICY_FUZZ_TARGET(name) \
  extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size)
#else
#define RESPOLICY_FUZZ_TARGET(name)                                                        \
  static int RESPOLICY_FUZZ_CAT(name, _entry)(std::uint8_t const* data, std::size_t size); \
  static ::respolicy::fuzz::registrar const RESPOLICY_FUZZ_CAT(name, _registrar){          \
      #name, &RESPOLICY_FUZZ_CAT(name, _entry)};                                           \
  static int RESPOLICY_FUZZ_CAT(name, _entry)(std::uint8_t const* data, std::size_t size)
#endif

/** Checks a property; on failure prints `what` and `detail` and aborts. */
#define RESPOLICY_FUZZ_CHECK(target, cond, what, detail)                     \
  do {                                                                       \
    if (!(cond)) ::respolicy::fuzz::property_failed(target, what, (detail)); \
  } while (false)

#endif
