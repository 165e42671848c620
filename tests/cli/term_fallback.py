#!/usr/bin/env python3
"""With no usable terminal type (TERM unset, "dumb", or unknown to terminfo)
the screen is not possible: wisemind says so in one line and goes on line by
line, where ! still shows the crisis lines and q quits with 0."""
import os
import pty
import select
import sys
import tempfile
import time

wisemind = os.path.abspath(sys.argv[1])


def run(term):
    home = tempfile.mkdtemp()
    env = {"HOME": home, "XDG_CONFIG_HOME": home + "/c", "XDG_DATA_HOME": home + "/d",
           "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"}
    if term is not None:
        env["TERM"] = term
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(wisemind, [wisemind, "--country", "GB"], env)
    seen = b""

    def wait_for(text, seconds=5):
        nonlocal seen
        end = time.time() + seconds
        while text not in seen and time.time() < end:
            r, _, _ = select.select([fd], [], [], 0.1)
            if r:
                try:
                    seen += os.read(fd, 4096)
                except OSError:
                    break
        if text not in seen:
            raise SystemExit(f"TERM={term!r}: never saw {text!r}; got:\n{seen.decode(errors='replace')}")

    wait_for(b"continues line by line")
    # The first run's first question here (--country settles the country).
    wait_for(b"Passphrase: ")
    os.write(fd, b"!\r")
    wait_for(b"Samaritans: call 116 123")
    # Asked again: a passphrase prompt drops what was typed before it.
    wait_for(b"ready.]\r\nPassphrase: ")
    os.write(fd, b"q\r")
    _, status = os.waitpid(pid, 0)
    if not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
        raise SystemExit(f"TERM={term!r}: exit status {status}")
    if b"\x1b" in seen:
        raise SystemExit(f"TERM={term!r}: sent escape sequences to a terminal it cannot drive")


for term in (None, "dumb", "no-such-terminal-type"):
    run(term)
print("ok")
