#!/bin/bash
# wisemind homework (issue 15): new needs no diary; import shows what was
# assigned, asks, and keeps it (and a skill file that came with it) in
# the vault only; practising shows in list's progress; importing the same
# file twice keeps one; malformed files are refused with file:line; done
# marks one; nothing of the homework is left on disk outside the vault.
#   homework.sh WISEMIND WISEMIND_FAST_CLOCK
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
fast=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	XDG_STATE_HOME=$tmp/state TMPDIR=$tmp/tmpdir LANG=C.UTF-8 LC_ALL= COLUMNS=80
unset WISEMIND_DATA_DIR NO_COLOR
mkdir -p "$HOME" "$TMPDIR" "$tmp/work"
here=$(cd "$(dirname "$0")" && pwd)
. "$here/vault_lib.sh"
cd "$tmp/work" || exit 99
has() { grep -q -- "$1" "$tmp/out" || { cat "$tmp/out" "$tmp/err"; fail "no \"$1\" in the output"; }; }
says() { grep -q -- "$1" "$tmp/err" || { cat "$tmp/err"; fail "no \"$1\" in the message"; }; }

# A therapist writes homework on a machine with no diary.
today=$(date +%F)
from=$(date -d "$today -6 days" +%F)
run 0 homework new --skill paced-breathing --skill stop --from "$from" \
	--note "Try it after dinner, canaryword one." -o hw1.md
[ -e "$XDG_DATA_HOME/wisemind/diary.vault" ] && fail "homework new made a diary"
[ "$(stat -c %a hw1.md)" = 600 ] || fail "hw1.md is not 0600"
grep -q '^homework: "Practise Paced breathing and STOP"$' hw1.md || fail "no title: $(cat hw1.md)"
grep -q "^every: day$" hw1.md || fail "no every: $(cat hw1.md)"
id=$(sed -n 's/^id: //p' hw1.md)
case $id in hw-????????) ;; *) fail "odd id \"$id\"" ;; esac
run 1 homework new --skill stop -o hw1.md # never over a file
cmp -s hw1.md <(cat hw1.md) || fail "hw1.md changed"

# A custom skill file travels inside the homework file.
cat >my-calm.md <<'SKILL'
---
id: my-calm
name: My calm place
module: distress-tolerance
use: [everyday]
summary: Picture the calm place we talked about.
when: [when the wave is building]
not-when: [when there is a real danger to deal with first]
minutes: 3
---
The calm place we found together, canaryword two.

## Picture it

Picture the lake, and the light on it.

## Come back

Notice your feet on the floor.
SKILL
run 0 homework new --skill my-calm.md --every 3-per-week --from "$from" -o hw2.md
grep -q '^````wisemind-skill my-calm$' hw2.md || fail "the skill did not travel: $(cat hw2.md)"
rm my-calm.md

run 0 init --no-recovery-key

# Import shows what was assigned and asks; no yes keeps nothing.
echo n | timeout 60 "$wisemind" --passphrase-fd 3 homework import hw1.md 3<"$tmp/pass" \
	>"$tmp/out" 2>"$tmp/err" || fail "import answered n failed"
has "Skills: Paced breathing (paced-breathing), STOP (stop)"
has "every day, from $from"
has "canaryword one"
has "Nothing was kept"
run 0 homework list
has "You have no homework"

echo y | timeout 60 "$wisemind" --passphrase-fd 3 homework import hw1.md 3<"$tmp/pass" \
	>"$tmp/out" 2>"$tmp/err" || fail "import answered y failed"
has "Kept homework $id"
run 0 homework import --yes hw2.md
run 0 homework list
has "So far: 0 of 14 practices"
has "So far: 0 of 3 practices" # 3 a week, over its first 7 days

# Practising counts, a skill once a day.
yes "" | head -40 | timeout 60 "$fast" --passphrase-fd 3 practice stop 3<"$tmp/pass" \
	>"$tmp/out" 2>&1 || fail "practice stop failed: $(cat "$tmp/out")"
yes "" | head -40 | timeout 60 "$fast" --passphrase-fd 3 practice stop 3<"$tmp/pass" \
	>"$tmp/out" 2>&1 || fail "practice stop failed: $(cat "$tmp/out")"
yes "" | head -40 | timeout 60 "$fast" --passphrase-fd 3 practice my-calm 3<"$tmp/pass" \
	>"$tmp/out" 2>&1 || fail "practice of the skill that came with homework failed: $(cat "$tmp/out")"
grep -q "You finished My calm place" "$tmp/out" || fail "my-calm did not run: $(cat "$tmp/out")"
run 0 homework list
has "So far: 1 of 14 practices"
has "STOP (stop): practised today"
has "Paced breathing (paced-breathing): due today"
has "So far: 1 of 3 practices"
has "My calm place (my-calm): practised today"

# The week's report shows it: text, CSV (a column) and JSON.
run 0 report
has "Homework (practices done of those expected in these days)"
has "$id *paced-breathing, stop; every day: 1 of "
run 0 report --format csv
head -1 "$tmp/out" | grep -q ',note,homework.$' || fail "no homework column: $(head -1 "$tmp/out")"
grep -q "^$today,.*,2.\$" "$tmp/out" || fail "today's homework practices are not 2: $(cat "$tmp/out")"
run 0 report --format json
has '"version": 2'
has "{\"id\": \"$id\", \"skills\": \[\"paced-breathing\", \"stop\"\], \"every\": \"day\", \"expected\": "

# The same file again is the same homework.
run 0 homework import --yes hw1.md
has "it was there already"
run 0 homework list
[ "$(grep -c "^$id " "$tmp/out")" = 1 ] || fail "imported twice: $(cat "$tmp/out")"

# Done.
run 0 homework done "$id"
run 0 homework list
grep -q "^$id  Practise Paced breathing and STOP (done)$" "$tmp/out" || fail "not done: $(cat "$tmp/out")"
run 1 homework done hw-00000000
says "no homework in the diary has that id"

# Nothing of it anywhere on disk but the vault (and the files given).
if grep -rlI -e canaryword -e "light on it" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" \
	"$XDG_STATE_HOME" "$TMPDIR" "$HOME" 2>/dev/null; then
	fail "homework text outside the vault"
fi

# Malformed files: one line each, naming file and line.
bad() { # NAME EXPECTED_MESSAGE (a file:line: ... line)
	run 2 homework import --yes "$1"
	grep -q -- "$2" "$tmp/err" || { cat "$tmp/err"; fail "$1: no \"$2\""; }
}
printf -- '---\nhomework: x\nid: hw-12345678\nskills: [stop]\nevery: fortnightly\nfrom: 2026-11-02\n---\n' >every.md
bad every.md "every.md:5: \"every\" must be day, weekday"
printf -- '---\nhomework: x\nid: hw-12345678\nskills: [stop]\nfrom: 2026-11-31\n---\n' >date.md
bad date.md "date.md:5: \"from\" must be a date"
printf -- '---\nhomework: x\nid: hw-12345678\nskills: [stop]\nfrom: 2026-11-02\nuntil: 2026-11-01\n---\n' >until.md
bad until.md "until.md:6: \"until\" (2026-11-01) is before"
printf -- '---\nhomework: x\nid: 12345678\nskills: [no-such-skill]\nfrom: 2026-11-02\n---\n' >two.md
bad two.md "two.md:3: the id \"12345678\" must be"
printf -- '---\nhomework: x\nid: hw-12345678\nskills: [no-such-skill]\nfrom: 2026-11-02\n---\n' >unknown.md
bad unknown.md "unknown.md:1: the skill \"no-such-skill\" is not in wisemind's library"
printf -- '---\nhomework: x\nid: hw-12345678\nskills: [mine]\nfrom: 2026-11-02\n---\nHi.\n\n````wisemind-skill mine\n---\nid: mine\n---\n' >open.md
bad open.md "open.md:9: the attached skill is never closed"
printf -- '---\nhomework: x\nid: hw-12345678\nskills: [mine]\nfrom: 2026-11-02\n---\n\n````wisemind-skill mine\n---\nid: mine\nname: Mine\nminutes: 500\n---\n````\n' >skill.md
bad skill.md "skill.md:12: in the attached skill mine: \"minutes\" must be"
printf 'no front matter\n' >plain.md
bad plain.md "plain.md:1:"
run 2 homework import --yes missing.md
says "missing.md cannot be read"
run 0 homework list
[ "$(grep -c "^hw-" "$tmp/out")" = 2 ] || fail "a malformed file was kept: $(cat "$tmp/out")"

# Usage mistakes.
run 2 homework
run 2 homework new
run 2 homework list --skill stop
run 2 homework import
echo "homework: all passed"
