#!/bin/sh
# install.sh - run by make installcheck (and so by make distcheck): build
# tests/install-test.c against the INSTALLED libextract through its
# pkg-config file, run it, and run the installed CLI.
#
# Environment (set by the installcheck-local rule): DESTDIR, prefix, libdir,
# includedir, bindir, pkgconfigdir, CC, top_srcdir.

set -u
: "${DESTDIR:=}"
: "${CC:=cc}"
: "${top_srcdir:=.}"

fail() { echo "install.sh: FAIL: $*" >&2; exit 1; }

command -v pkg-config > /dev/null 2>&1 || fail "pkg-config not found"

pcdir=$DESTDIR${pkgconfigdir:-$libdir/pkgconfig}
[ -f "$pcdir/libextract.pc" ] || fail "$pcdir/libextract.pc is not installed"
[ -f "$DESTDIR${includedir:-$prefix/include}/extract.h" ] \
    || fail "extract.h is not installed"

PKG_CONFIG_PATH=$pcdir${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}
export PKG_CONFIG_PATH
# Under DESTDIR the .pc file still names the final prefix: move it.
pcdefine=
[ -n "$DESTDIR" ] && pcdefine="--define-variable=prefix=$DESTDIR$prefix"

pkg-config --exists libextract || fail "pkg-config does not find libextract"
cflags=$(pkg-config $pcdefine --cflags libextract) || fail "pkg-config --cflags"
libs=$(pkg-config $pcdefine --libs libextract) || fail "pkg-config --libs"
echo "install.sh: libextract $(pkg-config --modversion libextract): cflags '$cflags' libs '$libs'"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/extract-install.XXXXXX") || fail "mktemp"
trap 'rm -rf "$tmp"' EXIT

# shellcheck disable=SC2086
$CC $cflags -o "$tmp/install-test" "$top_srcdir/tests/install-test.c" $libs \
    || fail "cannot compile install-test.c against the installed library"

LD_LIBRARY_PATH=$DESTDIR$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
export LD_LIBRARY_PATH
out=$("$tmp/install-test") || fail "install-test exited with $?"
case $out in
    OK*) echo "install.sh: $out" ;;
    *) fail "install-test printed '$out', expected OK" ;;
esac

cli=$DESTDIR$bindir/extract
[ -x "$cli" ] || fail "$cli is not installed"
"$cli" --version > "$tmp/version" || fail "$cli --version exited with $?"
printf 'COMMUNE DE SAINT-EXEMPLE\nArr\303\252t\303\251 du 3 mars 2024.\n' > "$tmp/a.txt"
"$cli" --compact "$tmp/a.txt" > "$tmp/a.json" || fail "$cli --compact exited with $?"
head -c 1 "$tmp/a.json" | grep -q '{' || fail "$cli output does not start with {"
echo "install.sh: OK"
exit 0
