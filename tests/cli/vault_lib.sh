# Shared by the vault scripts: sourced after $wisemind and $tmp are set.
# Gives fail, and run, which runs wisemind with the passphrase in
# $tmp/pass on fd 3 and its output in $tmp/out and $tmp/err, at most
# ${RUN_TIMEOUT:-60} seconds (a hang fails), checking the exit status.
fail() { echo "FAIL: $*"; exit 1; }
run() { # EXPECTED_STATUS ARGS...
	local want=$1
	shift
	timeout "${RUN_TIMEOUT:-60}" "$wisemind" --passphrase-fd 3 "$@" 3<"$tmp/pass" \
		>"$tmp/out" 2>"$tmp/err" </dev/null
	local got=$?
	[ "$got" != 124 ] || fail "wisemind $* hung"
	[ "$got" = "$want" ] || { cat "$tmp/out" "$tmp/err"; fail "wisemind $* exited $got, expected $want"; }
}
echo "lamp river soft cedar nine" >"$tmp/pass"
