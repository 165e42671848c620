#!/bin/sh
# Every ISO 3166-1 code: `wisemind crisis` exits 0 and shows an emergency
# number or the common ones; with LANG=C its output is pure ASCII (names in
# their ASCII forms, nothing the terminal cannot show); with UTF-8 at 60
# columns it is valid UTF-8.
#   crisis_every_country.sh WISEMIND COUNTRIES_TSV
set -u
wisemind=$1 countries=$2
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_CONFIG_HOME="$tmp/c" XDG_DATA_HOME="$tmp/d" LC_ALL= LC_MESSAGES=
fail=0
n=0
for code in $(grep -v '^#' "$countries" | cut -f1); do
	n=$((n + 1))
	LANG=C COLUMNS=80 "$wisemind" --country "$code" crisis >"$tmp/out" 2>"$tmp/err"
	status=$?
	if [ $status != 0 ] || [ -s "$tmp/err" ]; then
		echo "$code: exit $status: $(cat "$tmp/err")"; fail=1
	fi
	if LC_ALL=C grep -n '[^ -~]' "$tmp/out" >"$tmp/bad"; then
		echo "$code: not ASCII with LANG=C:"; cat "$tmp/bad"; fail=1
	fi
	grep -q "If you are in danger now, call" "$tmp/out" || { echo "$code: no emergency line"; fail=1; }
	LANG=C.UTF-8 COLUMNS=60 "$wisemind" --country "$code" crisis >"$tmp/out" 2>/dev/null
	iconv -f UTF-8 -t UTF-8 "$tmp/out" >/dev/null 2>&1 || { echo "$code: invalid UTF-8"; fail=1; }
	# A line over 60 characters that is not a web address (which may
	# overflow rather than break).
	if LC_ALL=C.UTF-8 grep -E '^.{61,}$' "$tmp/out" | grep -v 'https\?:' >"$tmp/bad"; then
		echo "$code: over 60 columns:"; cat "$tmp/bad"; fail=1
	fi
done
[ $n = 249 ] || { echo "expected 249 codes, read $n"; fail=1; }
[ $fail = 0 ] && echo "ok: $n codes"
exit $fail
