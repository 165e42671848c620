#!/bin/sh
# An installed copy of the crisis table or of a skill file is reference
# only: a stale one with other text must change nothing (DESIGN.md §2.1).
# Needs to write the install folder the program was built for; it is
# skipped when that folder exists already (a real install: not ours to
# touch) or cannot be made.
#   installed_copy.sh WISEMIND PKGDATADIR
set -u
wisemind=$1 pkgdatadir=$2
[ -e "$pkgdatadir" ] && { echo "$pkgdatadir exists: not touching an install"; exit 77; }
mkdir -p "$pkgdatadir/skills/crisis" "$pkgdatadir/skills/distress-tolerance" 2>/dev/null ||
	{ echo "cannot create $pkgdatadir"; exit 77; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp" "$pkgdatadir"' EXIT
export HOME="$tmp" XDG_CONFIG_HOME="$tmp/c" XDG_DATA_HOME="$tmp/d" LANG=C.UTF-8 COLUMNS=80
"$wisemind" --country GB crisis >"$tmp/crisis.before" || exit 1
"$wisemind" skills show stop >"$tmp/stop.before" || exit 1
cat >"$pkgdatadir/skills/crisis/lines.yaml" <<'YAML'
version: 2
countries:
  - code: "GB"
    name: "United Kingdom"
    emergency: "999"
    verified: "2020-01"
    sources: ["old"]
    lines:
      - id: "samaritans"
        name: "Samaritans"
        phone: "0000 STALE 000"
        hours: "24/7"
YAML
cat >"$pkgdatadir/skills/distress-tolerance/stop.md" <<'MD'
---
id: stop
name: STALE STOP
module: distress-tolerance
summary: Stale text.
use: crisis
---

Stale.

## One

Stale.
MD
"$wisemind" --country GB crisis >"$tmp/crisis.after" || exit 1
"$wisemind" skills show stop >"$tmp/stop.after" || exit 1
diff -u "$tmp/crisis.before" "$tmp/crisis.after" || { echo "the installed crisis table was read"; exit 1; }
diff -u "$tmp/stop.before" "$tmp/stop.after" || { echo "the installed skill file was read"; exit 1; }
grep -q "116 123" "$tmp/crisis.after" || exit 1
echo ok
