#!/bin/bash
# Issue 8 #7: a FIFO (or a folder) with a vault file's name never hangs
# lock-status, an unlock or a locked append; each says which file is odd
# in one sentence, and a folder named inbox.taken.* no longer makes every
# unlock fail. Every command runs under a 5-second timeout.
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
inbox_tool=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	XDG_STATE_HOME=$tmp/state LANG=C.UTF-8 TZ=UTC
mkdir -p "$HOME"
data=$XDG_DATA_HOME/wisemind
RUN_TIMEOUT=5
. "$(dirname "$0")/vault_lib.sh"
run 0 init --no-recovery-key
run 0 export -o "$tmp/e.json"
run 0 import "$tmp/e.json" # a save: diary.vault.prev exists now

# A FIFO in diary.vault's place.
mv "$data/diary.vault" "$tmp/keep"
mkfifo "$data/diary.vault"
run 0 lock-status
grep -q "Odd file: $data/diary.vault is not a regular file" "$tmp/out" ||
	fail "lock-status does not name the FIFO diary.vault: $(cat "$tmp/out")"
! grep -q "Last saved\|Recovery key" "$tmp/out" ||
	fail "lock-status shows a save time or key for a FIFO: $(cat "$tmp/out")"
run 1 export
grep -q "diary.vault in the data directory is not a regular file" "$tmp/err" ||
	fail "FIFO diary.vault: $(cat "$tmp/err")"
rm "$data/diary.vault"
mv "$tmp/keep" "$data/diary.vault"

# A FIFO in diary.vault.prev's place: the current file opens as usual.
mv "$data/diary.vault.prev" "$tmp/keep"
mkfifo "$data/diary.vault.prev"
run 0 lock-status
grep -q "Odd file: $data/diary.vault.prev is not a regular file" "$tmp/out" ||
	fail "lock-status does not name the FIFO diary.vault.prev: $(cat "$tmp/out")"
run 0 export
rm "$data/diary.vault.prev"
mv "$tmp/keep" "$data/diary.vault.prev"

# A FIFO named inbox: the locked append fails at once; the unlock skips it
# and says so.
mkfifo "$data/inbox"
timeout 5 "$inbox_tool" "$data" self-harm 3 >/dev/null 2>&1
[ $? != 124 ] || fail "the locked append hung on a FIFO"
run 0 lock-status
grep -q "Odd file: $data/inbox is not a regular file" "$tmp/out" ||
	fail "lock-status does not name the FIFO inbox: $(cat "$tmp/out")"
run 0 export
grep -q "not a regular file (a pipe or a folder) and was skipped" "$tmp/err" ||
	fail "FIFO inbox: $(cat "$tmp/err")"
rm -f "$data/inbox" "$data"/inbox.taken.*

# A folder named inbox.taken.x no longer makes every unlock fail.
mkdir "$data/inbox.taken.x"
run 0 lock-status
grep -q "Odd file: $data/inbox.taken.x is not a regular file" "$tmp/out" ||
	fail "lock-status does not name the folder inbox.taken.x: $(cat "$tmp/out")"
run 0 export
grep -q "was skipped; move it out of the data directory" "$tmp/err" ||
	fail "folder inbox.taken.x: $(cat "$tmp/err")"
echo ok
