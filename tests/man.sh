#!/bin/sh
# man.sh - lint every manual page with mandoc -Tlint -Wwarning (run by
# make check).  A page that mandoc finds a warning or an error in fails the
# test.  Pages that are only a ".so" link are checked to point at a page
# that exists, and every function exported by include/extract.h must have
# a page of its name.
#
# Environment (set by make check): top_srcdir.
# Exit: 0 clean, 1 some page has a problem, 77 mandoc is not installed.

: "${top_srcdir:=.}"

command -v mandoc > /dev/null 2>&1 || { echo "mandoc not found: skipped"; exit 77; }
cd "$top_srcdir/man" || exit 99

status=0
n=0
for page in *.[0-9]; do
    [ -f "$page" ] || continue
    n=$((n + 1))
    first=$(head -n 1 "$page")
    case $first in
        .so\ *)
            # a link page: one line ".so manN/target.N", target present
            target=${first#.so }
            if [ "$(wc -l < "$page")" -ne 1 ] || [ ! -f "$(basename "$target")" ]; then
                echo "FAIL  $page: bad link '$first'"
                status=1
                continue
            fi
            echo "ok    $page -> $target"
            ;;
        *)
            if out=$(mandoc -Tlint -Wwarning "$page" 2>&1) && [ -z "$out" ]; then
                echo "ok    $page"
            else
                echo "FAIL  $page:"
                echo "$out" | sed 's/^/      /'
                status=1
            fi
            ;;
    esac
done
[ $n -gt 0 ] || { echo "no manual page found"; exit 1; }

# every exported function of extract.h has a page of its name
for fn in $(sed -n 's/^EXTRACT_API[^(]*[ *]\(extract_[a-z_]*\)(.*/\1/p' ../include/extract.h); do
    if [ -f "$fn.3" ]; then
        echo "ok    $fn has $fn.3"
    else
        echo "FAIL  $fn: no man/$fn.3 (add a .so link to libextract.3 and list it in Makefile.am)"
        status=1
    fi
done
exit $status
