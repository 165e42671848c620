#!/usr/bin/env python3
"""Headless screen tests: runs the test build of wisemind (headless.c) on a
pseudo-terminal of a fixed size, feeds it a key script, and compares the
screens it dumps (text, and a "~" line of attributes under each row that
has any: 1 bold, 2 reverse, 4 underline, 8 dim, added) with a golden file.

A case is NAME.keys in the cases folder. Its header lines:
  # size COLSxLINES          (default 80x24)
  # env NAME=VALUE           (added to the environment)
  # setup SHELL              (run first; $W is the wisemind binary)
  # after SHELL              (run after; its output is compared too)
  # elsewhere CASE           (screens shown there count as visited)
  # exit N                   (the exit status expected; default 0)
  # args WORDS               (the command line after the program's name)
The rest is the script (see headless.c). Dates and the times of today's
urges change from day to day: they are masked before comparing (and the
week view's week and days of the month).

To update the golden files after a deliberate change:
  UPDATE_GOLDEN=1 meson test -C build --suite tui
"""
import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import tempfile
import termios

PASSPHRASE = "correct horse battery staple"


WEEKDAY = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day YYYY")


def weekdays(text):
    """A day's name changes the length of its line, and where the rest of
    the line falls: such a line is compared with its runs of spaces
    collapsed, and its attribute and colour rows are left out."""
    lines = text.split("\n")
    out = []
    skip = False
    for line in lines:
        if skip and line[:1] in ("~", "^"):
            continue
        skip = False
        if WEEKDAY.search(line):
            line = re.sub(r"(?<=\S) {2,}", "  ", WEEKDAY.sub("Weekday YYYY", line))
            skip = True
        out.append(line)
    return "\n".join(out)


def mask(text):
    # A recovery key and the group of it asked back are random.
    text = re.sub(r"\b[0-9A-Z]{4}(-[0-9A-Z]{4}){3,}(-\S{1,4})?", "RECOVERY-KEY", text)
    text = re.sub(r"\b([Gg]roup|numbered) \d+", r"\1 N", text)
    # An urge's id is random.
    text = re.sub(r"\bid [0-9a-f]{32}\b", "id URGE-ID", text)
    # The suggested passphrase is five random words.
    text = re.sub(r'An idea: "[a-z ]+"', 'An idea: "WORDS"', text)
    text = re.sub(r"\d{4}-\d{2}-\d{2}", "YYYY-MM-DD", text)
    # The week view names its ISO week, and each day by its day of the
    # month ("Mo 16", "Tu  3": five columns either way).
    text = re.sub(r"\b\d{4}-W\d{2}\b", "YYYY-Www", text)
    text = re.sub(r"\b(Mo|Tu|We|Th|Fr|Sa|Su) [ \d]\d\b", r"\1 DD", text)
    text = weekdays(text)
    text = re.sub(r"(?m)^(\s+)\d\d:\d\d(\s)", r"\1HH:MM\2", text)
    text = re.sub(r"\d\d:\d\d [+-]\d\d:\d\d|\d\d:\d\d UTC", "HH:MM UTC", text)
    return text


def run_headless(binary, args, env, cols, lines, script):
    """Runs the test build (headless.c) with args and env on a pseudo-
    terminal of cols x lines, the key script (bytes) on an inherited pipe;
    returns what it dumped and its exit status. Also used by
    screen_again.py, for a case's second start."""
    script_r, script_w = os.pipe()
    dump_r, dump_w = os.pipe()
    os.set_inheritable(script_r, True)
    os.set_inheritable(dump_w, True)
    os.write(script_w, script)
    os.close(script_w)
    env = dict(env)
    env["WISEMIND_TEST_SCRIPT_FD"] = str(script_r)
    env["WISEMIND_TEST_DUMP_FD"] = str(dump_w)
    pid, master = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", lines, cols, 0, 0))
        os.execve(binary, [binary] + list(args), env)
    os.close(script_r)
    os.close(dump_w)
    dumped = b""
    # The pseudo-terminal is drained so curses never blocks on it; the
    # dumps are read until the program has gone and closed its end.
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
    return dumped.decode("utf-8", "replace"), os.waitstatus_to_exitcode(status)


def run(binary, case_path):
    header = {"size": "80x24", "env": [], "setup": [], "after": [], "elsewhere": [],
              "exit": "0", "args": ""}
    script = []
    with open(case_path, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"# (size|env|setup|after|elsewhere|exit|args) (.*)", line.rstrip("\n"))
            if m and m.group(1) in ("env", "setup", "after", "elsewhere"):
                header[m.group(1)].append(m.group(2))
            elif m:
                header[m.group(1)] = m.group(2)
            else:
                script.append(line)
    cols, lines = (int(x) for x in header["size"].split("x"))
    tmp = tempfile.mkdtemp(prefix="wisemind-tui-")
    env = dict(os.environ)
    env.update({
        "HOME": tmp + "/home", "XDG_DATA_HOME": tmp + "/data",
        "XDG_CONFIG_HOME": tmp + "/config", "XDG_STATE_HOME": tmp + "/state",
        "TERM": "xterm-256color", "LANG": "C.UTF-8", "TZ": "UTC", "NO_COLOR": "1",
        "W": binary, "PASSPHRASE": PASSPHRASE,
    })
    for e in header["env"]:
        k, _, v = e.partition("=")
        if v == "":
            env.pop(k, None)
        else:
            env[k] = v
    for cmd in header["setup"]:
        r = subprocess.run(["sh", "-c", cmd], env=env, capture_output=True, text=True)
        if r.returncode != 0:
            print("setup failed:", cmd, r.stdout, r.stderr)
            sys.exit(99)
    dumped, code = run_headless(binary, header["args"].split(), env, cols, lines,
                                "".join(script).encode())
    out = dumped
    for cmd in header["after"]:
        r = subprocess.run(["sh", "-c", cmd], env=env, capture_output=True, text=True)
        out += "=== after: %s (exit %d)\n%s%s" % (cmd, r.returncode, r.stdout, r.stderr)
    out = mask(out).replace(tmp, "$TMP")
    subprocess.run(["rm", "-rf", tmp])
    return out, code, int(header["exit"]), header["elsewhere"]


def dumps(text):
    """The (name, screen) of each dump, in order."""
    return re.findall(r"(?m)^=== (.*) \(\d+x\d+, ([a-z_ ]+)\)$", text)


def crisis_opened_over(text):
    """The screens the crisis lines were opened over and went back to: a
    dump named crisis-over-* showing them, then the next dump not of the
    crisis lines, of the screen Esc went back to. The blank screen of
    quick-hide goes away at any key, so for it the dump before counts."""
    seen = set()
    shown = dumps(text)
    for i, (name, screen) in enumerate(shown):
        if not (name.startswith("crisis-over-") and screen == "crisis"):
            continue
        if i > 0 and shown[i - 1][1] == "hidden":
            seen.add("hidden")
        after = [s for _, s in shown[i + 1:] if s != "crisis"]
        if after:
            seen.add(after[0])
    return seen


def check_every_screen(out, cases, elsewhere):
    """With "screens" in the script: the crisis lines were opened over
    every registered screen (a dump of it, then a crisis-over-* dump
    showing them), here or in the cases named by "# elsewhere", and each
    dump named crisis-over-* shows the crisis lines."""
    registered = set(re.findall(r"(?m)^registered (\S+)$", out))
    if not registered:
        return True
    opened = crisis_opened_over(out)
    for case in elsewhere:
        with open(os.path.join(cases, case + ".screen"), encoding="utf-8") as f:
            opened |= crisis_opened_over(f.read())
    ok = True
    for name in sorted(registered - opened - {"crisis"}):
        print("screen %s is registered but no test opens the crisis lines over it" % name)
        ok = False
    for name, screen in dumps(out):
        if name.startswith("crisis-over-") and screen != "crisis":
            print("%s shows %s, not the crisis lines" % (name, screen))
            ok = False
    return ok


def main():
    binary, cases, name = sys.argv[1], sys.argv[2], sys.argv[3]
    out, code, expected, elsewhere = run(binary, os.path.join(cases, name + ".keys"))
    golden = os.path.join(cases, name + ".screen")
    failed = False
    if code != expected:
        print("exit status %d, expected %d" % (code, expected))
        failed = True
    if os.environ.get("UPDATE_GOLDEN") == "1":
        with open(golden, "w", encoding="utf-8") as f:
            f.write(out)
    else:
        try:
            with open(golden, encoding="utf-8") as f:
                want = f.read()
        except FileNotFoundError:
            want = ""
        if want != out:
            import difflib
            sys.stdout.writelines(difflib.unified_diff(
                want.splitlines(True), out.splitlines(True), golden, "got"))
            failed = True
    if not check_every_screen(out, cases, elsewhere):
        failed = True
    if "NOT BUILT" in out or "not built yet" in out:
        print("a placeholder screen was shown")
        failed = True
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
