#!/bin/sh
# install.sh - run by make installcheck (and so by make distcheck): build
# tests/install-test.c and examples/votes.c against the INSTALLED
# libextract through its pkg-config file, run them (votes on
# corpus/cd62-cp-2022-418.txt, whose votes are checked against the
# document), run the installed CLI, and check the installed manual pages
# and JSON Schema.
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

# examples/votes.c: json-c is a private dependency of libextract, so a
# program that uses the tree itself names json-c too (not moved by
# --define-variable: it is not under our prefix).
jsonc=$(pkg-config --cflags --libs json-c) || fail "pkg-config json-c"
# shellcheck disable=SC2086
$CC $cflags -o "$tmp/votes" "$top_srcdir/examples/votes.c" $libs $jsonc \
    || fail "cannot compile examples/votes.c against the installed library"
"$tmp/votes" "$top_srcdir/corpus/cd62-cp-2022-418.txt" > "$tmp/votes.out" \
    || fail "votes exited with $?"
# The votes printed in the document (deliberation 2022-418): "Pour : 42 voix
# (Groupe Socialiste, ...; Non-inscrit) / Contre : 0 voix / Abstention :
# 0 voix / Absents sans délégation de vote : 2 ... (Adopté)"; the two
# conventions and the rapport that follow it carry no vote.
cat > "$tmp/votes.expected" << 'END'
act 1: deliberation 2022-418, 1 vote
    adopted: for 42, against 0, abstention 0, absent without proxy 2
      for: Groupe Socialiste, Républicain et Citoyen; Groupe Communiste et Républicain; Groupe Union pour le Pas-de-Calais; Groupe Rassemblement National; Non-inscrit
act 2: convention, no vote
act 3: convention 2022 – UO DDETS 62 – DS N° 42080881, no vote
act 4: rapport 42, no vote
END
if ! cmp -s "$tmp/votes.expected" "$tmp/votes.out"; then
    diff -u "$tmp/votes.expected" "$tmp/votes.out" >&2
    fail "examples/votes printed the wrong votes"
fi
echo "install.sh: examples/votes: right votes for corpus/cd62-cp-2022-418.txt"

# Manual pages (one per function through .so links) and the schema.
if [ -n "${mandir:-}" ]; then
    for page in man1/extract.1 man3/libextract.3 man3/extract_buffer.3 \
                man3/extract_engine_new.3 man5/extract-json.5; do
        [ -f "$DESTDIR$mandir/$page" ] || fail "$mandir/$page is not installed"
    done
fi
if [ -n "${datadir:-}" ]; then
    schema=$DESTDIR$datadir/libextract/extract.schema.json
    [ -f "$schema" ] || fail "$schema is not installed"
    if command -v jq > /dev/null 2>&1; then
        [ "$(jq -r '."$schema"' "$schema")" = "https://json-schema.org/draft/2020-12/schema" ] \
            || fail "$schema is not a 2020-12 JSON Schema"
    fi
fi

cli=$DESTDIR$bindir/extract
[ -x "$cli" ] || fail "$cli is not installed"
"$cli" --version > "$tmp/version" || fail "$cli --version exited with $?"
printf 'COMMUNE DE SAINT-EXEMPLE\nArr\303\252t\303\251 du 3 mars 2024.\n' > "$tmp/a.txt"
"$cli" --compact "$tmp/a.txt" > "$tmp/a.json" || fail "$cli --compact exited with $?"
head -c 1 "$tmp/a.json" | grep -q '{' || fail "$cli output does not start with {"
echo "install.sh: OK"
exit 0
