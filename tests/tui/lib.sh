# Helpers for driving wisemind inside a private tmux server.
# Needs: $tmp (a temporary directory) and $sock (a socket name).

# Each run has its own socket folder, so parallel runs never meet. Starting
# a server can fail transiently ("server exited unexpectedly"); try again.
tmux_start() { # COLS LINES COMMAND...
	cols=$1 lines=$2
	shift 2
	export TMUX_TMPDIR="$tmp"
	unset TMUX
	for attempt in 1 2 3; do
		if tmux -L "$sock" -f /dev/null new-session -d -x "$cols" -y "$lines" -s t \
			"$* ; echo \"EXIT:\$?\" > '$tmp/exit'; sleep 30"; then
			return 0
		fi
		sleep 0.5
	done
	return 1
}

screen() {
	tmux -L "$sock" capture-pane -p -t t
}

# Waits up to 5 s for TEXT on the screen; prints the screen and fails if not.
wait_for() {
	i=0
	while [ $i -lt 50 ]; do
		if screen | grep -qF -- "$1"; then
			return 0
		fi
		sleep 0.1
		i=$((i + 1))
	done
	echo "never saw \"$1\"; the screen was:"
	screen
	return 1
}

wait_exit() { # EXPECTED_STATUS
	i=0
	while [ $i -lt 50 ]; do
		if [ -s "$tmp/exit" ]; then
			got=$(cat "$tmp/exit")
			[ "$got" = "EXIT:$1" ] && return 0
			echo "exited with $got, expected EXIT:$1"
			return 1
		fi
		sleep 0.1
		i=$((i + 1))
	done
	echo "wisemind did not exit; the screen was:"
	screen
	return 1
}

# Ends the session and forgets its exit status, so the next tmux_start
# begins clean.
tmux_stop() {
	tmux -L "$sock" kill-server 2>/dev/null || true
	rm -f "$tmp/exit"
}

# On the locked screen: types the passphrase and waits for today.
tmux_unlock() { # PASSPHRASE
	wait_for "Your diary is locked" || return 1
	tmux -L "$sock" send-keys -t t Enter
	tmux -L "$sock" send-keys -t t -l "$1"
	tmux -L "$sock" send-keys -t t Enter
	wait_for "Today's diary card"
}

# A full disk to test with: a small tmpfs at $tmp/disk ($mnt). Where it
# cannot be mounted (not root, or not allowed), the test is skipped
# (exit 77). small_disk_remove unmounts it (again a second later if busy).
small_disk() {
	[ "$(id -u)" = 0 ] || { echo "needs root to mount a small tmpfs"; rm -rf "$tmp"; exit 77; }
	mnt=$tmp/disk
	mkdir -p "$mnt"
	mount -t tmpfs -o size=8m tmpfs "$mnt" 2>/dev/null ||
		{ rm -rf "$tmp"; echo "cannot mount tmpfs"; exit 77; }
}

small_disk_remove() {
	umount "$mnt" 2>/dev/null || { sleep 1; umount "$mnt"; }
}
