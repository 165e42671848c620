#!/bin/bash
# wisemind report --format pdf (issue 15): a diary imported from an export
# made here (two weeks of 2025: one with known ratings, notes and a few
# urges, one with 40 urges), then: one page of the paper asked for (A4,
# Letter, and the locale's when none is asked for); the text in the PDF
# has the week's dates, the ratings and the notes' words; 40 urges still
# fit one page and end with "and 28 more"; -o makes a new 0600 file and
# never overwrites one; the not-encrypted notice; and the usage mistakes
# (a terminal, --from/--to, --paper with text) exit 2 with one sentence.
#   report_pdf.sh WISEMIND
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
command -v pdfinfo >/dev/null && command -v pdftotext >/dev/null ||
	{ echo "SKIP: pdfinfo and pdftotext (poppler-utils) are not installed"; exit 77; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	XDG_STATE_HOME=$tmp/state LANG=C.UTF-8 LC_ALL= LC_PAPER= TZ=UTC COLUMNS=80
unset WISEMIND_DATA_DIR NO_COLOR
export LSAN_OPTIONS="suppressions=$here/lsan_fontconfig.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
mkdir -p "$HOME"
. "$here/vault_lib.sh"

# Week 2025-W47 (17-23 Nov 2025): card values on Monday and Wednesday,
# two notes, three urges. Week 2025-W48: 40 urges, 12 of them at 5.
urges() {
	local sep=""
	echo ' {"id": "0000000000000000000000000000aa01", "at": "2025-11-17T14:03:00+00:00", "target": "self-harm", "before": 4, "after": 2, "skill": "tip", "note": null, "via_inbox": false},'
	echo ' {"id": "0000000000000000000000000000aa02", "at": "2025-11-19T21:40:00+00:00", "target": "suicide", "before": 1, "after": null, "skill": null, "note": null, "via_inbox": true},'
	echo ' {"id": "0000000000000000000000000000aa03", "at": "2025-11-22T09:15:00+00:00", "target": "use", "before": 3, "after": 1, "skill": "paced-breathing", "note": null, "via_inbox": false}'
	for i in $(seq 1 40); do
		local day=$((24 + i % 7)) before=$((i % 4 + 1))
		[ $day -le 30 ] || day=30
		[ "$i" -gt 28 ] && before=5
		printf ',\n {"id": "%032x", "at": "2025-11-%02dT%02d:%02d:00+00:00", "target": "self-harm", "before": %d, "after": 1, "skill": "stop", "note": null, "via_inbox": false}' \
			"$((0xbb00 + i))" "$day" "$((8 + i % 12))" "$i" "$before"
	done
	echo
}
# Week 2025-W46: every day a note of 600 words, and 40 emotions and 20
# medication names the card does not have: more columns than the page.
long_week() {
	local words sep=""
	words=$(for i in $(seq 1 600); do printf 'word%d ' "$i"; done)
	echo '"diary_day": ['
	for d in 10 11 12 13 14 15 16; do
		printf '%s {"date": "2025-11-%s", "skills_used": 1, "note": "%s the end"}\n' "$sep" "$d" "$words"
		sep=,
	done
	echo '], "diary_emotion": ['
	sep=""
	for i in $(seq 1 40); do
		printf '%s {"date": "2025-11-10", "emotion": "feeling-%d", "rating": 2}\n' "$sep" "$i"
		sep=,
	done
	echo '], "diary_medication": ['
	sep=""
	for i in $(seq 1 20); do
		printf '%s {"date": "2025-11-10", "name": "pill-%d", "taken": "yes"}\n' "$sep" "$i"
		sep=,
	done
	echo ']'
}
cat >"$tmp/long.json" <<JSON
{"format": "wisemind-export", "version": 3, "tables": {
$(long_week)
}}
JSON
cat >"$tmp/diary.json" <<JSON
{"format": "wisemind-export", "version": 3, "tables": {
"diary_day": [
 {"date": "2025-11-17", "skills_used": 6, "note": "Walked to the lighthouse with Marigold and ate pancakes."},
 {"date": "2025-11-19", "skills_used": 2, "note": "Quiet evening, wrote letters: café, Ωραία μέρα."}
],
"diary_urge": [
 {"date": "2025-11-17", "target": "suicide", "rating": 0},
 {"date": "2025-11-17", "target": "self-harm", "rating": 3},
 {"date": "2025-11-19", "target": "use", "rating": 2}
],
"diary_action": [
 {"date": "2025-11-17", "target": "use", "acted": 2, "counted": 1}
],
"diary_emotion": [
 {"date": "2025-11-17", "emotion": "sadness", "rating": 4},
 {"date": "2025-11-19", "emotion": "anger", "rating": 5}
],
"diary_medication": [],
"diary_skill": [
 {"date": "2025-11-17", "skill": "stop"}
],
"diary_session": [],
"urge_event": [
$(urges)
]
}}
JSON

run 0 init --no-recovery-key
run 0 --country GB import "$tmp/diary.json"
run 0 --country GB import "$tmp/long.json"

pages_of() { # FILE SIZE_WORDS: one page, the size pdfinfo names
	pdfinfo "$1" >"$tmp/info" 2>&1 || fail "pdfinfo: $(cat "$tmp/info")"
	grep -q "^Pages: *1$" "$tmp/info" || fail "not one page: $(grep Pages "$tmp/info")"
	grep -q "^Page size: *$2" "$tmp/info" || fail "not $2: $(grep 'Page size' "$tmp/info")"
}
A4="841.89 x 595.28 pts (A4)"
LETTER="792 x 612 pts (letter)"

# A4, into a new file: mode 600, the notice on stderr naming it.
run 0 report --week 2025-W47 --format pdf --paper a4 -o "$tmp/a4.pdf"
[ ! -s "$tmp/out" ] || fail "-o also wrote to standard output"
tr '\n' ' ' <"$tmp/err" | grep -q "this report is NOT encrypted: anyone who can read $tmp/a4.pdf" ||
	fail "no notice: $(cat "$tmp/err")"
[ "$(stat -c %a "$tmp/a4.pdf")" = 600 ] || fail "mode $(stat -c %a "$tmp/a4.pdf")"
pages_of "$tmp/a4.pdf" "$A4"

# The text: the dates, the ratings, the notes' words, the urges logged,
# and the notice on the page itself.
pdftotext -layout "$tmp/a4.pdf" "$tmp/a4.txt" || fail "pdftotext failed"
has() { grep -q -- "$1" "$tmp/a4.txt" || fail "the PDF's text has no \"$1\": $(cat "$tmp/a4.txt")"; }
has "Diary card, week 2025-W47 (17–23 Nov 2025)"
has "Monday 2025-11-17 to Sunday 2025-11-23"
has "lighthouse with Marigold and ate pancakes"
has "Quiet evening, wrote letters: café, Ωραία μέρα."
has "This file is not encrypted"
has "Urges logged: 3"
# Monday's row: suicide 0, self-harm 3 on the card and 4 logged, use not
# filled in; actions: use twice; sadness 4; skills used 6; stop practised.
row() { grep -m1 "^ *$1" "$tmp/a4.txt" | tr -s ' ' ' ' | sed 's/ $//'; }
[ "$(row "Mon 17 Nov")" = "Mon 17 Nov 0 3/4 · · · 2 4 · · · · · · · · 6 stop" ] ||
	fail "Monday's row: \"$(row "Mon 17 Nov")\""
# Wednesday: suicide not on the card but logged at 1, use 2; anger 5;
# skills used 2, nothing practised.
[ "$(row "Wed 19 Nov")" = "Wed 19 Nov ·/1 · 2 · · · · · 5 · · · · · · 2 ·" ] ||
	fail "Wednesday's row: \"$(row "Wed 19 Nov")\""
[ "$(row "Tue 18 Nov")" = "Tue 18 Nov · · · · · · · · · · · · · · · · ·" ] ||
	fail "Tuesday (nothing filled in) is not all dots: \"$(row "Tue 18 Nov")\""
grep "Mon 17 Nov 14:03" "$tmp/a4.txt" | grep -q "Self-harm.*4 *→ *2.*tip" ||
	fail "the urge logged on Monday: $(grep "14:03" "$tmp/a4.txt")"

# Letter, and to a pipe (standard output is not a terminal here).
run 0 report --week 2025-W47 --format pdf --paper letter
pages_of "$tmp/out" "$LETTER"
grep -q "this report is NOT encrypted" "$tmp/err" || fail "no notice for a pipe"

# The locale's paper: Letter in the US and Canada, A4 elsewhere and in C.
paper_for() { # EXPECTED ENV...
	local want=$1
	shift
	env "$@" "$wisemind" --passphrase-fd 3 report --week 2025-W47 --format pdf 3<"$tmp/pass" \
		>"$tmp/out" 2>"$tmp/err" </dev/null || fail "$*: exit $?: $(cat "$tmp/err")"
	pages_of "$tmp/out" "$want"
}
paper_for "$LETTER" LC_ALL=en_US.UTF-8
paper_for "$LETTER" LANG=fr_CA.UTF-8
paper_for "$A4" LC_ALL=en_GB.UTF-8
paper_for "$A4" LANG=C.UTF-8
paper_for "$LETTER" LANG=en_GB.UTF-8 LC_PAPER=es_MX.UTF-8
paper_for "$A4" LC_ALL=de_DE.UTF-8 LC_PAPER=en_US.UTF-8

# 40 urges in a week: still one page, the 12 strongest, then "and 28 more".
run 0 report --week 2025-W48 --format pdf --paper letter -o "$tmp/many.pdf"
pages_of "$tmp/many.pdf" "$LETTER"
pdftotext -layout "$tmp/many.pdf" "$tmp/many.txt" || fail "pdftotext failed"
grep -q "Urges logged: 40, the 12 strongest" "$tmp/many.txt" || fail "no count: $(cat "$tmp/many.txt")"
grep -q "and 28 more" "$tmp/many.txt" || fail "no \"and 28 more\": $(cat "$tmp/many.txt")"
[ "$(grep -c "5 *→ *1" "$tmp/many.txt")" = 12 ] || fail "not the 12 strongest: $(cat "$tmp/many.txt")"

# Long notes every day and more columns than the page: still one page,
# each note cut with "…", and the columns left out counted.
run 0 report --week 2025-W46 --format pdf --paper letter -o "$tmp/long.pdf"
pages_of "$tmp/long.pdf" "$LETTER"
pdftotext -layout "$tmp/long.pdf" "$tmp/long.txt" || fail "pdftotext failed"
tr -s '\n ' '  ' <"$tmp/long.txt" | grep -q "more columns did not fit on the page" || fail "no columns left out: $(cat "$tmp/long.txt")"
[ "$(grep -c "…" "$tmp/long.txt")" -ge 7 ] || fail "the notes are not cut: $(cat "$tmp/long.txt")"
# What is cut is not in the file at all, not even behind the "…".
! grep -q "word600\|the end" "$tmp/long.txt" || fail "a note's hidden end is in the PDF"
for d in "Mon 10 Nov" "Sun 16 Nov"; do
	[ "$(grep -c "$d  *word1 word2" "$tmp/long.txt")" = 1 ] || fail "no note for $d: $(cat "$tmp/long.txt")"
done
grep -q "This file is not encrypted" "$tmp/long.txt" || fail "the footer is gone"

# Never over a file that is there.
echo "keep me" >"$tmp/mine.pdf"
run 1 report --week 2025-W47 --format pdf -o "$tmp/mine.pdf"
grep -q "cannot create $tmp/mine.pdf (File exists); choose a new file name" "$tmp/err" ||
	fail "overwrite: $(cat "$tmp/err")"
[ "$(cat "$tmp/mine.pdf")" = "keep me" ] || fail "an existing file was changed"

# Usage mistakes: exit 2 and one sentence, before any passphrase.
bad() { # SENTENCE ARGS...
	local want=$1
	shift
	"$wisemind" report "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	local got=$?
	[ "$got" = 2 ] || fail "report $*: exit $got, expected 2"
	grep -q -- "$want" "$tmp/err" || fail "report $*: $(cat "$tmp/err")"
	[ "$(wc -l <"$tmp/err")" -le 2 ] || fail "report $*: more than a sentence"
	! grep -q "Passphrase" "$tmp/err" || fail "report $*: asked for the passphrase"
}
bad "a PDF report is one week's card: give --week, such as --week 2026-W47" \
	--format pdf --from 2025-11-17 --to 2025-11-23
bad "paper is for --format pdf" --paper a4
bad "paper is for --format pdf" --format csv --paper letter
bad "paper is a4 or letter, not \"legal\"" --format pdf --paper legal -o "$tmp/legal.pdf"
[ ! -e "$tmp/legal.pdf" ] || fail "a usage mistake made a file"
# A terminal gets no PDF: script(1) gives the command one.
if command -v script >/dev/null; then
	script -qec "'$wisemind' report --week 2025-W47 --format pdf; echo \"exit \$?\"" /dev/null \
		</dev/null >"$tmp/tty" 2>&1
	grep -q "a PDF is not for the terminal: add -o FILE" "$tmp/tty" || fail "terminal: $(cat "$tmp/tty")"
	grep -q "exit 2" "$tmp/tty" || fail "terminal: not exit 2: $(cat "$tmp/tty")"
else
	echo "script(1) is missing: the terminal check was not run"
fi
echo ok
