#!/bin/sh
# bench/linear.sh - linear cost by instruction count: the corpus tree in
# ONE buffer, 1 and K times over (bench/throughput -x), each pass run
# under valgrind's callgrind.  The ratio of the two instruction counts
# does not depend on how busy the machine is (bench/scaling.sh times
# them); a pass that rescans the whole text per element found, or sorts
# in O(n log^2 n), shows here as a ratio above K.  Fails when the ratio
# reaches K * LIMIT (default K 4, LIMIT 1.03: 3 % over linear; a cost
# quadratic in the text that is 1 % of the 1x pass gives 4.12).
#
#   sh bench/linear.sh [PATH...]      (default: the corpus/ tree)
#
# Environment (set by make check-linear): THROUGHPUT, LIBTOOL,
# top_srcdir; K, LIMIT.
set -eu
THROUGHPUT=${THROUGHPUT:-./bench/throughput}
LIBTOOL=${LIBTOOL:-./libtool}
K=${K:-4}
LIMIT=${LIMIT:-1.03}
export top_srcdir=${top_srcdir:-.}

command -v valgrind > /dev/null 2>&1 || { echo "linear.sh: valgrind not found" >&2; exit 77; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ex-linear.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

# instructions of one bench_pass over k copies (valgrind's summary line
# counts the whole run; --toggle-collect keeps only the pass)
count() {
    x=$1
    shift
    "$LIBTOOL" --mode=execute valgrind --tool=callgrind --toggle-collect=bench_pass \
        --callgrind-out-file="$tmp/cg.$x" "$THROUGHPUT" -1 -q -x "$x" "$@" \
        > "$tmp/run.$x" 2> "$tmp/log.$x" || { cat "$tmp/log.$x" >&2; exit 1; }
    sed -n 's/.*I *refs: *\([0-9,]*\).*/\1/p' "$tmp/log.$x" | tr -d ,
}
k=$K
one=$(count 1 "$@")
many=$(count "$k" "$@")
[ -n "$one" ] && [ -n "$many" ] || { echo "linear.sh: no instruction count" >&2; exit 1; }
bytes=$(awk '{print $2}' "$tmp/run.1")
echo "1x: $one instructions over $bytes bytes"
echo "${k}x: $many instructions"
if awk -v a="$one" -v b="$many" -v k="$k" -v l="$LIMIT" 'BEGIN {
        r = b / a; printf "ratio %.3f (linear: %d; limit %.3f)\n", r, k, k * l; exit !(r < k * l) }'; then
    echo "ok: ${k}x costs under $LIMIT times ${k}x of 1x"
else
    echo "FAIL: ${k}x costs $LIMIT times ${k}x of 1x or more (not linear)"
    exit 1
fi
