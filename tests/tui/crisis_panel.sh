#!/bin/sh
# Issue 7 on the real screen: a broken crisis file is reported on the
# status line (not only on stderr after quitting) while the built-in lines
# show; with LANG=C the panel uses ASCII names; at 60x20 the crisis panel
# still shows the emergency number first.
set -u
command -v tmux >/dev/null 2>&1 || { echo "tmux is not installed"; exit 77; }
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d) || exit 99
sock="wisemind-panel-$$"
. "$(dirname "$0")/lib.sh"
trap 'tmux_stop; rm -rf "$tmp"' EXIT
mkdir -p "$tmp/data/wisemind"
printf 'version: 2\ncountries:\n  - code: JP\n    lines: [\n' >"$tmp/data/wisemind/crisis.yaml"
base="env HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config TERM=xterm-256color NO_COLOR=1"

tmux_start 80 24 "$base LANG=C $wisemind --country JP" || exit 99
wait_for "Your crisis file has a mistake on line 5: built-in lines shown." || exit 1
tmux -L "$sock" send-keys -t t '!'
wait_for "If you are in danger now, call 119" || exit 1
wait_for "Inochi no Denwa: call 0120-783-556" || exit 1
wait_for "Your crisis file has a mistake on line 5" || exit 1
if screen | LC_ALL=C grep -q '[^ -~]'; then
	echo "the panel is not ASCII with LANG=C:"; screen; exit 1
fi
tmux -L "$sock" send-keys -t t Escape q
wait_exit 0 || exit 1
tmux_stop
rm -f "$tmp/data/wisemind/crisis.yaml"

tmux_start 60 20 "$base LANG=C.UTF-8 $wisemind --country GB" || exit 99
wait_for "Too small: make the window at least 80x24" || exit 1
tmux -L "$sock" send-keys -t t '!'
wait_for "If you are in danger now, call 999 or 112." || exit 1
wait_for "Samaritans: call 116 123" || exit 1
tmux -L "$sock" send-keys -t t Escape q
wait_exit 0 || exit 1
echo ok
