#!/bin/sh
# Quick-hide on a full disk (a small tmpfs; skipped where mounting is not
# allowed): the screen blanks at once; the half-filled card cannot be kept
# as a draft, so the diary stays open in memory behind the locked screen,
# which still asks for the passphrase; after it, the card is back as it
# was, with the reason said; with room again, saving works.
set -u
command -v tmux >/dev/null 2>&1 || { echo "tmux is not installed"; exit 77; }
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d) || exit 99
sock="wisemind-full-$$"
. "$(dirname "$0")/lib.sh"
small_disk
trap 'tmux_stop; small_disk_remove; rm -rf "$tmp"' EXIT
env="env HOME=$tmp/home XDG_DATA_HOME=$mnt XDG_CONFIG_HOME=$tmp/config XDG_STATE_HOME=$tmp/state LANG=C.UTF-8 TERM=xterm-256color"
pass="correct horse battery staple"
printf '%s\n' "$pass" | $env $wisemind --country GB --passphrase-fd 0 init --no-recovery-key \
	>/dev/null || exit 1

tmux_start 80 24 "$env $wisemind --country GB" || exit 99
tmux_unlock "$pass" || exit 1
tmux -L "$sock" send-keys -t t c
wait_for "Diary card for" || exit 1
tmux -L "$sock" send-keys -t t 4 Enter 1
wait_for "not saved yet" || exit 1
dd if=/dev/zero of="$mnt/filler" bs=4k 2>/dev/null
tmux -L "$sock" send-keys -t t C-x
i=0
while screen | grep -q "Diary card"; do
	i=$((i + 1))
	[ $i -lt 50 ] || { echo "the screen was not blanked"; screen; exit 1; }
	sleep 0.1
done
tmux -L "$sock" send-keys -t t Space
wait_for "Locked (your work is still open)" || exit 1
tmux -L "$sock" send-keys -t t Enter
tmux -L "$sock" send-keys -t t -l "wrong passphrase"
tmux -L "$sock" send-keys -t t Enter
wait_for "Not unlocked" || exit 1
tmux -L "$sock" send-keys -t t -l "$pass"
tmux -L "$sock" send-keys -t t Enter
wait_for "could not be kept as a draft" || exit 1
wait_for "4 – strong" || exit 1
wait_for "1 – a little" || exit 1
rm -f "$mnt/filler"
tmux -L "$sock" send-keys -t t s
wait_for "Saved." || exit 1
tmux -L "$sock" send-keys -t t Escape Escape q
wait_exit 0 || { screen; exit 1; }
tmux_stop
printf '%s\n' "$pass" | $env $wisemind --passphrase-fd 0 card show 2>/dev/null |
	grep -q "Suicide  *4" || { echo "the card was not saved"; exit 1; }
echo ok
