#!/bin/sh
# mkscans.sh QUALITY SEED OUTDIR SRC... - scan-roundtrip each SRC (NAME.txt)
# into OUTDIR/NAME.txt (kept when already made), with a link to its gold
[ $# -ge 4 ] || { echo "usage: $0 QUALITY SEED OUTDIR SRC..." >&2; exit 2; }
REPO=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
q=$1 s=$2 out=$3
shift 3
mkdir -p "$out"
for f in "$@"; do
    n=$(basename "$f" .txt)
    [ -s "$out/$n.txt" ] || nice -n 10 "$SHARED/tools/scan-roundtrip" --quality "$q" --seed "$s" \
        "$f" "$out/$n.txt" > /dev/null 2>&1
    g=$(dirname "$f")/$n.gold.json
    [ -f "$g" ] && ln -sf "$(readlink -f "$g")" "$out/$n.gold.json"
done
