#!/bin/bash
# scoreall.sh [BUILD] - overall F1 of BUILD/cli/extract (default: this checkout) on every set
REPO=$(cd "$(dirname "$0")/.." && pwd)
SHARED=${SHARED:-$REPO/../shared}
B=$(cd "${1:-$REPO}" && pwd)
S=$SHARED/tools/score
sc() {
    printf '%-16s ' "$1"
    shift
    "$S" "$@" --cmd "$B/cli/extract {}" 2>&1 | grep 'overall' | tail -1
}
sc corpus --dir "$REPO/corpus"
sc extra --dir "$REPO/corpus/extra"
sc pending --dir "$REPO/corpus/extra-pending"
sc corpus/ocr --dir "$REPO/corpus/ocr" --loose
sc shared-ocr --dir "$SHARED/corpus/ocr" --loose
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for q in office poor; do
    mkdir "$tmp/$q"
    for f in "$REPO"/corpus/scans/*."$q".txt; do
        n=$(basename "$f" ."$q".txt)
        ln -s "$f" "$tmp/$q/$n.txt"
        ln -s "$REPO/corpus/extra/$n.gold.json" "$tmp/$q/$n.gold.json"
    done
    sc "scans-$q" --dir "$tmp/$q" --loose
done
for d in /tmp/ocr-*; do
    [ -d "$d" ] && sc "$(basename "$d")" --dir "$d" --loose
done
