#!/bin/sh
# symbols.sh - the installed shared library must export extract_* only.
# Lists the dynamic symbols defined by the built libextract.so and fails on
# any global function or object whose name does not start with extract_.
# Exit: 0 clean, 1 a stray symbol, 77 no shared library (--disable-shared)
# or no nm.

: "${top_builddir:=.}"
lib=$top_builddir/libextract/.libs/libextract.so
nm=${NM_PROG:-nm}

command -v "$nm" > /dev/null 2>&1 || { echo "nm not found: skipped"; exit 77; }
[ -f "$lib" ] || { echo "$lib not built (static-only build?): skipped"; exit 77; }

syms=$("$nm" -D --defined-only "$lib") || { echo "nm -D failed on $lib"; exit 1; }

# Lines: "ADDRESS TYPE NAME".  Exported code and data: T W V D B R i (and
# lower-case w/v for weak); "A" (absolute, e.g. version nodes) is skipped.
bad=$(printf '%s\n' "$syms" | awk '
    NF >= 3 && $2 ~ /^[TWVDBRiwv]$/ && $3 !~ /^extract_/ { print "  " $2 " " $3 }')
count=$(printf '%s\n' "$syms" | awk 'NF >= 3 && $3 ~ /^extract_/' | wc -l)

echo "$count extract_* symbols exported by $lib"
if [ -n "$bad" ]; then
    echo "symbols exported without the extract_ prefix:"
    printf '%s\n' "$bad"
    exit 1
fi
if [ "$count" -eq 0 ]; then
    echo "no extract_* symbol exported at all"
    exit 1
fi
if ! printf '%s\n' "$syms" | awk '$3 == "extract_version"' | grep -q .; then
    echo "extract_version is not exported"
    exit 1
fi
exit 0
