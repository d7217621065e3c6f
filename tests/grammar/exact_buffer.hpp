//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TESTS_GRAMMAR_EXACT_BUFFER_HPP
#define RESPOLICY_TESTS_GRAMMAR_EXACT_BUFFER_HPP

// Grammar tests copy every input into a heap buffer of exactly its size, so that a parser reading
// one byte past its input is caught by AddressSanitizer (scripts/test.sh asan).

#include <cstring>
#include <memory>
#include <string_view>

namespace respolicy::test {

class exact_buffer {
 public:
  explicit exact_buffer(std::string_view s) : data_(new char[s.size()]), size_(s.size()) {
    if (size_ != 0) std::memcpy(data_.get(), s.data(), size_);
  }
  std::string_view view() const noexcept { return {data_.get(), size_}; }

 private:
  std::unique_ptr<char[]> data_;
  std::size_t size_;
};

}  // namespace respolicy::test

#endif
