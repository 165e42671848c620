#!/bin/sh
# Every shipped skill and curriculum file passes 'wisemind skills check'.
set -u
wisemind=$(cd "$(dirname "$1")" && pwd)/$(basename "$1") skills=$2
cd "$skills" || exit 99
# shellcheck disable=SC2046
"$wisemind" skills check $(ls */*.md | grep -v '^crisis/')
