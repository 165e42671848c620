#!/usr/bin/env python3
"""For a screen case's "# after": starts the test build of wisemind
(headless.c) once more, in the case's own folders (its environment), on a
pseudo-terminal of COLSxLINES (default 80x24), with a key script read from
standard input; prints what it dumps and exits with its status. So a case
can show what the next start finds: a draft kept at a termination signal,
say. headless.py masks and compares this output with the rest.

  # after printf 'key Enter\\n...dump back\\n' | python3 "$WISEMIND_TEST_AGAIN" $W
"""
import fcntl
import os
import pty
import select
import struct
import sys
import termios


def main():
    binary = sys.argv[1]
    cols, lines = (int(x) for x in (sys.argv[2] if len(sys.argv) > 2 else "80x24").split("x"))
    script = sys.stdin.buffer.read()
    script_r, script_w = os.pipe()
    dump_r, dump_w = os.pipe()
    os.set_inheritable(script_r, True)
    os.set_inheritable(dump_w, True)
    os.write(script_w, script)
    os.close(script_w)
    env = dict(os.environ)
    env["WISEMIND_TEST_SCRIPT_FD"] = str(script_r)
    env["WISEMIND_TEST_DUMP_FD"] = str(dump_w)
    pid, master = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", lines, cols, 0, 0))
        os.execve(binary, [binary], env)
    os.close(script_r)
    os.close(dump_w)
    dumped = b""
    open_fds = {master, dump_r}
    while open_fds:
        ready, _, _ = select.select(list(open_fds), [], [], 30)
        if not ready:
            print("timed out")
            os.kill(pid, 9)
            break
        for fd in ready:
            try:
                data = os.read(fd, 65536)
            except OSError:
                data = b""
            if not data:
                open_fds.discard(fd)
            elif fd == dump_r:
                dumped += data
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(dumped.decode("utf-8", "replace"))
    sys.exit(os.waitstatus_to_exitcode(status) & 0xFF)


if __name__ == "__main__":
    main()
