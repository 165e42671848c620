#!/bin/bash
# SIGTERM while a command holds the diary (here: passwd, unlocked and
# waiting for the new passphrase): it stops at once, exits 143, and
# nothing is half changed: the old passphrase still opens the vault.
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	XDG_STATE_HOME=$tmp/state LANG=C.UTF-8
mkdir -p "$HOME"
echo "lamp river soft cedar nine" >"$tmp/pass"
"$wisemind" --passphrase-fd 3 init --no-recovery-key 3<"$tmp/pass" >/dev/null 2>&1 || { echo "init failed"; exit 1; }
mkfifo "$tmp/fifo"
"$wisemind" --passphrase-fd 3 passwd 3<"$tmp/fifo" >"$tmp/out" 2>&1 &
pid=$!
exec 4>"$tmp/fifo"
echo "lamp river soft cedar nine" >&4   # the current passphrase
# Every unlock says "Last saved: ..." once the diary is open, and passwd
# then waits for the new passphrase: only that proves the signal comes
# while the diary is held. At most 60 s (Argon2id under sanitizers, on a
# loaded machine); a passwd that exits first fails below.
i=0
until grep -q "^Last saved: " "$tmp/out"; do
	kill -0 $pid 2>/dev/null || { echo "passwd exited before it unlocked:"; cat "$tmp/out"; exit 1; }
	[ $i -lt 600 ] || { echo "passwd did not unlock within 60 s:"; cat "$tmp/out"; kill -9 $pid; exit 1; }
	sleep 0.1
	i=$((i + 1))
done
kill -TERM $pid
i=0
while kill -0 $pid 2>/dev/null && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
kill -0 $pid 2>/dev/null && { echo "passwd did not stop on SIGTERM"; kill -9 $pid; exit 1; }
wait $pid
status=$?
exec 4>&-
[ $status = 143 ] || { echo "exit $status, expected 143"; cat "$tmp/out"; exit 1; }
grep -q "stopped by a signal" "$tmp/out" || { cat "$tmp/out"; exit 1; }
"$wisemind" --passphrase-fd 3 export 3<"$tmp/pass" >/dev/null 2>&1 || { echo "old passphrase no longer works"; exit 1; }
[ -z "$(ls "$XDG_DATA_HOME/wisemind" | grep tmp)" ] || { echo "a temporary file was left"; exit 1; }
echo ok
