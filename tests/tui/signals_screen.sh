#!/bin/sh
# The real program in a real terminal, with a half-filled diary card on
# the screen, stopped by each signal a person or the system may send:
# Ctrl-C (exit 130), SIGHUP (a closed terminal, 129) and SIGTERM (143)
# keep the card as a draft (not as card values: card show records
# nothing), put the terminal back (echo on) and leave nothing of the diary
# on it; the next start brings the card back. A fatal stop (SIGABRT, as
# out of memory ends the program) puts the terminal back too. On a
# terminal with no alternate screen, quitting leaves no diary on it.
set -u
command -v tmux >/dev/null 2>&1 || { echo "tmux is not installed"; exit 77; }
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d) || exit 99
sock="wisemind-signals-$$"
. "$(dirname "$0")/lib.sh"
trap 'tmux_stop; rm -rf "$tmp"' EXIT
env="env HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config XDG_STATE_HOME=$tmp/state LANG=C.UTF-8 TERM=xterm-256color"
pass="correct horse battery staple"
printf '%s\n' "$pass" | $env $wisemind --country GB --passphrase-fd 0 init --no-recovery-key \
	>/dev/null || exit 1

# Starts the screen (its pid in $tmp/pid; the terminal's settings after
# it in $tmp/stty), unlocks and types a rating into today's card.
start_with_card() {
	rm -f "$tmp/pid" "$tmp/stty"
	tmux_start 80 24 "sh -c 'ulimit -c 0; echo \$\$ > \"$tmp/pid\"; exec $env $wisemind --country GB'; rc=\$?; stty -a > '$tmp/stty'; (exit \$rc)" ||
		exit 99
	tmux_unlock "$pass" || exit 1
	tmux -L "$sock" send-keys -t t c
	wait_for "Diary card for" || exit 1
	tmux -L "$sock" send-keys -t t 4
	wait_for "not saved yet" || exit 1
}

# After the stop: the status, echo back on, no diary on the terminal.
check_stopped() { # NAME STATUS
	wait_exit "$2" || { echo "after $1"; exit 1; }
	i=0
	while [ ! -s "$tmp/stty" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
	grep -q " echo " "$tmp/stty" || { echo "$1 left echo off: $(cat "$tmp/stty")"; exit 1; }
	if tmux -L "$sock" capture-pane -p -S - -t t | grep -q "Diary card for"; then
		echo "$1 left the diary on the terminal:"; tmux -L "$sock" capture-pane -p -S - -t t
		exit 1
	fi
	tmux_stop
}

# The card is not a card value, and the next start brings it back.
check_draft() { # NAME
	printf '%s\n' "$pass" | $env $wisemind --passphrase-fd 0 card show 2>/dev/null |
		grep -q "nothing recorded" || { echo "$1: the draft was saved as the card"; exit 1; }
	tmux_start 80 24 "$env $wisemind --country GB" || exit 99
	tmux_unlock "$pass" || exit 1
	wait_for "unsaved card" || { echo "after $1"; exit 1; }
	tmux -L "$sock" send-keys -t t c
	wait_for "4 – strong" || { echo "after $1, the card did not come back"; exit 1; }
	tmux -L "$sock" send-keys -t t x Escape q
	wait_exit 0 || exit 1
	tmux_stop
}

start_with_card
tmux -L "$sock" send-keys -t t C-c
check_stopped Ctrl-C 130
check_draft Ctrl-C

for sig in HUP:129 TERM:143; do
	start_with_card
	kill -"${sig%%:*}" "$(cat "$tmp/pid")"
	check_stopped "SIG${sig%%:*}" "${sig#*:}"
	check_draft "SIG${sig%%:*}"
done

start_with_card
kill -ABRT "$(cat "$tmp/pid")"
check_stopped SIGABRT 134

# A terminal with no alternate screen (the Linux console's terminfo has
# none): quitting blanks what was drawn, so the diary is not left there.
# (tmux's scroll-on-clear would keep a cleared screen in its history, as
# some terminals do; the Linux console does not, and neither does tmux
# with it off.)
tmux_start 80 24 "$env TERM=linux $wisemind --country GB" || exit 99
tmux -L "$sock" set-option -g scroll-on-clear off
tmux_unlock "$pass" || exit 1
tmux -L "$sock" send-keys -t t c
wait_for "Diary card for" || exit 1
tmux -L "$sock" send-keys -t t x Escape q
wait_exit 0 || exit 1
if tmux -L "$sock" capture-pane -p -S - -t t | grep -q "Drugs or alcohol\|Today's diary card"; then
	echo "the diary was left on a terminal with no alternate screen:"
	tmux -L "$sock" capture-pane -p -S - -t t
	exit 1
fi
tmux_stop
echo ok
