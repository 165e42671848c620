#!/bin/bash
# wisemind safety-plan (issue 10, the safety plan): edited part by part
# through standard input, shown back whole; `crisis` shows only the lines
# chosen to show while locked, with no passphrase, and says how to see
# the whole plan; those lines are the only personal words outside the
# vault, in one 0600 file that goes when none is chosen. A canary in a
# line not chosen is on disk nowhere outside the vault. A wrong
# passphrase (exit 3), a line that is not UTF-8 text (exit 2) and input
# that ends early change nothing. A damaged file, or a FIFO in its place,
# never stops the crisis card.
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	XDG_STATE_HOME=$tmp/state TMPDIR=$tmp/tmpdir LANG=C.UTF-8 TZ=UTC COLUMNS=80
mkdir -p "$HOME" "$TMPDIR"
. "$(dirname "$0")/vault_lib.sh"
data=$XDG_DATA_HOME/wisemind
file=$data/safety-plan-shown.txt
hidden="canary-hidden-$$-$RANDOM" # in a line not shown while locked
shown="canary-shown-$$-$RANDOM"   # in a line shown while locked

# edit EXPECTED_STATUS ANSWERS: safety-plan edit with ANSWERS (printf
# format) on standard input, the passphrase on fd 3.
edit() {
	local want=$1
	printf "$2" | timeout 60 "$wisemind" --passphrase-fd 3 safety-plan edit 3<"$tmp/pass" \
		>"$tmp/out" 2>"$tmp/err"
	local got=$?
	[ "$got" != 124 ] || fail "safety-plan edit hung"
	[ "$got" = "$want" ] || { cat "$tmp/out" "$tmp/err"; fail "safety-plan edit exited $got, expected $want"; }
}
# crisis_locked: the crisis card with no passphrase and nothing to read.
crisis_locked() {
	timeout 10 "$wisemind" --country GB crisis </dev/null >"$tmp/out" 2>"$tmp/err"
	local got=$?
	[ "$got" = 0 ] || fail "crisis exited $got: $(cat "$tmp/err")"
	grep -q "Samaritans: call 116 123" "$tmp/out" || fail "crisis: no crisis lines"
}
# said TEXT FILE: FILE says TEXT, however its lines were wrapped.
said() {
	tr '\n' ' ' <"$2" | grep -qF -- "$1"
}
# nowhere TEXT: TEXT is in no file outside the vault (which is encrypted,
# so it cannot hold it in clear) under the data, settings, state, home and
# temporary folders.
nowhere() {
	local hits
	hits=$(grep -rlaF -e "$1" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_STATE_HOME" "$HOME" \
		"$TMPDIR" 2>/dev/null)
	[ -z "$hits" ] || fail "\"$1\" is on disk in: $hits"
}

# Before any diary: the card as it always was, no plan.
crisis_locked
! grep -q "safety plan" "$tmp/out" || fail "a plan before any diary: $(cat "$tmp/out")"
run 0 init --no-recovery-key
run 0 safety-plan
said "Your safety plan is empty" "$tmp/out" || fail "empty plan: $(cat "$tmp/out")"
said "wisemind safety-plan edit" "$tmp/out" || fail "empty plan: no way to write one"

# Part 1: two lines, one shown while locked. "!" shows the crisis lines
# and the edit goes on. Part 4: three lines, the first shown; then line 3
# deleted and line 2 shown too. Part 5: one line, shown. The other parts
# kept as they are.
edit 0 "a\nNot sleeping, $hidden\nn\n!\nStaying in bed all day\ny\n\n\n\n\na\nSam: 07700 900123 $shown\ny\nMum\nn\nA typo\nn\n\nd 3\ns 2\n\na\nDr Lee, weekdays 9-5: 0161 496 0000\ny\n\n\n\n\n"
said "NOT encrypted" "$tmp/out" || fail "the edit never says the shown lines are not encrypted"
grep -q "Part 7 of 7: Reasons for living" "$tmp/out" || fail "not every part was asked: $(cat "$tmp/out")"
grep -q "If you are in danger now" "$tmp/out" || fail "! did not show the crisis lines"
said "Saved in your diary. 4 lines show even when wisemind is locked" "$tmp/out" ||
	fail "edit: $(cat "$tmp/out")"

# The round trip: every line back, in its part and order, marked.
run 0 safety-plan show
cat >"$tmp/want" <<EOF
Warning signs
  1. Not sleeping, $hidden
  2. Staying in bed all day  [shown when locked]
EOF
grep -A2 "^Warning signs" "$tmp/out" | diff "$tmp/want" - || fail "warning signs differ"
cat >"$tmp/want" <<EOF
People I can ask for help
  1. Sam: 07700 900123 $shown  [shown when locked]
  2. Mum  [shown when locked]

Professionals and crisis lines
  1. Dr Lee, weekdays 9-5: 0161 496 0000  [shown when locked]
EOF
grep -A5 "^People I can ask for help" "$tmp/out" | diff "$tmp/want" - || fail "people differ"
! grep -q "A typo" "$tmp/out" || fail "the deleted line is still there"
grep -q "^My own coping strategies$" "$tmp/out" && grep -q "(nothing here yet)" "$tmp/out" ||
	fail "empty parts not shown: $(cat "$tmp/out")"

# Locked: the chosen lines after the card, none of the others, and how
# to see the whole plan.
crisis_locked
cat >"$tmp/want" <<EOF
Your own safety plan (the lines you chose to show even when locked):
  Warning signs:
    Staying in bed all day
  People I can ask for help:
    Sam: 07700 900123 $shown
    Mum
  Professionals and crisis lines:
    Dr Lee, weekdays 9-5: 0161 496 0000
To see your whole plan: wisemind safety-plan
EOF
sed -n '/^Your own safety plan/,$p' "$tmp/out" | diff "$tmp/want" - || fail "crisis lines of the plan differ"
! grep -q "$hidden" "$tmp/out" || fail "crisis shows a line not chosen"
! grep -q "Not sleeping" "$tmp/out" || fail "crisis shows a line not chosen"

# On disk: the chosen lines in one 0600 file only; the other line nowhere.
[ "$(stat -c %a "$file")" = 600 ] || fail "the file is $(stat -c %a "$file"), not 600"
nowhere "$hidden"
nowhere "Not sleeping"
hits=$(grep -rlaF -e "$shown" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_STATE_HOME" "$HOME" "$TMPDIR")
[ "$hits" = "$file" ] || fail "the shown line is in: $hits"
cp "$file" "$tmp/file-before"

# A wrong passphrase: exit 3, nothing asked, nothing changed.
echo "not the passphrase at all" >"$tmp/wrong"
printf 'r\nchanged\ny\n\n\n\n\n\n\n\n' | "$wisemind" --passphrase-fd 3 safety-plan edit 3<"$tmp/wrong" \
	>"$tmp/out" 2>"$tmp/err"
[ $? = 3 ] || fail "wrong passphrase: exit $?"
! grep -q "Part 1" "$tmp/out" || fail "a wrong passphrase was asked about the plan"
cmp -s "$file" "$tmp/file-before" || fail "a wrong passphrase changed the file"

# A line that is not UTF-8: exit 2, the reason, nothing saved.
edit 2 "a\nbad \377 line\nn\n\n\n\n\n\n\n\n"
said "one line of text (UTF-8" "$tmp/err" || fail "bad line: $(cat "$tmp/err")"
said "Nothing was saved" "$tmp/err" || fail "bad line: $(cat "$tmp/err")"
# Input that ends before the last part: exit 1, nothing saved.
edit 1 "r\nchanged $shown\nn\n\n"
said "nothing was saved" "$tmp/err" || fail "early end: $(cat "$tmp/err")"
cmp -s "$file" "$tmp/file-before" || fail "a refused edit changed the file"
run 0 safety-plan show
grep -q "1. Not sleeping, $hidden" "$tmp/out" || fail "a refused edit changed the plan"

# A damaged file and a FIFO never stop the card; a damaged line is left out.
printf 'people\tSam\nnot-a-part\tx\n' >"$file"
crisis_locked
grep -q "^    Sam$" "$tmp/out" || fail "damaged file: $(cat "$tmp/out")"
said "could not all be read: line 2" "$tmp/err" || fail "damaged file: $(cat "$tmp/err")"
rm "$file" && mkfifo "$file"
crisis_locked
said "not a regular file" "$tmp/err" || fail "FIFO: $(cat "$tmp/err")"
# The next unlock puts the file back from the plan, and says so; the
# copy a save killed half-way would leave goes too.
rm "$file"
printf 'people\tA planted line: 0800 000 000\n' >"$file"
printf 'people\told %s\n' "$shown" >"$file.tmp.0123456789abcdef"
run 0 safety-plan
said "has written it again from your plan" "$tmp/err" || fail "repair: $(cat "$tmp/err")"
cmp -s "$file" "$tmp/file-before" || fail "the file was not put back"
[ ! -e "$file.tmp.0123456789abcdef" ] || fail "a half-written copy was left"

# Nothing shown any more (s on each shown line): the file goes.
edit 0 "s 2\n\n\n\ns 1\ns 2\n\ns 1\n\n\n\n"
said "No line shows while locked" "$tmp/out" || fail "un-show: $(cat "$tmp/out")"
[ ! -e "$file" ] || fail "the file is still there: $(cat "$file")"
crisis_locked
! grep -q "Your own safety plan" "$tmp/out" || fail "crisis still shows plan lines: $(cat "$tmp/out")"
# With no line chosen, crisis still says where the whole plan is.
grep -q "^Your safety plan, if you have made one: wisemind safety-plan$" "$tmp/out" ||
	fail "no pointer to the plan: $(cat "$tmp/out")"
nowhere "$shown"
nowhere "$hidden"
echo ok
