#!/bin/bash
# Issue 8 #3: damage found only after decryption (a database that is not a
# wisemind diary, though the file authenticates) falls back to the backup
# copy like any other damage, instead of refusing a diary whose backup
# opens; the next save keeps the bad file aside.
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tool=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	XDG_STATE_HOME=$tmp/state LANG=C.UTF-8 TZ=UTC
mkdir -p "$HOME"
data=$XDG_DATA_HOME/wisemind
. "$(dirname "$0")/vault_lib.sh"
pass=$(cat "$tmp/pass")
run 0 init --no-recovery-key
run 0 export -o "$tmp/e.json"
run 0 import "$tmp/e.json" # diary.vault.prev is a good diary now
"$tool" "$data" "$pass" || fail "could not save the foreign image"
run 0 export
grep -q "diary.vault did not pass its integrity check" "$tmp/err" || fail "no fallback: $(cat "$tmp/err")"
grep -q '"format": "wisemind-export"' "$tmp/out" || fail "no export"
run 0 import "$tmp/e.json"
[ -f "$data/diary.vault.damaged" ] || fail "the bad file was not kept aside"
run 0 export
grep -q "integrity check" "$tmp/err" && fail "still falling back after a save"
echo ok
