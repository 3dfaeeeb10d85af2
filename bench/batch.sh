#!/bin/sh
# bench/batch.sh - throughput and memory of extract over a synthetic
# archive: every corpus/**/*.txt (23 texts, 262 KB) copied into a tree of
# directories of 115 files until about BENCH_FILES files (default 20000,
# about 230 MB), in a temporary directory removed at exit.  Reports, for
# cat (the I/O floor: the same files read and thrown away) and for
# extract --jobs 1 and --jobs 2 (JSON Lines to /dev/null): wall seconds,
# files/s, MB/s, and peak RSS from /usr/bin/time -v; then the peak RSS
# of --jobs 2 over a tenth of the archive, to show memory does not grow
# with the number of files.  The page cache is warmed first, so the
# figures are CPU figures, not disk figures.  Not run by make check.
#
# Usage: bench/batch.sh            (from the source or build tree)
# Environment: EXTRACT (default ./cli/extract), BENCH_FILES, TMPDIR.
set -eu

here=$(cd "$(dirname "$0")/.." && pwd)
: "${EXTRACT:=./cli/extract}"
: "${BENCH_FILES:=20000}"
[ -x "$EXTRACT" ] || { echo "bench: no $EXTRACT (build first, or set EXTRACT)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is missing (apt-get install time)" >&2; exit 1; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/extract-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM

# One directory of 115 files (5 copies of the 23 texts), then copies of it.
mkdir -p "$tmp/tpl"
for k in 1 2 3 4 5; do
    for f in $(find "$here/corpus" -name '*.txt' | LC_ALL=C sort); do
        cp "$f" "$tmp/tpl/$k-$(basename "$f")"
    done
done
per=$(ls "$tmp/tpl" | wc -l)
dirs=$(((BENCH_FILES + per - 1) / per))
mkdir -p "$tmp/archive"
i=0
while [ $i -lt $dirs ]; do
    cp -R "$tmp/tpl" "$tmp/archive/$(printf 'd%05d' $i)"
    i=$((i + 1))
done
rm -rf "$tmp/tpl"
find "$tmp/archive" -type f | LC_ALL=C sort > "$tmp/list"
files=$(wc -l < "$tmp/list")
bytes=$(xargs cat < "$tmp/list" | wc -c)
tenth=$(ls -d "$tmp/archive"/* | head -n $(((dirs + 9) / 10)))
tenth_files=$(find $tenth -type f | wc -l)
echo "archive: $files files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB" \
     "in $dirs directories; $(nproc) CPUs online; $(uname -sr)"
xargs cat < "$tmp/list" > /dev/null # warm the page cache

# run LABEL NFILES NBYTES COMMAND...: one measured run.
run() {
    label=$1 nf=$2 nb=$3
    shift 3
    /usr/bin/time -v -o "$tmp/time" "$@" > /dev/null 2> "$tmp/err" || {
        rc=$?
        # exit 1 only means some input failed; anything else is a failure
        [ $rc -eq 1 ] || { echo "bench: $label failed ($rc)" >&2; cat "$tmp/err" >&2; exit 1; }
    }
    awk -v label="$label" -v nf="$nf" -v nb="$nb" '
        /Elapsed \(wall clock\)/ {
            n = split($NF, t, ":"); s = 0
            for (i = 1; i <= n; i++) s = s * 60 + t[i]
        }
        /Maximum resident set size/ { rss = $NF }
        END {
            if (s <= 0) s = 0.01
            printf "%-26s %8.2f s %9.1f files/s %8.2f MB/s %9.1f MB peak RSS\n",
                   label, s, nf / s, nb / 1e6 / s, rss / 1024
        }' "$tmp/time"
}

run "cat (I/O floor)" "$files" "$bytes" sh -c 'xargs cat < "$1"' sh "$tmp/list"
run "extract --jobs 1" "$files" "$bytes" "$EXTRACT" --jobs 1 --no-progress "$tmp/archive"
run "extract --jobs 2" "$files" "$bytes" "$EXTRACT" --jobs 2 --no-progress "$tmp/archive"
tenth_bytes=$(find $tenth -type f -exec cat {} + | wc -c)
# shellcheck disable=SC2086
run "extract --jobs 2, 1/10" "$tenth_files" "$tenth_bytes" "$EXTRACT" --jobs 2 --no-progress $tenth
