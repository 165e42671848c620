#!/bin/bash
# Issue 8 #4, on a real full disk (a small tmpfs; skipped where mounting
# is not allowed): a locked append that fails for lack of space leaves no
# empty inbox; a merge that cannot be saved still lets export read the
# diary, keeps the inbox and says so; with space again, the urges are added.
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
inbox_tool=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
[ "$(id -u)" = 0 ] || { echo "needs root to mount a small tmpfs"; exit 77; }
tmp=$(mktemp -d) || exit 99
mnt=$tmp/disk
mkdir -p "$mnt"
mount -t tmpfs -o size=3m tmpfs "$mnt" 2>/dev/null || { rmdir "$mnt" "$tmp"; echo "cannot mount tmpfs"; exit 77; }
trap 'umount "$mnt"; rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$mnt XDG_CONFIG_HOME=$tmp/config XDG_STATE_HOME=$tmp/state \
	LANG=C.UTF-8 TZ=UTC
mkdir -p "$HOME"
data=$mnt/wisemind
. "$(dirname "$0")/vault_lib.sh"
run 0 init --no-recovery-key

# Fill the disk: the append fails, and leaves no inbox behind.
dd if=/dev/zero of="$mnt/filler" bs=4k 2>/dev/null
"$inbox_tool" "$data" self-harm 3 >/dev/null 2>&1 && fail "an append succeeded on a full disk"
[ ! -e "$data/inbox" ] || fail "a failed append left an inbox ($(stat -c %s "$data/inbox") bytes)"

# Room for an urge, not for a save.
truncate -s -64k "$mnt/filler"
"$inbox_tool" "$data" self-harm 3 >/dev/null || fail "append with some room"
run 0 export
grep -q '"format": "wisemind-export"' "$tmp/out" || fail "export could not read the diary"
grep -q "1 urge logged while wisemind was locked could not be added to the diary yet" "$tmp/err" ||
	fail "no notice: $(cat "$tmp/err")"
ls "$data" | grep -q '^inbox' || fail "the inbox was not kept"

# With space again, the urge is added.
rm "$mnt/filler"
run 0 export
grep -q "Added 1 urge logged while wisemind was locked." "$tmp/err" || fail "not added: $(cat "$tmp/err")"
grep -q '"self-harm"' "$tmp/out" || fail "the urge is not in the export"

# A read-only folder (issue 8 #5): export reads, saying the folder is
# read-only; a command that saves says why it cannot.
"$inbox_tool" "$data" use 2 >/dev/null || fail "append before going read-only"
cp "$tmp/out" "$tmp/diary.json"
mount -o remount,ro "$mnt" || fail "could not remount read-only"
run 0 export
grep -q '"format": "wisemind-export"' "$tmp/out" || fail "read-only: export could not read"
grep -q "The data directory is read-only" "$tmp/err" || fail "read-only notice: $(cat "$tmp/err")"
run 1 import "$tmp/diary.json"
grep -q "not saved: the data directory is read-only" "$tmp/err" || fail "read-only import: $(cat "$tmp/err")"
run 0 lock-status
mount -o remount,rw "$mnt"
echo ok
