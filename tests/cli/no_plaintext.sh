#!/bin/bash
# STORAGE.md §5 #7: after a scripted session (init, an urge logged while
# locked, unlock and merge, a passphrase change, an export to a pipe, also
# as -o -), no file anywhere holds the diary's words or an SQLite image: the data,
# state, settings and temporary folders are scanned for a unique canary
# and for "SQLite format 3", and the canary is looked for in /tmp and
# /var/tmp too. The working directory stays empty.
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
inbox_tool=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	XDG_STATE_HOME=$tmp/state TMPDIR=$tmp/tmpdir LANG=C.UTF-8 TZ=UTC
mkdir -p "$HOME" "$TMPDIR" "$tmp/cwd"
cd "$tmp/cwd" || exit 99
canary="canary-$$-$RANDOM-$RANDOM"
echo "lamp river soft cedar nine" >"$tmp/pass"
printf 'lamp river soft cedar nine\nquilt harbor mango sparrow ivory\n' >"$tmp/change"
echo "quilt harbor mango sparrow ivory" >"$tmp/pass2"
"$wisemind" --passphrase-fd 3 init --no-recovery-key 3<"$tmp/pass" >/dev/null 2>&1 || { echo "init failed"; exit 1; }
"$inbox_tool" "$XDG_DATA_HOME/wisemind" self-harm 3 "$canary" >/dev/null || { echo "inbox failed"; exit 1; }
seen=$("$wisemind" --passphrase-fd 3 export 3<"$tmp/pass" 2>/dev/null | grep -c "$canary")
[ "$seen" = 1 ] || { echo "the canary did not reach the diary"; exit 1; }
# "-o -" is standard output, never a file named "-" with the diary in it.
seen=$("$wisemind" --passphrase-fd 3 export -o - 3<"$tmp/pass" 2>/dev/null | grep -c "$canary")
[ "$seen" = 1 ] || { echo "export -o - did not write to standard output"; exit 1; }
"$wisemind" --passphrase-fd 3 passwd 3<"$tmp/change" >/dev/null 2>&1 || { echo "passwd failed"; exit 1; }
"$wisemind" --passphrase-fd 3 export 3<"$tmp/pass2" 2>/dev/null | grep -q "$canary" || { echo "lost the canary"; exit 1; }

status=0
for dir in "$XDG_DATA_HOME" "$XDG_STATE_HOME" "$XDG_CONFIG_HOME" "$TMPDIR" "$HOME" "$tmp/cwd"; do
	[ -d "$dir" ] || continue
	hits=$(grep -rlaF -e "$canary" -e "SQLite format 3" "$dir" 2>/dev/null)
	[ -z "$hits" ] || { echo "plaintext found in: $hits"; status=1; }
done
hits=$(grep -rlaF "$canary" /tmp /var/tmp 2>/dev/null)
[ -z "$hits" ] || { echo "the canary is on disk in: $hits"; status=1; }
[ -z "$(ls -A "$tmp/cwd")" ] || { echo "files left in the working directory: $(ls -A "$tmp/cwd")"; status=1; }
[ $status = 0 ] && echo "no plaintext on disk"
exit $status
