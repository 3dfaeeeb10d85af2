#!/bin/sh
# dcall.sh REF NEW - the files of every input set whose output differs
# between REF/cli/extract and NEW/cli/extract (stderr included)
[ $# -eq 2 ] || { echo "usage: $0 REF NEW" >&2; exit 2; }
. "$(dirname "$0")/sets.sh"
export REF=$1 NEW=$2
list=$(mktemp) diff=$(mktemp)
trap 'rm -f "$list" "$diff"' EXIT
# shellcheck disable=SC2086
ls $SETS 2> /dev/null > "$list"
xargs -P2 -I{} sh -c 'a=$(timeout 20 "$REF/cli/extract" "$1" 2>&1 | sha1sum)
b=$(timeout 20 "$NEW/cli/extract" "$1" 2>&1 | sha1sum)
[ "$a" = "$b" ] || echo "$1"' sh {} < "$list" > "$diff"
echo "$(wc -l < "$diff") of $(wc -l < "$list") files differ"
sort "$diff"
