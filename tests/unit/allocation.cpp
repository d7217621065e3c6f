//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// A response that passes costs validate() no heap allocation (docs/architecture.md, "One pass, no
// allocation when clean").
//
// This file replaces the global operator new and delete of the whole test executable with versions
// that forward to malloc and free (which AddressSanitizer intercepts) and count allocations while a
// counting_scope (support/counting_scope.hpp) is open, in this file's tests and in others (the
// wire reader's). Outside such a scope they only forward, so the other tests are unaffected.
// Every replaceable form is defined, so no allocation is ever paired with a library operator.

#include "support/counting_scope.hpp"

#include "detail/checker.hpp"

#include <respolicy/validate.hpp>

#include <catch2/catch.hpp>

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <string>

namespace {

std::atomic<bool> counting{false};
std::atomic<std::size_t> allocations{0};

void* allocate(std::size_t n) noexcept {
  if (counting.load(std::memory_order_relaxed)) allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(n == 0 ? 1 : n);
}

void* allocate_aligned(std::size_t n, std::align_val_t al) noexcept {
  if (counting.load(std::memory_order_relaxed)) allocations.fetch_add(1, std::memory_order_relaxed);
  auto const a =
      static_cast<std::size_t>(al) < sizeof(void*) ? sizeof(void*) : static_cast<std::size_t>(al);
  void* p = nullptr;
  return posix_memalign(&p, a, n == 0 ? 1 : n) == 0 ? p : nullptr;
}

void* allocate_or_throw(std::size_t n) {
  if (void* p = allocate(n)) return p;
  throw std::bad_alloc();
}

void* allocate_aligned_or_throw(std::size_t n, std::align_val_t al) {
  if (void* p = allocate_aligned(n, al)) return p;
  throw std::bad_alloc();
}

}  // namespace

respolicy::test::counting_scope::counting_scope() noexcept {
  allocations.store(0);
  counting.store(true);
}
respolicy::test::counting_scope::~counting_scope() { counting.store(false); }
std::size_t respolicy::test::counting_scope::count() const noexcept { return allocations.load(); }

void* operator new(std::size_t n) { return allocate_or_throw(n); }
void* operator new[](std::size_t n) { return allocate_or_throw(n); }
void* operator new(std::size_t n, std::nothrow_t const&) noexcept { return allocate(n); }
void* operator new[](std::size_t n, std::nothrow_t const&) noexcept { return allocate(n); }
void* operator new(std::size_t n, std::align_val_t al) { return allocate_aligned_or_throw(n, al); }
void* operator new[](std::size_t n, std::align_val_t al) {
  return allocate_aligned_or_throw(n, al);
}
void* operator new(std::size_t n, std::align_val_t al, std::nothrow_t const&) noexcept {
  return allocate_aligned(n, al);
}
void* operator new[](std::size_t n, std::align_val_t al, std::nothrow_t const&) noexcept {
  return allocate_aligned(n, al);
}

void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::nothrow_t const&) noexcept { std::free(p); }
void operator delete[](void* p, std::nothrow_t const&) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { std::free(p); }
void operator delete(void* p, std::align_val_t, std::nothrow_t const&) noexcept { std::free(p); }
void operator delete[](void* p, std::align_val_t, std::nothrow_t const&) noexcept { std::free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { std::free(p); }

using namespace respolicy;
using respolicy::test::counting_scope;

namespace {

// A typical clean 200: the fields most servers send, one custom field and 512 bytes of content.
struct typical_200 {
  std::string body = std::string(512, 'x');
  field_view fields[8] = {
      {"Date", "Sun, 06 Nov 1994 08:49:37 GMT"},
      {"Server", "example/1.0"},
      {"Content-Type", "text/plain; charset=utf-8"},
      {"Content-Length", "512"},
      {"ETag", "\"v1-abc\""},
      {"Cache-Control", "max-age=60"},
      {"Vary", "Accept-Encoding"},
      {"X-Request-Id", "7f3a9c"},
  };
  response_view view{200, "OK", 11, fields, body.size(), {}, body};
};

}  // namespace

TEST_CASE("allocation: the counting operator new sees allocations", "[allocation]") {
  counting_scope scope;
  auto* p = new int(42);
  std::string s(1000, 'a');  // beyond any small-string buffer
  CHECK(scope.count() >= 2);
  delete p;
  auto* a = new (std::align_val_t{64}) double[4];
  CHECK(reinterpret_cast<std::uintptr_t>(a) % 64 == 0);
  ::operator delete[](a, std::align_val_t{64});
}

TEST_CASE("allocation: validate allocates nothing for a clean typical 200", "[allocation]") {
  typical_200 const res;
  request_context const get{"GET", 11};
  policy const& standard = policy::standard();
  (void)policy::strict();  // construct the function-local statics outside the counted scope

  SECTION("without request context") {
    std::size_t n = 0;
    report rep;
    {
      counting_scope scope;
      rep = validate(res.view, nullptr, standard);
      n = scope.count();
    }
    INFO(rep.to_string());
    REQUIRE(rep.empty());
    REQUIRE(n == 0);
  }
  SECTION("with a GET request context") {
    std::size_t n = 0;
    report rep;
    {
      counting_scope scope;
      rep = validate(res.view, &get, standard);
      n = scope.count();
    }
    INFO(rep.to_string());
    REQUIRE(rep.empty());
    REQUIRE(n == 0);
  }
  SECTION("every check, as a response that is not a common one gets them") {
    report rep;
    std::size_t n = 0;
    {
      counting_scope scope;
      detail::validate_every_rule(res.view, &get, standard, rep);
      n = scope.count();
    }
    INFO(rep.to_string());
    REQUIRE(rep.empty());
    REQUIRE(n == 0);
  }
  SECTION("reusing a report, under the strict profile") {
    report rep;
    std::size_t n = 0;
    {
      counting_scope scope;
      validate(res.view, &get, policy::strict(), rep);
      n = scope.count();
    }
    INFO(rep.to_string());
    REQUIRE(rep.empty());
    REQUIRE(n == 0);
  }
}

TEST_CASE("allocation: a failing response does allocate", "[allocation]") {
  // Proof that the zero above is measured, not assumed: a diagnostic is stored on the heap.
  field_view fields[] = {{"Date", "Sun, 06 Nov 1994 08:49:37 GMT"}, {"Content-Length", "3"}};
  response_view const res{204, "No Content", 11, fields, 3};
  std::size_t n = 0;
  report rep;
  {
    counting_scope scope;
    rep = validate(res, nullptr, policy::standard());
    n = scope.count();
  }
  CHECK(rep.has("no-content-204"));
  CHECK(n > 0);
}
