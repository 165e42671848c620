#!/usr/bin/env python3
"""For a screen case's "# after": starts the test build of wisemind
(headless.c) once more, in the case's own folders (its environment), on a
pseudo-terminal of COLSxLINES (default 80x24), with a key script read from
standard input; prints what it dumps and exits with its status. So a case
can show what the next start finds: a draft kept at a termination signal,
say. headless.py masks and compares this output with the rest.

  # after printf 'key Enter\\n...dump back\\n' | python3 "$WISEMIND_TEST_AGAIN" $W
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from headless import run_headless  # noqa: E402


def main():
    binary = sys.argv[1]
    cols, lines = (int(x) for x in (sys.argv[2] if len(sys.argv) > 2 else "80x24").split("x"))
    dumped, code = run_headless(binary, [], os.environ, cols, lines, sys.stdin.buffer.read())
    sys.stdout.write(dumped)
    sys.exit(code & 0xFF)


if __name__ == "__main__":
    main()
