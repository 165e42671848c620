#!/bin/bash
# Issue 15: report and export --encrypt-to / --encrypt-to-file, written in
# the age format by the age program. A diary whose note holds a canary;
# keys made with age-keygen; each encrypted file starts with age's header,
# is 0600, holds no canary, and decrypts with age -d to exactly the plain
# output of the same command (two recipients from a file: both can). To a
# pipe it works too, and to a terminal as age's armored text. Then no file under HOME, the XDG folders, TMPDIR or
# the working folder holds the canary: the plaintext went to age through
# a pipe only. Mistakes: no age in PATH gives one sentence naming the
# Debian package; a recipient age refuses, a value that is no recipient, a
# file without one: one sentence each, before the passphrase, and no file
# left behind. Skips (77) only when age or age-keygen is missing.
#   encrypt_to.sh WISEMIND
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
command -v age >/dev/null && command -v age-keygen >/dev/null ||
	{ echo "age or age-keygen is not installed (Debian package age)"; exit 77; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	XDG_STATE_HOME=$tmp/state XDG_CACHE_HOME=$tmp/cache TMPDIR=$tmp/tmpdir \
	LANG=C.UTF-8 LC_ALL= TZ=UTC COLUMNS=80
unset WISEMIND_DATA_DIR NO_COLOR
mkdir -p "$HOME" "$TMPDIR" "$tmp/cwd" "$tmp/keys" "$tmp/plain" "$tmp/nobin"
cd "$tmp/cwd" || exit 99
# Output and plain copies stay in $tmp/out, $tmp/err and $tmp/plain,
# outside the folders searched at the end.
. "$here/vault_lib.sh" || exit 99
scanned=("$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_STATE_HOME" "$XDG_CACHE_HOME"
	"$TMPDIR" "$tmp/cwd")
canary="zebra$$canary$RANDOM"
week=2026-W10

age-keygen -o "$tmp/keys/a.txt" 2>/dev/null || fail "age-keygen failed"
age-keygen -o "$tmp/keys/b.txt" 2>/dev/null || fail "age-keygen failed"
ra=$(age-keygen -y "$tmp/keys/a.txt") || fail "age-keygen -y failed"
rb=$(age-keygen -y "$tmp/keys/b.txt") || fail "age-keygen -y failed"
printf '# my therapist\n%s\n\n# the clinic\n%s\n' "$ra" "$rb" >"$tmp/keys/team.txt"

run 0 --country GB init --no-recovery-key
run 0 --country GB card set --date 2026-03-03 "note=Walked the dog, $canary." emotion.joy=3
run 0 report --week $week
cp "$tmp/out" "$tmp/plain/report"
grep -q "$canary" "$tmp/plain/report" || fail "the canary is not in the report"
run 0 export
cp "$tmp/out" "$tmp/plain/export"
grep -q "$canary" "$tmp/plain/export" || fail "the canary is not in the export"

encrypted() { # FILE RECIPIENTS: age's header, 0600, no canary, the notice
	[ "$(head -c 21 "$1")" = "age-encryption.org/v1" ] || fail "$1 is not in the age format"
	[ "$(stat -c %a "$1")" = 600 ] || fail "$1 has mode $(stat -c %a "$1")"
	! grep -qaF "$canary" "$1" || fail "$1 holds the canary in clear"
	[ ! -s "$tmp/out" ] || fail "-o also wrote to standard output"
	local n="$2 recipient"
	[ "$2" = 1 ] || n="${n}s"
	grep -q "encrypted with age to $n" "$tmp/err" || fail "notice: $(cat "$tmp/err")"
	! grep -q "NOT encrypted" "$tmp/err" || fail "says NOT encrypted: $(cat "$tmp/err")"
}
decrypts() { # FILE KEY PLAIN: age -d gives exactly the plain output
	age -d -i "$2" "$1" | cmp -s - "$3" || fail "age -d -i $2 $1 differs from $3"
}

# One recipient.
run 0 report --week $week --encrypt-to "$ra" -o report.age
encrypted report.age 1
decrypts report.age "$tmp/keys/a.txt" "$tmp/plain/report"
age -d -i "$tmp/keys/b.txt" report.age >/dev/null 2>&1 && fail "the other key decrypts it"

# Two, from a file in age's -R format: both decrypt it; and with a
# repeated --encrypt-to.
run 0 report --week $week --encrypt-to-file "$tmp/keys/team.txt" -o team.age
encrypted team.age 2
decrypts team.age "$tmp/keys/a.txt" "$tmp/plain/report"
decrypts team.age "$tmp/keys/b.txt" "$tmp/plain/report"
run 0 report --week $week --encrypt-to "$ra" --encrypt-to "$rb" --format csv -o both.age
encrypted both.age 2
run 0 report --week $week --format csv
age -d -i "$tmp/keys/b.txt" both.age | cmp -s - "$tmp/out" || fail "the CSV report differs"

# The export: decrypted, it is the plain export, and imports.
run 0 export --encrypt-to "$ra" -o export.age
encrypted export.age 1
decrypts export.age "$tmp/keys/a.txt" "$tmp/plain/export"
run 0 export --encrypt-to-file "$tmp/keys/team.txt" -o team-export.age
encrypted team-export.age 2
decrypts team-export.age "$tmp/keys/b.txt" "$tmp/plain/export"
age -d -i "$tmp/keys/a.txt" -o "$tmp/plain/decrypted.json" export.age ||
	fail "age -d of the export failed"
run 0 --country GB import "$tmp/plain/decrypted.json"

# To a pipe: age's binary format, decrypted at the other end.
timeout 60 "$wisemind" --passphrase-fd 3 report --week $week --encrypt-to "$ra" 3<"$tmp/pass" \
	2>"$tmp/err" </dev/null | age -d -i "$tmp/keys/a.txt" >"$tmp/plain/piped"
[ "${PIPESTATUS[*]}" = "0 0" ] || fail "report to a pipe: ${PIPESTATUS[*]}: $(cat "$tmp/err")"
cmp -s "$tmp/plain/piped" "$tmp/plain/report" || fail "the piped report differs"
grep -q "encrypted with age to 1 recipient" "$tmp/err" || fail "pipe notice: $(cat "$tmp/err")"
timeout 60 "$wisemind" --passphrase-fd 3 export --encrypt-to "$rb" 3<"$tmp/pass" \
	2>"$tmp/err" </dev/null | head -c 21 >"$tmp/plain/head"
[ "$(cat "$tmp/plain/head")" = "age-encryption.org/v1" ] || fail "export to a pipe: $(cat "$tmp/err")"

# To a terminal: age's armored text, which it sends to a terminal (it
# refuses binary there). script(1) gives the terminal; stderr shares it.
if command -v script >/dev/null; then
	timeout 60 script -qec "'$wisemind' --passphrase-fd 3 report --week $week --encrypt-to $ra \
		3<'$tmp/pass'" /dev/null </dev/null >"$tmp/plain/tty" 2>&1 ||
		fail "report to a terminal: $(cat "$tmp/plain/tty")"
	tr -d '\r' <"$tmp/plain/tty" |
		sed -n '/^-----BEGIN AGE ENCRYPTED FILE-----$/,/^-----END AGE ENCRYPTED FILE-----$/p' |
		age -d -i "$tmp/keys/a.txt" | cmp -s - "$tmp/plain/report" ||
		fail "the armored report differs: $(cat "$tmp/plain/tty")"
fi

# Never over a file that is there.
echo "keep me" >mine.txt
run 1 report --week $week --encrypt-to "$ra" -o mine.txt
grep -q "cannot create mine.txt (File exists)" "$tmp/err" || fail "overwrite: $(cat "$tmp/err")"
[ "$(cat mine.txt)" = "keep me" ] || fail "an existing file was changed"

# Mistakes: one sentence, no file left, and no passphrase needed to find
# them (no --passphrase-fd and no terminal: a passphrase asked for would
# fail differently).
mistake() { # STATUS SENTENCE ARGS...
	local want=$1 sentence=$2
	shift 2
	timeout 60 "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
	local got=$?
	[ "$got" = "$want" ] || fail "$*: exit $got, expected $want: $(cat "$tmp/err")"
	grep -qF -e "$sentence" "$tmp/err" || fail "$*: $(cat "$tmp/err")"
	[ "$(grep -c . "$tmp/err")" -le 3 ] || fail "$*: more than a sentence: $(cat "$tmp/err")"
	[ ! -e gone.age ] || fail "$*: left gone.age behind"
	[ ! -s "$tmp/out" ] || fail "$*: wrote to standard output"
}
for cmd in report export; do
	mistake 1 "--encrypt-to needs the age program, which is not installed; install the Debian package age (sudo apt install age)" \
		env PATH="$tmp/nobin" "$wisemind" $cmd --encrypt-to "$ra" -o gone.age
	mistake 1 "age did not accept the recipient \"age1xyz\", so no $cmd was written: an age recipient starts with age1" \
		"$wisemind" $cmd --encrypt-to age1xyz -o gone.age
	mistake 2 "\"bogus\" is not an age recipient" \
		"$wisemind" $cmd --encrypt-to bogus -o gone.age
	mistake 2 "\"age1 x\" is not an age recipient" \
		"$wisemind" $cmd --encrypt-to "age1 x" -o gone.age
	mistake 2 "\"\" is not an age recipient" \
		"$wisemind" $cmd --encrypt-to "" -o gone.age
done
printf '# nobody yet\n\n' >"$tmp/keys/empty.txt"
mistake 1 "$tmp/keys/empty.txt holds no age recipient" \
	"$wisemind" report --encrypt-to-file "$tmp/keys/empty.txt" -o gone.age
printf '%s\nage1notakey\n' "$ra" >"$tmp/keys/typo.txt"
mistake 1 "age did not accept line 2 of $tmp/keys/typo.txt, so no report was written" \
	"$wisemind" report --encrypt-to-file "$tmp/keys/typo.txt" -o gone.age
printf '%s\nmy therapist\n' "$ra" >"$tmp/keys/prose.txt"
mistake 1 "line 2 of $tmp/keys/prose.txt is not an age recipient" \
	"$wisemind" report --encrypt-to-file "$tmp/keys/prose.txt" -o gone.age
mistake 1 "cannot read the recipients file $tmp/keys/none.txt (No such file or directory)" \
	"$wisemind" export --encrypt-to-file "$tmp/keys/none.txt" -o gone.age
mistake 2 "report --helps looks at every urge" "$wisemind" report --helps --encrypt-to "$ra"

# age that stops half way (a stand-in that reads nothing and fails) after
# the passphrase: the half-written file is removed.
cat >"$tmp/nobin/age" <<'SH'
#!/bin/sh
# Accepts anything on empty input (the check before the passphrase); on
# real input, writes a little and fails as age does.
if [ -z "$(head -c 1)" ]; then exit 0; fi
printf 'age-encryption.org/v1\n'
echo "age: error: failed to write: no space left on device" >&2
exit 1
SH
chmod 755 "$tmp/nobin/age"
timeout 60 env PATH="$tmp/nobin:$PATH" "$wisemind" --passphrase-fd 3 report --week $week \
	--encrypt-to "$ra" -o gone.age 3<"$tmp/pass" >"$tmp/out" 2>"$tmp/err" </dev/null
[ $? = 1 ] || fail "a failing age: $(cat "$tmp/err")"
grep -qF "age could not encrypt the report to gone.age (it said: failed to write: no space left on device), so none was written" \
	"$tmp/err" || fail "a failing age: $(cat "$tmp/err")"
[ ! -e gone.age ] || fail "a failing age left gone.age behind"
rm -f "$tmp/nobin/age"

# The plaintext never touched disk: no canary anywhere searched.
hits=$(grep -rlaF -e "$canary" "${scanned[@]}" 2>/dev/null)
[ -z "$hits" ] || fail "the canary is on disk: $hits"
echo "ok"
