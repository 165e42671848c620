#!/usr/bin/env python3
"""Bytes from the keyboard that are not UTF-8 (or not ASCII, in the C
locale) are dropped, and every key after them still works: the country is
typed around a stray 0xFF byte and a broken sequence, saved, and the
program quits on q. (curses's get_wch stopped reading keys after such a
byte, so a person could no longer type, or reach the crisis lines.)"""
import os
import pty
import select
import sys
import tempfile
import time

binary = sys.argv[1]


def drain(fd, seconds):
    end = time.time() + seconds
    out = b""
    while time.time() < end:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                data = os.read(fd, 65536)
            except OSError:
                break
            if not data:
                break
            out += data
    return out


failed = False
for lang in ("C", "C.UTF-8"):
    tmp = tempfile.mkdtemp(prefix="wisemind-keys-")
    env = {"HOME": tmp, "XDG_DATA_HOME": tmp + "/data", "XDG_CONFIG_HOME": tmp + "/config",
           "XDG_STATE_HOME": tmp + "/state", "TERM": "xterm-256color", "LANG": lang,
           "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
    pid, fd = pty.fork()
    if pid == 0:
        os.execve(binary, [binary], env)
    drain(fd, 0.5)
    for chunk in (b"\r", b"N", b"\xff", b"\xc3", b"Z", b"\r", b"\r"):
        os.write(fd, chunk)
        drain(fd, 0.3)
    try:
        with open(tmp + "/config/wisemind/settings.yaml") as f:
            saved = f.read()
    except OSError:
        saved = ""
    if "country: NZ" not in saved:
        print("%s: the country typed around bad bytes was not saved (%r)" % (lang, saved))
        failed = True
    # The passphrase screen: Esc goes back to the welcome, q quits.
    os.write(fd, b"\x1b")
    drain(fd, 0.5)
    os.write(fd, b"q")
    done, status = 0, 0
    for _ in range(50):
        drain(fd, 0.1)
        time.sleep(0.1)
        done, status = os.waitpid(pid, os.WNOHANG)
        if done != 0:
            break
    if done == 0:
        print("%s: wisemind did not quit on q after the bad bytes" % lang)
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        failed = True
    elif os.waitstatus_to_exitcode(status) != 0:
        print("%s: exit status %d" % (lang, os.waitstatus_to_exitcode(status)))
        failed = True
    os.system("rm -rf '%s'" % tmp)
print("failed" if failed else "ok")
sys.exit(1 if failed else 0)
