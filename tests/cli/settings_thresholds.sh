#!/bin/bash
# wisemind settings thresholds (issue 10): show the urge thresholds, lower
# one, and refuse a raise (exit 2, settings.yaml byte for byte as it was),
# without a passphrase and with a diary open alike; the thresholds never
# go into the vault.
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	XDG_STATE_HOME=$tmp/state LANG=C.UTF-8 TZ=UTC
mkdir -p "$HOME"
. "$(dirname "$0")/vault_lib.sh"
file=$XDG_CONFIG_HOME/wisemind/settings.yaml

locked() { # EXPECTED_STATUS ARGS...: no passphrase at all
	local want=$1
	shift
	"$wisemind" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	local got=$?
	[ "$got" = "$want" ] || { cat "$tmp/out" "$tmp/err"; fail "wisemind $* exited $got, expected $want"; }
}

# The defaults, with no settings file and no diary.
locked 0 settings thresholds
grep -q "^  suicide    1   always 1" "$tmp/out" || fail "defaults: $(cat "$tmp/out")"
grep -q "^  self-harm  4 " "$tmp/out" || fail "defaults: $(cat "$tmp/out")"
[ ! -e "$file" ] || fail "showing wrote a settings file"

# Lowered, and kept with the country.
locked 0 country NZ
locked 0 settings thresholds self-harm 2
grep -q "now 2" "$tmp/out" || fail "lower: $(cat "$tmp/out")"
grep -q "^country: NZ$" "$file" || fail "the country was lost: $(cat "$file")"
grep -q "^  self-harm: 2$" "$file" || fail "not saved: $(cat "$file")"
[ "$(stat -c %a "$file")" = 600 ] || fail "settings.yaml is not 0600"
locked 0 settings thresholds
grep -q "^  self-harm  2   lowered from 4" "$tmp/out" || fail "show: $(cat "$tmp/out")"

# Refused, each one exit 2 with the file unchanged.
cp "$file" "$tmp/before"
for args in "self-harm 5" "self-harm 9" "use 0" "-- other -1" "other x" "suicide 2" "unknown 1" \
	"binge-eating 1"; do
	# shellcheck disable=SC2086
	locked 2 settings thresholds $args
	cmp -s "$file" "$tmp/before" || fail "\"$args\" changed settings.yaml"
	grep -q "wisemind settings thresholds" "$tmp/err" || fail "\"$args\": $(cat "$tmp/err")"
	[ ! -s "$tmp/out" ] || fail "\"$args\" printed: $(cat "$tmp/out")"
done

# With a diary: the same file, the same refusals; the vault keeps none.
run 0 init --no-recovery-key
run 0 settings thresholds use 3
grep -q "^  use: 3$" "$file" || fail "with a diary: $(cat "$file")"
cp "$file" "$tmp/before"
run 2 settings thresholds use 5
cmp -s "$file" "$tmp/before" || fail "a refused raise changed settings.yaml"
run 0 export
grep -q "threshold" "$tmp/out" && fail "a threshold is in the diary: $(cat "$tmp/out")"

# A raise written in by hand is not honoured; the rest of the file is.
printf 'country: NZ\nurge-thresholds:\n  use: 5\n  other: 2\n' >"$file"
locked 0 settings thresholds
grep -q "^  use        4 " "$tmp/out" || fail "a hand-edited raise honoured: $(cat "$tmp/out")"
grep -q "^  other      2 " "$tmp/out" || fail "the rest not used: $(cat "$tmp/out")"
grep -q 'line 3: "use: 5" is not used' "$tmp/err" || fail "not reported: $(cat "$tmp/err")"
locked 0 crisis
grep -q "New Zealand\|1737" "$tmp/out" || fail "the country was not used: $(cat "$tmp/out")"

# A broken file is not overwritten by a change.
printf 'urge-thresholds:\n  use: [1\n' >"$file"
cp "$file" "$tmp/before"
locked 1 settings thresholds use 1
cmp -s "$file" "$tmp/before" || fail "a broken settings.yaml was overwritten"
grep -q "has a mistake, so it was not changed" "$tmp/err" || fail "broken: $(cat "$tmp/err")"
echo ok
