#!/bin/sh
# Skill text never names a key or a command (DESIGN.md §3: nothing below the
# front ends names a flag or a key). The same file is read in the screen, in
# plain text, on paper and in group presenter mode, where "press !" or
# "wisemind crisis" may not be true; each front end says how to reach the
# crisis lines itself. Prints file:line for every hit.
#   skills_no_keys.sh SKILLS_DIR
set -u
skills=$1

# Reads files (or stdin as "-") and prints FILE:LINE: TEXT for each line
# that names a key or a command. Lines are also checked joined to the end
# of the line before, so a phrase wrapped across two lines is caught.
scan() {
	awk '
	function names_key_or_command(s,    t) {
		t = tolower(s)
		return t ~ /(^|[^a-z])(press|hit|tap|type)(es|ed|ing)? +(the +)?[!?*#~^\/]( |$|\.|,)/ ||
		       t ~ /(^|[^a-z])(press|hit|tap)(es|ed|ing)? +(the +)?(enter|return|esc|escape|tab|space|spacebar|ctrl|control|alt|shift)([^a-z]|$)/ ||
		       t ~ /(^|[^a-z])press(es|ed|ing)? +([^ ]+ +)?([^ ]+ +)?keys?([^a-z]|$)/ ||
		       t ~ /(^|[^a-z])the +([!?*#~^\/]|[a-z]|enter|return|esc|escape|tab|space|ctrl|alt|shift) +keys?([^a-z]|$)/ ||
		       t ~ /(^|[^a-z])(enter|return|escape) +key/ ||
		       t ~ /(^|[^a-z])one key away/ ||
		       t ~ /(^|[^a-z])(ctrl|control|alt)[-+^]/ ||
		       t ~ /(^|[ (`"\047])--[a-z]/ ||
		       t ~ /(^|[^a-z-])wisemind +(crisis|country|urge|card|skills|practice|homework|report|safety-plan|class|handout|init|passwd|recovery-key|lock-status|export|import)([^a-z-]|$)/
	}
	FNR == 1 { tail = "" }
	{
		# The last two words of the line before, for wrapped phrases.
		n = split($0, w, " ")
		joined = tail " " $0
		if (names_key_or_command($0) || (names_key_or_command(joined) && !names_key_or_command(tail))) {
			printf "%s:%d: %s\n", FILENAME, FNR, $0
		}
		tail = n >= 2 ? w[n - 1] " " w[n] : (n == 1 ? w[1] : "")
	}' "$@"
}

# The patterns must bite, and must leave ordinary words alone: a pattern
# that matches nothing would pass every skill.
bad='press the ! key now.
Press ! for crisis lines.
type ! and Enter
Press Enter to go on.
hit Ctrl-C to stop
are one key away: press
the ! key.
run wisemind crisis to see them
or wisemind
skills check FILE
add --sources to see them'
good='press your lips together
Or press a cold pack wrapped in a cloth
pressing them.
Kindness is key. Change comes faster
The key is to go all the way.
Keep your copy in your own wisemind folder, usually
an update of wisemind does not replace it.
reach out to the crisis lines now.
Enter the room slowly.
---'
# Every line of bad is a hit except "or wisemind", whose phrase ends on the
# next line and is reported there.
expected_bad='1 2 3 4 5 6 7 8 10 11'
got_bad=$(printf '%s\n' "$bad" | scan - | cut -d: -f2 | tr '\n' ' ' | sed 's/ $//')
got_good=$(printf '%s\n' "$good" | scan - | grep -c .)
if [ "$got_bad" != "$expected_bad" ] || [ "$got_good" != 0 ]; then
	echo "the patterns are broken: bad lines caught: $got_bad (expected $expected_bad);" \
		"$got_good ordinary lines flagged:"
	printf '%s\n' "$bad" | scan -
	printf '%s\n' "$good" | scan -
	exit 99
fi

files=$(find "$skills" -name '*.md' ! -path '*/crisis/*' | sort)
[ -n "$files" ] || { echo "no skill files under $skills"; exit 99; }
# shellcheck disable=SC2086
hits=$(scan $files)
if [ -n "$hits" ]; then
	printf '%s\n' "$hits"
	echo "these skill lines name a key or a command; say \"the crisis lines\" instead"
	exit 1
fi
echo "no skill file names a key or a command"
