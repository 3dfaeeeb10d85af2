#!/bin/sh
# batch.sh - the batch mode of the CLI (issue 7): directory walk (nested
# folders, sorted order, --glob, symlink loop, unreadable file, special
# file), the input checks (empty, binary, Windows-1252, UTF-16, size cap),
# JSON Lines error lines and exit status, --files-from (-0), identical
# output for --jobs 1 and --jobs 4, --output-dir (layout, byte-identical
# re-run, SIGKILL mid-run then --skip-existing), SIGINT/SIGTERM (no
# partial line, 130/143), usage errors.  The SCDL export is tests/scdl.sh.
#
# Everything is written in a temporary directory: the source tree may be
# read-only (make distcheck).  Needs jq (installed by ./bootstrap).
# Environment (set by make check): EXTRACT, top_srcdir.
# Exit: 0 pass, 1 failure, 77 jq missing.

: "${top_srcdir:=.}"
: "${top_builddir:=.}"
: "${EXTRACT:=$top_builddir/cli/extract}"
command -v jq > /dev/null 2>&1 || { echo "jq not found: skipped"; exit 77; }
corpus=$top_srcdir/corpus
[ -f "$corpus/cd62-cp-2022-418.txt" ] || { echo "no $corpus"; exit 99; }

tmp=$(mktemp -d "${TMPDIR:-/tmp}/extract-batch.XXXXXX") || exit 99
trap 'chmod -R u+rwx "$tmp" 2> /dev/null; rm -rf "$tmp"' EXIT
trap 'exit 1' HUP INT TERM
cd "$tmp" || exit 99

failed=0
ok() { echo "ok    $1"; }
fail() { echo "FAIL  $1"; failed=$((failed + 1)); }
check() { # check NAME COMMAND...: COMMAND must succeed
    name=$1
    shift
    if "$@"; then ok "$name"; else fail "$name"; fi
}

# ---- a tree ---------------------------------------------------------------
mkdir -p tree/b/deep/er tree/a tree/c
cp "$corpus/commune-extrait-2023-36.txt" tree/b/deep/er/one.txt
cp "$corpus/commune-arrete-stationnement-2024.txt" tree/b/deep/two.txt
cp "$corpus/epci-conseil-communautaire-2024-057.txt" tree/b/three.txt
cp "$corpus/region-deliberation-2023-cp-1142.txt" tree/a/Z.txt
cp "$corpus/commune-pv-seance-2024-03-28.txt" tree/a/y.txt
cp "$corpus/cd62-cp-2022-418.txt" tree/c/big.txt
echo "not taken: not *.txt" > tree/a/notes.md
: > tree/c/empty.txt
# binary: NUL-dense
printf 'ELF\000\000\000\001\000\000\000\000\000\002\000\000\000\000\000' > tree/c/bin.txt
i=0
while [ $i -lt 8 ]; do cat tree/c/bin.txt tree/c/bin.txt > tree/c/bin2 && mv tree/c/bin2 tree/c/bin.txt; i=$((i + 1)); done
# Windows-1252: e-acute 0xE9, right quote 0x92, degree 0xB0
printf 'D\351lib\351ration n\260 2024-01\nOBJET : R\351fection de l\222\351glise\n' > tree/c/cp1252.txt
# UTF-16LE with a byte order mark: text, not binary, despite its NULs
printf '\377\376O\000B\000J\000E\000T\000 \000:\000 \000T\000e\000s\000t\000\n\000' > tree/c/utf16.txt
# a symbolic link loop: tree/a/loop -> tree
ln -s .. tree/a/loop
# a FIFO named *.txt: skipped with a warning (mkfifo may be missing)
mkfifo tree/c/fifo.txt 2> /dev/null || true

expected_order='tree/a/Z.txt
tree/a/y.txt
tree/b/deep/er/one.txt
tree/b/deep/two.txt
tree/b/three.txt
tree/c/big.txt
tree/c/bin.txt
tree/c/cp1252.txt
tree/c/empty.txt
tree/c/utf16.txt'

"$EXTRACT" --jobs 1 tree > j1.jsonl 2> j1.err
rc=$?
check "--schema prints the installed JSON Schema, byte for byte" \
      sh -c '"$EXTRACT" --schema | cmp -s - "$top_srcdir/data/extract.schema.json"'
check "directory: exit 1 because of the binary file (got $rc)" [ $rc -eq 1 ]
check "directory: jsonl is the default, one line per file" [ "$(wc -l < j1.jsonl)" -eq 10 ]
jq -r '.source.path // .path' j1.jsonl > order 2> /dev/null
check "directory: nested folders walked depth-first in bytewise sorted order" \
    [ "$(cat order)" = "$expected_order" ]
check "directory: one JSON object a line" \
    [ "$(jq -s length j1.jsonl)" -eq "$(wc -l < j1.jsonl)" ]
check "symlink loop: reported on stderr, not followed" \
    grep -q '^extract: tree/a/loop: warning: symbolic link loop' j1.err
if [ -p tree/c/fifo.txt ]; then
    check "special file: skipped with a warning" \
        grep -q '^extract: tree/c/fifo.txt: warning: not a regular file' j1.err
fi
check "binary file: error line {path, error: {code: binary, message}}" \
    [ "$(jq -c 'select(.error) | [.path, .error.code, (.error.message | length > 0)]' j1.jsonl)" \
      = '["tree/c/bin.txt","binary",true]' ]
check "binary file: message on stderr" grep -q '^extract: tree/c/bin.txt: binary file' j1.err
check "empty file: a result with no error" \
    [ "$(jq -c 'select(.source.path == "tree/c/empty.txt") | [.source.size, (.documents | length)]' j1.jsonl)" \
      = '[0,1]' ]
check "windows-1252 file: detected and decoded" \
    [ "$(jq -r 'select(.source.path == "tree/c/cp1252.txt") | .source.encoding + " " + .documents[0].title' j1.jsonl)" \
      = "windows-1252 Réfection de l’église" ]
check "utf-16 file with BOM: text, not binary" \
    [ "$(jq -r 'select(.source.path == "tree/c/utf16.txt") | .source.encoding' j1.jsonl)" = utf-16le ]
check "corpus file in a tree: same result as alone (but source.path)" \
    [ "$(jq -c 'select(.source.path == "tree/c/big.txt") | .documents' j1.jsonl)" \
      = "$(cd "$top_srcdir" && "$EXTRACT" --compact corpus/cd62-cp-2022-418.txt | jq -c .documents)" ]

"$EXTRACT" --jobs 4 tree > j4.jsonl 2> j4.err
check "--jobs 4: same lines, same order, same stderr as --jobs 1" \
    sh -c 'cmp -s j1.jsonl j4.jsonl && cmp -s j1.err j4.err'

"$EXTRACT" --glob '*.md' tree > md.jsonl 2> /dev/null
check "--glob '*.md' takes only tree/a/notes.md" \
    [ "$(jq -r .source.path md.jsonl)" = tree/a/notes.md ]

# ---- the size cap ----------------------------------------------------------
"$EXTRACT" --max-size 10K tree/c/big.txt tree/b/three.txt > cap.jsonl 2> cap.err
rc=$?
check "--max-size 10K: exit 1" [ $rc -eq 1 ]
check "--max-size 10K: the 47344-byte file is an error line (too_large)" \
    [ "$(jq -c 'select(.error) | [.path, .error.code]' cap.jsonl)" = '["tree/c/big.txt","too_large"]' ]
check "--max-size 10K: the message names the size and the limit" \
    grep -q 'tree/c/big.txt: .*47344 bytes.*10240 bytes' cap.err
check "--max-size 10K: the 9687-byte file is extracted" \
    [ "$(jq -r 'select(.error | not) | .source.path' cap.jsonl)" = tree/b/three.txt ]
check "--max-size applies to standard input too" \
    sh -c '"$1" --max-size 1K - < tree/c/big.txt > /dev/null 2> stdin.err; [ $? -eq 1 ] && grep -q "^extract: -: .*--max-size" stdin.err' \
    sh "$EXTRACT"
"$EXTRACT" --max-size 64X tree > /dev/null 2>&1
check "--max-size 64X: usage error (2)" [ $? -eq 2 ]

# ---- an unreadable file ------------------------------------------------------
# Root reads any file: as root, run the CLI as nobody through setpriv(1)
# if it can; otherwise skip this part.
mkdir -p locked
cp "$corpus/commune-extrait-2023-36.txt" locked/a.txt
cp "$corpus/commune-extrait-2023-36.txt" locked/b.txt
chmod 000 locked/a.txt
as_user=
if [ "$(id -u)" -eq 0 ]; then
    as_user="setpriv --reuid=65534 --regid=65534 --clear-groups"
    chmod 755 "$tmp" locked
    chmod 644 locked/b.txt
    $as_user "$EXTRACT" --version > /dev/null 2>&1 || as_user=none
fi
if [ "$as_user" = none ]; then
    echo "SKIP  unreadable file: running as root (reads any file) and cannot run as nobody"
else
    [ -n "$as_user" ] && echo "NOTE  running as root: the unreadable-file part runs as nobody (setpriv)"
    $as_user "$EXTRACT" locked > locked.jsonl 2> locked.err
    rc=$?
    check "unreadable file: exit 1, the run goes on" \
        [ $rc -eq 1 -a "$(jq -r '.source.path // .path' locked.jsonl | tr '\n' ' ')" = "locked/a.txt locked/b.txt " ]
    check "unreadable file: error line with code io" \
        [ "$(jq -r 'select(.error) | .error.code' locked.jsonl)" = io ]
    check "unreadable file: message on stderr" grep -q '^extract: locked/a.txt: Permission denied' locked.err
fi
chmod 644 locked/a.txt

# ---- single file and standard input: unchanged ---------------------------------
(cd "$top_srcdir" && "$EXTRACT" corpus/cd62-cp-2022-418.txt) > one.json
check "one file: one pretty JSON object (default --format json)" \
    [ "$(head -c 2 one.json | od -An -c | tr -d ' ')" = '{\n' -a "$(jq -s length one.json)" -eq 1 ]
"$EXTRACT" < "$corpus/commune-extrait-2023-36.txt" > stdin.json
check "standard input: source.path null" [ "$(jq -c .source.path stdin.json)" = null ]
"$EXTRACT" tree/c/bin.txt > bin.out 2> /dev/null
rc=$?
check "one failing file in json format: exit 1, nothing on stdout" [ $rc -eq 1 -a ! -s bin.out ]

# ---- --files-from ------------------------------------------------------------
printf 'tree/b/three.txt\n\ntree/a/y.txt\n' > list
"$EXTRACT" --files-from list > ff.jsonl
check "--files-from FILE: one path a line, blank lines ignored, jsonl" \
    [ "$(jq -r .source.path ff.jsonl | tr '\n' ' ')" = "tree/b/three.txt tree/a/y.txt " ]
printf 'tree/a/y.txt\000tree/b/three.txt\000' | "$EXTRACT" --files-from - -0 > ff0.jsonl
check "--files-from - -0: NUL-separated paths from standard input" \
    [ "$(jq -r .source.path ff0.jsonl | tr '\n' ' ')" = "tree/a/y.txt tree/b/three.txt " ]
printf 'tree/a/y.txt\nno/such.txt\n' | "$EXTRACT" --files-from - > ffe.jsonl 2> ffe.err
rc=$?
check "--files-from: a missing file is an error line, exit 1" \
    [ $rc -eq 1 -a "$(jq -c 'select(.error) | [.path, .error.code]' ffe.jsonl)" = '["no/such.txt","io"]' ]

# ---- --output-dir ---------------------------------------------------------------
"$EXTRACT" --output-dir out tree > out.stdout 2> /dev/null
check "--output-dir: nothing on stdout" [ ! -s out.stdout ]
(cd out && find . -type f | LC_ALL=C sort) > out.list
check "--output-dir: NAME.json mirroring the tree below the common root" \
    [ "$(tr '\n' ' ' < out.list)" = "./a/Z.json ./a/y.json ./b/deep/er/one.json ./b/deep/two.json ./b/three.json ./c/big.json ./c/cp1252.json ./c/empty.json ./c/utf16.json " ]
check "--output-dir: files are the pretty JSON of one-file runs" \
    sh -c '"$1" tree/a/y.txt | cmp -s - out/a/y.json' sh "$EXTRACT"
cp -R out out.first
"$EXTRACT" --output-dir out tree 2> /dev/null
check "--output-dir: a re-run gives byte-identical files" diff -r out.first out
"$EXTRACT" --output-dir out2 tree/b/deep tree/c/cp1252.txt 2> /dev/null
check "--output-dir with several operands: common root tree/" \
    [ "$( (cd out2 && find . -type f | LC_ALL=C sort) | tr '\n' ' ')" = "./b/deep/er/one.json ./b/deep/two.json ./c/cp1252.json " ]
"$EXTRACT" --output-dir o3 - < tree/a/y.txt > /dev/null 2>&1
check "--output-dir with standard input: usage error (2)" [ $? -eq 2 ]

# A big synthetic archive for the kill tests: the corpus in a binary tree
# six levels deep (6 x 2^6 = 384 files), built by doubling.
mkdir -p arch0/s
cp "$corpus"/*.txt arch0/s/
lvl=1
while [ $lvl -le 6 ]; do
    mkdir "arch$lvl"
    cp -R "arch$((lvl - 1))" "arch$lvl/a"
    mv "arch$((lvl - 1))" "arch$lvl/b"
    lvl=$((lvl + 1))
done
mv arch6 arch
n=$(find arch -name '*.txt' | wc -l)
wait_for() { # wait_for TEST...: up to 60 s
    t=0
    while ! "$@"; do
        sleep 0.05 2> /dev/null || sleep 1
        t=$((t + 1))
        [ $t -lt 1200 ] || return 1
    done
}
# all_valid: every kill/**/NAME.json parses whole (one jq for all of them)
all_valid() {
    find kill -name '*.json' > valid.list
    [ "$(xargs jq -r .schema_version < valid.list 2> /dev/null | grep -c '^1$')" -eq "$(wc -l < valid.list)" ]
}
has_json() { [ -n "$(find kill -name '*.json' 2> /dev/null | head -n 1)" ]; }

"$EXTRACT" --jobs 2 --output-dir kill arch 2> /dev/null &
pid=$!
wait_for has_json
kill -KILL $pid 2> /dev/null
wait $pid 2> /dev/null
before=$(find kill -name '*.json' | wc -l)
if [ "$before" -lt "$n" ]; then
    ok "SIGKILL landed mid-run ($before of $n outputs written)"
else
    echo "NOTE  the SIGKILL landed after the end of the run ($before of $n): nothing to resume"
fi
check "after SIGKILL: every NAME.json written is complete, valid JSON" all_valid
"$EXTRACT" --jobs 2 --output-dir kill --skip-existing --stats arch 2> resume.err
rc=$?
check "--skip-existing resumes: exit 0" [ $rc -eq 0 ]
after=$(find kill -name '*.json' | wc -l)
check "--skip-existing: none missing ($after of $n)" [ "$after" -eq "$n" ]
check "--skip-existing: every NAME.json complete, valid JSON" all_valid
check "--skip-existing: the files already written were skipped" \
    grep -q "errors, $before skipped)" resume.err
"$EXTRACT" --jobs 2 --output-dir kill.ref arch 2> /dev/null
check "resumed output identical to an uninterrupted run" diff -r -x '.*' kill.ref kill
stray=$(find kill -type f ! -name '*.json' | wc -l)
[ "$stray" -eq 0 ] || echo "NOTE  $stray temporary file(s) left by the SIGKILL (.NAME.json.XXXXXX)"

# ---- SIGINT / SIGTERM: no partial line ----------------------------------------
"$EXTRACT" --jobs 2 arch > full.jsonl 2> /dev/null
for sig in INT TERM; do
    rm -f sig.jsonl
    "$EXTRACT" --jobs 2 arch > sig.jsonl 2> /dev/null &
    pid=$!
    wait_for test -s sig.jsonl
    kill -$sig $pid
    wait $pid
    rc=$?
    want=130
    [ $sig = TERM ] && want=143
    lines=$(wc -l < sig.jsonl)
    check "SIG$sig: exit $want (got $rc)" [ $rc -eq $want ]
    check "SIG$sig: stopped early ($lines of $n lines)" [ "$lines" -lt "$n" ]
    check "SIG$sig: output ends with a whole line" [ "$(tail -c 1 sig.jsonl | od -An -c | tr -d ' ')" = '\n' ]
    check "SIG$sig: the lines written are the first $lines of a full run" \
        sh -c "head -n $lines full.jsonl | cmp -s - sig.jsonl"
done

# ---- usage errors -----------------------------------------------------------------
for args in "--format xml" "--jobs 0" "--skip-existing tree" "- -" "--files-from - -" "-0 tree" \
            "--siret 123 tree" "--output-dir o --format scdl tree"; do
    # shellcheck disable=SC2086
    "$EXTRACT" $args < /dev/null > /dev/null 2>&1
    rc=$?
    check "usage error for '$args' (exit 2, got $rc)" [ $rc -eq 2 ]
done

echo "$failed failure(s)"
[ $failed -eq 0 ]
