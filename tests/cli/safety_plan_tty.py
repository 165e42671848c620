#!/usr/bin/env python3
"""wisemind safety-plan edit at a terminal (issue 10): a mistake is said and
asked again, never the end of the edit (a pipe stops at one instead:
safety_plan.sh); a line that is not one line of text is refused and asked
again; the answer to "show it while locked?" must be y or n. Ctrl-C stops
the edit with exit 130 and saves nothing.
    safety_plan_tty.py WISEMIND"""
import os
import select
import signal
import subprocess
import sys
import tempfile
import time

WISEMIND = os.path.abspath(sys.argv[1])
PASS = b"lamp river soft cedar nine\n"


def env(tmp):
    e = dict(os.environ)
    e.update(HOME=tmp, XDG_DATA_HOME=tmp + "/data", XDG_CONFIG_HOME=tmp + "/config",
             XDG_STATE_HOME=tmp + "/state", LANG="C.UTF-8", TZ="UTC", COLUMNS="80")
    e.pop("WISEMIND_DATA_DIR", None)
    return e


def passphrase_fd():
    r, w = os.pipe()
    os.write(w, PASS)
    os.close(w)
    return r


def run(tmp, *args):
    fd = passphrase_fd()
    p = subprocess.run([WISEMIND, "--passphrase-fd", str(fd), *args], pass_fds=(fd,),
                       stdin=subprocess.DEVNULL, capture_output=True, env=env(tmp), timeout=60)
    os.close(fd)
    return p


class Edit:
    """safety-plan edit with a pseudo-terminal as its standard input and output."""

    def __init__(self, tmp):
        self.master, slave = os.openpty()
        fd = passphrase_fd()
        self.proc = subprocess.Popen([WISEMIND, "--passphrase-fd", str(fd), "safety-plan", "edit"],
                                     stdin=slave, stdout=slave, stderr=slave, pass_fds=(fd,),
                                     env=env(tmp), start_new_session=True)
        os.close(slave)
        os.close(fd)
        self.out = b""
        self.seen = 0

    def expect(self, text, timeout=20.0):
        end = time.monotonic() + timeout
        while True:
            at = self.out.find(text, self.seen)
            if at >= 0:
                self.seen = at + len(text)
                return
            left = end - time.monotonic()
            if left <= 0:
                self.fail("no %r" % text)
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:
                    chunk = b""
                if not chunk:
                    self.fail("the program ended before %r" % text)
                self.out += chunk.replace(b"\r\n", b"\n")

    def send(self, text):
        os.write(self.master, text)

    def fail(self, why):
        self.proc.kill()
        print(self.out.decode(errors="replace"))
        print("FAIL:", why)
        sys.exit(1)

    def exit_code(self):
        try:
            return self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.fail("it did not end")


def main():
    with tempfile.TemporaryDirectory() as tmp:
        os.makedirs(tmp + "/home", exist_ok=True)
        if run(tmp, "init", "--no-recovery-key").returncode != 0:
            print("FAIL: init")
            return 1

        e = Edit(tmp)
        e.expect(b"Part 1 of 7: Warning signs")
        e.expect(b"> ")
        e.send(b"x\n")
        e.expect(b"Type a to add lines, or just press Enter to go on.")
        e.expect(b"> ")
        e.send(b"a\n")
        e.expect(b"Line 1: ")
        e.send(b"with\ta tab\n")
        e.expect(b"That line was not kept")
        e.expect(b"Line 1: ")
        e.send(b"Not sleeping\n")
        e.expect(b"NOT encrypted")
        e.expect(b"Show it while locked? [y/N] ")
        e.send(b"maybe\n")
        e.expect(b"Type y to show it while locked")
        e.expect(b"Show it while locked? [y/N] ")
        e.send(b"y\n")
        e.expect(b"Line 2: ")
        e.send(b"\n")
        e.expect(b"1. Not sleeping  [shown when locked]")
        e.expect(b"> ")
        e.send(b"\n")
        for part in range(2, 8):
            e.expect(b"Part %d of 7" % part)
            e.expect(b"> ")
            e.send(b"\n")
        e.expect(b"Saved in your diary. 1 line shows even when wisemind is locked")
        if e.exit_code() != 0:
            e.fail("exit %d" % e.proc.returncode)

        # Ctrl-C in the middle: exit 130, the plan as it was.
        e = Edit(tmp)
        e.expect(b"> ")
        e.send(b"r\n")
        e.expect(b"Line 1: ")
        e.send(b"Something else\n")
        e.expect(b"[y/N] ")
        e.send(b"n\n")
        e.expect(b"Line 2: ")
        e.proc.send_signal(signal.SIGINT)
        if e.exit_code() != 130:
            e.fail("Ctrl-C: exit %d" % e.proc.returncode)
        shown = run(tmp, "safety-plan")
        if b"1. Not sleeping  [shown when locked]" not in shown.stdout or \
                b"Something else" in shown.stdout:
            print(shown.stdout.decode(errors="replace"))
            print("FAIL: Ctrl-C changed the plan")
            return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
