# sets.sh - the input files dcall.sh runs (sourced); REPO = the checkout
REPO=${REPO:-$(cd "$(dirname "$0")/.." && pwd)}
SHARED=${SHARED:-$REPO/../shared}
SETS="$REPO/corpus/*.txt $REPO/corpus/extra/*.txt $REPO/corpus/extra-pending/*.txt $REPO/corpus/ocr/*.txt
$REPO/corpus/scans/*.txt $SHARED/corpus/ocr/*.txt /tmp/ocr-*/*.txt /tmp/mut/*.txt ${EXTRA_SETS:-}"
