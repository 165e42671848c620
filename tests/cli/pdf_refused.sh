#!/bin/sh
# A build configured with -Dpdf=disabled: report and handout refuse
# --format pdf in one sentence naming the formats that work (exit 2), and
# make no file.
set -u
wisemind=$1
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	XDG_STATE_HOME=$tmp/state LANG=C.UTF-8 COLUMNS=200
fail() { echo "FAIL: $*"; exit 1; }

"$wisemind" handout stop --format pdf -o "$tmp/h.pdf" 2>"$tmp/err" </dev/null
[ $? -eq 2 ] || fail "handout: exit status not 2"
grep -q "this build of wisemind has no PDF support: use --format txt or md" "$tmp/err" ||
	fail "handout: $(cat "$tmp/err")"
"$wisemind" report --format pdf -o "$tmp/r.pdf" 2>"$tmp/err" </dev/null
[ $? -eq 2 ] || fail "report: exit status not 2"
grep -q "this build of wisemind has no PDF support: use --format text, csv or json" "$tmp/err" ||
	fail "report: $(cat "$tmp/err")"
[ ! -e "$tmp/h.pdf" ] && [ ! -e "$tmp/r.pdf" ] || fail "a file was made"
# The other formats still work.
"$wisemind" handout stop --format txt >"$tmp/out" 2>"$tmp/err" </dev/null || fail "txt: $(cat "$tmp/err")"
grep -q "^STOP$" "$tmp/out" || fail "txt has no STOP"
exit 0
