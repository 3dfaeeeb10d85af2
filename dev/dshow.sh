#!/bin/bash
# dshow.sh REF NEW FILE - the diff of one file's pretty-printed outputs
[ $# -eq 3 ] || { echo "usage: $0 REF NEW FILE" >&2; exit 2; }
diff <("$1/cli/extract" "$3" | python3 -m json.tool) <("$2/cli/extract" "$3" | python3 -m json.tool)
