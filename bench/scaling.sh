#!/bin/sh
# bench/scaling.sh - linear cost: extract ONE buffer holding the whole
# corpus concatenated 1, 2, 4 and 8 times (bench/throughput -x K) and
# print each time relative to 1x (thread CPU time of the fastest pass;
# wall clock in parentheses).  8x must cost under 9x of 1x.  Then the
# peak RSS for a RSS_MB-megabyte input (default 64; 0 skips it), which
# must stay under 10x the input size.
#
#   sh bench/scaling.sh [PATH...]           (default: the corpus/ tree)
#
# Environment (set by make bench): THROUGHPUT, top_srcdir.
set -eu
THROUGHPUT=${THROUGHPUT:-./bench/throughput}
RSS_MB=${RSS_MB:-64}
export top_srcdir=${top_srcdir:-.}

status=0
base=
for k in 1 2 4 8; do
    # fastest of several passes (fewer for the big ones)
    n=$((16 / k)); [ $n -ge 3 ] || n=3
    set -- $("$THROUGHPUT" -q -x $k -n $n "$@") "$@"
    w=$1 bytes=$2 rss=$3 t=$4
    shift 4
    [ -n "$base" ] || base=$t
    awk -v k=$k -v t=$t -v w=$w -v b=$base -v by=$bytes -v r=$rss 'BEGIN {
        printf "%dx: %9d bytes  CPU %8.4f s  %6.2f MB/s  ratio %5.2f  (wall %8.4f s)  peak RSS %d kB\n",
               k, by, t, by / t / 1e6, t / b, w, r }'
    last=$t
done
if awk -v t=$last -v b=$base 'BEGIN { exit !(t >= 9 * b) }'; then
    echo "FAIL: 8x costs 9x of 1x or more (not linear)"
    status=1
else
    echo "ok: 8x costs under 9x of 1x"
fi

if [ "$RSS_MB" -gt 0 ]; then
    # how many corpus copies make RSS_MB megabytes
    one=$("$THROUGHPUT" -q -x 1 -n 1 "$@" | awk '{print $2}')
    k=$(awk -v one=$one -v mb=$RSS_MB 'BEGIN { k = int(mb * 1048576 / one + 0.999); print k < 1 ? 1 : k }')
    set -- $("$THROUGHPUT" -q -x $k -n 1 "$@") "$@"
    t=$1 bytes=$2 rss=$3
    shift 4
    awk -v t=$t -v by=$bytes -v r=$rss 'BEGIN {
        x = r * 1024 / by
        printf "%.1f MB input: %.2f s (%.2f MB/s), peak RSS %d kB = %.2fx the input (%s)\n",
               by / 1048576, t, by / t / 1e6, r, x, x < 10 ? "ok: under 10x" : "FAIL: 10x or more" }'
    awk -v r=$rss -v by=$bytes 'BEGIN { exit !(r * 1024 >= 10 * by) }' && status=1
fi
exit $status
