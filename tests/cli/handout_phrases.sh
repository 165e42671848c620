#!/bin/sh
# No skill file reuses the wording of the published DBT skills handouts
# (Linehan, DBT Skills Training Handouts and Worksheets, 2nd edition) or of
# common DBT teaching material. Skill names, acronyms, step names and
# handout numbers are facts and may be used; the sentences around them must
# be our own words. The list below holds distinctive handout phrasing, never
# a skill name or a single common word. Each skills/*/*.md is checked, front
# matter and body, ignoring case, with lines also checked joined to the line
# before, so a phrase wrapped across two lines is caught. Prints
# FILE:LINE: "PHRASE" for every hit and exits 1, else prints "ok: ..." and
# exits 0 (99 if the test itself is broken).
#   handout_phrases.sh SKILLS_DIR
set -u
[ $# -eq 1 ] || { echo "usage: handout_phrases.sh SKILLS_DIR" >&2; exit 99; }
skills=$1

# One phrase a line, lower case, plain ASCII (curly quotes in the skills are
# read as straight ones, runs of spaces and * or _ emphasis are ignored).
phrases=$(cat <<'EOF'
the wisdom within each person
can know and experience truth
stone flake
spiral staircase
put words on the experience
call a thought just a thought
a feeling just a feeling
teflon mind
wordless watching
see, but don't evaluate
see but do not evaluate
the helpful, the wholesome
don't judge your judging
do not judge your judging
judge yourself for judging
useless anger and righteousness
do not move a muscle
build an imaginary wall
make lemonade out of lemons
pull the covers up over your head
ask for strength to bear
focus your entire attention on just what
radical means all the way
all the way, complete and total
accepting in your mind, your heart, and your body
freedom from suffering requires acceptance
rejecting reality turns pain into suffering
life can be worth living even when there is pain
worth living even when there is pain
like facing a fork in the road
inner commitment to accept
fight willfulness with willfulness
sitting on your hands when action is needed
in an unpretentious way
participate fully in life and living
your body communicates to your mind
serene facial expression
do not necessarily act on
remember times when you have felt different
remember times when you have had very different thoughts
a life worth living
willing to give to get
be willing to give to get
turn the problem over to the other person
others cannot read your mind
appear effective and competent
no apologizing for being alive
no apologising for being alive
sell out your values
don't act helpless when you are not
do not act helpless when you are not
smirking, eye rolling
sucking teeth
soft sell
not as fragile or incompetent
validate the valid
changing your body chemistry
EOF
)

# Reads the files (or stdin as "-") and prints a hit for each line that
# holds a phrase, or ends one begun on the line before. LC_ALL=C: the
# curly quotes are matched byte by byte.
scan() {
	PHRASES=$phrases LC_ALL=C awk '
	function norm(s) {
		s = tolower(s)
		gsub(/\342\200\231|\342\200\230/, "\047", s)  # curly single quotes
		gsub(/\342\200\234|\342\200\235/, "\"", s)    # curly double quotes
		gsub(/[*_]/, "", s)
		gsub(/[ \t]+/, " ", s)
		return s
	}
	function hit(s,    i) {
		for (i = 1; i <= n; i++) if (index(s, p[i])) return i
		return 0
	}
	BEGIN {
		k = split(ENVIRON["PHRASES"], raw, "\n")
		for (j = 1; j <= k; j++) if (raw[j] != "") p[++n] = norm(raw[j])
	}
	FNR == 1 { prev = "" }
	{
		line = norm($0)
		i = hit(line)
		if (!i && prev != "" && !hit(prev)) i = hit(prev " " line)
		if (i) printf "%s:%d: \"%s\"\n", FILENAME, FNR, p[i]
		prev = line
	}' "$@"
}

# The list must be long enough, and hold phrases, not single words.
count=$(printf '%s\n' "$phrases" | grep -c .)
single=$(printf '%s\n' "$phrases" | grep -v ' ' | grep .)
if [ "$count" -lt 25 ] || [ -n "$single" ]; then
	echo "the phrase list is broken: $count phrases (at least 25 wanted); single words: $single"
	exit 99
fi

# The scan must bite, across a wrapped line and through curly quotes and
# emphasis, and leave our own wording alone. The curly quote is meant.
# shellcheck disable=SC1112
sample='Be willing to GIVE TO GET.
When you find yourself judging, don’t judge your *judging*.
You can call a thought just
a thought. Then breathe.
A thought is something your mind makes.
Offer something else you could live with.
Let each breath carry a word.'
got=$(printf '%s\n' "$sample" | scan - | sed 's/^[^:]*:\([0-9]*\):.*/\1/' | tr '\n' ' ' | sed 's/ $//')
if [ "$got" != "1 2 4" ]; then
	echo "the scan is broken: sample lines caught: $got (expected 1 2 4)"
	printf '%s\n' "$sample" | scan -
	exit 99
fi

set --
for f in "$skills"/*/*.md; do
	[ -f "$f" ] && set -- "$@" "$f"
done
[ $# -gt 0 ] || { echo "no skill files under $skills"; exit 99; }
hits=$(scan "$@")
if [ -n "$hits" ]; then
	printf '%s\n' "$hits"
	echo "these lines follow the published DBT handouts; say it in our own words"
	exit 1
fi
echo "ok: none of $count handout phrases in $# skill files"
exit 0
