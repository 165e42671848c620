#!/bin/sh
# Ctrl-C during a practice leaves cleanly: a kind message, exit 130 (as
# everywhere in wisemind, so a script can tell it was stopped), and the
# program does not hang in a timer.
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
mkfifo "$tmp/in"
HOME=$tmp XDG_DATA_HOME=$tmp/d XDG_CONFIG_HOME=$tmp/c COLUMNS=80 \
	"$wisemind" practice body-scan <"$tmp/in" >"$tmp/out" 2>&1 &
pid=$!
exec 3>"$tmp/in"
printf '\n' >&3          # begin; the first step is under way
i=0
until grep -q "Step 1 of" "$tmp/out" 2>/dev/null || [ $i -ge 100 ]; do sleep 0.1; i=$((i + 1)); done
grep -q "Step 1 of" "$tmp/out" || { echo "the practice never started"; cat "$tmp/out"; kill -9 $pid; exit 1; }
kill -INT $pid
i=0
while kill -0 $pid 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
if kill -0 $pid 2>/dev/null; then
	echo "practice did not stop on Ctrl-C"; kill -9 $pid; exit 1
fi
wait $pid
status=$?
exec 3>&-
[ "$status" = 130 ] || { echo "exit $status, expected 130"; cat "$tmp/out"; exit 1; }
grep -q "You stopped the practice. That's okay" "$tmp/out" || { cat "$tmp/out"; exit 1; }
grep -q "This practice was not kept in your diary" "$tmp/out" || { cat "$tmp/out"; exit 1; }
echo ok
