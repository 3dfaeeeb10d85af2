#!/bin/sh
# corpus.sh - golden tests: for every corpus/NAME.txt that has an expected
# corpus/NAME.json, run the CLI on it and compare the output semantically
# with tests/jsondiff (key order and number formatting are free; every
# other difference is printed).  Run by make check; regenerate the expected
# files with make update-golden.
#
# Environment (set by make check): EXTRACT, JSONDIFF, top_srcdir.
# Exit: 0 all equal, 1 some difference or failure, 77 no expected file yet.

: "${top_srcdir:=.}"
: "${top_builddir:=.}"
: "${EXTRACT:=$top_builddir/cli/extract}"
: "${JSONDIFF:=$top_builddir/tests/jsondiff}"

# The CLI is called from top_srcdir with the relative path corpus/NAME.txt,
# so source.path matches the expected files whatever the build directory.
cd "$top_srcdir" || exit 99

tmp=$(mktemp -d "${TMPDIR:-/tmp}/extract-corpus.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

total=0
failed=0
for txt in corpus/*.txt; do
    [ -f "$txt" ] || continue
    name=${txt%.txt}
    expected=$name.json
    [ -f "$expected" ] || { echo "SKIP  $txt (no $expected)"; continue; }
    total=$((total + 1))
    actual=$tmp/$(basename "$name").json
    "$EXTRACT" "$txt" > "$actual" 2> "$tmp/stderr"
    rc=$?
    if [ $rc -ne 0 ]; then
        echo "FAIL  $txt: $EXTRACT exited with $rc"
        sed 's/^/      /' "$tmp/stderr"
        failed=$((failed + 1))
        continue
    fi
    if "$JSONDIFF" -i .source.path "$expected" "$actual" > "$tmp/diff" 2>&1; then
        echo "ok    $txt"
    else
        echo "FAIL  $txt differs from $expected:"
        sed 's/^/      /' "$tmp/diff"
        failed=$((failed + 1))
    fi
done

if [ $total -eq 0 ]; then
    echo "no corpus/*.json expected output yet (make update-golden): skipped"
    exit 77
fi
echo "$((total - failed))/$total corpus documents match"
[ $failed -eq 0 ] && exit 0
exit 1
