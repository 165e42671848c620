#!/bin/sh
# The presenter (wisemind class) in a real terminal: it starts on the
# week, goes to the next screen and to a skill's timer, runs the timer,
# opens the crisis lines with ! and comes back, and quits with q. Its
# home, data, config, state and temporary folders are empty before and
# after: it creates nothing anywhere.
set -u
command -v tmux >/dev/null 2>&1 || { echo "tmux is not installed"; exit 77; }
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d) || exit 99
sock="wisemind-test-$$"
. "$(dirname "$0")/lib.sh"
trap 'tmux_stop; rm -rf "$tmp"' EXIT
watched="$tmp/watched"
mkdir -p "$watched/home" "$watched/data" "$watched/config" "$watched/state" "$watched/tmp"
env="env HOME=$watched/home XDG_DATA_HOME=$watched/data XDG_CONFIG_HOME=$watched/config"
env="$env XDG_STATE_HOME=$watched/state TMPDIR=$watched/tmp LANG=C.UTF-8 TERM=xterm-256color"

key() { tmux -L "$sock" send-keys -t t "$@"; }
space() { # N: Space N times
	n=$1
	while [ "$n" -gt 0 ]; do key Space; n=$((n - 1)); done
}

tmux_start 80 24 "$env $wisemind --country GB class --week 4" || exit 99
wait_for "Week 4 of 24: Distress tolerance" || exit 1
wait_for "Paired muscle relaxation" || exit 1
key Space
wait_for "Calm your body fast when a feeling is too strong" || exit 1
# On to the menu of TIP's parts, pick cool water: its caution first.
space 10
wait_for "Which part of TIP will you try first?" || exit 1
key 1
wait_for "Cool water on the face slows the heart fast" || exit 1
space 4
wait_for "Enter starts the timer." || exit 1
key Enter
wait_for "p pauses; Space ends it now and goes on." || exit 1
before=$(screen)
sleep 1.5
[ "$(screen)" != "$before" ] || { echo "the countdown did not move:"; screen; exit 1; }
key '!'
wait_for "Samaritans: call 116 123" || exit 1
key Escape
wait_for "T: Temperature" || exit 1
key q
wait_exit 0 || exit 1
tmux_stop

made=$(find "$watched" -mindepth 2)
if [ -n "$made" ]; then
	echo "wisemind class created files:"
	echo "$made"
	exit 1
fi
exit 0
