#!/bin/sh
# gold.sh - accuracy floor against the hand-checked gold extractions.
# corpus/NAME.gold.json (and corpus/ocr/NAME.gold.json, scored with
# --loose: the OCR'd text keeps the clean document's values) are the
# hand-verified expectations (corpus/extra: synthetic documents written to
# test generalisation, see corpus/extra/README.md); tests/score.py is the project's copy of the
# field-by-field scorer.  The test fails when overall F1 drops below the
# floors below; raise them when extraction improves, never lower them to
# make a change pass.
CLEAN_FLOOR=${CLEAN_FLOOR:-0.99}
OCR_FLOOR=${OCR_FLOOR:-0.94}
EXTRA_FLOOR=${EXTRA_FLOOR:-0.96}

: "${top_srcdir:=.}"
: "${EXTRACT:=./cli/extract}"
command -v python3 > /dev/null 2>&1 || { echo "python3 not found: skipped"; exit 77; }
cd "$top_srcdir" || exit 99
status=0
python3 tests/score.py --dir corpus --cmd "'$EXTRACT' {}" --min "$CLEAN_FLOOR" | tail -n 9 || status=1
python3 tests/score.py --dir corpus/ocr --loose --cmd "'$EXTRACT' {}" --min "$OCR_FLOOR" | tail -n 14 || status=1
python3 tests/score.py --dir corpus/extra --cmd "'$EXTRACT' {}" --min "$EXTRA_FLOOR" | tail -n 7 || status=1
exit $status
