#!/bin/bash
# Every command that prints to standard output, sent to /dev/full: it
# exits 1 (never 0) and says in one sentence on stderr that the output
# could not be written, and why; a command that did something first (init,
# passwd, country CC) says that it was done all the same (issue 9 #1).
#   output_full.sh WISEMIND SKILLS_DIR
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") skills=$2
[ -c /dev/full ] || { echo "no /dev/full here"; exit 77; }
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_DATA_HOME=$tmp/data XDG_CONFIG_HOME=$tmp/config \
	XDG_STATE_HOME=$tmp/state LANG=C.UTF-8 LC_ALL= LC_MESSAGES= TZ=UTC COLUMNS=80
unset WISEMIND_DATA_DIR
mkdir -p "$HOME"
echo "lamp river soft cedar nine" >"$tmp/pass"
printf 'lamp river soft cedar nine\nnine cedar soft river lamp\n' >"$tmp/pass2"
cp "$skills/distress-tolerance/stop.md" "$tmp/good.md"
printf -- '---\nid: Bad Id\n---\nno name\n' >"$tmp/bad.md"

failed=0
# full WANT_SENTENCE_END ARGS...: runs wisemind with stdout on /dev/full.
# The reason is named, unless $reason is set empty: plain mode flushes as
# it goes, and an error from an earlier write leaves no errno to name.
full() {
	local want_end=$1
	shift
	timeout 60 "$wisemind" "$@" >/dev/full 2>"$tmp/err" <"${stdin:-/dev/null}" 3<"${pass:-/dev/null}"
	local got=$?
	# The sentence may be wrapped: compare with the line breaks undone.
	local said sentence="wisemind: could not write the output${reason- (No space left on device)}"
	said=$(tr '\n' ' ' <"$tmp/err")
	if [ $got != 1 ]; then
		echo "FAIL: wisemind $* >/dev/full exited $got, expected 1"; cat "$tmp/err"; failed=1
	elif [[ "$said" != *"$sentence"*"$want_end"* ]]; then
		echo "FAIL: wisemind $* >/dev/full did not say \"$sentence ... $want_end\":"
		cat "$tmp/err"; failed=1
	elif [ "$(grep -c "could not write the output" "$tmp/err")" != 1 ]; then
		echo "FAIL: wisemind $* >/dev/full said it more than once:"; cat "$tmp/err"; failed=1
	else
		echo "ok: wisemind $*"
	fi
}
again="free some space or send the output elsewhere, then run it again."

full "$again" --help
full "$again" -h
full "$again" help
full "$again" help crisis
full "$again" crisis --help
full "$again" skills list -h
full "$again" --version
full "$again" crisis
full "$again" crisis --sources
full "$again" --country XX crisis # a usage mistake and a lost card: exit 1
full "$again" country
full "$again" skills list
full "$again" skills list --module mindfulness
full "$again" skills show stop
full "$again" skills check "$tmp/good.md"
full "$again" skills check "$tmp/bad.md"
full "$again" practice stop
reason= full "$again" --plain
reason= full "$again" --country GB --plain
full "$again" lock-status
full "$again" settings thresholds
# After the point of no return: what was done is said.
full "but your country was saved all the same." country GB
grep -q GB "$XDG_CONFIG_HOME/wisemind/settings.yaml" || { echo "FAIL: country not saved"; failed=1; }
full "but the threshold was saved all the same." settings thresholds use 2
grep -q "use: 2" "$XDG_CONFIG_HOME/wisemind/settings.yaml" || { echo "FAIL: threshold not saved"; failed=1; }
pass=$tmp/pass full "but your diary was created all the same" --passphrase-fd 3 init --no-recovery-key
[ -f "$XDG_DATA_HOME/wisemind/diary.vault" ] || { echo "FAIL: no vault after init"; failed=1; }
full "$again" lock-status
pass=$tmp/pass full "$again" --passphrase-fd 3 safety-plan
pass=$tmp/pass2 full "but the passphrase was changed all the same." --passphrase-fd 3 passwd
echo "nine cedar soft river lamp" >"$tmp/pass"
"$wisemind" --passphrase-fd 3 export 3<"$tmp/pass" >/dev/null 2>"$tmp/err" ||
	{ echo "FAIL: the new passphrase does not open the vault"; cat "$tmp/err"; failed=1; }
exit $failed
