#!/bin/sh
# Every ISO 3166-1 code: `wisemind crisis` exits 0 and shows an emergency
# number or the common ones; with LANG=C its output is pure ASCII (names in
# their ASCII forms, nothing the terminal cannot show); with UTF-8 at 60
# columns it is valid UTF-8.
#   crisis_every_country.sh WISEMIND COUNTRIES_TSV
# The two runs per country are the test; every check then reads all the
# cards at once (one grep each, not six small processes per country, which
# cost more than the cards themselves on a loaded machine).
set -u
wisemind=$1 countries=$2
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_CONFIG_HOME="$tmp/c" XDG_DATA_HOME="$tmp/d" LC_ALL= LC_MESSAGES=
mkdir "$tmp/ascii" "$tmp/utf8" "$tmp/err"
fail=0
n=0
for code in $(grep -v '^#' "$countries" | cut -f1); do
	n=$((n + 1))
	LANG=C COLUMNS=80 "$wisemind" --country "$code" crisis >"$tmp/ascii/$code" 2>"$tmp/err/$code"
	status=$?
	if [ $status != 0 ] || [ -s "$tmp/err/$code" ]; then
		echo "$code: exit $status with LANG=C: $(cat "$tmp/err/$code")"; fail=1
	fi
	LANG=C.UTF-8 COLUMNS=60 "$wisemind" --country "$code" crisis >"$tmp/utf8/$code" 2>/dev/null
	status=$?
	[ $status = 0 ] || { echo "$code: exit $status with UTF-8"; fail=1; }
done
[ $n = 249 ] || { echo "expected 249 codes, read $n"; fail=1; }
cd "$tmp" || exit 99
if LC_ALL=C grep -n '[^ -~]' ascii/* >bad; then
	echo "not ASCII with LANG=C (file:line:text):"; cat bad; fail=1
fi
grep -L "If you are in danger now, call" ascii/* >bad
if [ -s bad ]; then
	echo "no emergency line:"; cat bad; fail=1
fi
# A line that is not valid UTF-8 matches no character pattern.
if LC_ALL=C.UTF-8 grep -naxv '.*' utf8/* >bad; then
	echo "invalid UTF-8 (file:line):"; cut -d: -f1,2 bad; fail=1
fi
# A line over 60 characters that is not a web address (which may overflow
# rather than break).
if LC_ALL=C.UTF-8 grep -E '^.{61,}$' utf8/* | grep -v 'https\?:' >bad; then
	echo "over 60 columns:"; cat bad; fail=1
fi
[ $fail = 0 ] && echo "ok: $n codes"
exit $fail
