#!/bin/sh
# bench/instructions.sh - instructions per input byte, measured by
# valgrind's callgrind over one single-threaded pass of bench/throughput
# (extract_buffer + extract_result_json for every corpus .txt).  The
# figure does not depend on how busy the machine is.
#
#   sh bench/instructions.sh [PATH...]      (default: the corpus/ tree)
#   PROFILE=N  also print the N costliest functions (self cost)
#
# Environment (set by make bench): THROUGHPUT (the bench/throughput
# program), LIBTOOL (to run it under valgrind through its libtool
# wrapper), top_srcdir (where corpus/ is).
set -eu
THROUGHPUT=${THROUGHPUT:-./bench/throughput}
LIBTOOL=${LIBTOOL:-./libtool}
PROFILE=${PROFILE:-0}
export top_srcdir=${top_srcdir:-.}

command -v valgrind > /dev/null 2>&1 || { echo "instructions.sh: valgrind not found" >&2; exit 77; }
command -v callgrind_annotate > /dev/null 2>&1 || { echo "instructions.sh: callgrind_annotate not found" >&2; exit 77; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ex-instr.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

"$LIBTOOL" --mode=execute valgrind --tool=callgrind \
    --callgrind-out-file="$tmp/cg.out" "$THROUGHPUT" -1 -q "$@" \
    > "$tmp/run" 2> "$tmp/log" || { cat "$tmp/log" >&2; exit 1; }
bytes=$(awk '{print $2}' "$tmp/run")

callgrind_annotate --inclusive=yes "$tmp/cg.out" > "$tmp/incl" 2> /dev/null
# inclusive cost of one function: "  1,234,567 (12.34%)  file:NAME [obj]"
cost() {
    awk -v f="$1" '
        { for (i = 1; i <= NF; i++) if ($i ~ (":" f "$")) { gsub(/,/, "", $1); print $1; exit } }
    ' "$tmp/incl"
}
pass=$(cost bench_pass)
eng=$(cost extract_engine_new)
[ -n "$pass" ] || { echo "instructions.sh: no cost for bench_pass" >&2; exit 1; }
echo "instructions: $pass for one pass over $bytes input bytes"
awk -v p="$pass" -v b="$bytes" 'BEGIN { printf "per byte:     %.1f instructions per input byte\n", p / b }'
[ -n "$eng" ] && echo "engine:       $eng instructions to create (patterns + JIT), not counted"
# SHA-256 of the input (source.sha256): valgrind does not emulate the
# SHA-NI instructions, so nettle runs its generic x86-64 code here; on a
# CPU with SHA-NI the same hash costs a few instructions per 64 bytes.
# Shown apart so that the figure can be read both ways.
sha=$(awk '$0 ~ /_nettle_sha256_compress/ { gsub(/,/, "", $1); if ($1 + 0 > s) s = $1 + 0 } END { print s + 0 }' "$tmp/incl")
if [ "$sha" -gt 0 ]; then
    echo "sha-256:      $sha of them in nettle's SHA-256 compression (generic code under valgrind)"
    awk -v p="$pass" -v s="$sha" -v b="$bytes" 'BEGIN { printf "without it:   %.1f instructions per input byte\n", (p - s) / b }'
fi
if [ "$PROFILE" -gt 0 ]; then
    echo "top $PROFILE functions (self cost, whole run including engine creation):"
    callgrind_annotate "$tmp/cg.out" 2> /dev/null \
        | awk '/^-+$/ { n++; next } n >= 3 && NF' | head -n "$PROFILE"
fi
