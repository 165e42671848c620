#!/bin/sh
# A short, bounded fuzzing run: FUZZER SECONDS SEED_DIR...
# New inputs go to a temporary corpus; the seed folders are only read. A
# crash fails the test and its input is printed in hex.
set -u
fuzzer=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") seconds=$2
shift 2
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/corpus"
cd "$tmp" || exit 99
"$fuzzer" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
	-artifact_prefix="$tmp/" "$tmp/corpus" "$@" >"$tmp/log" 2>&1
status=$?
tail -5 "$tmp/log"
if [ $status -ne 0 ]; then
	grep -B5 -A30 "ERROR" "$tmp/log" | head -60
	for f in "$tmp"/crash-* "$tmp"/leak-* "$tmp"/timeout-* "$tmp"/oom-*; do
		[ -f "$f" ] && { echo "input $f:"; od -c "$f" | head -20; }
	done
fi
exit $status
