#!/bin/sh
# Saving the card on a full disk (a small tmpfs; skipped where mounting is
# not allowed): s says "Not saved" with its reason, and the crisis panel
# still shows for the urge on the card, saying how to try again where the
# person is (Esc, then s on the card: s does nothing on the panel), and
# saying it once. With room again, Esc and s save it, and card show agrees.
# A card with no urge among its changes says so on the card itself.
set -u
command -v tmux >/dev/null 2>&1 || { echo "tmux is not installed"; exit 77; }
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d) || exit 99
sock="wisemind-card-full-$$"
. "$(dirname "$0")/lib.sh"
small_disk
trap 'tmux_stop; small_disk_remove; rm -rf "$tmp"' EXIT
env="env HOME=$tmp/home XDG_DATA_HOME=$mnt XDG_CONFIG_HOME=$tmp/config XDG_STATE_HOME=$tmp/state LANG=C.UTF-8 TERM=xterm-256color"
pass="correct horse battery staple"
printf '%s\n' "$pass" | $env $wisemind --country GB --passphrase-fd 0 init --no-recovery-key \
	>/dev/null || exit 1

# Fails unless TEXT is nowhere on the screen.
never() {
	if screen | grep -qF -- "$1"; then
		echo "saw \"$1\"; the screen was:"
		screen
		return 1
	fi
}

tmux_start 80 24 "$env $wisemind --country GB" || exit 99
tmux_unlock "$pass" || exit 1
tmux -L "$sock" send-keys -t t c
wait_for "Diary card for" || exit 1
tmux -L "$sock" send-keys -t t 4 Enter 1
wait_for "not saved yet" || exit 1

dd if=/dev/zero of="$mnt/filler" bs=4k 2>/dev/null
tmux -L "$sock" send-keys -t t s
wait_for "Not saved: the disk is full" || exit 1
wait_for "Crisis lines for United Kingdom" || exit 1
wait_for "Samaritans: call 116 123" || exit 1
wait_for "Esc goes back to the card, and s there tries again." || exit 1
never "Press s" || exit 1
never "try again" || exit 1 # the reason's own, said besides the key's

rm -f "$mnt/filler"
tmux -L "$sock" send-keys -t t Escape
wait_for "Diary card for" || exit 1
wait_for "not saved yet" || exit 1
tmux -L "$sock" send-keys -t t s
wait_for "Saved." || exit 1
wait_for "Crisis lines for United Kingdom" || exit 1
tmux -L "$sock" send-keys -t t Escape
wait_for "Diary card for" || exit 1
never "not saved yet" || exit 1

# No urge among the changes: no panel; the card says it, and s tries again.
tmux -L "$sock" send-keys -t t Down Down y
wait_for "not saved yet" || exit 1
dd if=/dev/zero of="$mnt/filler" bs=4k 2>/dev/null
tmux -L "$sock" send-keys -t t s
wait_for "What you typed is still here: s tries again." || exit 1
never "Crisis lines" || exit 1
never "try again" || exit 1
rm -f "$mnt/filler"
tmux -L "$sock" send-keys -t t s
wait_for "Saved." || exit 1
never "not saved yet" || exit 1
tmux -L "$sock" send-keys -t t Escape q
wait_exit 0 || { screen; exit 1; }
tmux_stop

shown=$(printf '%s\n' "$pass" | $env $wisemind --passphrase-fd 0 card show 2>/dev/null)
for want in "Suicide  *4" "Self-harm  *1"; do
	printf '%s\n' "$shown" | grep -q "$want" || {
		echo "card show does not say $want:"
		printf '%s\n' "$shown"
		exit 1
	}
done
echo ok
