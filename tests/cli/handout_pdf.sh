#!/bin/bash
# wisemind handout --format pdf (issue 16): portrait pages of the paper
# asked for (A4, Letter, the locale's); a week's handout takes more than
# one page; the text in the PDF has each skill's step titles, every
# question's box label, the worksheet table's headings, the cautions
# before the steps they concern, and the footer's notice and page
# numbers; -o makes a new 0600 file and never overwrites one; standard
# output works when it is not a terminal (and is refused when it is);
# a full disk is said; and no handout writes anything anywhere else
# (HOME, the XDG folders, TMPDIR).
#   handout_pdf.sh WISEMIND SKILLS_DIR
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
skills=$2
here=$(cd "$(dirname "$0")" && pwd)
command -v pdfinfo >/dev/null && command -v pdftotext >/dev/null ||
	{ echo "SKIP: pdfinfo and pdftotext (poppler-utils) are not installed"; exit 77; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	XDG_STATE_HOME=$tmp/state TMPDIR=$tmp/tmpdir LANG=C.UTF-8 LC_ALL= LC_PAPER= TZ=UTC \
	COLUMNS=80
unset WISEMIND_DATA_DIR NO_COLOR
export LSAN_OPTIONS="suppressions=$here/lsan_fontconfig.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_STATE_HOME" "$TMPDIR" "$tmp/work"
cd "$tmp/work" || exit 99
fail() { echo "FAIL: $*"; exit 1; }
run() { # EXPECTED_STATUS ARGS...
	local want=$1
	shift
	timeout 60 "$wisemind" "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	local got=$?
	[ "$got" = "$want" ] || { cat "$tmp/err"; fail "wisemind $* exited $got, expected $want"; }
}
A4="595.28 x 841.89 pts (A4)"
LETTER="612 x 792 pts (letter)"
pages_of() { # FILE SIZE_WORDS: prints the number of pages
	pdfinfo "$1" >"$tmp/info" 2>&1 || fail "pdfinfo: $(cat "$tmp/info")"
	grep -q "^Page size: *$2" "$tmp/info" || fail "not $2: $(grep 'Page size' "$tmp/info")"
	sed -n 's/^Pages: *//p' "$tmp/info"
}
# The PDF's text without any white space, so that words wrapped at the
# end of a line are found all the same.
squeezed() { pdftotext "$1" - | tr -d ' \n\t\f'; }
has() { # TEXT_FILE PHRASE
	local want
	want=$(printf '%s' "$2" | tr -d ' \n\t')
	grep -qF -- "$want" "$1" || fail "the PDF's text has no \"$2\""
}
# What a skill file says each step is called, and each question.
steps_of() { sed -n 's/^## //p' "$1"; }
asks_of() { sed -n 's/^Ask[^:]*: //p' "$1"; }

# Week 3 (when-to-use-crisis-skills, stop, pros-and-cons), A4, into a new
# file: mode 600, more than one page, each skill's steps and questions.
run 0 handout --week 3 --format pdf --paper a4 -o week3.pdf
[ ! -s "$tmp/out" ] || fail "-o also wrote to standard output"
[ ! -s "$tmp/err" ] || fail "something on stderr: $(cat "$tmp/err")"
[ "$(stat -c %a week3.pdf)" = 600 ] || fail "mode $(stat -c %a week3.pdf)"
pages=$(pages_of week3.pdf "$A4")
[ "$pages" -gt 3 ] || fail "week 3 on $pages pages: each of its 3 skills starts a page"
squeezed week3.pdf >week3.txt
has_skills() { # TEXT_FILE SKILL_FILE...: each one's steps and questions
	local text=$1 n title question
	shift
	for file in "$@"; do
		n=0
		while IFS= read -r title; do
			n=$((n + 1))
			has "$text" "Step $n: $title"
		done < <(steps_of "$skills/$file.md")
		[ "$n" -gt 2 ] || fail "$file: no steps read"
		while IFS= read -r question; do
			has "$text" "$question"
		done < <(asks_of "$skills/$file.md")
	done
}
has_skills week3.txt distress-tolerance/when-to-use-crisis-skills distress-tolerance/stop \
	distress-tolerance/pros-and-cons
has week3.txt "Week 3 of 24: Distress tolerance"
has week3.txt "Standard 24-week skills group"
has week3.txt "Circle one:"
has week3.txt "0 = none, 5 = the strongest"
# The worksheet table: its headings and its row labels.
has week3.txt "ProsCons"
has week3.txt "Acting on the urge"
has week3.txt "Resisting the urge"
# The footer on every page, numbered.
[ "$(pdftotext week3.pdf - | grep -c "Made by wisemind")" = "$pages" ] || fail "a page without the notice"
has week3.txt "Page 1 of $pages"
has week3.txt "Page $pages of $pages"
has week3.txt "\"DBT\" is used only to describe them; DBT's creators do not endorse wisemind."

# Week 4 (TIP and the rest), Letter: the cautions before the steps they
# concern, the skill's own before its first step.
run 0 handout --week 4 --format pdf --paper letter -o week4.pdf
pages=$(pages_of week4.pdf "$LETTER")
[ "$pages" -gt 3 ] || fail "week 4 on $pages pages"
squeezed week4.pdf >week4.txt
has_skills week4.txt distress-tolerance/tip distress-tolerance/paced-breathing \
	distress-tolerance/paired-muscle-relaxation
before() { # FIRST SECOND: FIRST comes before SECOND in week4.txt
	local a b text
	text=$(cat week4.txt)
	a=${text%%$(printf '%s' "$1" | tr -d ' ')*}
	b=${text%%$(printf '%s' "$2" | tr -d ' ')*}
	[ "${#a}" -lt "${#text}" ] && [ "${#b}" -lt "${#text}" ] || fail "no \"$1\" or \"$2\""
	[ "${#a}" -lt "${#b}" ] || fail "\"$1\" is not before \"$2\""
}
before "Caution: Cool water on the face slows the heart fast." "Fill a bowl or sink with cool water."
before "Caution: Hard exercise makes your heart work hard" "Strong feelings fill your body with energy."
before "Caution: Cool water on the face slows the heart fast, and some health" "Step 1: Check in"

# Skills by id, to standard output (a pipe here), the locale's paper.
"$wisemind" handout stop --format pdf >stop.pdf 2>"$tmp/err" </dev/null || fail "to a pipe: $(cat "$tmp/err")"
head -c 5 stop.pdf | grep -q '^%PDF-' || fail "standard output is no PDF"
[ "$(pages_of stop.pdf "$A4")" -ge 1 ] || fail "no pages"
LC_ALL=en_US.UTF-8 "$wisemind" handout stop --format pdf >stop-us.pdf 2>"$tmp/err" </dev/null ||
	fail "en_US: $(cat "$tmp/err")"
pages_of stop-us.pdf "$LETTER" >/dev/null
squeezed stop.pdf >stop.txt
has stop.txt "Step 2: S: Stop"
has stop.txt "What could you do next that would make things better, not worse?"

# Never over a file that is there.
echo "keep me" >mine.pdf
run 1 handout stop --format pdf -o mine.pdf
grep -q "cannot create mine.pdf (File exists); choose a new file name" "$tmp/err" ||
	fail "overwrite: $(cat "$tmp/err")"
[ "$(cat mine.pdf)" = "keep me" ] || fail "an existing file was changed"
run 2 handout stop --format pdf --paper legal -o legal.pdf
grep -q -- "--paper is a4 or letter, not \"legal\"" "$tmp/err" || fail "legal: $(cat "$tmp/err")"
[ ! -e legal.pdf ] || fail "a usage mistake made a file"
# A terminal gets no PDF: script(1) gives the command one.
if command -v script >/dev/null; then
	script -qec "'$wisemind' handout stop --format pdf; echo \"exit \$?\"" /dev/null \
		</dev/null >"$tmp/tty" 2>&1
	grep -q "a PDF is not for the terminal: add -o FILE" "$tmp/tty" || fail "terminal: $(cat "$tmp/tty")"
	grep -q "exit 2" "$tmp/tty" || fail "terminal: not exit 2: $(cat "$tmp/tty")"
else
	echo "script(1) is missing: the terminal check was not run"
fi

# A full disk: exit 1 and one sentence, for every format.
if [ -c /dev/full ]; then
	for format in txt md pdf; do
		"$wisemind" handout stop --format $format >/dev/full 2>"$tmp/err" </dev/null
		got=$?
		[ "$got" = 1 ] || fail "$format to /dev/full: exit $got"
		tr '\n' ' ' <"$tmp/err" | grep -q "the handout could not be written completely (No space left on device)" ||
			fail "$format to /dev/full: $(cat "$tmp/err")"
	done
fi

# The other formats into files too; then nothing anywhere but the files
# asked for: no diary, no settings, no temporary file.
run 0 handout --week 4 --format txt -o week4.txt.out
run 0 handout --week 4 --format md -o week4.md
grep -q "^## TIP$" week4.md || fail "the Markdown has no TIP heading"
left=$(find "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_STATE_HOME" "$TMPDIR" -mindepth 1)
[ -z "$left" ] || fail "a handout left files behind: $left"
echo ok
