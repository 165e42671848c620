#!/bin/sh
# The real program in a real terminal: the first screen shows the crisis
# hint, opens the crisis panel with !, shows every key with ? (aliases
# too), goes back with Esc or Left, and quits cleanly on q. A window that
# is too small says so, and ! still works there. With a diary: unlock,
# card, save, a live resize, quit; Ctrl-C exits 130.
set -u
command -v tmux >/dev/null 2>&1 || { echo "tmux is not installed"; exit 77; }
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d) || exit 99
sock="wisemind-test-$$"
. "$(dirname "$0")/lib.sh"
trap 'tmux_stop; rm -rf "$tmp"' EXIT
env="env HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config LANG=C.UTF-8 TERM=xterm-256color"

tmux_start 80 24 "$env $wisemind --country GB" || exit 99
wait_for "press ! now" || exit 1
wait_for "!/Ctrl-G crisis lines  ? keys  q quit" || exit 1
tmux -L "$sock" send-keys -t t '!'
wait_for "If you are in danger now, call 999 or 112." || exit 1
wait_for "Samaritans: call 116 123" || exit 1
tmux -L "$sock" send-keys -t t Escape
wait_for "press ! now" || exit 1
tmux -L "$sock" send-keys -t t '?'
wait_for "open the crisis lines, from any screen" || exit 1
# Every key of the map, aliases included, is on the help screen, and an
# alias works.
wait_for "Esc, Left, Backspace, q" || exit 1
tmux -L "$sock" send-keys -t t Left
wait_for "press ! now" || exit 1
tmux -L "$sock" send-keys -t t q
wait_exit 0 || exit 1
tmux_stop

# Too small: the person is told how to fix it, and ! still opens the lines.
tmux_start 60 16 "$env $wisemind --country AU" || exit 99
wait_for "Too small: make the window at least 80x24" || exit 1
tmux -L "$sock" send-keys -t t '!'
wait_for "13 11 14" || exit 1
tmux -L "$sock" send-keys -t t Escape q
wait_exit 0 || exit 1
tmux_stop

# Ctrl-C leaves the screen as every command does: the terminal put back,
# exit 130 (curses's own handler would exit 1 from inside the signal).
tmux_start 80 24 "$env $wisemind --country GB" || exit 99
wait_for "press ! now" || exit 1
tmux -L "$sock" send-keys -t t C-c
wait_exit 130 || exit 1
tmux_stop

# With a diary: start, unlock, fill in the card, save, quit; the command
# line's card show agrees. Then a live resize: too small, then larger.
pass="correct horse battery staple"
printf '%s\n' "$pass" | $env $wisemind --country GB --passphrase-fd 0 init --no-recovery-key \
	>/dev/null || exit 1
tmux_start 80 24 "$env $wisemind --country GB" || exit 99
tmux_unlock "$pass" || exit 1
tmux -L "$sock" send-keys -t t c
wait_for "Diary card for" || exit 1
tmux -L "$sock" send-keys -t t 1 Enter 0 Enter 2
wait_for "not saved yet" || exit 1
tmux -L "$sock" send-keys -t t s
wait_for "Saved." || exit 1
wait_for "Crisis lines" || exit 1
tmux -L "$sock" send-keys -t t Escape
wait_for "Diary card for" || exit 1
tmux -L "$sock" resize-window -t t -x 60 -y 20
wait_for "Too small: make the window at least 80x24" || exit 1
tmux -L "$sock" resize-window -t t -x 100 -y 30
wait_for "Drugs or alcohol" || exit 1
tmux -L "$sock" send-keys -t t Escape
wait_for "Today's diary card: started" || exit 1
tmux -L "$sock" send-keys -t t q
wait_exit 0 || exit 1
# The alternate screen: nothing of the diary is left on the terminal or
# in its scrollback.
if tmux -L "$sock" capture-pane -p -S - -t t | grep -q "Drugs or alcohol"; then
	echo "the diary was left on the terminal:"; tmux -L "$sock" capture-pane -p -S - -t t
	exit 1
fi
tmux_stop
printf '%s\n' "$pass" | $env $wisemind --passphrase-fd 0 card show >"$tmp/card" 2>/dev/null
grep -q "Suicide  *1" "$tmp/card" && grep -q "Drugs or alcohol  *2" "$tmp/card" ||
	{ echo "card show does not agree:"; cat "$tmp/card"; exit 1; }
rm -rf "$tmp/data"

# Ctrl-C while a passphrase is typed (echo off): exit 130, and the
# terminal's echo is back on.
tmux_start 80 24 "$env $wisemind init; rc=\$?; stty -a > '$tmp/stty'; (exit \$rc)" || exit 99
wait_for "Choose a passphrase" || exit 1
tmux -L "$sock" send-keys -t t C-c
wait_exit 130 || exit 1
grep -q " echo " "$tmp/stty" || { echo "echo was left off: $(cat "$tmp/stty")"; exit 1; }
echo ok
