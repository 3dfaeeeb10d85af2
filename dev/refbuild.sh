#!/bin/sh
# refbuild.sh COMMIT DIR [REPO] - a static build of COMMIT's cli/extract in DIR
set -e
[ $# -ge 2 ] || { echo "usage: $0 COMMIT DIR [REPO]" >&2; exit 2; }
c=$1 d=$2 r=${3:-$(cd "$(dirname "$0")/.." && pwd)}
if [ -x "$d/cli/extract" ]; then echo "$d exists"; exit 0; fi
rm -rf "$d"
git clone -q "$r" "$d"
cd "$d"
git checkout -q "$c"
autoreconf -fi > /dev/null 2>&1
./configure -q --disable-shared > /dev/null
make -j2 cli/extract > /dev/null 2>&1
echo "built $c in $d"
