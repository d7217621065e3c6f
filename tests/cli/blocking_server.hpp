//
// Copyright (c) 2026 The respolicy authors
//
// Distributed under the Boost Software License, Version 1.0. (See accompanying
// file LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
//

#ifndef RESPOLICY_TESTS_CLI_BLOCKING_SERVER_HPP
#define RESPOLICY_TESTS_CLI_BLOCKING_SERVER_HPP

// The loop of the CLI tests' servers: a listening socket on a free port of `address`, and a
// thread that accepts one connection at a time and hands it to `serve`. The destructor stops it,
// waking the blocking accept with a connection of its own. A server holds one as its last
// member, so that the thread ends before the members `serve` uses.

#include <boost/asio.hpp>

#include <atomic>
#include <functional>
#include <thread>
#include <utility>

namespace respolicy::test {

class blocking_server {
 public:
  using tcp = boost::asio::ip::tcp;

  explicit blocking_server(std::function<void(tcp::socket)> serve,
                           char const* address = "127.0.0.1")
      : acceptor_(ioc_, tcp::endpoint(boost::asio::ip::make_address(address), 0)),
        serve_(std::move(serve)),
        thread_([this] { run(); }) {}
  ~blocking_server() {
    stopping_ = true;
    boost::system::error_code ec;
    tcp::socket s(ioc_);
    s.connect(acceptor_.local_endpoint(), ec);  // wakes the blocking accept
    thread_.join();
  }
  blocking_server(blocking_server const&) = delete;
  blocking_server& operator=(blocking_server const&) = delete;

  unsigned short port() const { return acceptor_.local_endpoint().port(); }

 private:
  void run() {
    while (!stopping_) {
      tcp::socket sock(ioc_);
      boost::system::error_code ec;
      acceptor_.accept(sock, ec);
      if (ec || stopping_) break;
      serve_(std::move(sock));
    }
  }

  boost::asio::io_context ioc_;
  tcp::acceptor acceptor_;
  std::atomic<bool> stopping_{false};
  std::function<void(tcp::socket)> serve_;
  std::thread thread_;  // last: started once the rest is ready
};

}  // namespace respolicy::test

#endif
