"""Helpers for the plain-mode tests (plain_pipe.py, plain_pty.py): a fresh
home, wisemind run through a pipe or a pseudo-terminal, and the check every
test makes: not one escape sequence in what plain mode prints."""
import os
import pty
import select
import subprocess
import tempfile
import time

PASSPHRASE = "correct horse battery staple"
ESC = b"\x1b"


class Failure(Exception):
    pass


def fail(name, why, out=b""):
    text = out.decode(errors="replace") if isinstance(out, bytes) else out
    raise Failure(f"{name}: {why}\n--- output ---\n{text[-6000:]}")


def fresh_env(lang="en_GB.UTF-8", term=None):
    """A new, empty home (removed by the caller's tmp cleanup)."""
    home = tempfile.mkdtemp(prefix="wisemind-plain-")
    env = {
        "HOME": home,
        "XDG_DATA_HOME": home + "/data",
        "XDG_CONFIG_HOME": home + "/config",
        "XDG_STATE_HOME": home + "/state",
        "LANG": lang,
        "TZ": "UTC",
        "COLUMNS": "80",
        "PATH": "/usr/bin:/bin",
        # The test build runs practice timers this many times faster.
        "WISEMIND_TEST_TIME_SCALE": "1000",
    }
    if term is not None:
        env["TERM"] = term
    return env


def check_clean(name, out):
    """No escape sequence at all: no ESC byte, whatever follows it."""
    if ESC in out:
        at = out.index(ESC)
        fail(name, f"an ESC byte at offset {at}: {out[max(0, at - 40):at + 20]!r}", out)


def run_pipe(name, wisemind, env, lines, args=("--plain",), timeout=120):
    """Runs plain mode with lines on standard input (each ends in a
    newline), then end of input. Returns (exit status, stdout, stderr)."""
    data = "".join(line + "\n" for line in lines).encode()
    p = subprocess.run([wisemind, *args], input=data, env=env, capture_output=True,
                       timeout=timeout)
    check_clean(name, p.stdout)
    check_clean(name + " (stderr)", p.stderr)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def cli(wisemind, env, *args, stdin=b""):
    """A command with the passphrase on descriptor 3, as scripts give it."""
    r, w = os.pipe()
    os.write(w, (PASSPHRASE + "\n").encode())
    os.close(w)
    try:
        p = subprocess.run([wisemind, "--passphrase-fd", "3", *args], input=stdin, env=env,
                           capture_output=True, pass_fds=(r,), timeout=60)
    finally:
        os.close(r)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def init_diary(wisemind, env):
    rc, out, err = cli(wisemind, env, "init", "--no-recovery-key")
    if rc != 0:
        raise Failure(f"wisemind init failed ({rc}): {err}")


class Session:
    """wisemind with its output read as it comes, and answers written once
    the prompt they are for has shown, as a person types them: through a
    pipe, or on a pseudo-terminal (tty=True)."""

    def __init__(self, name, wisemind, env, args=("--plain",), tty=False):
        self.name = name
        self.seen = b""
        self.mark = 0  # wait_for looks after here
        self.tty = tty
        self.done = False
        if tty:
            self.pid, self.fd = pty.fork()
            if self.pid == 0:
                os.execve(wisemind, [wisemind, *args], env)
            self.proc = None
        else:
            self.proc = subprocess.Popen([wisemind, *args], env=env, stdin=subprocess.PIPE,
                                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            self.fd = self.proc.stdout.fileno()

    def _read(self, seconds):
        r, _, _ = select.select([self.fd], [], [], seconds)
        if not r:
            return True
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            return False
        if not data:
            return False
        self.seen += data
        return True

    def wait_for(self, text, seconds=30):
        """Waits until text shows after the last thing waited for."""
        want = text.encode() if isinstance(text, str) else text
        end = time.time() + seconds
        while want not in self.seen[self.mark:] and time.time() < end:
            if not self._read(0.1):
                break
        at = self.seen.find(want, self.mark)
        if at < 0:
            fail(self.name, f"never saw {want!r}", self.seen)
        self.mark = at + len(want)
        return at

    def send(self, line):
        data = line.encode() + (b"\r" if self.tty else b"\n")
        if self.tty:
            os.write(self.fd, data)
        else:
            self.proc.stdin.write(data)
            self.proc.stdin.flush()

    def answer(self, prompt, line):
        self.wait_for(prompt)
        self.send(line)

    def close_input(self):
        if not self.tty:
            self.proc.stdin.close()

    def signal(self, sig):
        os.kill(self.pid if self.tty else self.proc.pid, sig)

    def finish(self, seconds=30):
        """Reads to the end and returns the exit status (a signal's is
        reported as 128 + it, as main exits)."""
        end = time.time() + seconds
        while time.time() < end and self._read(0.2):
            pass
        if self.tty:
            _, status = os.waitpid(self.pid, 0)
            os.close(self.fd)
            code = os.waitstatus_to_exitcode(status)
        else:
            code = self.proc.wait(timeout=seconds)
        self.done = True
        check_clean(self.name, self.seen)
        return code

    def kill(self):
        """Ends the program if it still runs (after a failed check), so a
        diary it holds does not stay held for the next test."""
        if self.done:
            return  # reaped: its id may be another process's by now
        self.done = True
        try:
            if self.tty:
                os.kill(self.pid, 9)
                os.waitpid(self.pid, 0)
                os.close(self.fd)
            elif self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
        except (OSError, ChildProcessError):
            pass

    def text(self):
        return self.seen.decode(errors="replace")
