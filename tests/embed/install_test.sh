#!/usr/bin/env bash
# Usage: install_test.sh BUILD_DIR WORK_DIR CMAKE
# Installs the build into WORK_DIR/prefix, then builds the consumer project with
# find_package(Ember) and a C host with pkg-config, and runs them all.
set -euo pipefail
build=$1
work=$2
cmake=$3
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"
mkdir -p "$work"
"$cmake" --install "$build" --prefix "$work/prefix" > "$work/install.log"
libdir=$(dirname "$(find "$work/prefix" -name libember.so | head -1)")
export LD_LIBRARY_PATH=$libdir

"$cmake" -S "$here/consumer" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$work/prefix" \
  > "$work/configure.log"
"$cmake" --build "$work/consumer" > "$work/build.log"
for host in host_shared host_static host_cpp; do
  output=$("$work/consumer/$host")
  [ "$output" = "ember says 42" ] || { echo "$host printed: $output"; exit 1; }
done

export PKG_CONFIG_PATH=$libdir/pkgconfig
# shellcheck disable=SC2046
cc -o "$work/host_pkgconfig" "$here/consumer/host.c" $(pkg-config --cflags --libs ember)
output=$("$work/host_pkgconfig")
[ "$output" = "ember says 42" ] || { echo "pkg-config host printed: $output"; exit 1; }

# Only the C API is exported.
others=$(nm -D --defined-only "$libdir/libember.so" | awk '{print $3}' | grep -v '^ember_' || true)
[ -z "$others" ] || { echo "libember.so exports more than ember_*:"; echo "$others"; exit 1; }
echo "installed package: CMake (shared, static, C++) and pkg-config hosts run"
