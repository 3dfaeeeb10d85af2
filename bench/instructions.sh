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
if [ "$PROFILE" -gt 0 ]; then
    echo "top $PROFILE functions (self cost, whole run including engine creation):"
    callgrind_annotate "$tmp/cg.out" 2> /dev/null \
        | awk '/^-+$/ { n++; next } n >= 3 && NF' | head -n "$PROFILE"
fi
