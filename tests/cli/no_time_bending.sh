#!/bin/sh
# Issue 11: the program people run reads no environment variable to bend
# time; only the test build (tests/cli/fast_clock.c) does.
#   no_time_bending.sh WISEMIND WISEMIND_FAST_CLOCK
set -u
if ! grep -q WISEMIND_TEST_TIME_SCALE "$2"; then
	echo "the test build does not name WISEMIND_TEST_TIME_SCALE: this check looks in the wrong place"
	exit 1
fi
if grep -q WISEMIND_TEST_TIME_SCALE "$1"; then
	echo "the shipped program names WISEMIND_TEST_TIME_SCALE: it must not bend time"
	exit 1
fi
if grep -q TIME_SCALE "$1"; then
	echo "the shipped program names another TIME_SCALE variable"
	exit 1
fi
echo "ok: only the test build reads WISEMIND_TEST_TIME_SCALE"
