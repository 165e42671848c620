#!/bin/bash
# wisemind card set | show | template (issue 10): a day's card round trip;
# every mistake in card set is one sentence, exit 2 and nothing changed
# (checked by export); a card urge shows the crisis card on every path; a
# logged urge's peak stands in on the card; a template renames, adds and
# retires without losing past data or a target's kind; an import of many
# urges shows one card, and a refused import that holds urges shows it too.
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	XDG_STATE_HOME=$tmp/state LANG=C.UTF-8 TZ=UTC
mkdir -p "$HOME"
. "$(dirname "$0")/vault_lib.sh"
GB="Samaritans: call 116 123"

card_once() { # FILE TEXT
	[ "$(grep -c "If you are in danger now" "$1")" = 1 ] || fail "not one card: $(cat "$1")"
	grep -q "$2" "$1" || fail "no crisis lines ($2): $(cat "$1")"
}

run 0 --country GB init --no-recovery-key
run 0 --country GB card set --date 2026-11-20 urge.suicide=0 urge.self-harm=3 action.use=2 \
	action.self-harm=no emotion.sadness=4 emotion.joy=1 skills-used=5 skill.tip=yes \
	skill.stop=yes med.as-prescribed=yes "med.other-drugs=2 beer" session.urge-quit=2 \
	session.belief-emotions=3 "note=Called Sam. Walked."
grep -q "^Saved on your card for 2026-11-20.$" "$tmp/out" || fail "set: $(cat "$tmp/out")"
card_once "$tmp/out" "$GB"
! grep -q "This urge is strong" "$tmp/out" || fail "self-harm 3 is not strong"

run 0 card show --date 2026-11-20
cat >"$tmp/want" <<'CARD'
Diary card for Friday 2026-11-20

Urges (0-5) and actions
  Suicide                  0
  Self-harm                3   acted: no
  Drugs or alcohol         -   acted: 2 times
Emotions (0-5)
  Sadness                  4
  Shame                    -
  Anger                    -
  Fear                     -
  Joy                      1
  Emotional pain           -
  Physical pain            -
Coming into session (0-5)
  Urge to quit therapy                 2
  Belief you can steer your emotions   3
Medication taken as prescribed: yes
Other drugs or alcohol: 2 beer
Skills used: 5, I tried and used skills, and they helped.
Skills practised: stop, tip
Note: Called Sam. Walked.
CARD
diff -u "$tmp/want" "$tmp/out" || fail "card show differs"

# Every mistake: one sentence naming the fix, exit 2, nothing changed.
run 0 export
cp "$tmp/out" "$tmp/before"
mistake() { # SENTENCE_PART ARGS...
	local want=$1
	shift
	run 2 --country GB card set --date 2026-11-20 "$@"
	grep -q -- "$want" "$tmp/err" || fail "card set $*: $(cat "$tmp/err")"
	[ "$(grep -c '^wisemind: ' "$tmp/err")" = 1 ] || fail "not one sentence: $(cat "$tmp/err")"
}
mistake 'not a field of the card: perhaps you meant "urge.suicide"' emotion.joy=2 urg.suicide=1
mistake 'no target "suicde": perhaps you meant "suicide"' urge.suicde=1
mistake 'urge.use is rated from 0 (none) to 5' urge.use=6
mistake 'emotion.fear is rated from 0' emotion.fear=-1
mistake 'no emotion "sadnes": perhaps you meant "sadness"' emotion.sadnes=2
mistake '7  I used skills without having to try, and they helped.$' skills-used=8
mistake 'no skill "tpi" in the library: perhaps you meant "tip"' skill.tpi=yes
mistake 'action.use is yes, no, or how many times' action.use=lots
mistake 'med.as-prescribed is yes or no' med.as-prescribed=maybe
mistake 'med.other-drugs is how many times' "med.other-drugs=some"
mistake 'note is not valid text (UTF-8)' "$(printf 'note=bad \377 byte')"
mistake 'note is 70000 bytes, more than the 65536' "note=$(head -c 70000 /dev/zero | tr '\0' a)"
mistake 'is not KEY=VALUE' emotion.joy=2 joy
run 2 --country GB card set --date 2026-02-30 emotion.joy=2
grep -q "a date is written YYYY-MM-DD" "$tmp/err" || fail "bad date: $(cat "$tmp/err")"
run 2 --country GB card set --date 2099-01-01 emotion.joy=2
grep -q "that day has not come yet" "$tmp/err" || fail "future: $(cat "$tmp/err")"
run 0 export
diff "$tmp/before" "$tmp/out" >/dev/null || fail "a refused card set changed the diary"

# A card urge shows the crisis card whatever happens, and says it was not
# saved: a rating off the scale (strong, so the skills too), an unknown
# target, a future day, a wrong passphrase.
run 2 --country GB card set urge.suicide=9
card_once "$tmp/out" "$GB"
grep -q "NOT saved" "$tmp/out" || fail "rating 9: $(cat "$tmp/out")"
grep -q "wisemind practice stop" "$tmp/out" || fail "rating 9 is strong: $(cat "$tmp/out")"
run 2 --country GB card set --date 2099-01-01 urge.use=1
card_once "$tmp/out" "$GB"
# A usage mistake beside the urge (--week goes with show) still shows it.
run 2 --country GB card set --week 2026-W48 urge.suicide=2
card_once "$tmp/out" "$GB"
grep -q "NOT saved" "$tmp/out" || fail "--week: $(cat "$tmp/out")"
echo "not the passphrase at all" >"$tmp/wrong"
"$wisemind" --country GB --passphrase-fd 3 card set urge.self-harm=4 3<"$tmp/wrong" \
	>"$tmp/out" 2>"$tmp/err"
[ $? = 3 ] || fail "wrong passphrase: exit $?"
card_once "$tmp/out" "$GB"
grep -q "NOT saved" "$tmp/out" || fail "wrong passphrase: $(cat "$tmp/out")"
grep -q "wisemind practice stop" "$tmp/out" || fail "self-harm 4 is strong"
# Another wisemind holds the vault: exit 4, the card, not saved.
exec 9<"$XDG_DATA_HOME/wisemind/vault.lock"
flock -n 9 || fail "could not take the lock for the test"
run 4 --country GB card set urge.self-harm=4
card_once "$tmp/out" "$GB"
grep -q "NOT saved" "$tmp/out" || fail "in use: $(cat "$tmp/out")"
grep -q "already open in another terminal" "$tmp/err" || fail "in use: $(cat "$tmp/err")"
run 4 --country GB urge self-harm 4
card_once "$tmp/out" "$GB"
grep -q "NOT saved" "$tmp/out" || fail "urge, in use: $(cat "$tmp/out")"
exec 9<&-
"$wisemind" --country ZZ --passphrase-fd 3 card set urge.use=2 3<"$tmp/pass" >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] || fail "invalid country: exit $?"
grep -q "If you are in danger now" "$tmp/out" || fail "invalid country: no card"
grep -q "NOT saved" "$tmp/out" || fail "invalid country: saved?"
# Three countries and an unknown one: each its own lines, never another's.
for c in "AU:13 11 14" "US:988" "NZ:1737"; do
	run 0 --country "${c%%:*}" card set --date 2026-11-19 urge.use=1
	card_once "$tmp/out" "${c#*:}"
done
LANG=C run 0 card set --date 2026-11-19 urge.use=1
card_once "$tmp/out" "findahelpline.com"
! grep -q "116 123\|988" "$tmp/out" || fail "unknown country got another country's line"

# A logged urge's peak shows beside the card, and stands in when the card
# has none; the merge at unlock shows one card.
"$wisemind" --country GB urge self-harm 4 >/dev/null 2>&1 || fail "locked urge"
"$wisemind" --country GB urge self-harm 2 >/dev/null 2>&1 || fail "locked urge"
today=$(date +%F)
run 0 --country GB card show
grep -q "Self-harm                4  (the highest you logged)" "$tmp/out" ||
	fail "peak: $(cat "$tmp/out")"
card_once "$tmp/err" "$GB"
run 0 --country GB card set urge.self-harm=1
run 0 card show --date "$today"
grep -q "Self-harm                1  (highest logged: 4)" "$tmp/out" || fail "peak: $(cat "$tmp/out")"

# The template: the default as a file; an import renames, adds and
# retires; past days keep their values; a renamed suicide target keeps
# its kind (and threshold); dropping a target or changing a kind is
# refused, changing nothing.
run 0 card template show
grep -q "^card-template: 1$" "$tmp/out" || fail "template show: $(cat "$tmp/out")"
cat >"$tmp/t.md" <<'T'
---
card-template: 1
targets:
  - id: suicide
    label: Thoughts of ending my life
    kind: suicide
  - id: self-harm
    label: Self-harm
    kind: self-harm
    action: count
  - id: use
    label: Drugs or alcohol
    kind: use
    retired: true
  - id: binge-eating
    label: Binge eating
    kind: other
    action: count
emotions:
  - {id: sadness, label: Sadness}
  - {id: shame, label: Shame}
  - {id: anger, label: Anger}
  - {id: fear, label: Fear}
  - {id: joy, label: Joy}
  - {id: emotional-pain, label: Emotional pain}
  - {id: physical-pain, label: Physical pain}
  - {id: loneliness, label: Loneliness}
---
From Dr Rivera, for our work on eating.
T
run 0 card template import "$tmp/t.md"
grep -q "Thoughts of ending my life, Self-harm, Binge eating" "$tmp/out" ||
	fail "import: $(cat "$tmp/out")"
run 0 card template show
diff "$tmp/t.md" "$tmp/out" >/dev/null || fail "template show is not the imported file"
run 0 card show --date 2026-11-20
grep -q "Thoughts of ending my life 0" "$tmp/out" || fail "renamed: $(cat "$tmp/out")"
grep -q "Drugs or alcohol         -   acted: 2 times" "$tmp/out" ||
	fail "a retired target's past data is hidden: $(cat "$tmp/out")"
grep -q "Loneliness" "$tmp/out" || fail "new emotion: $(cat "$tmp/out")"
run 0 --country GB card set --date 2026-11-18 urge.binge-eating=3 emotion.loneliness=4
! grep -q "This urge is strong" "$tmp/out" || fail "binge 3 (other) is not strong"
run 0 --country GB card set --date 2026-11-18 urge.suicide=1
grep -q "This urge is strong" "$tmp/out" || fail "the renamed suicide target lost its threshold"
sed 's/  - {id: anger, label: Anger}//' "$tmp/t.md" >"$tmp/drop.md"
run 2 card template import "$tmp/drop.md"
grep -q 'leaves out "anger"' "$tmp/err" || fail "drop: $(cat "$tmp/err")"
sed '0,/kind: suicide/s//kind: other/' "$tmp/t.md" >"$tmp/kind.md"
run 2 card template import "$tmp/kind.md"
grep -q 'changes the kind of "suicide"' "$tmp/err" || fail "kind: $(cat "$tmp/err")"
printf -- '---\ncard-template: 1\ntargets: nope\n---\n' >"$tmp/bad.md"
run 2 card template import "$tmp/bad.md"
grep -q 'bad.md:3: "targets" must be a list' "$tmp/err" || fail "bad: $(cat "$tmp/err")"
run 0 card template show
diff "$tmp/t.md" "$tmp/out" >/dev/null || fail "a refused template changed the card"

# An import of 1,000 urges shows one card; an import refused for a
# mistake still shows the card for the urges the file holds.
{
	printf '{"format": "wisemind-export", "version": 3, "tables": {"urge_event": [\n'
	for i in $(seq 1 1000); do
		printf '{"id": "%032x", "at": "2026-10-01T10:00:00+00:00", "target": "use",' "$i"
		printf ' "before": 2, "after": null, "skill": null, "note": null, "via_inbox": false}'
		[ "$i" = 1000 ] || printf ',\n'
	done
	printf ']}}\n'
} >"$tmp/many.json"
run 0 --country GB import "$tmp/many.json"
card_once "$tmp/out" "$GB"
grep -q "1000 urges in the file; 1000 new ones were saved." "$tmp/out" ||
	fail "import: $(cat "$tmp/out")"
sed 's/"before": 2, "after": null, "skill": null, "note": null, "via_inbox": false}]/"before": 5, "after": "x", "skill": null, "note": null, "via_inbox": false}]/' \
	"$tmp/many.json" >"$tmp/bad.json"
run 1 --country GB import "$tmp/bad.json"
card_once "$tmp/err" "$GB"
grep -q "NOT imported" "$tmp/err" || fail "refused import: $(cat "$tmp/err")"
grep -q "This urge is strong" "$tmp/err" || fail "use 5 in the file is strong: $(cat "$tmp/err")"

# Once this person's own before-and-after ratings can tell, the two
# skills suggested for a strong urge are the crisis skills that helped
# them most (paced-breathing and tip here), not always STOP and TIP.
{
	printf '{"format": "wisemind-export", "version": 3, "tables": {"urge_event": ['
	i=0
	for u in tip:5:2 tip:4:1 tip:3:3 paced-breathing:5:1 paced-breathing:4:1 \
		paced-breathing:3:2; do
		i=$((i + 1))
		IFS=: read -r skill before after <<<"$u"
		[ "$i" = 1 ] || printf ', '
		printf '{"id": "%032x", "at": "2026-09-0%dT10:00:00+00:00", "target": "use",' \
			$((5000 + i)) "$i"
		printf ' "before": %d, "after": %d, "skill": "%s", "note": null, "via_inbox": false}' \
			"$before" "$after" "$skill"
	done
	printf ']}}\n'
} >"$tmp/helps.json"
run 0 --country GB import "$tmp/helps.json"
run 0 --country GB card set urge.suicide=2
grep -q "(the two that have helped you most)" "$tmp/out" &&
	grep -q "wisemind practice paced-breathing, then" "$tmp/out" ||
	fail "not the person's own skills: $(cat "$tmp/out")"
echo ok
