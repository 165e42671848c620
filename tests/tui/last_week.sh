#!/bin/sh
# A screen case's setup (the week-* cases): fills the ISO week before the
# current one, which is wholly in the past whatever day the test runs, in
# the diary $W opens with $PASSPHRASE. Cards on five of its days (one
# with medication in words), urges logged on four (one a day with no
# card), and a card three weeks before it, for the sparklines. Nothing
# here depends on today but which week that is, so the screens are the
# same every day.
set -e
monday=$(date -d "$(date +%F) -$(($(date +%u) + 6)) days" +%F)
day() {
	date -d "$monday $1 days" +%F
}
card() {
	d=$(day "$1")
	shift
	printf '%s\n' "$PASSPHRASE" | $W --passphrase-fd 0 card set --date "$d" "$@" >/dev/null 2>&1
}
card +0 urge.suicide=0 urge.self-harm=2 urge.use=1 action.suicide=no action.self-harm=no \
	action.use=0 emotion.sadness=3 emotion.shame=1 emotion.anger=0 emotion.fear=2 \
	emotion.joy=1 emotion.emotional-pain=3 emotion.physical-pain=0 skills-used=5 \
	skill.stop=yes med.as-prescribed=yes med.other-drugs=0
card +1 urge.suicide=1 urge.self-harm=3 action.self-harm=no action.use=2 emotion.sadness=4 \
	emotion.joy=0 skills-used=2 med.as-prescribed=no
card +3 urge.self-harm=1 urge.use=0 emotion.sadness=2 emotion.anger=4 emotion.joy=2 \
	skills-used=7 skill.tip=yes skill.paced-breathing=yes med.as-prescribed=yes \
	"med.other-drugs=2 beers"
card +5 urge.suicide=0 urge.self-harm=1 action.use=12 emotion.joy=3 \
	"med.other-drugs=1 glass of wine" "note=A quiet Saturday."
card -21 urge.self-harm=4 emotion.sadness=5 emotion.joy=1
# Urges logged with their times: the command line logs them now, so they
# come in as an import. Wednesday has no card, only an urge.
urge() {
	printf '{"id": "%032d", "at": "%sT%s:00+00:00", "target": "%s", "before": %s, "after": %s, "skill": "%s", "note": null, "via_inbox": false}' \
		"$1" "$(day "$2")" "$3" "$4" "$5" "$6" "$7"
}
file="$HOME/urges.json"
mkdir -p "$HOME"
{
	printf '{"format": "wisemind-export", "version": 5, "tables": {"urge_event": [\n'
	urge 1 +1 09:10 self-harm 4 1 tip
	printf ',\n'
	urge 2 +2 14:03 self-harm 4 2 tip
	printf ',\n'
	urge 3 +2 21:30 use 2 1 stop
	printf ',\n'
	urge 4 +5 18:45 use 3 2 tip
	printf ',\n'
	urge 5 +5 19:00 suicide 1 0 stop
	printf ',\n'
	urge 6 +6 08:00 self-harm 2 2 stop
	# Friday: medication written in words, as an older diary or a hand-made
	# file may have it (card set takes only yes or no).
	printf '\n], "diary_day": [{"date": "%s", "skills_used": null, "note": null}],' "$(day +4)"
	printf ' "diary_medication": [{"date": "%s", "name": "as-prescribed", "taken": "half, as agreed"}]}}\n' \
		"$(day +4)"
} >"$file"
printf '%s\n' "$PASSPHRASE" | $W --passphrase-fd 0 import "$file" >/dev/null 2>&1
rm -f "$file"
