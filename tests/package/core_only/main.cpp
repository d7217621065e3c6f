//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

// The core from an installed or exported tree, a source tree or pkg-config: a 204 with content is
// caught, a clean 200 passes, a mistyped rule id is refused with the id that was meant (whatever
// the library's build type), and the version macros agree.

#include <respolicy/respolicy.hpp>

#include <iostream>
#include <stdexcept>
#include <string>

static_assert(RESPOLICY_VERSION == respolicy::version_major * 10000 +
                                       respolicy::version_minor * 100 + respolicy::version_patch);

int main() {
  respolicy::field_view bad_fields[] = {{"Content-Length", "3"}};
  respolicy::response_view const bad{204, "No Content", 11, bad_fields, 3};
  respolicy::report const rep = respolicy::validate(bad);
  std::cout << rep;

  respolicy::field_view good_fields[] = {{"Date", "Sun, 22 Nov 2026 10:00:00 GMT"},
                                         {"Content-Type", "text/plain"},
                                         {"Content-Length", "5"}};
  respolicy::response_view const good{200, "OK", 11, good_fields, 5, {}, "hello"};
  bool const caught = rep.has("no-content-204") && !rep.ok();
  bool const clean = respolicy::validate(good).ok();

  bool refused = false;
  try {
    respolicy::policy p;
    p.set("405-allow", respolicy::severity::off);
  } catch (std::invalid_argument const& e) {
    std::cout << e.what() << '\n';
    refused = std::string(e.what()).find("\"405-allow-required\"") != std::string::npos;
  }

  bool const ok = caught && clean && refused;
  std::cout << "respolicy " << RESPOLICY_VERSION_STRING << ": " << (ok ? "ok" : "unexpected result")
            << '\n';
  return ok ? 0 : 1;
}
