#!/bin/sh
# README's "Building by hand" names every package .ci/dev installs, and
# .ci/dev installs every package the meson files tell a person to install
# (issue 9 #7).
#   readme_packages.sh SOURCE_ROOT
set -u
root=$1
packages=$(sed -n '/^packages=(/,/)/p' "$root/.ci/dev" | sed 's/^packages=(//; s/)//' | tr -s ' \t\n' '\n' | grep .)
[ -n "$packages" ] || { echo "no packages=(...) list in .ci/dev"; exit 1; }
section=$(sed -n '/^## Building by hand/,/^## [^B]/p' "$root/README.md")
[ -n "$section" ] || { echo "README has no \"Building by hand\" section"; exit 1; }
named=$(printf '%s\n' "$section" | tr '\n' ' ' | grep -o '`[^`]*`' | tr -d '`' | tr -s ' ' '\n')
fail=0
for p in $packages; do
	printf '%s\n' "$named" | grep -qx -- "$p" ||
		{ echo "README's Building by hand does not name $p, which .ci/dev installs"; fail=1; }
done
# Named in an error message ("apt-get install libzxcvbn-dev") or in the
# table of dependencies (['md4c', '>= 0.4', 'libmd4c-dev']).
needed=$(find "$root" -name meson.build -not -path "$root/build*" -exec cat {} + |
	grep -o "apt-get install [a-z0-9.+-]*\|'[a-z0-9.+-]*-dev'" |
	sed "s/apt-get install //; s/'//g" | sort -u)
[ -n "$needed" ] || { echo "found no package named in the meson files"; exit 1; }
for p in $needed; do
	printf '%s\n' "$packages" | grep -qx -- "$p" ||
		{ echo "a meson file asks for $p, which .ci/dev does not install"; fail=1; }
done
[ $fail = 0 ] && echo "ok:" $packages
exit $fail
