#!/usr/bin/env python3
"""Keys during a practice timer (issue 7). On a terminal, ! alone shows the
crisis card at once during a timer or the breathing pacer, which then go
on; Enter ends them early; keys typed during a timer never answer the next
prompt; the terminal is back in its own mode after a timer and after
SIGINT or SIGTERM. "Time is up" rings the bell unless --quiet.
    practice_keys.py WISEMIND"""
import os
import re
import select
import signal
import subprocess
import sys
import tempfile
import termios
import time

WISEMIND = os.path.abspath(sys.argv[1])
CARD = b"Samaritans"  # on the GB card, not in any skill text


def env(tmp, scale=None):
    e = dict(os.environ)
    e.update(HOME=tmp, XDG_DATA_HOME=tmp + "/data", XDG_CONFIG_HOME=tmp + "/config",
             XDG_STATE_HOME=tmp + "/state", LANG="C.UTF-8", TZ="UTC", COLUMNS="80")
    e.pop("WISEMIND_DATA_DIR", None)
    e.pop("WISEMIND_TEST_TIME_SCALE", None)
    if scale is not None:
        e["WISEMIND_TEST_TIME_SCALE"] = str(scale)
    return e


class Practice:
    """wisemind practice on a pseudo-terminal: stdin, stdout and stderr."""

    def __init__(self, tmp, *args, scale=None):
        self.master, self.slave = os.openpty()
        # A session of its own: the pty is not its controlling terminal, so
        # signals come only from this test.
        self.proc = subprocess.Popen([WISEMIND, "practice", "--country", "GB", *args],
                                     stdin=self.slave, stdout=self.slave, stderr=self.slave,
                                     env=env(tmp, scale), start_new_session=True)
        self.out = b""  # everything so far, \r\n made \n
        self.seen = 0   # how much of out the last expect consumed

    def read_some(self, timeout):
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return False
        try:
            chunk = os.read(self.master, 4096)
        except OSError:  # EIO: the program has exited and closed the pty
            chunk = b""
        if not chunk:
            time.sleep(min(timeout, 0.05))
            return False
        self.out += chunk.replace(b"\r\n", b"\n")
        return True

    def expect(self, text, timeout=3.0):
        """Waits for text after what was already expected; returns the time
        it took."""
        start = time.monotonic()
        while True:
            at = self.out.find(text, self.seen)
            if at >= 0:
                self.seen = at + len(text)
                return time.monotonic() - start
            left = timeout - (time.monotonic() - start)
            if left <= 0:
                self.fail("no %r within %.1f s" % (text, timeout))
            self.read_some(left)

    def quiet_for(self, seconds):
        """Reads for seconds; returns what came after the last expect."""
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            self.read_some(end - time.monotonic())
        return self.out[self.seen:]

    def send(self, data):
        os.write(self.master, data)

    def line_mode(self):
        lflag = termios.tcgetattr(self.slave)[3]
        return bool(lflag & termios.ICANON) and bool(lflag & termios.ECHO)

    def wait(self, timeout=5.0):
        """Waits for the exit, reading on so the program never blocks on
        a full terminal."""
        end = time.monotonic() + timeout
        while self.proc.poll() is None:
            if time.monotonic() > end:
                self.fail("did not exit")
            self.read_some(0.05)
        return self.proc.returncode

    def fail(self, why):
        if self.proc.poll() is None:
            self.proc.kill()
        sys.exit("%s\n--- output so far ---\n%s" % (why, self.out.decode(errors="replace")))

    def close(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        os.close(self.master)
        os.close(self.slave)


def to_timer(p):
    """Goes to the one-minute timer in the first step of describe."""
    p.expect(b"[Press Enter to begin")
    p.send(b"\r")
    p.expect(b"Timer: 1:00.")
    p.expect(b"[Press Enter to start the timer")
    p.send(b"\r")
    p.expect(b"1:00 left")
    time.sleep(0.2)  # let the terminal settle into key-at-a-time mode
    if p.line_mode():
        p.fail("the terminal is still in line mode during the timer")


def crisis_key_during_timer(tmp):
    p = Practice(tmp, "describe")
    to_timer(p)
    p.send(b"!")  # the key alone: no Enter
    took = p.expect(b"If you are in danger now", timeout=1.0)
    took += p.expect(CARD, timeout=1.0 - took)
    p.expect(b"[The timer goes on: ")
    p.expect(b" left.]")
    said = p.out[p.out.rfind(b"[The timer goes on: "):p.seen].decode()
    m = re.search(r"goes on: (?:(\d+) minutes? ?)?(?:(\d+) seconds?)? left", said)
    if not m:
        p.fail("no time left in %r" % said)
    left = int(m.group(1) or 0) * 60 + int(m.group(2) or 0)
    if not 40 <= left <= 60:
        p.fail("the timer should go on near 1 minute, but said %r" % said)
    # The timer resumes: still counting, nothing answered, still in key mode.
    rest = p.quiet_for(0.5)
    if b"Time is up" in rest or b"[Press Enter" in rest or p.proc.poll() is not None:
        p.fail("the timer did not resume after the crisis card")
    if p.line_mode():
        p.fail("the crisis card left the timer's key mode")
    p.send(b"\r")
    p.expect(b"Timer ended early.", timeout=1.0)
    p.expect(b"[Press Enter for the next step")
    if b"Time is up" in p.out or b"\a" in p.out:
        p.fail("a timer ended early is not 'time is up'")
    if not p.line_mode():
        p.fail("the terminal was not put back in line mode after the timer")
    # At a prompt, ! and Enter still shows the card.
    p.send(b"!\r")
    p.expect(CARD)
    p.expect(b"The practice goes on where you were")
    p.send(b"\r")
    p.expect(b"Step 2 of")
    p.proc.send_signal(signal.SIGINT)
    if p.wait() != 130:
        p.fail("Ctrl-C should leave with 130, not %s" % p.proc.returncode)
    p.close()
    print("ok: ! during a timer shows the card in %.2f s; the timer goes on" % took, flush=True)


def typed_ahead_enters(tmp):
    p = Practice(tmp, "describe")
    to_timer(p)
    p.send(b"x\r\r\r")  # one burst: the first Enter ends the timer
    p.expect(b"Timer ended early.", timeout=1.0)
    p.expect(b"[Press Enter for the next step")
    rest = p.quiet_for(1.0)
    if b"Step 2 of" in rest or p.proc.poll() is not None:
        p.fail("Enters typed during the timer answered the next prompt")
    p.send(b"\r")  # the prompt was waiting for this one
    p.expect(b"Step 2 of")
    p.close()
    print("ok: Enters typed during a timer do not answer the next prompt", flush=True)


def crisis_key_during_pacer(tmp):
    p = Practice(tmp, "paced-breathing")
    p.expect(b"[Press Enter to begin")
    p.send(b"\r")
    p.expect(b"From 0 (calm) to 10")
    p.expect(b"> ")
    p.send(b"5\r")
    p.expect(b"[Press Enter for the next step")
    p.send(b"\r")
    p.expect(b"[Press Enter for the next step")
    p.send(b"\r")
    p.expect(b"Breathing pace: in 3, out 4 seconds.")
    p.send(b"\r")
    p.expect(b"Breath 1 of")
    p.expect(b"Breathe in...")
    time.sleep(0.2)
    p.send(b"!")
    took = p.expect(CARD, timeout=1.0)
    p.expect(b"[The breathing goes on: breath 1 of 5.]")
    rest = p.quiet_for(0.3)
    if b"[Press Enter" in rest or p.line_mode():
        p.fail("the pacer did not go on after the crisis card")
    p.send(b"\r")
    p.expect(b"Breathing ended early.", timeout=1.0)
    p.expect(b"[Press Enter for the next step")
    if not p.line_mode():
        p.fail("the terminal was not put back in line mode after the pacer")
    p.close()
    print("ok: ! during the pacer shows the card in %.2f s; Enter ends it" % took, flush=True)


def check_in_during_long_timer(tmp):
    """A timer of 5 minutes or more checks in every minute: has the urge
    passed? s switches to another skill (the person picks), q stops. The
    clock runs 60 times faster: a minute a second."""
    p = Practice(tmp, "--urge", "self-harm", "adaptive-denial", scale=60)
    p.expect(b"[Press Enter to begin")
    p.send(b"\r")
    p.expect(b"> ")
    p.send(b"\r")  # the urge: left unrated
    for _ in range(2):
        p.expect(b"[Press Enter for the next step")
        p.send(b"\r")
    p.expect(b"> ")
    p.send(b"\r")  # what you want instead: left unanswered
    p.expect(b"[Press Enter for the next step")
    p.send(b"\r")
    p.expect(b"Breathing pace")
    p.expect(b"> ")
    p.send(b"s\r")  # skip this step: on to the next five minutes
    p.expect(b"Timer: 5:00.")
    p.expect(b"[Press Enter to start the timer")
    p.send(b"\r")
    took = p.expect(b"Checking in: has the urge passed?", timeout=3.0)
    p.expect(b"or q to stop.")
    p.send(b"p")  # pause: no check-in while paused
    p.expect(b"Paused. Press p to go on.")
    if b"Checking in" in p.quiet_for(1.5):
        p.fail("a paused timer checked in")
    p.send(b"p")
    p.expect(b"Going on.")
    p.expect(b"Checking in: has the urge passed?", timeout=3.0)
    p.send(b"s")
    p.expect(b"You left Adaptive denial to try another skill.")
    p.expect(b"Which skill will you switch to?")
    p.expect(b"STOP")  # crisis skills are offered, whatever the skill was
    p.expect(b"> ")
    p.send(b"1\r")
    p.expect(b"[Press Enter to begin")
    p.close()
    print("ok: a 5-minute timer checks in after a minute (%.1f s at 60x); s switches"
          % took, flush=True)


def signal_during_timer(tmp, sig, status):
    p = Practice(tmp, "describe")
    to_timer(p)
    p.proc.send_signal(sig)
    rc = p.wait()
    if rc != status:
        p.fail("%s during a timer: exit %s, expected %s" % (sig.name, rc, status))
    p.quiet_for(0.2)
    if not p.line_mode():
        p.fail("%s during a timer left the terminal in key-at-a-time mode" % sig.name)
    if b"You stopped the practice." not in p.out:
        p.fail("%s: no kind stop message" % sig.name)
    p.close()
    print("ok: %s during a timer puts the terminal back" % sig.name, flush=True)


def bell(tmp):
    """From a pipe, with time sped up: the bell rings when time is up, and
    not with --quiet. A crisis skill ends with the short card."""
    answers = b"\n5\n\n\n\n\n\n\n\n\n2\n"
    for args, want_bell in ((["managing-extreme-emotions"], True),
                             (["--quiet", "managing-extreme-emotions"], False)):
        r = subprocess.run([WISEMIND, "practice", "--country", "GB", *args], input=answers,
                           capture_output=True, env=env(tmp, scale=1000), timeout=20)
        out = r.stdout
        if r.returncode != 0 or b"Time is up." not in out:
            sys.exit("practice %s: exit %d, no 'Time is up.':\n%s%s"
                     % (args, r.returncode, out.decode(), r.stderr.decode()))
        if (b"Time is up.\a" in out) != want_bell or (b"\a" in out) != want_bell:
            sys.exit("practice %s: bell %s expected; the output ends:\n%r"
                     % (args, want_bell, out[-400:]))
        if b"During a timer" in out:
            sys.exit("from a pipe, single keys are not offered:\n%s" % out.decode())
        if not out.rstrip().endswith(b"All crisis lines: wisemind crisis"):
            sys.exit("a crisis skill ends with the short crisis card:\n%s" % out.decode())
    print("ok: the bell rings when time is up, and not with --quiet", flush=True)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        crisis_key_during_timer(tmp)
        typed_ahead_enters(tmp)
        crisis_key_during_pacer(tmp)
        check_in_during_long_timer(tmp)
        signal_during_timer(tmp, signal.SIGINT, 128 + signal.SIGINT)
        signal_during_timer(tmp, signal.SIGTERM, 128 + signal.SIGTERM)
        bell(tmp)


if __name__ == "__main__":
    main()
