#!/usr/bin/env python3
"""Issue 14: plain mode on a pseudo-terminal, as a screen reader's user
meets it: the first run (the passphrase never echoed), a quick urge with its
crisis lines, lock, unlock, another urge, quit; then TERM=dumb and a
terminal type terminfo does not know, without --plain, also go line by
line. What the terminal receives holds no ESC byte at all, and no carriage
return but the terminal's own before each newline (no cursor tricks).
    plain_pty.py WISEMIND"""
import os
import re
import shutil
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from plain_lib import PASSPHRASE, Failure, Session, fail, fresh_env  # noqa: E402

WISEMIND = os.path.abspath(sys.argv[1])
GB_EMERGENCY = b"If you are in danger now, call 999 or 112."
GB_LINE = b"Samaritans: call 116 123"


def check_terminal(name, s):
    out = s.seen
    if re.search(rb"\r(?!\n)", out):
        fail(name, "a carriage return that is not the terminal's own before a newline", out)
    if PASSPHRASE.encode() in out:
        fail(name, "the passphrase was shown", out)


def urge(s, rating):
    s.answer("Type a number or a letter, then Enter.", "u")
    s.answer("Type its number or its name", "2")
    s.answer("How strong is the urge", str(rating))
    s.answer("A note, if you want one", "")
    s.wait_for("Saved in your diary.")
    s.wait_for(GB_EMERGENCY)
    s.wait_for(GB_LINE)


def first_run_unlock_urge(env):
    name = "first run, urge, lock, unlock, urge, quit (TERM=xterm, --plain)"
    s = Session(name, WISEMIND, env, args=("--plain", "--country", "GB"), tty=True)
    try:
        first_run_steps(name, s)
    finally:
        s.kill()


def first_run_steps(name, s):
    s.wait_for("It is no substitute for therapy")
    s.answer("Passphrase: ", PASSPHRASE)
    s.answer("Again: ", PASSPHRASE)
    s.wait_for("Make a recovery key?")
    s.answer("> ", "n")
    s.wait_for("Your diary is ready")
    urge(s, 2)
    s.answer("Type a number or a letter, then Enter.", "l")
    s.wait_for("Locked: your diary is closed")
    s.answer("Passphrase: ", "u")  # an urge while locked: sealed, no passphrase
    s.answer("Type its number or its name", "3")
    s.answer("How strong is the urge", "1")
    s.answer("A note, if you want one", "")
    s.wait_for("Saved in the locked inbox")
    s.wait_for(GB_EMERGENCY)
    s.answer("Passphrase: ", PASSPHRASE)
    s.wait_for("1 urge logged while locked was added")
    s.wait_for(GB_EMERGENCY)
    s.answer("Type a number or a letter, then Enter.", "q")
    s.wait_for("Goodbye.")
    rc = s.finish()
    if rc != 0:
        fail(name, f"exit status {rc}", s.seen)
    check_terminal(name, s)


def no_screen(env, term):
    name = f"TERM={term!r} without --plain goes line by line"
    s = Session(name, WISEMIND, env, args=("--country", "GB"), tty=True)
    try:
        no_screen_steps(name, s)
    finally:
        s.kill()


def no_screen_steps(name, s):
    s.wait_for("cannot show the full screen, so wisemind continues line by line")
    s.wait_for("Your diary is locked.")
    s.answer("Passphrase: ", "!")
    s.wait_for(GB_LINE)
    s.answer("Passphrase: ", PASSPHRASE)
    s.wait_for("Unlocked.")
    urge(s, 1)
    s.answer("Type a number or a letter, then Enter.", "q")
    rc = s.finish()
    if rc != 0:
        fail(name, f"exit status {rc}", s.seen)
    check_terminal(name, s)


def main():
    env = fresh_env(lang="C.UTF-8", term="xterm")
    failed = 0
    tests = [("first_run_unlock_urge", lambda: first_run_unlock_urge(env))]
    for term in ("dumb", "no-such-terminal-type"):
        env_term = dict(env, TERM=term)
        tests.append((f"no_screen_{term}", lambda e=env_term, t=term: no_screen(e, t)))
    for name, t in tests:
        try:
            t()
            print(f"ok {name}")
        except Failure as e:
            failed += 1
            print(f"FAIL {name}: {e}")
    shutil.rmtree(env["HOME"], ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
