#!/bin/bash
# One way in for urges (issue 10, DESIGN.md §2.2): every path that records
# an urge (quick urge, card field, inbox merge, import) goes through
# session_urges_put in src/app/urge.c, which works out the crisis card to
# show. Like the layering checks, this reads the source: the store calls
# that write an urge are made from src/app/urge.c alone, and the SQL that
# inserts one lives in src/store alone.
set -u
src=$1
fail() { echo "FAIL: $*"; exit 1; }
[ -f "$src/app/urge.c" ] || fail "no source at $src"

writers='store_urge_add *(\|store_card_put *(\|store_diary_set_urge *(\|store_diary_set_session *('
found=$(grep -rn "$writers" "$src" --include='*.c' | grep -v "^$src/store/" |
	grep -v "^$src/app/urge.c:")
[ -z "$found" ] || fail "an urge is written outside session_urges_put: $found"
grep -q "store_urge_add *(" "$src/app/urge.c" || fail "urge.c no longer writes urges: update this test"

sql=$(grep -rn "INSERT[^\"]*INTO *\(urge_event\|diary_urge\|diary_session\)" "$src" |
	grep -v "^$src/store/")
[ -z "$sql" ] || fail "SQL that inserts an urge outside src/store: $sql"

# The front ends reach urges only through src/app: no store or inbox call
# (a whole word: restore_on_abort is not one).
front=$(grep -rn "\<store_[a-z_]* *(\|\<inbox_append *(" "$src/cli" "$src/ui" "$src/main.c" --include='*.c')
[ -z "$front" ] || fail "a front end calls the store or the inbox: $front"
echo ok
