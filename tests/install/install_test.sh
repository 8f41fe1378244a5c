#!/bin/bash
# Installs trynext into a temporary prefix and builds and runs the two example consumers against that
# copy alone: examples/embed-cpp with find_package (shared, then static) and examples/embed-c with
# pkg-config. Then checks the installed trynext program finds its rules and catalogue, and that the
# installed Python package imports from the prefix alone and recommends what the CLI does.
#
#   install_test.sh BUILD_DIR SOURCE_DIR WORK_DIR
set -euo pipefail
build=$1 source=$2 work=$3
prefix=$work/prefix
example=$source/examples/team-merger.json

fail() { echo "install_test: FAILED: $*" >&2; exit 1; }

rm -rf "$work"
mkdir -p "$work"
cmake --install "$build" --prefix "$prefix" > "$work/install.log"

for f in bin/trynext include/trynext/engine.h include/trynext/trynext.h lib/libtrynext.a lib/libtrynext.so \
         lib/cmake/trynext/trynextConfig.cmake lib/pkgconfig/trynext.pc share/trynext/catalogue.db \
         share/trynext/rules/workload_and_staffing.lua share/trynext/schemas/result.schema.json \
         share/trynext/web/index.html share/trynext/web/assets/app.js share/trynext/web/assets/style.css; do
  [ -e "$prefix/$f" ] || fail "$f is not installed"
done
[ -e "$prefix/share/trynext/rules/tests" ] && fail "the rules' tests are installed"
[ -e "$prefix/share/trynext/web/README.md" ] && fail "web/README.md (for developers) is installed"
pydir=$(sed -n 's/^TRYNEXT_PYTHON_INSTALL_DIR:[A-Z]*=//p' "$build/CMakeCache.txt")
case $pydir in /*) ;; *) pydir=$prefix/${pydir:-lib/python3/dist-packages} ;; esac
for f in __init__.py _native.py engine.py py.typed _location.py; do
  [ -e "$pydir/trynext/$f" ] || fail "the Python package's $f is not installed in $pydir"
done
soname=$(objdump -p "$prefix/lib/libtrynext.so" | awk '/SONAME/ {print $2}')
[ "$soname" = libtrynext.so.0 ] || fail "SONAME is '$soname'"

# The CLI, for the ids it recommends.
"$prefix/bin/trynext" recommend --format json "$example" > "$work/cli.json"
expected=$(/usr/bin/python3 -c 'import json,sys; print("\n".join(r["id"] for r in json.load(open(sys.argv[1]))["recommendations"]))' "$work/cli.json")
[ -n "$expected" ] || fail "the installed trynext recommends nothing"

# C++ with find_package, shared then static. Only the prefix is searched.
for variant in shared static; do
  flag=OFF; [ $variant = static ] && flag=ON
  cmake -S "$source/examples/embed-cpp" -B "$work/embed-cpp-$variant" -G Ninja -DCMAKE_PREFIX_PATH="$prefix" \
        -DCMAKE_FIND_PACKAGE_NO_PACKAGE_REGISTRY=ON -DEMBED_STATIC=$flag > "$work/embed-cpp-$variant.log" ||
    { cat "$work/embed-cpp-$variant.log"; fail "embed-cpp ($variant) does not configure"; }
  cmake --build "$work/embed-cpp-$variant" > "$work/embed-cpp-$variant-build.log" 2>&1 ||
    { cat "$work/embed-cpp-$variant-build.log"; fail "embed-cpp ($variant) does not build"; }
  grep -q "warning" "$work/embed-cpp-$variant-build.log" && { cat "$work/embed-cpp-$variant-build.log"; fail "embed-cpp ($variant): warnings"; }
  got=$("$work/embed-cpp-$variant/embed-cpp" "$example")
  [ "$got" = "$expected" ] || fail "embed-cpp ($variant) printed '$got', the CLI '$expected'"
  "$work/embed-cpp-$variant/embed-cpp" > /dev/null || fail "embed-cpp ($variant) with its inline team"
done
ldd "$work/embed-cpp-shared/embed-cpp" | grep "$prefix/lib/libtrynext.so.0" > /dev/null || fail "embed-cpp does not use the installed libtrynext.so"
ldd "$work/embed-cpp-static/embed-cpp" | grep libtrynext > /dev/null && fail "embed-cpp (static) needs libtrynext.so"

# C with pkg-config, from a copy of the example (nothing from the source tree but main.c and Makefile).
cp -r "$source/examples/embed-c" "$work/embed-c"
rm -f "$work/embed-c/embed-c"
PKG_CONFIG_PATH=$prefix/lib/pkgconfig make -C "$work/embed-c" > "$work/embed-c-build.log" 2>&1 ||
  { cat "$work/embed-c-build.log"; fail "embed-c does not build"; }
grep -q "warning" "$work/embed-c-build.log" && { cat "$work/embed-c-build.log"; fail "embed-c: warnings"; }
grep -q -- "-I$source/engine" "$work/embed-c-build.log" && fail "embed-c was built with the source tree's headers"
got=$("$work/embed-c/embed-c" "$example")
[ "$got" = "$expected" ] || fail "embed-c printed '$got', the CLI '$expected'"
inline_c=$("$work/embed-c/embed-c")
inline_cpp=$("$work/embed-cpp-shared/embed-cpp")
[ -n "$inline_c" ] && [ "$inline_c" = "$inline_cpp" ] || fail "inline team: C '$inline_c', C++ '$inline_cpp'"
ldd "$work/embed-c/embed-c" | grep "$prefix/lib/libtrynext.so.0" > /dev/null || fail "embed-c does not use the installed libtrynext.so"

# The Python package from the prefix alone: its library, rules and catalogue are the installed ones.
python_ids() {  # PYTHON_DIR: the library, rules and catalogue it uses, then the ids it recommends
  env -u TRYNEXT_LIBRARY -u TRYNEXT_RULES -u TRYNEXT_CATALOGUE PYTHONPATH="$1" PYTHONDONTWRITEBYTECODE=1 \
    /usr/bin/python3 -c 'import pathlib, sys, trynext
e = trynext.Engine()
print(trynext.library_path); print(e.rules_dir); print(e.catalogue_db)
print("\n".join(r["id"] for r in e.recommend(pathlib.Path(sys.argv[1]))["recommendations"]))' "$example"
}
check_python() {  # PREFIX PYTHON_DIR
  local got
  got=$(python_ids "$2") || fail "import trynext from $2 failed"
  for path in $(echo "$got" | head -3); do
    case $(realpath "$path") in "$(realpath "$1")"/*) ;; *) fail "the installed Python package uses $path, not $1" ;; esac
  done
  [ "$(echo "$got" | tail -n +4)" = "$expected" ] || fail "the Python package recommends '$(echo "$got" | tail -n +4)', the CLI '$expected'"
}
check_python "$prefix" "$pydir"

# The installed program uses the installed data: moved elsewhere, the copy still works.
mv "$prefix" "$work/moved"
"$work/moved/bin/trynext" recommend "$example" > /dev/null || fail "the installed trynext does not work once moved"
case $pydir in "$prefix"/*) check_python "$work/moved" "$work/moved/${pydir#"$prefix"/}" ;; esac
mv "$work/moved" "$prefix"
PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --exists 'trynext >= 0.1' || fail "pkg-config version"
echo "install_test: ok: $(echo "$expected" | tr '\n' ' ')"
