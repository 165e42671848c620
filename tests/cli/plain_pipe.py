#!/usr/bin/env python3
"""Issue 14: plain mode driven through a pipe, as a script or a screen
reader's helper drives it: the first run (country, the passphrase twice,
the recovery key declined, or made, typed back and used to unlock), the
diary card (filled in, saved, and wisemind card show agreeing; Enter keeps
and - clears; the end of the input part way saves nothing), a quick urge
open and locked (the crisis lines every time: the emergency number and a
country line), a strong urge starting a skill at once, a practice with a
timer said in words and the breathing pacer at the person's own pace (the
test build's fast clock), the week summary after a scripted week, homework (today says what is
due; the list with progress; a number starts the practice of what is
due; the progress after it; d and a number asks before marking it done), ! at
many prompts, and a termination signal at a prompt. Every output is
checked for escape sequences: there must be none.
    plain_pipe.py WISEMIND_FAST_CLOCK"""
import os
import re
import shutil
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from plain_lib import (PASSPHRASE, Failure, Session, cli, fail, fresh_env,  # noqa: E402
                       init_diary, run_pipe)

WISEMIND = os.path.abspath(sys.argv[1])
GB_EMERGENCY = "If you are in danger now, call 999 or 112."
GB_LINE = "Samaritans: call 116 123"
homes = []


def env_for(**kw):
    env = fresh_env(**kw)
    homes.append(env["HOME"])
    return env


def flat(text):
    """Text with its line breaks and runs of spaces as one space: what a
    sentence says, however it was wrapped."""
    return re.sub(r"\s+", " ", text)


def expect(name, out, *texts):
    for t in texts:
        if flat(t) not in flat(out):
            fail(name, f"expected {t!r}", out)


def refuse(name, out, *texts):
    for t in texts:
        if t in out:
            fail(name, f"did not expect {t!r}", out)


def vault(env):
    return os.path.join(env["XDG_DATA_HOME"], "wisemind", "diary.vault")


def first_run_declined():
    name = "first run, recovery key declined"
    env = env_for()
    rc, out, err = run_pipe(name, WISEMIND, env, [
        "",                        # the country the language setting suggests (GB)
        "short",                   # too short: refused, with an idea
        PASSPHRASE, "other words entirely here",  # not the same twice
        PASSPHRASE, PASSPHRASE,
        "n",                       # no recovery key
        "q",
    ])
    if rc != 0:
        fail(name, f"exit status {rc}: {err}", out)
    expect(name, out, "It is no substitute for therapy or for emergency services",
           '"DBT" (dialectical', "have not endorsed", "suggests United Kingdom (GB)",
           "Saved: United Kingdom (GB).", "That is too short: use at least 8 characters",
           "The two were not the same", "That is a good passphrase.", "Make a recovery key?",
           "Your diary is ready", "There is no recovery key", "Today, ",
           "1 or c: Fill in a diary card", "Your diary is locked. Goodbye.")
    refuse(name, out, PASSPHRASE, "Your recovery key.")
    if not os.path.exists(vault(env)):
        fail(name, "no diary.vault was made", out)
    # Without a recovery key, none is offered at the locked prompt, and r
    # says why.
    name = "locked prompt, no recovery key"
    rc, out, err = run_pipe(name, WISEMIND, env, ["r", PASSPHRASE, "q"],
                            args=("--plain", "--country", "GB"))
    expect(name, out, "Your diary is locked.",
           "This diary has no recovery key: only its passphrase opens it.", "Unlocked.")
    refuse(name, out, "r to use your recovery key", "Recovery key: ")
    if rc != 0:
        fail(name, f"exit status {rc}: {err}", out)


def first_run_with_key():
    name = "first run, recovery key made and typed back"
    env = env_for()
    s = Session(name, WISEMIND, env, args=("--plain", "--country", "GB"))
    try:
        key = make_key(name, s)
    finally:
        s.kill()
    # The key opens the diary: r, then the key.
    name = "unlock with the recovery key"
    rc, out, err = run_pipe(name, WISEMIND, env, ["wrong passphrase", "r", key, "q"],
                            args=("--plain", "--country", "GB"))
    expect(name, out, "r to use your recovery key", "Not unlocked. Wrong passphrase",
           "Type your recovery key", "Recovery key: ", "Unlocked.", "Today, ")
    if rc != 0:
        fail(name, f"exit status {rc}: {err}", out)


def make_key(name, s):
    s.answer("Passphrase: ", PASSPHRASE)
    s.answer("Again: ", PASSPHRASE)
    s.wait_for("Make a recovery key?")
    s.answer("> ", "")            # Enter: yes, the default
    s.wait_for("Your recovery key.")
    s.wait_for("To check that you have it, type group ")
    s.wait_for("> ")
    text = s.text()
    # 13 groups of 4, then the check symbol, which may be one of *~$= too.
    key = re.search(r"\n    ((?:[0-9A-Z]{4}-){13}[0-9A-Z*~$=])\n", text).group(1)
    group = int(re.findall(r"type\s+group\s+(\d+)\s+of", text)[-1])
    s.send("0000")                # a wrong group first
    s.wait_for("That does not match")
    s.answer("> ", key.split("-")[group - 1].lower())
    s.wait_for("That matches.")
    s.answer("Type a number or a letter", "q")
    rc = s.finish()
    if rc != 0:
        fail(name, f"exit status {rc}", s.text())
    if PASSPHRASE in s.text():
        fail(name, "the passphrase was printed", s.text())
    return key


CARD_ANSWERS = [
    "", "1", "3", "",              # today; urges: suicide 1, self-harm 3, use kept empty
    "n", "2", "",                  # acted: suicide no, self-harm 2 times, use empty
    "2", "", "", "", "4", "", "",  # emotions: sadness 2, joy 4
    "y", "1", "one beer",          # as prescribed; other drugs once, what
    "5",                           # skills used
    "stop tip", "",                # skills practised
    "",                            # no coming-into-session ratings
    "a calm evening",              # the note
]


def card_filled():
    name = "card filled in and saved"
    env = env_for()
    init_diary(WISEMIND, env)
    rc, out, err = run_pipe(name, WISEMIND, env, [PASSPHRASE, "c", *CARD_ANSWERS, "", "q"],
                            args=("--plain", "--country", "GB"))
    if rc != 0:
        fail(name, f"exit status {rc}: {err}", out)
    expect(name, out, "Urges, 0 to 5: 0 none, 1 a little, 2 some, 3 quite strong",
           "Suicide urge, 0 to 5. Now not filled in.", "  3, quite strong.",
           "Skills used today, 0 to 7:", "  5, I tried and used skills, and they helped.",
           "Skills practised that day: stop, tip.", "\nSaved. Your card for ",
           # A suicide urge of 1 is strong: the full card and two skills.
           "This urge is strong.", GB_EMERGENCY, GB_LINE, "Two skills for a moment like this")
    rc, shown, err = cli(WISEMIND, env, "card", "show")
    for line in ["Suicide                  1   acted: no",
                 "Self-harm                3   acted: 2 times",
                 "Drugs or alcohol         -",
                 "Sadness                  2", "Joy                      4",
                 "Medication taken as prescribed: yes", "Other drugs or alcohol: 1 one beer",
                 "Skills used: 5,", "Skills practised: stop, tip", "Note: a calm evening"]:
        if line not in shown:
            fail(name, f"card show does not agree: no {line!r}", shown)
    # Enter keeps each value, - clears one, q saves what changed and stops.
    name = "card changed: Enter keeps, - clears, q saves the rest as it was"
    rc, out, err = run_pipe(name, WISEMIND, env, [PASSPHRASE, "c", "", "-", "", "", "q", "q"],
                            args=("--plain", "--country", "GB"))
    expect(name, out, "Suicide urge, 0 to 5. Now 1, a little.",
           "Self-harm urge, 0 to 5. Now 3, quite strong.", "\nSaved. Your card for ")
    rc, shown, err = cli(WISEMIND, env, "card", "show")
    for line in ["Suicide                  -", "Self-harm                3",
                 "Note: a calm evening"]:
        if line not in shown:
            fail(name, f"card show does not agree: no {line!r}", shown)


def card_input_ends():
    name = "the input ends part way through the card"
    env = env_for()
    init_diary(WISEMIND, env)
    rc, out, err = run_pipe(name, WISEMIND, env, [PASSPHRASE, "c", "", "4", "2"],
                            args=("--plain", "--country", "GB"))
    if rc != 0:
        fail(name, f"exit status {rc} (the end of the input ends cleanly): {err}", out)
    expect(name, out, "was NOT saved: it stopped before its last field",
           "The urges you typed were NOT saved.", GB_EMERGENCY, GB_LINE)
    refuse(name, out, "\nSaved.")
    rc, shown, err = cli(WISEMIND, env, "card", "show")
    if "nothing recorded" not in shown:
        fail(name, "something half-written was kept", shown)


def urges():
    name = "quick urge, unlocked and locked"
    env = env_for()
    init_diary(WISEMIND, env)
    rc, out, err = run_pipe(name, WISEMIND, env, [
        "u", "Drugs or alcohol", "2", "",        # locked: sealed, no passphrase asked
        PASSPHRASE,                              # the unlock merges it: the lines again
        "u", "2", "9", "1", "at home",           # 9 is above the scale: the lines at once
        "q",
    ], args=("--plain", "--country", "GB"))
    if rc != 0:
        fail(name, f"exit status {rc}: {err}", out)
    expect(name, out, "Saved in the locked inbox", "1 urge logged while locked was added",
           "9 is above the scale of 0 to 5", "Saved in your diary.",
           "If an urge gets strong, these lines are there for you:")
    # Today lists the urges by the card's names for their targets, not ids.
    if not re.search(r"\n  \d\d:\d\d, Drugs or alcohol: 2 \(logged while locked\)\n", out):
        fail(name, "today does not list the urge by its target's name", out)
    # Every urge brings the lines: logged locked, merged, above the scale, logged open.
    if out.count(GB_EMERGENCY) < 4 or out.count(GB_LINE) < 4:
        fail(name, "an urge came without the crisis lines", out)
    rc, listed, err = cli(WISEMIND, env, "urge", "list")
    for line in ["use 2  [logged while locked]", "self-harm 1", "note: at home"]:
        if line not in listed:
            fail(name, f"urge list lacks {line!r}", listed)


def urge_not_saved_locked():
    """A locked urge that cannot be kept (inbox.pub gone): it says so once,
    with what repairs it, and the crisis lines still come."""
    name = "quick urge, locked, not saved"
    env = env_for()
    init_diary(WISEMIND, env)
    os.remove(os.path.join(env["XDG_DATA_HOME"], "wisemind", "inbox.pub"))
    rc, out, err = run_pipe(name, WISEMIND, env, ["u", "Drugs or alcohol", "2", "", "q"],
                            args=("--plain", "--country", "GB"))
    expect(name, out, "This urge was NOT saved: the locked inbox has no valid key",
           GB_EMERGENCY, GB_LINE)
    refuse(name, flat(out).lower(), "not saved: not saved", "not saved. not saved")


def strong_urge_starts_skill():
    name = "a strong urge starts a skill at once, then asks how it is"
    env = env_for()
    init_diary(WISEMIND, env)
    rc, out, err = run_pipe(name, WISEMIND, env, [
        "u", "2", "5", "",       # locked, strong
        "1",                     # start the first skill (STOP or TIP) now
        "q",                     # stop it at its start
        "2",                     # how strong the urge is now
        "", "q",                 # no skill this time; quit
    ], args=("--plain", "--country", "GB"))
    if rc != 0:
        fail(name, f"exit status {rc}: {err}", out)
    expect(name, out, "This urge is strong.", "Two skills for a moment like this",
           "Press Enter to begin, or q to stop", "You stopped the practice.",
           "How strong is the urge (self-harm) now",
           "How the urge is now is kept in the locked inbox")
    if out.count(GB_EMERGENCY) < 2:
        fail(name, "the after-rating came without the crisis lines", out)


def practice_with_timer():
    name = "practice with a timer said in words"
    env = env_for()
    init_diary(WISEMIND, env)
    os.makedirs(os.path.join(env["XDG_CONFIG_HOME"], "wisemind"), exist_ok=True)
    with open(os.path.join(env["XDG_CONFIG_HOME"], "wisemind", "settings.yaml"), "w") as f:
        f.write("breathing-pace: in 3, out 5\nbell: off\n")
    rc, out, err = run_pipe(name, WISEMIND, env, [
        PASSPHRASE, "p", "d", "body-scan",
        "", "3", "",             # begin; tension 3; start the one-minute timer
        "q",                     # stop at the step's end
        "paced-breathing",       # by its id, from the same list
        "", "6", "", "",         # begin; distress; on; on
        "",                      # the pace shown (the person's): start
        "q",                     # stop after the breathing
        "q", "q", "q",
    ], args=("--plain", "--country", "GB"))
    if rc != 0:
        fail(name, f"exit status {rc}: {err}", out)
    expect(name, out, "Timer: 1 minute.", "  1 minute left.", "  30 seconds left.",
           "  Time is up.", "Kept in your diary: Body scan",
           "Breathing pace: in 3, out 5 seconds.", "Breath 1 of ",
           "  Breathe in for 3 seconds.", "  Breathe out for 5 seconds.",
           "Let your breath return to its own pace.")
    refuse(name, out, "1:00 left", "Breathe in...", "\a")


WEEK = [
    ("2026-03-02", ["urge.self-harm=2", "emotion.sadness=3", "skills-used=5", "skill.stop=yes"]),
    ("2026-03-04", ["urge.use=1", "action.use=2", "med.as-prescribed=yes"]),
    ("2026-03-08", ["note=rest day"]),
]
WEEK_SUMMARY = """The week 2026-W10, Monday 2026-03-02 to Sunday 2026-03-08.
Monday 2026-03-02: urges: Self-harm 2; emotions: Sadness 3; skills used 5;
practised: stop.
Tuesday 2026-03-03: nothing recorded.
Wednesday 2026-03-04: urges: Drugs or alcohol 1; acted: Drugs or alcohol 2
times; medication as prescribed: yes.
Thursday 2026-03-05: nothing recorded.
Friday 2026-03-06: nothing recorded.
Saturday 2026-03-07: nothing recorded.
Sunday 2026-03-08: a note.
"""


def week_summary():
    name = "the week summary after a scripted week"
    env = env_for()
    init_diary(WISEMIND, env)
    for date, changes in WEEK:
        rc, out, err = cli(WISEMIND, env, "card", "set", "--date", date, *changes)
        if rc != 0:
            fail(name, f"card set failed: {err}", out)
    # Three urges eased by TIP: enough to rank it among the skills that help.
    for _ in range(3):
        cli(WISEMIND, env, "urge", "self-harm", "4")
        cli(WISEMIND, env, "urge", "--after", "1", "--skill", "tip")
    rc, out, err = run_pipe(name, WISEMIND, env, [
        PASSPHRASE, "w", ">", "2026-W10", ">", "<", "2026-W99", "2999-01-04", "2026-03-04",
        "q", "q",
    ], args=("--plain", "--country", "GB"))
    if rc != 0:
        fail(name, f"exit status {rc}: {err}", out)
    # The same week as the screen's (session_week): never a week not yet come,
    # and a day typed gives its week.
    expect(name, out, WEEK_SUMMARY,
           "This is the current week: there is no week after it yet.",
           "The week 2026-W11, Monday 2026-03-09 to Sunday 2026-03-15.",
           "neither a week nor a day", "That week has not come yet",
           "The skills after which your urges dropped most",
           "TIP, urges 3 lower afterwards (the median of 3 times)")
    if out.count(WEEK_SUMMARY) != 3:
        fail(name, "< and a day typed did not come back to the week", out)
    # Today's week first, with the urges logged today under their day,
    # the target and the skill by their names, not their ids.
    if not re.search(r"\n  Logged at \d\d:\d\d: Self-harm 4, then 1 after TIP\.", out):
        fail(name, "today's logged urges are not under their day", out)


def crisis_everywhere():
    name = "! at many prompts"
    env = env_for()
    init_diary(WISEMIND, env)
    bangs = [
        "!",                              # the passphrase prompt (locked)
        PASSPHRASE,
        "!",                              # today's menu
        "c", "!", "", "!", "q",           # the card's day; a field; q saves nothing changed
        "u", "!", "2", "!", "0", "!", "",  # the urge's target, rating and note
        "w", "!", "q",                    # the week
        "o", "!", "q",                    # settings
        "p", "d", "!", "stop", "!", "q",  # the skills list; a practice's own prompt
        "q", "q",
        "q",
    ]
    rc, out, err = run_pipe(name, WISEMIND, env, bangs, args=("--plain", "--country", "GB"))
    if rc != 0:
        fail(name, f"exit status {rc}: {err}", out)
    # And the urge's own card, and the short one a crisis skill (STOP) ends with.
    wanted = bangs.count("!") + 2
    if out.count(GB_EMERGENCY) != wanted or out.count(GB_LINE) != wanted:
        fail(name, f"the crisis lines showed {out.count(GB_EMERGENCY)} times, not {wanted}",
             out)
    expect(name, out, "[Crisis lines above. Type your passphrase when you are ready.]",
           "[Crisis lines above. The question you were at comes again.]",
           "[Crisis lines above. The practice goes on where you were")


def signal_at_prompt():
    name = "SIGTERM at a prompt"
    env = env_for()
    init_diary(WISEMIND, env)
    s = Session(name, WISEMIND, env, args=("--plain", "--country", "GB"))
    try:
        s.answer("Passphrase: ", PASSPHRASE)
        s.wait_for("Type a number or a letter, then Enter.")
        s.signal(signal.SIGTERM)
        rc = s.finish()
    finally:
        s.kill()
    if rc != 128 + signal.SIGTERM:
        fail(name, f"exit status {rc}, not {128 + signal.SIGTERM}", s.text())
    # The diary was closed, not left held: it opens again at once.
    rc, out, err = run_pipe(name, WISEMIND, env, [PASSPHRASE, "q"],
                            args=("--plain", "--country", "GB"))
    expect(name, out, "Unlocked.")


def homework():
    name = "homework: due today, the list, a practice from it, marked done"
    env = env_for()
    init_diary(WISEMIND, env)
    hw = os.path.join(env["HOME"], "breathe.hw")
    os.makedirs(env["HOME"], exist_ok=True)
    rc, out, err = cli(WISEMIND, env, "homework", "new", "--skill", "paced-breathing",
                       "--skill", "stop", "--title", "Evening breathing",
                       "--note", "Breathe **slowly** before bed.", "-o", hw)
    if rc != 0:
        fail(name, f"homework new failed: {err}", out)
    rc, out, err = cli(WISEMIND, env, "homework", "import", "--yes", hw)
    if rc != 0:
        fail(name, f"homework import failed: {err}", out)
    rc, out, err = run_pipe(name, WISEMIND, env, [
        PASSPHRASE, "h",
        "?", "!",                # help and the crisis lines at its prompt
        "1",                     # practise what is due: paced breathing
        "", "", "q",             # begin, leave the first rating, stop: kept
        "q", "h",                # today says what is still due; back again
        "d 1", "n",              # asked first; no keeps it
        "d1", "y",               # and yes marks it done
        "q", "q",
    ], args=("--plain", "--country", "GB"))
    if rc != 0:
        fail(name, f"exit status {rc}: {err}", out)
    expect(name, out,
           "Homework due today: Paced breathing, STOP (type h).",
           "4 or h: Your homework",
           "1: Evening breathing: 0 of 2 so far. Every day, from",
           "Paced breathing: due today.", "STOP: due today.",
           "From your therapist: Breathe slowly before bed.",
           "d and its number (d 1) to mark it done",
           GB_EMERGENCY,
           "Paced breathing: Slow your breath",
           "Kept in your diary: Paced breathing",
           "1: Evening breathing: 1 of 2 so far.",
           "Paced breathing: practised today.",
           'Mark "Evening breathing" done?', "It stays as it was.",
           "Marked done, and saved.",
           "1: Evening breathing: 1 of 2 so far (done).",
           "Homework due today: STOP (type h).")
    refuse(name, out, "**slowly**")
    # Marked done: nothing is due, and today says nothing of it.
    rc, out, err = run_pipe(name, WISEMIND, env, [PASSPHRASE, "q"],
                            args=("--plain", "--country", "GB"))
    refuse(name, out, "Homework due today", "Homework: all done")


def main():
    tests = [first_run_declined, first_run_with_key, card_filled, card_input_ends, urges,
             urge_not_saved_locked, strong_urge_starts_skill, practice_with_timer, week_summary, homework, crisis_everywhere,
             signal_at_prompt]
    failed = 0
    for t in tests:
        try:
            t()
            print(f"ok {t.__name__}")
        except Failure as e:
            failed += 1
            print(f"FAIL {t.__name__}: {e}")
    for h in homes:
        shutil.rmtree(h, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
