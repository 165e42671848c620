#!/usr/bin/env python3
"""Issue 11: plain practice as a person types it at a terminal, compared
with golden transcripts (tests/cli/practice/NAME.out): TIP (pick one part,
then go on), pros and cons (the grid shown back, kept, then --show-last),
check the facts (both branches of its decision), a crisis skill that ends
with the urge still high (the crisis card, not "well done"), and a locked
practice kept after a wrong passphrase. Each answer is typed only once its
prompt shows, as a person would. The test build's clock runs 100 times
faster. UPDATE_GOLDEN=1 rewrites the transcripts.
    practice_transcripts.py WISEMIND_FAST_CLOCK GOLDEN_DIR"""
import fcntl
import os
import re
import select
import subprocess
import sys
import tempfile
import termios
import time

WISEMIND = os.path.abspath(sys.argv[1])
GOLDEN = sys.argv[2]
PASSPHRASE = "correct horse battery staple"

# Each case: the command's arguments, whether it runs with a diary (and
# --passphrase-fd), and the lines typed, in order, each at its prompt.
CASES = {
    "tip-pick-one": (["--country", "GB", "practice", "tip"], False, [
        "",                # begin
        "8",               # distress: high, the full card at once
        "",                # end of step
        "1",               # pick Temperature
        "",                # its caution read
        "s",               # skip the rest of the step (the cold water)
        "1",               # done already: refused
        "",                # go on, past the menu
        "3",               # distress now
        "",                # finish
    ]),
    "pros-and-cons-kept": (["--country", "GB", "--passphrase-fd", "3",
                            "practice", "--urge", "self-harm", "pros-and-cons"], True, [
        "", "4", "to cut", "",
        "relief for a moment", "",
        "scars, and lying to my sister", "",
        "I keep my promise to myself", "",
        "it is hard for the next hour", "",
        "ride it out and call Sam", "",
        "2", "STOP", "",
    ]),
    "pros-and-cons-show-last": (["--passphrase-fd", "3", "practice", "--show-last",
                                 "pros-and-cons"], True, []),
    "check-the-facts-fits": (["--country", "GB", "practice", "check-the-facts"], False, [
        "", "anger", "4", "",
        "She read my message and did not answer.", "", "",
        "", "", "",
        "", "", "",
        "", "", "",
        "1",               # yes, it fits
        "ask her what happened", "",
        "3", "talk to her", "",   # re-rate; what next; leave the menu
        "",
    ]),
    "check-the-facts-does-not-fit": (["--country", "GB", "practice", "check-the-facts"], False, [
        "", "fear", "5", "",
        "", "", "",
        "", "", "",
        "", "", "",
        "", "", "",
        "2",               # no, it does not fit
        "", "go to the party anyway", "",
        "2", "", "2",      # re-rate; what next; go on to opposite action
        "n",               # not kept: the diary stays locked
        "q",               # opposite action starts: stop it at once
    ]),
    "stop-ends-high": (["--country", "GB", "practice", "--urge", "self-harm", "stop"], True, [
        "", "5", "",       # high at the start: the full card at once
        "",                # S
        "s",               # T: skip its breathing
        "", "", "", "",    # O
        "", "",            # P
        "5", "",           # still high at the end: the crisis card, not "well done"
        "n",
    ]),
    "locked-kept-after-wrong-passphrase": (["--country", "GB", "practice", "wise-mind-accepts"],
                                           True, [
        "n",               # not now: the kit from last time
        "", "6", "",
        "go for a walk", "", "", "", "", "", "", "", "", "", "", "", "", "",
        "3", "",
        "y", "not my passphrase", "y", PASSPHRASE,
    ]),
    "accepts-kit-offered": (["--country", "GB", "practice", "wise-mind-accepts"], True, [
        "y", PASSPHRASE,   # bring back the kit from last time
        "", "", "",
        "", "",            # A: "go for a walk" offered; Enter keeps it
        "", "", "", "", "", "", "", "", "", "", "", "",
        "", "",
    ]),
}


def normalise(text, tmp):
    text = text.replace("\r\n", "\n").replace(tmp, "TMP")
    text = re.sub(r"\d{4}-\d\d-\d\d at \d\d:\d\d, \d+ minutes?", "DATE at TIME, N minutes", text)
    text = re.sub(r"Last saved: [^\n]*", "Last saved: WHEN", text)
    text = re.sub(r"\(logged \d{4}-\d\d-\d\dT[0-9:+-]+\)", "(logged WHEN)", text)
    return text


def init_vault(env):
    r = subprocess.run([WISEMIND, "--passphrase-fd", "3", "init", "--no-recovery-key"],
                       env=env, capture_output=True, stdin=subprocess.DEVNULL,
                       **passphrase_fd(PASSPHRASE + "\n" + PASSPHRASE + "\n"))
    if r.returncode != 0:
        sys.exit("init failed: %s" % r.stderr.decode())


def passphrase_fd(text):
    """Fd 3 for the child, reading text."""
    rd, wr = os.pipe()
    os.write(wr, text.encode())
    os.close(wr)
    if rd != 3:
        os.dup2(rd, 3)
        os.close(rd)
    os.set_inheritable(3, True)
    return {"pass_fds": (3,)}


def looks_like_prompt(out):
    return (out.endswith(b"> ") or out.endswith(b"]\r\n") or out.endswith(b"Passphrase: ")
            or out.endswith(b"]\n"))


def run(name, args, with_diary, typed, env, tmp):
    master, slave = os.openpty()
    extra = passphrase_fd(PASSPHRASE + "\n") if "--passphrase-fd" in args else {}
    def own_terminal():
        # A session of its own, with the pty as its controlling terminal:
        # the passphrase is read from /dev/tty, as from a person.
        os.setsid()
        fcntl.ioctl(0, termios.TIOCSCTTY, 0)

    proc = subprocess.Popen([WISEMIND, *args], stdin=slave, stdout=slave, stderr=slave,
                            env=env, preexec_fn=own_terminal, **extra)
    out = b""
    lines = list(typed)

    def read(timeout):
        nonlocal out
        ready, _, _ = select.select([master], [], [], timeout)
        if not ready:
            return False
        try:
            chunk = os.read(master, 65536)
        except OSError:
            return False
        out += chunk
        return bool(chunk)

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        got = read(0.15)
        if proc.poll() is not None and not got:
            break
        if not got and lines and looks_like_prompt(out):
            os.write(master, (lines.pop(0) + "\r").encode())
    else:
        proc.kill()
        sys.exit("%s: did not finish; the output ends:\n%s" % (name, out.decode()[-2000:]))
    while read(0.1):
        pass
    os.close(master)
    os.close(slave)
    if lines:
        sys.exit("%s: %d answers were never asked for; the output ends:\n%s"
                 % (name, len(lines), out.decode()[-2000:]))
    return proc.returncode, normalise(out.decode(errors="replace"), tmp)


def main():
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env.update(HOME=tmp, XDG_DATA_HOME=tmp + "/data", XDG_CONFIG_HOME=tmp + "/config",
                   LANG="C.UTF-8", TZ="UTC", COLUMNS="80", WISEMIND_TEST_TIME_SCALE="100")
        env.pop("WISEMIND_DATA_DIR", None)
        env.pop("NO_COLOR", None)
        diary_made = False
        for name, (args, with_diary, typed) in CASES.items():
            if with_diary and not diary_made:
                init_vault(env)
                diary_made = True
            status, text = run(name, args, with_diary, typed, env, tmp)
            text = "exit %d\n%s" % (status, text)
            path = os.path.join(GOLDEN, name + ".out")
            if os.environ.get("UPDATE_GOLDEN") == "1":
                with open(path, "w") as f:
                    f.write(text)
                continue
            with open(path) as f:
                want = f.read()
            if text != want:
                failed += 1
                sys.stdout.writelines(__import__("difflib").unified_diff(
                    want.splitlines(True), text.splitlines(True), path, "got"))
            else:
                print("ok: %s" % name)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
