#!/bin/bash
# wisemind report (issue 10): a scripted diary (an import of hand-made
# export files in tests/cli/report/) reported in every format and checked
# against golden files there: text, csv, csv --events, json, and a range
# of days; -o makes a new 0600 file and never overwrites one; mistakes in
# the range exit 2 with one sentence; a template's retired target shows
# only in a range with its data; report --helps with too little data and
# with enough (medians worked out by hand in helps.json's comment below).
#   report.sh WISEMIND       (UPDATE_GOLDEN=1 rewrites the golden files)
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
golden=$here/report
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	XDG_STATE_HOME=$tmp/state LANG=C.UTF-8 LC_ALL= TZ=UTC COLUMNS=80
unset WISEMIND_DATA_DIR NO_COLOR
mkdir -p "$HOME"
. "$here/vault_lib.sh"

same() { # GOLDEN_NAME: standard output against the golden file
	if [ "${UPDATE_GOLDEN:-}" = 1 ]; then
		cp "$tmp/out" "$golden/$1"
		return
	fi
	diff -u "$golden/$1" "$tmp/out" || fail "report differs from $1"
}
not_encrypted() {
	grep -q "this report is NOT encrypted" "$tmp/err" || fail "no notice: $(cat "$tmp/err")"
}

run 0 init --no-recovery-key
run 0 --country GB import "$golden/week.json"

# Every format of one week: the default template, a target the template
# does not name (binge-eating, from a logged urge), empty days, notes with
# quotes, commas and a line break, an urge logged while locked.
run 0 report --week 2026-W10
same week.text
not_encrypted
run 0 report --week 2026-W10 --format csv
same week.csv
not_encrypted
run 0 report --week 2026-W10 --events
same week-events.csv
run 0 report --week 2026-W10 --format csv --events
same week-events.csv
run 0 report --week 2026-W10 --format json
same week.json.out
if command -v python3 >/dev/null; then
	python3 -m json.tool "$tmp/out" >/dev/null || fail "the JSON report does not parse"
fi
# A range over two weeks: a blank line between the weeks.
run 0 report --from 2026-02-27 --to 2026-03-04
same range.text

# The default grid of the default template fits in 80 columns.
run 0 report
awk 'length($0) > 80 { exit 1 }' "$tmp/out" || fail "a line is wider than 80 columns"
grep -q "^Diary card, week 20[0-9][0-9]-W[0-9][0-9]: " "$tmp/out" || fail "not this week: $(head -1 "$tmp/out")"

# -o: a new file only its owner can read, and never over one that is there.
run 0 report --week 2026-W10 --format csv -o "$tmp/week.csv"
[ ! -s "$tmp/out" ] || fail "-o also wrote to standard output"
not_encrypted
grep -q "$tmp/week.csv" "$tmp/err" || fail "the notice does not name the file"
[ "$(stat -c %a "$tmp/week.csv")" = 600 ] || fail "mode $(stat -c %a "$tmp/week.csv")"
cmp -s "$tmp/week.csv" "$golden/week.csv" || fail "the file differs from week.csv"
echo "keep me" >"$tmp/mine.txt"
run 1 report --week 2026-W10 -o "$tmp/mine.txt"
grep -q "cannot create $tmp/mine.txt (File exists); choose a new file name" "$tmp/err" ||
	fail "overwrite: $(cat "$tmp/err")"
[ "$(cat "$tmp/mine.txt")" = "keep me" ] || fail "an existing file was changed"
run 1 report --week 2026-W10 -o "$tmp/week.csv"
cmp -s "$tmp/week.csv" "$golden/week.csv" || fail "an existing report was changed"

# Mistakes in the range: exit 2, one sentence naming the fix, before any
# passphrase is asked for.
bad() { # SENTENCE ARGS...
	local want=$1
	shift
	"$wisemind" report "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	local got=$?
	[ "$got" = 2 ] || fail "report $*: exit $got, expected 2"
	grep -q "$want" "$tmp/err" || fail "report $*: $(cat "$tmp/err")"
	[ "$(wc -l <"$tmp/err")" -le 2 ] || fail "report $*: more than a sentence"
	! grep -q "Passphrase" "$tmp/err" || fail "report $*: asked for the passphrase"
}
bad "a week is written YYYY-Www, such as 2026-W47" --week 2026-W54
bad "a week is written YYYY-Www, such as 2026-W47" --week 2025-W53
bad "a week is written YYYY-Www, such as 2026-W47" --week 2026-47
bad "a date is written YYYY-MM-DD" --from 2026-02-30 --to 2026-03-01
bad "first day comes on or before its last day" --from 2026-03-02 --to 2026-03-01
bad "at most 3700 days" --from 2000-01-01 --to 2026-01-01
bad "from and --to go together" --from 2026-03-01
bad "give --week, or --from and --to, not both" --week 2026-W10 --from 2026-03-01 --to 2026-03-02
bad "writes --format text, csv, json or pdf" --format odt
bad "events writes the urges logged as CSV" --events --format json

# report --helps: too little data (stop 2 times, tip 1), then enough.
run 0 report --helps
same helps-few.text
# helps.json adds, as before -> after:
#   tip 5->2 4->1 3->3, with the week's 4->2: drops 0 2 3 3, median 2.5;
#   stop 4->3, with the week's 3->1 and 5->0: drops 1 2 5, median 2;
#   paced-breathing 5->1 4->1 2->2: drops 0 3 4, median 3;
#   self-soothe 4->2 once, and once not rated again: too little.
run 0 --country GB import "$golden/helps.json"
run 0 report --helps
same helps.text

# A template that retires binge-eating and fear and adds gambling: a
# retired column shows only in a range that has its data.
run 0 --country GB import "$golden/template.json"
run 0 report --week 2026-W10 --format csv
header=$(head -1 "$tmp/out")
case $header in
*urge.use.peak,urge.binge-eating,urge.binge-eating.peak,urge.gambling,*) ;;
*) fail "binge-eating (retired, with data) or gambling missing: $header" ;;
esac
case $header in *emotion.fear*) fail "fear is retired and has no data: $header" ;; esac
run 0 report --week 2026-W10
grep -q "be Binge eating (retired)" "$tmp/out" || fail "legend: $(cat "$tmp/out")"
run 0 report --week 2026-W11 --format csv
case $(head -1 "$tmp/out") in *binge-eating*) fail "a retired target without data shows" ;; esac
echo ok
