#!/bin/sh
# Runs one golden CLI case against the real binary in a fresh, empty home.
#   run_case.sh WISEMIND CASES_DIR NAME
# A case is NAME.args (the command line, shell words), and optionally
# NAME.setup (shell run first, with $HOME, $DATA and $CONFIG set), NAME.stdin
# (fed to standard input; default empty),
# NAME.out (expected stdout), NAME.err (expected stderr) and NAME.status
# (expected exit code, default 0). UPDATE_GOLDEN=1 rewrites .out/.err/.status.
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") cases=$2 name=$3
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" XDG_CONFIG_HOME="$tmp/home/.config"
export TZ=UTC LANG=C.UTF-8 LC_ALL= LC_MESSAGES= COLUMNS=80
unset WISEMIND_DATA_DIR NO_COLOR
DATA="$XDG_DATA_HOME/wisemind" CONFIG="$XDG_CONFIG_HOME/wisemind"
mkdir -p "$HOME"
cd "$tmp" || exit 99
if [ -f "$cases/$name.setup" ]; then
	. "$cases/$name.setup" || { echo "setup of $name failed"; exit 99; }
fi
eval "set -- $(cat "$cases/$name.args")"
stdin=/dev/null
[ -f "$cases/$name.stdin" ] && stdin="$cases/$name.stdin"
"$wisemind" "$@" >"$tmp/out" 2>"$tmp/err" <"$stdin"
status=$?
# Paths of the temporary home vary from run to run.
sed -i "s|$tmp|TMP|g" "$tmp/out" "$tmp/err"
if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
	cp "$tmp/out" "$cases/$name.out"
	if [ -s "$tmp/err" ]; then cp "$tmp/err" "$cases/$name.err"; else rm -f "$cases/$name.err"; fi
	if [ "$status" != 0 ]; then echo "$status" >"$cases/$name.status"; else rm -f "$cases/$name.status"; fi
	exit 0
fi
fail=0
expected_status=0
[ -f "$cases/$name.status" ] && expected_status=$(cat "$cases/$name.status")
if [ "$status" != "$expected_status" ]; then
	echo "exit status $status, expected $expected_status"
	fail=1
fi
if ! diff -u "$cases/$name.out" "$tmp/out"; then
	echo "stdout differs from $name.out"
	fail=1
fi
if [ -f "$cases/$name.err" ]; then
	diff -u "$cases/$name.err" "$tmp/err" || { echo "stderr differs from $name.err"; fail=1; }
elif [ -s "$tmp/err" ]; then
	echo "unexpected stderr:"; cat "$tmp/err"; fail=1
fi
exit $fail
