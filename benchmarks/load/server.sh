# Shared by the scripts that serve the guarded_server example under load (benchmarks/load/run.sh,
# benchmarks/load/callgrind.sh, scripts/load-asan.sh); sourced from the repository's root.

# Prints the guarded_server to run: $GUARDED_SERVER when set, else the one in the build directory
# $1, configured (Release, without the tests) when it has no CMake cache, and built.
guarded_server_of() {
  if [ -n "${GUARDED_SERVER:-}" ]; then
    echo "$GUARDED_SERVER"
    return
  fi
  if [ ! -f "$1/CMakeCache.txt" ]; then
    cmake -S . -B "$1" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRESPOLICY_BUILD_TESTS=OFF >/dev/null
  fi
  cmake --build "$1" --target guarded_server >/dev/null
  echo "$1/examples/guarded_server/guarded_server"
}

# Prints the port the server started as process $2 announces in its output file $1 ("listening
# on 127.0.0.1:PORT"), waiting up to $3 tenths of a second (default 50); nothing when the server
# said nothing by then or exited.
server_port() {
  local port=
  for _ in $(seq "${3:-50}"); do
    port=$(sed -n 's/^listening on 127\.0\.0\.1:\([0-9]*\).*/\1/p' "$1")
    [ -n "$port" ] && break
    kill -0 "$2" 2>/dev/null || break
    sleep 0.1
  done
  echo "$port"
}
