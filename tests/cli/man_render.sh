#!/bin/sh
# The man pages render with man(1) without a single warning.
set -u
command -v man >/dev/null 2>&1 || { echo "man is not installed"; exit 77; }
status=0
for page in "$@"; do
	warnings=$(MANWIDTH=80 LC_ALL=C.UTF-8 man --warnings -E UTF-8 -l "$page" 2>&1 >/dev/null)
	if [ -n "$warnings" ]; then
		echo "$page:"; echo "$warnings"; status=1
	fi
	MANWIDTH=80 man -E UTF-8 -l "$page" 2>/dev/null | grep -q "SYNOPSIS\|DESCRIPTION" || { echo "$page renders empty"; status=1; }
done
exit $status
