#!/bin/bash
# Issue 10 (Tests): after a scripted week of entries, no canary string is
# anywhere on disk outside the vault except the safety-plan lines chosen
# to show while locked. Over seven past days: card set with a distinct
# canary in each day's note and in med.other-drugs; quick urges with
# canary notes, locked (the sealed inbox) and with the passphrase; urge
# --after; a card template whose label holds a canary; a safety plan with
# one line shown while locked (canary X) and one not (canary Y); a CSV
# report and an export, both to a pipe (never a here-string, which bash
# may keep in a temporary file). Every canary is first seen to
# reach the diary (the export, the report, the sealed inbox's count);
# then every file under HOME, the XDG folders, TMPDIR, the working folder,
# /tmp, /var/tmp and what appeared in /dev/shm is searched: only X, and
# only in the one file of shown lines. The vault files hold none in
# clear, nor an SQLite image.
#   canary_week.sh WISEMIND
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	XDG_STATE_HOME=$tmp/state XDG_CACHE_HOME=$tmp/cache XDG_RUNTIME_DIR=$tmp/runtime \
	TMPDIR=$tmp/tmpdir LANG=C.UTF-8 TZ=UTC COLUMNS=80
mkdir -p "$HOME" "$TMPDIR" "$XDG_RUNTIME_DIR" "$tmp/cwd" "$tmp/own"
chmod 700 "$XDG_RUNTIME_DIR"
cd "$tmp/cwd" || exit 99
# run keeps each command's output in $tmp/out and $tmp/err, as a terminal
# would show it: outside every folder searched. The export and the report
# go to a pipe only.
. "$(dirname "$0")/vault_lib.sh"
scanned=("$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_STATE_HOME" "$XDG_CACHE_HOME"
	"$XDG_RUNTIME_DIR" "$TMPDIR" "$tmp/cwd")
data=$XDG_DATA_HOME/wisemind
shown_file=$data/safety-plan-shown.txt
ls -A /dev/shm 2>/dev/null | sort >"$tmp/shm-before"

c="cnry$$x$RANDOM"
med=${c}med         # med.other-drugs on every day
sealed=${c}sealed   # a locked urge's note, merged at the next unlock
waiting=${c}waiting # a locked urge's note, still in the sealed inbox at the end
keyed=${c}keyed     # an urge's note given with the passphrase
label=${c}label     # a card template's label
shown=${c}shownx    # X: a safety-plan line shown while locked
hidden=${c}hiddeny  # Y: a safety-plan line kept only in the vault
canaries=("$med" "$sealed" "$waiting" "$keyed" "$label" "$shown" "$hidden")
for k in 1 2 3 4 5 6 7; do
	canaries+=("${c}note$k") # day k's note
done

run 0 --country GB init --no-recovery-key

# A locked urge first: sealed into the inbox, merged by the next unlock.
"$wisemind" --country GB urge use 2 --note "Rode it out, $sealed." </dev/null >"$tmp/out" 2>"$tmp/err" ||
	fail "locked urge: $(cat "$tmp/err")"
grep -q "Saved in the locked inbox" "$tmp/out" || fail "locked urge: $(cat "$tmp/out")"

# The template: a new target whose label holds a canary (the file is the
# person's own, outside the folders searched).
cat >"$tmp/own/card.md" <<T
---
card-template: 1
targets:
  - {id: suicide, label: Suicide, kind: suicide, action: yes-no}
  - {id: self-harm, label: Self-harm, kind: self-harm, action: count}
  - {id: use, label: Drugs or alcohol, kind: use, action: count}
  - {id: gaming, label: Gaming all night $label, kind: other, action: count}
emotions:
  - {id: sadness, label: Sadness}
  - {id: shame, label: Shame}
  - {id: anger, label: Anger}
  - {id: fear, label: Fear}
  - {id: joy, label: Joy}
  - {id: emotional-pain, label: Emotional pain}
  - {id: physical-pain, label: Physical pain}
---
From Dr Rivera.
T
run 0 card template import "$tmp/own/card.md"
tr "\n" " " <"$tmp/out" | grep -q "Gaming all night $label" || fail "template import: $(cat "$tmp/out")"

# The week: every field of the card, a canary in each day's note.
for k in 7 6 5 4 3 2 1; do
	day=$(date -d "-$k day" +%F)
	note=${c}note$k
	run 0 --country GB card set --date "$day" urge.suicide=0 urge.self-harm=$((k % 4)) \
		urge.use=2 urge.gaming=3 action.self-harm=no action.use=1 action.gaming=2 \
		emotion.sadness=3 emotion.joy=$((k % 3)) emotion.fear=1 skills-used=5 skill.tip=yes \
		med.as-prescribed=yes "med.other-drugs=2 beer, $med" \
		"note=Day $k: walked by the canal, $note, then made soup."
	grep -q "^Saved on your card for $day.$" "$tmp/out" || fail "card set $day: $(cat "$tmp/out")"
done

# Quick urges with the passphrase, rated again after a skill.
run 0 --country GB urge self-harm 3 --note "After the call, $keyed."
grep -q "Saved in your diary" "$tmp/out" || fail "urge: $(cat "$tmp/out")"
run 0 --country GB urge --after 1 --skill tip
grep -q "Saved: after tip, the urge was 1." "$tmp/out" || fail "after: $(cat "$tmp/out")"

# The safety plan: part 1 gets a line kept only in the vault (Y) and one
# shown while locked (X); the other six parts are left empty.
printf 'a\nNot sleeping, %s\nn\nCall Sam: 07700 900123 %s\ny\n\n\n\n\n\n\n\n\n' "$hidden" "$shown" |
	timeout 60 "$wisemind" --passphrase-fd 3 safety-plan edit 3<"$tmp/pass" >"$tmp/out" 2>"$tmp/err" ||
	fail "safety-plan edit: $(cat "$tmp/out" "$tmp/err")"
tr '\n' ' ' <"$tmp/out" | grep -q "1 line shows even when wisemind is locked" ||
	fail "safety-plan edit: $(cat "$tmp/out")"
[ -f "$shown_file" ] || fail "no file of shown lines"

# A CSV report and the export, each to a pipe: every canary in the diary
# (the export names the locked urges' notes once merged).
report=$(timeout 60 "$wisemind" --passphrase-fd 3 report --from "$(date -d '-7 day' +%F)" \
	--to "$(date +%F)" --format csv 3<"$tmp/pass" 2>"$tmp/err") || fail "report: $(cat "$tmp/err")"
export=$(timeout 60 "$wisemind" --passphrase-fd 3 export 3<"$tmp/pass" 2>"$tmp/err") ||
	fail "export: $(cat "$tmp/err")"
for k in 1 2 3 4 5 6 7; do
	printf "%s" "$report" | grep -qF "${c}note$k" || fail "the report lacks day $k's note"
done
printf "%s" "$report" | grep -qF "$med" || fail "the report lacks med.other-drugs"
for w in "${canaries[@]}"; do
	[ "$w" = "$waiting" ] && continue
	printf "%s" "$export" | grep -qF "$w" || fail "the export lacks $w: it never reached the diary"
done
unset report export

# Last, a locked urge that stays in the sealed inbox.
"$wisemind" --country GB urge use 1 --note "Still waiting, $waiting." </dev/null >"$tmp/out" 2>"$tmp/err" ||
	fail "locked urge: $(cat "$tmp/err")"
"$wisemind" lock-status >"$tmp/out" 2>&1
grep -q "Urges waiting in the locked inbox: 1" "$tmp/out" || fail "inbox: $(cat "$tmp/out")"

# The search. The vault's own files first: there, and encrypted.
for f in diary.vault inbox; do
	[ -f "$data/$f" ] || fail "no $f in $data: $(ls -A "$data")"
done
for f in "$data"/diary.vault*; do
	for w in "${canaries[@]}" "SQLite format 3"; do
		! grep -qaF -e "$w" "$f" || fail "$f holds \"$w\" in clear"
	done
done
! grep -qaF -e "$waiting" "$data/inbox" || fail "the sealed inbox holds a note in clear"
ls -A /dev/shm 2>/dev/null | sort | comm -13 "$tmp/shm-before" - >"$tmp/shm-new"
while read -r name; do
	[ -e "/dev/shm/$name" ] && scanned+=("/dev/shm/$name")
done <"$tmp/shm-new"
status=0
for w in "${canaries[@]}"; do
	hits=$({
		grep -rlaF -e "$w" "${scanned[@]}"
		grep -rlaF --exclude-dir="$(basename "$tmp")" -e "$w" /tmp /var/tmp
	} 2>/dev/null)
	if [ "$w" = "$shown" ]; then
		[ "$hits" = "$shown_file" ] || { echo "FAIL: the shown line X is in: ${hits:-no file}"; status=1; }
	elif [ -n "$hits" ]; then
		echo "FAIL: \"$w\" is on disk in: $hits"
		status=1
	fi
done
hits=$(grep -rlaF "SQLite format 3" "${scanned[@]}" 2>/dev/null)
[ -z "$hits" ] || { echo "FAIL: an SQLite image is on disk in: $hits"; status=1; }
[ $status = 0 ] && echo "ok: ${#canaries[@]} canaries, only the shown safety-plan line outside the vault"
exit $status
