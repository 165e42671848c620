#!/bin/sh
# The crisis table is compiled in: a copy of the program, alone in an empty
# directory with no skills/ folder and no data directory, still prints the
# lines.
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
cp "$wisemind" "$tmp/wisemind" || exit 99
cd "$tmp" || exit 99
out=$(env -i HOME="$tmp/none" PATH=/usr/bin:/bin LANG=C.UTF-8 ./wisemind --country GB crisis)
status=$?
[ "$status" = 0 ] || { echo "exit $status"; exit 1; }
echo "$out" | grep -q "116 123" || { echo "no Samaritans line:"; echo "$out"; exit 1; }
echo "$out" | grep -q "999" || { echo "no emergency number"; exit 1; }
echo ok
