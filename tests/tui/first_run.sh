#!/bin/sh
# First run (DESIGN.md §2.3): after the welcome, the screen shows the country
# inferred from the locale and asks to confirm it; the answer is saved, and the next start
# goes straight home with that country's lines. With no territory in the
# locale, nothing is guessed: the person types a code.
set -u
command -v tmux >/dev/null 2>&1 || { echo "tmux is not installed"; exit 77; }
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d) || exit 99
sock="wisemind-first-$$"
. "$(dirname "$0")/lib.sh"
trap 'tmux_stop; rm -rf "$tmp"' EXIT
base="env HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config TERM=xterm-256color"

tmux_start 80 24 "$base LANG=en_GB.UTF-8 $wisemind" || exit 99
wait_for "press ! now" || exit 1
tmux -L "$sock" send-keys -t t Enter
wait_for "suggests United Kingdom (GB)" || exit 1
wait_for "Press Enter to use GB" || exit 1
tmux -L "$sock" send-keys -t t C-g
wait_for "116 123" || exit 1
tmux -L "$sock" send-keys -t t Escape
wait_for "Country:" || exit 1
tmux -L "$sock" send-keys -t t Enter
wait_for "Saved: United Kingdom (GB)." || exit 1
grep -qx "country: GB" "$tmp/config/wisemind/settings.yaml" || { echo "not saved"; exit 1; }
wait_for "Choose a passphrase" || exit 1
tmux -L "$sock" send-keys -t t Escape
wait_for "press ! now" || exit 1
tmux -L "$sock" send-keys -t t q
wait_exit 0 || exit 1
tmux_stop

# The second start does not ask again, even with another locale.
tmux_start 80 24 "$base LANG=de_DE.UTF-8 $wisemind" || exit 99
wait_for "press ! now" || exit 1
tmux -L "$sock" send-keys -t t '!'
wait_for "Samaritans: call 116 123" || exit 1
tmux -L "$sock" send-keys -t t Escape q
wait_exit 0 || exit 1
tmux_stop
rm -f "$tmp/config/wisemind/settings.yaml"

# No territory: no guess; a typed code is used and saved.
tmux_start 80 24 "$base LANG=C.UTF-8 $wisemind" || exit 99
wait_for "press ! now" || exit 1
tmux -L "$sock" send-keys -t t Enter
wait_for "Type your two-letter country code" || exit 1
tmux -L "$sock" send-keys -t t 'a' 'u' Enter
wait_for "Australia (AU). Press Enter to save it" || exit 1
tmux -L "$sock" send-keys -t t Enter
wait_for "Saved: Australia (AU)." || exit 1
grep -qx "country: AU" "$tmp/config/wisemind/settings.yaml" || { echo "not saved"; exit 1; }
wait_for "Choose a passphrase" || exit 1
tmux -L "$sock" send-keys -t t Escape
wait_for "press ! now" || exit 1
tmux -L "$sock" send-keys -t t q
wait_exit 0 || exit 1
tmux_stop
rm -f "$tmp/config/wisemind/settings.yaml"

# A name typed in English is read too, and a country without crisis lines
# says so and will show its emergency number.
tmux_start 80 24 "$base LANG=C.UTF-8 $wisemind" || exit 99
wait_for "press ! now" || exit 1
tmux -L "$sock" send-keys -t t Enter
wait_for "Type your two-letter country code" || exit 1
tmux -L "$sock" send-keys -t t 'Senegal' Enter
wait_for "Senegal (SN). Press Enter to save it" || exit 1
wait_for "no crisis lines for Senegal yet" || exit 1
tmux -L "$sock" send-keys -t t Enter
wait_for "Saved: Senegal (SN)." || exit 1
tmux -L "$sock" send-keys -t t C-g
wait_for "call 18 for an ambulance or 17 for the police" || exit 1
tmux -L "$sock" send-keys -t t Escape
wait_for "Choose a passphrase" || exit 1
tmux -L "$sock" send-keys -t t Escape
wait_for "press ! now" || exit 1
tmux -L "$sock" send-keys -t t q
wait_exit 0 || exit 1
tmux_stop
rm -f "$tmp/config/wisemind/settings.yaml"

# The whole first run with a recovery key: the key is shown once, one group
# of it is typed back, and today opens; then the key opens the diary from
# the command line.
pass="correct horse battery staple"
tmux_start 80 24 "$base LANG=en_GB.UTF-8 $wisemind" || exit 99
wait_for "press ! now" || exit 1
tmux -L "$sock" send-keys -t t Enter
wait_for "Press Enter to use GB" || exit 1
tmux -L "$sock" send-keys -t t Enter
wait_for "Choose a passphrase" || exit 1
tmux -L "$sock" send-keys -t t -l "$pass"
tmux -L "$sock" send-keys -t t Enter
tmux -L "$sock" send-keys -t t -l "$pass"
tmux -L "$sock" send-keys -t t Enter
wait_for "Make a recovery key?" || exit 1
tmux -L "$sock" send-keys -t t Enter
wait_for "This is your recovery key" || exit 1
# The lines under the key, so the key itself is whole on the screen.
wait_for "When you have written it down" || exit 1
key=$(screen | grep -oE '[0-9A-Z]{4}(-[0-9A-Z]{4}){3,}(-[^ ]{1,4})?' | head -1)
[ -n "$key" ] || { echo "no key on the screen"; screen; exit 1; }
tmux -L "$sock" send-keys -t t Enter
wait_for "type group" || exit 1
n=$(screen | grep -oE 'type group [0-9]+' | grep -oE '[0-9]+$')
group=$(printf '%s\n' "$key" | cut -d- -f"$n")
tmux -L "$sock" send-keys -t t -l "$group"
tmux -L "$sock" send-keys -t t Enter
wait_for "That matches" || exit 1
wait_for "Today's diary card" || exit 1
tmux -L "$sock" send-keys -t t q
wait_exit 0 || exit 1
if tmux -L "$sock" capture-pane -p -S - -t t | grep -qF "$key"; then
	echo "the recovery key was left in the scrollback"; exit 1
fi
tmux_stop
printf '%s\n' "$key" | env HOME="$tmp/home" XDG_DATA_HOME="$tmp/data" \
	XDG_CONFIG_HOME="$tmp/config" $wisemind --recovery-key-fd 0 card show >/dev/null 2>&1 ||
	{ echo "the recovery key shown does not open the diary"; exit 1; }

# The locked screen opens with the recovery key too (r), typed in lower
# case without dashes.
tmux_start 80 24 "$base LANG=en_GB.UTF-8 $wisemind" || exit 99
wait_for "Your diary is locked" || exit 1
tmux -L "$sock" send-keys -t t r
wait_for "Press Enter to type your recovery key" || exit 1
tmux -L "$sock" send-keys -t t Enter
tmux -L "$sock" send-keys -t t -l "$(printf '%s' "$key" | tr -d - | tr 'A-Z' 'a-z')"
tmux -L "$sock" send-keys -t t Enter
wait_for "Today's diary card" || exit 1
tmux -L "$sock" send-keys -t t q
wait_exit 0 || exit 1
echo ok
