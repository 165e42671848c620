#!/bin/sh
# Every skill's words read at grade 8 or lower (Flesch-Kincaid, as measured
# by style(1) from Debian's diction package) on the introduction and steps.
# style takes its language from LANG, so it is named (-L en).
set -u
command -v style >/dev/null 2>&1 || { echo "style (package diction) is not installed"; exit 77; }
status=0
for f in "$1"/*/*.md; do
	case "$f" in */crisis/*) continue ;; esac
	grade=$(sed '1,/^---$/{/^---$/!d};1,/^---$/d' "$f" | style -L en | sed -n 's/^ *Kincaid: *\([0-9.-]*\).*/\1/p')
	if [ -z "$grade" ]; then
		echo "$f: style gave no grade"; status=1
	elif awk "BEGIN { exit !($grade > 8) }"; then
		echo "$f: reading grade $grade, above 8"; status=1
	fi
done
[ $status = 0 ] && echo "all skills at reading grade 8 or lower"
exit $status
