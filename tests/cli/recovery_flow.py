#!/usr/bin/env python3
"""The recovery key (issue 3): init shows it once in groups of four and asks
for one group back; it unlocks the vault through --recovery-key-fd; after
'wisemind recovery-key' the old key stops working and the new one works;
a mistyped key is told apart from a wrong one."""
import os
import re
import subprocess
import sys
import tempfile

WISEMIND = os.path.abspath(sys.argv[1])
PASS = b"lamp river soft cedar nine\n"
KEY_RE = re.compile(r"^    ((?:[0-9A-Z]{4}-){13}[0-9A-Z*~$=U])$", re.M)


def env(tmp):
    e = dict(os.environ)
    e.update(HOME=tmp, XDG_DATA_HOME=tmp + "/data", XDG_CONFIG_HOME=tmp + "/config",
             XDG_STATE_HOME=tmp + "/state", LANG="C.UTF-8")
    return e


def with_fd(data):
    r, w = os.pipe()
    os.write(w, data)
    os.close(w)
    return r


def make_key(tmp, command, answer_right=True):
    """Runs a command that shows a new key, answers the group question."""
    fd = with_fd(PASS)
    p = subprocess.Popen([WISEMIND, "--passphrase-fd", str(fd)] + command, env=env(tmp),
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, pass_fds=(fd,))
    os.close(fd)
    out = b""
    while not KEY_RE.search(out.decode()):
        chunk = p.stdout.read1(4096)
        if not chunk:
            sys.exit("no recovery key shown; got: " + out.decode())
        out += chunk
    key = KEY_RE.search(out.decode()).group(1)
    prompt = b""
    while b"of four): " not in prompt:
        chunk = p.stderr.read1(4096)
        if not chunk:
            sys.exit("no group question; got: " + prompt.decode())
        prompt += chunk
    group = int(re.search(rb"type group (\d+)", prompt).group(1))
    answer = key.split("-")[group - 1] if answer_right else "ZZZZ"
    rest_out, rest_err = p.communicate(((answer.lower() + "\n") * 3 + "\n").encode())
    text = out.decode() + rest_out.decode()
    err = prompt.decode() + rest_err.decode()
    return p.returncode, key, text, err


def unlock_with_key(tmp, key):
    fd = with_fd(key.encode() + b"\n")
    p = subprocess.run([WISEMIND, "--recovery-key-fd", str(fd), "lock-status"], env=env(tmp),
                       capture_output=True, pass_fds=(fd,))
    os.close(fd)
    # lock-status needs no key; export proves the key opens the vault.
    fd = with_fd(key.encode() + b"\n")
    p = subprocess.run([WISEMIND, "--recovery-key-fd", str(fd), "export"], env=env(tmp),
                       capture_output=True, pass_fds=(fd,))
    os.close(fd)
    return p.returncode, p.stderr.decode()


def main():
    with tempfile.TemporaryDirectory() as tmp:
        rc, key, out, err = make_key(tmp, ["init"])
        assert rc == 0, (rc, out, err)
        assert "shown\nonly this once" in out, out
        assert "That matches." in err, err
        rc, err = unlock_with_key(tmp, key)
        assert rc == 0, err
        # Typed with spaces and in lower case still works.
        rc, err = unlock_with_key(tmp, key.replace("-", " ").lower())
        assert rc == 0, err
        # One character changed: the check character catches the typo.
        typo = ("B" if key[0] != "B" else "C") + key[1:]
        rc, err = unlock_with_key(tmp, typo)
        assert rc == 3 and "look for a typo" in err, (rc, err)
        rc, new_key, out, err = make_key(tmp, ["recovery-key"], answer_right=False)
        assert rc == 0, (rc, out, err)
        assert "the old one no longer opens the vault" in out, out
        assert "was not typed back" in err, err
        assert new_key != key
        rc, err = unlock_with_key(tmp, key)
        # The old key still opens diary.vault.prev, but never again the
        # diary: it was replaced.
        assert rc == 3 and "that recovery key no longer opens this diary" in err, (rc, err)
        rc, err = unlock_with_key(tmp, new_key)
        assert rc == 0, err
    print("ok")


main()
