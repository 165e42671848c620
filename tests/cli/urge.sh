#!/bin/bash
# wisemind urge (issue 10, first part): every path prints the crisis card
# and says whether the urge was saved (DESIGN.md §2.2): no diary yet, a
# rating out of range, a wrong passphrase, an invalid --country, locked
# (the sealed inbox, merged at the next unlock) and unlocked; a strong
# urge adds two crisis-survival skills; one command shows one card.
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	XDG_STATE_HOME=$tmp/state LANG=C.UTF-8 TZ=UTC
mkdir -p "$HOME"
. "$(dirname "$0")/vault_lib.sh"
data=$XDG_DATA_HOME/wisemind
GB="Samaritans: call 116 123"
AU="13 11 14"

card_once() { # FILE COUNTRY_TEXT
	[ "$(grep -c "If you are in danger now" "$1")" = 1 ] || fail "not one card: $(cat "$1")"
	grep -q "$2" "$1" || fail "no crisis lines ($2): $(cat "$1")"
}

# No diary yet: the card, not saved, and how to start one.
"$wisemind" --country GB urge self-harm 3 >"$tmp/out" 2>"$tmp/err"
[ $? = 1 ] || fail "no vault: exit $?"
card_once "$tmp/out" "$GB"
grep -q "NOT saved" "$tmp/out" || fail "no vault: $(cat "$tmp/out")"
grep -q "wisemind init" "$tmp/err" || fail "no vault: $(cat "$tmp/err")"

run 0 init --no-recovery-key

# A rating out of range: exit 2, the card, nothing saved; and it was
# strong (9 is above the scale), so the skills show too.
"$wisemind" --country AU urge self-harm 9 >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] || fail "rating 9: exit $?"
card_once "$tmp/out" "$AU"
grep -q "NOT saved" "$tmp/out" || fail "rating 9 saved?"
grep -q "rated from 0 (none) to 5" "$tmp/err" || fail "rating 9: $(cat "$tmp/err")"
grep -q "wisemind practice stop" "$tmp/out" || fail "no skills for a strong urge"
[ ! -e "$data/inbox" ] || fail "a refused urge reached the inbox"

# A note that is not UTF-8 text, or too long: exit 2, the card, nothing saved.
printf 'bad \377 note\n' | "$wisemind" --country GB urge use 2 --note - >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] || fail "bad note: exit $?"
card_once "$tmp/out" "$GB"
grep -q "a note is text (UTF-8)" "$tmp/err" || fail "bad note: $(cat "$tmp/err")"
head -c 70000 /dev/zero | tr '\0' 'a' | "$wisemind" --country GB urge use 2 --note - >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] || fail "long note: exit $?"
card_once "$tmp/out" "$GB"
grep -q "NOT saved" "$tmp/out" || fail "long note saved?"
[ ! -e "$data/inbox" ] || fail "a refused urge reached the inbox"

# An invalid --country: still a card (for an unknown country), not saved.
"$wisemind" --country ZZ urge use 2 >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] || fail "invalid country: exit $?"
grep -q "If you are in danger now" "$tmp/out" || fail "invalid country: no card"
grep -q "NOT saved" "$tmp/out" || fail "invalid country: saved?"

# Locked: into the sealed inbox, fast, no passphrase; the note from
# standard input stays out of the shell's history.
echo "after the phone call" | "$wisemind" --country GB urge use 2 --note - >"$tmp/out" 2>"$tmp/err"
[ $? = 0 ] || fail "locked urge: $(cat "$tmp/err")"
card_once "$tmp/out" "$GB"
grep -q "Saved in the locked inbox" "$tmp/out" || fail "locked: $(cat "$tmp/out")"
! grep -q "wisemind practice stop" "$tmp/out" || fail "use 2 is not strong"
"$wisemind" lock-status >"$tmp/out"
grep -q "Urges waiting in the locked inbox: 1" "$tmp/out" || fail "inbox: $(cat "$tmp/out")"

# Unlocked, a suicide-kind urge of 1 is strong; the inbox merges in the
# same command, which still shows one card.
run 0 --country GB urge suicide 1
card_once "$tmp/out" "$GB"
grep -q "Saved in your diary" "$tmp/out" || fail "unlocked: $(cat "$tmp/out")"
grep -q "wisemind practice stop" "$tmp/out" && grep -q "wisemind practice tip" "$tmp/out" ||
	fail "no skills: $(cat "$tmp/out")"
! grep -q "If you are in danger now" "$tmp/err" || fail "a second card on stderr"
run 0 export
grep -q '"target": "suicide", "before": 1' "$tmp/out" || fail "urge not in the diary"
grep -q '"note": "after the phone call", "via_inbox": true' "$tmp/out" ||
	fail "the locked urge did not merge: $(cat "$tmp/out")"

# urge list shows each urge with its id, those from the inbox marked;
# urge remove takes one out (a planted or mistyped entry) and saves.
run 0 urge list
grep -q "use 2  \[logged while locked\]" "$tmp/out" || fail "list: $(cat "$tmp/out")"
grep -q "suicide 1$" "$tmp/out" || fail "list: $(cat "$tmp/out")"
id=$(grep -A1 "use 2  \[logged while locked\]" "$tmp/out" | sed -n 's/^  id \([0-9a-f]\{32\}\).*/\1/p')
[ -n "$id" ] || fail "no id in the list: $(cat "$tmp/out")"
run 0 urge remove "$id"
grep -q "Removed, and saved." "$tmp/out" || fail "remove: $(cat "$tmp/out")"
run 0 urge list
! grep -q "$id" "$tmp/out" || fail "the removed urge is still listed"
run 1 urge remove "$id"
grep -q "no urge in the diary has that id" "$tmp/err" || fail "remove twice: $(cat "$tmp/err")"
run 2 urge list --date 2026-02-30
grep -q "a date is written YYYY-MM-DD" "$tmp/err" || fail "bad date: $(cat "$tmp/err")"
run 0 urge list --date 2001-01-01
grep -q "No urges recorded on 2001-01-01." "$tmp/out" || fail "empty day: $(cat "$tmp/out")"

# Before and after: --after rates the latest urge again (or the one with
# --id) and names the skill; a mistyped skill is refused with the nearest
# id, and the card shows every time (an after-rating is an urge rating).
run 0 --country GB urge use 4
run 0 --country GB urge --after 1 --skill tip
grep -q "Saved: after tip, the urge was 1." "$tmp/out" || fail "after: $(cat "$tmp/out")"
card_once "$tmp/out" "$GB"
run 0 urge list
grep -q "use 4 -> 1 (tip)$" "$tmp/out" || fail "after not kept: $(cat "$tmp/out")"
id=$(grep -A1 "suicide 1$" "$tmp/out" | sed -n 's/^  id \([0-9a-f]\{32\}\).*/\1/p')
run 0 --country GB urge --after 0 --id "$id"
run 0 urge list
grep -q "suicide 1 -> 0$" "$tmp/out" || fail "after by id: $(cat "$tmp/out")"
run 2 --country GB urge --after 2 --skill tpi
grep -q 'no skill "tpi" in the library: perhaps you meant "tip"' "$tmp/err" ||
	fail "bad skill: $(cat "$tmp/err")"
card_once "$tmp/out" "$GB"
grep -q "NOT saved" "$tmp/out" || fail "bad skill: saved?"
run 2 --country GB urge --after 9
grep -q "rated from 0 (none) to 5" "$tmp/err" || fail "after 9: $(cat "$tmp/err")"
grep -q "wisemind practice stop" "$tmp/out" || fail "after 9 is strong"
run 2 --country GB urge use 2 --skill tip
grep -q "go with --after" "$tmp/err" || fail "--skill alone: $(cat "$tmp/err")"
card_once "$tmp/out" "$GB"

# Locked, too: the after-rating waits in the sealed inbox with its urge
# and is applied at the next unlock, in the order they were logged; an
# urge naming a target the card does not have is kept and pointed out.
"$wisemind" --country GB urge bingeing 3 >"$tmp/out" 2>"$tmp/err" || fail "locked: $(cat "$tmp/err")"
sleep 1
"$wisemind" --country GB urge --after 1 --skill self-soothe >"$tmp/out" 2>"$tmp/err" ||
	fail "locked after: $(cat "$tmp/err")"
card_once "$tmp/out" "$GB"
grep -q "Saved in the locked inbox" "$tmp/out" || fail "locked after: $(cat "$tmp/out")"
"$wisemind" --country GB urge --after 1 --skill self-sooth >"$tmp/out" 2>"$tmp/err"
[ $? = 2 ] || fail "locked after, bad skill: exit $?"
grep -q 'perhaps you meant "self-soothe"' "$tmp/err" || fail "locked bad skill: $(cat "$tmp/err")"
card_once "$tmp/out" "$GB"
run 0 urge list
grep -q "bingeing 3 -> 1 (self-soothe)  \[logged while locked\]" "$tmp/out" ||
	fail "locked after not applied: $(cat "$tmp/out")"
grep -q 'names "bingeing", which is not a target on your card' "$tmp/err" ||
	fail "unknown target not pointed out: $(cat "$tmp/err")"
# ... and the merged urge is in the week's report, with its after-rating.
run 0 report --format csv --events
grep -q ',bingeing,3,1,self-soothe,,yes' "$tmp/out" || fail "not in the report: $(cat "$tmp/out")"

# A wrong passphrase: the card, not saved, exit 3.
echo "not the passphrase at all" >"$tmp/wrong"
"$wisemind" --country GB --passphrase-fd 3 urge self-harm 4 3<"$tmp/wrong" >"$tmp/out" 2>"$tmp/err"
[ $? = 3 ] || fail "wrong passphrase: exit $?"
card_once "$tmp/out" "$GB"
grep -q "NOT saved" "$tmp/out" || fail "wrong passphrase: saved?"
grep -q "wisemind practice stop" "$tmp/out" || fail "self-harm 4 is strong"

# Issue 10: the thresholds in settings.yaml, locked and unlocked alike.
# Defaults: self-harm 3 is not strong, on either path.
"$wisemind" --country GB urge self-harm 3 >"$tmp/out" 2>"$tmp/err" || fail "locked: $(cat "$tmp/err")"
! grep -q "wisemind practice stop" "$tmp/out" || fail "locked: self-harm 3 strong by default"
run 0 --country GB urge self-harm 3
! grep -q "wisemind practice stop" "$tmp/out" || fail "unlocked: self-harm 3 strong by default"
# Lowered to 2: self-harm 2 is strong, on either path; use 3 still is not.
"$wisemind" settings thresholds self-harm 2 >/dev/null || fail "lowering"
"$wisemind" --country GB urge self-harm 2 >"$tmp/out" 2>"$tmp/err" || fail "locked: $(cat "$tmp/err")"
grep -q "wisemind practice stop" "$tmp/out" || fail "locked: the lowered threshold not applied"
run 0 --country GB urge self-harm 2
grep -q "wisemind practice stop" "$tmp/out" || fail "unlocked: the lowered threshold not applied"
run 0 --country GB urge use 3
! grep -q "wisemind practice stop" "$tmp/out" || fail "use 3 strong"
# A refused raise changes nothing; a raise written by hand is not honoured.
"$wisemind" settings thresholds self-harm 5 >/dev/null 2>&1
[ $? = 2 ] || fail "a raise was not refused"
"$wisemind" --country GB urge self-harm 2 >"$tmp/out" 2>"$tmp/err" || fail "locked: $(cat "$tmp/err")"
grep -q "wisemind practice stop" "$tmp/out" || fail "after a refused raise: not strong"
printf 'urge-thresholds:\n  self-harm: 5\n' >"$XDG_CONFIG_HOME/wisemind/settings.yaml"
"$wisemind" --country GB urge self-harm 4 >"$tmp/out" 2>"$tmp/err" || fail "locked: $(cat "$tmp/err")"
grep -q "wisemind practice stop" "$tmp/out" || fail "locked: a hand-edited raise honoured"
tr '\n' ' ' <"$tmp/err" | grep -q '"self-harm: 5" is not used' || fail "hand-edited raise not reported: $(cat "$tmp/err")"
run 0 --country GB urge self-harm 4
# A card field goes through the same thresholds: self-harm 2 is strong
# once lowered, on the card too.
rm "$XDG_CONFIG_HOME/wisemind/settings.yaml"
run 0 --country GB card set urge.self-harm=2
! grep -q "wisemind practice stop" "$tmp/out" || fail "card: self-harm 2 strong by default"
"$wisemind" settings thresholds self-harm 2 >/dev/null || fail "lowering"
run 0 --country GB card set urge.self-harm=2
grep -q "wisemind practice stop" "$tmp/out" || fail "card: the lowered threshold not applied"
echo ok
