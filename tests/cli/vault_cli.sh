#!/bin/bash
# The vault through the real program (issue 3): init, lock-status, export,
# import, passwd, wrong passphrase, in use, a damaged file with a good
# backup, and urges logged while locked merged at the next unlock.
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
inbox_tool=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	XDG_STATE_HOME=$tmp/state TMPDIR=$tmp/tmpdir LANG=C.UTF-8 TZ=UTC
mkdir -p "$HOME" "$TMPDIR"
data=$XDG_DATA_HOME/wisemind
fail() { echo "FAIL: $*"; exit 1; }
run() { # EXPECTED_STATUS PASSFILE ARGS...: runs wisemind with the passphrase on fd 3
	local want=$1 pass=$2
	shift 2
	"$wisemind" --passphrase-fd 3 "$@" 3<"$pass" >"$tmp/out" 2>"$tmp/err" </dev/null
	local got=$?
	[ "$got" = "$want" ] || { cat "$tmp/out" "$tmp/err"; fail "wisemind $* exited $got, expected $want"; }
}
echo "lamp river soft cedar nine" >"$tmp/pass"
echo "wrong guess" >"$tmp/wrong"
printf 'lamp river soft cedar nine\nquilt harbor mango sparrow ivory\n' >"$tmp/change"
echo "quilt harbor mango sparrow ivory" >"$tmp/pass2"
echo "password1" >"$tmp/weak"

# A very weak passphrase is refused with a suggestion; nothing is created.
run 1 "$tmp/weak" init --no-recovery-key
grep -q "easy to guess; try a few random words instead, like" "$tmp/err" || fail "no suggestion"
[ ! -e "$data/diary.vault" ] || fail "a vault was created with a refused passphrase"

run 0 "$tmp/pass" init --no-recovery-key
grep -q "Your encrypted diary is ready" "$tmp/out" || fail "init said nothing"
[ "$(stat -c %a "$data")" = 700 ] || fail "data dir is not 0700"
for f in diary.vault inbox.pub vault.lock; do
	[ "$(stat -c %a "$data/$f")" = 600 ] || fail "$f is not 0600"
done
run 1 "$tmp/pass" init --no-recovery-key
grep -q "a vault already exists" "$tmp/err" || fail "second init not refused"

run 0 "$tmp/pass" lock-status
grep -q "Recovery key: none" "$tmp/out" || fail "lock-status: $(cat "$tmp/out")"
grep -q "^Memory: " "$tmp/out" || fail "lock-status says nothing of memory locking"
grep -q "Urges waiting in the locked inbox: 0" "$tmp/out" || fail "lock-status inbox"
# Times show in the person's time zone, with its offset then.
want=$(TZ=America/St_Johns date -d "@$(stat -c %Y "$data/diary.vault")" '+%Y-%m-%d %H:%M %:z')
TZ=America/St_Johns run 0 "$tmp/pass" lock-status
grep -q "^Last saved: $want\$" "$tmp/out" || fail "lock-status time, expected $want: $(cat "$tmp/out")"

# Wrong passphrase: exit 3, one sentence, nothing on stdout.
run 3 "$tmp/wrong" export
[ ! -s "$tmp/out" ] || fail "output on a wrong passphrase"
grep -qx "wisemind: wrong passphrase, or the vault and its backup copy are damaged; check the passphrase and try again." "$tmp/err" ||
	fail "wrong-passphrase message: $(cat "$tmp/err")"

# Urges logged while locked wait in the inbox and are merged at unlock.
"$inbox_tool" "$data" self-harm 4 "locked note" >/dev/null || fail "inbox append"
"$inbox_tool" "$data" use 2 >/dev/null || fail "inbox append"
run 0 "$tmp/pass" lock-status
grep -q "Urges waiting in the locked inbox: 2" "$tmp/out" || fail "inbox count: $(cat "$tmp/out")"
run 0 "$tmp/pass" export
grep -qF "Added 2 urges logged while wisemind was locked (logged 2026-11-22T14:03:00+00:00). They are marked in your diary as logged while locked; if any is not yours, someone who can write your data folder added it." "$tmp/err" ||
	fail "merge notice: $(cat "$tmp/err")"
grep -q '"locked note"' "$tmp/out" || fail "merged urge missing from export"
[ "$(grep -c '"via_inbox": true' "$tmp/out")" = 2 ] ||
	fail "merged urges are not marked via_inbox in the export: $(cat "$tmp/out")"
grep -q "NOT encrypted" "$tmp/err" || fail "no plaintext warning"
# Every path that records an urge shows crisis lines (DESIGN §2.2): the
# merge at unlock shows the card once, on stderr, as stdout carries data.
grep -q "2 urges logged while locked were added to your diary" "$tmp/err" && grep -q "findahelpline" "$tmp/err" ||
	fail "no crisis card after the merge: $(cat "$tmp/err")"
[ "$(grep -c "If you are in danger now" "$tmp/err")" = 1 ] || fail "not one card: $(cat "$tmp/err")"
! grep -q "If you are in danger now" "$tmp/out" || fail "the card went into the export"
run 0 "$tmp/pass" lock-status
grep -q "Urges waiting in the locked inbox: 0" "$tmp/out" || fail "inbox not emptied"
run 0 "$tmp/pass" export
[ "$(grep -c '"self-harm"' "$tmp/out")" = 1 ] || fail "urge duplicated"
! grep -q "urges were recorded" "$tmp/err" || fail "a card with no urge recorded"

# Export to a file: 0600, never over an existing file.
run 0 "$tmp/pass" export -o "$tmp/diary.json"
[ "$(stat -c %a "$tmp/diary.json")" = 600 ] || fail "export file is not 0600"
run 1 "$tmp/pass" export -o "$tmp/diary.json"
grep -q "cannot create" "$tmp/err" || fail "export overwrote a file"

# Import merges (nothing new from its own export) and refuses a newer one.
run 0 "$tmp/pass" import "$tmp/diary.json"
grep -q "0 new entries added" "$tmp/out" || fail "import: $(cat "$tmp/out")"
# The file holds urge ratings, though none is new: the crisis card shows
# all the same (DESIGN §2.2: a command given an urge rating shows it).
grep -q "urges in the file; 0 new ones were saved." "$tmp/out" &&
	[ "$(grep -c "If you are in danger now" "$tmp/out")" = 1 ] ||
	fail "no card for the urges in the file: $(cat "$tmp/out")"
# An import that adds an urge shows the crisis lines with the result.
cat >"$tmp/urge.json" <<'JSON'
{"format": "wisemind-export", "version": 2, "tables": {"urge_event": [
 {"id": "0123456789abcdef0123456789abcdef", "at": "2026-11-20T21:00:00+00:00",
  "target": "suicide", "before": 3, "after": null, "skill": null, "note": null,
  "via_inbox": false}]}}
JSON
run 0 "$tmp/pass" import "$tmp/urge.json"
grep -q "1 new entry added" "$tmp/out" || fail "urge import: $(cat "$tmp/out")"
grep -q "1 urge in the file; 1 new one was saved." "$tmp/out" &&
	grep -q "This urge is strong" "$tmp/out" && grep -q "findahelpline" "$tmp/out" ||
	fail "no crisis card after importing an urge: $(cat "$tmp/out")"
grep -q "If you are in danger now" "$tmp/out" || fail "no card lines: $(cat "$tmp/out")"
sed -E 's/"version": [0-9]+,/"version": 99,/' "$tmp/diary.json" >"$tmp/newer.json"
run 1 "$tmp/pass" import "$tmp/newer.json"
grep -qi "newer wisemind" "$tmp/err" || fail "newer export: $(cat "$tmp/err")"

# Another wisemind holds the vault: exit 4.
exec 9<"$data/vault.lock"
flock -n 9 || fail "could not take the lock for the test"
run 4 "$tmp/pass" export
grep -q "wisemind is already open in another terminal" "$tmp/err" || fail "in-use message"
# ... said before the passphrase is asked (issue 8 #8): nothing is read.
: >"$tmp/empty"
run 4 "$tmp/empty" export
grep -q "wisemind is already open in another terminal" "$tmp/err" || fail "in use, asked first"
exec 9<&-

# passwd: the old passphrase stops working, the new one works.
# diary.vault missing, its backup present (issue 8 #6): the backup opens,
# labelled as older, and init refuses, naming it.
cp "$data/diary.vault" "$tmp/keep.vault"
rm "$data/diary.vault"
run 0 "$tmp/pass" export
grep -q "diary.vault is missing, so wisemind opened the backup copy" "$tmp/err" ||
	fail "missing diary.vault: $(cat "$tmp/err")"
grep -q '"format": "wisemind-export"' "$tmp/out" || fail "missing diary.vault: no export"
run 1 "$tmp/pass" init --no-recovery-key
grep -q "its backup copy diary.vault.prev" "$tmp/err" || fail "init with a backup: $(cat "$tmp/err")"
run 0 "$tmp/pass" lock-status
grep -q "diary.vault is missing in .*, but its backup copy is there" "$tmp/out" ||
	fail "lock-status with only a backup: $(cat "$tmp/out")"
cp "$tmp/keep.vault" "$data/diary.vault"

run 0 "$tmp/change" passwd
run 3 "$tmp/pass" export
# The old passphrase still opens diary.vault.prev; it is refused, saying
# why, and never used to open the older copy (issue 8).
grep -q "^wisemind: this passphrase no longer opens this diary: it was changed since (the diary was last saved 20" "$tmp/err" ||
	fail "old passphrase after passwd: $(cat "$tmp/err")"
[ ! -s "$tmp/out" ] || fail "the old passphrase exported something"
run 0 "$tmp/pass2" export

# A damaged current file with a good backup: opened, labelled as older.
[ -e "$data/diary.vault.prev" ] || fail "no backup copy after several saves"
printf 'XXXXXXXX' | dd of="$data/diary.vault" bs=1 seek=4000 conv=notrunc status=none
run 0 "$tmp/pass2" lock-status
grep -q "Backup copy (older): diary.vault.prev" "$tmp/out" || fail "lock-status backup"
run 0 "$tmp/pass2" export
grep -q "opened the backup copy, diary.vault.prev, which is OLDER" "$tmp/err" || fail "fallback notice: $(cat "$tmp/err")"
# The next save keeps the damaged file aside, byte for byte, and the backup.
cp "$data/diary.vault" "$tmp/damaged-copy"
run 0 "$tmp/pass2" import "$tmp/diary.json"
cmp -s "$data/diary.vault.damaged" "$tmp/damaged-copy" || fail "the damaged file was not kept aside"
run 0 "$tmp/pass2" export
! grep -q "OLDER" "$tmp/err" || fail "still opening the backup after a save"
run 0 "$tmp/pass2" export -o "$tmp/after.json"
grep -q '"locked note"' "$tmp/after.json" || fail "the backup lost the merged urge"

# The freshness record gone (new computer): said once, then kept again.
rm -rf "$XDG_STATE_HOME/wisemind"
run 0 "$tmp/pass2" export
grep -q "no record of this vault's earlier saves" "$tmp/err" || fail "no missing-record notice"
run 0 "$tmp/pass2" export
! grep -q "no record" "$tmp/err" || fail "the record was not kept"

# inbox.pub replaced: said loudly at unlock, and put right.
head -c 40 /dev/urandom >"$data/inbox.pub"
run 0 "$tmp/pass2" export
grep -q "WARNING: inbox.pub in the data directory was changed" "$tmp/err" || fail "inbox.pub warning"
run 0 "$tmp/pass2" export
! grep -q "inbox.pub" "$tmp/err" || fail "inbox.pub not repaired: $(cat "$tmp/err")"
echo ok
