#!/usr/bin/env bash
# ICU, which jakkb needs since it no longer runs with invariant globalization: CommonMark folds link labels by
# Unicode case, and slugs are made after Unicode normalisation. Installs Debian's libicu only when it is missing.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

if ldconfig -p | grep -q 'libicuuc\.so'; then
  echo "icu: $(ldconfig -p | grep -o 'libicuuc\.so\.[0-9]*' | head -n1)"
  exit 0
fi
apt-get update -y
# The package carries the ICU version in its name (libicu72 on Debian 12, libicu76 on 13).
package=$(apt-cache search --names-only '^libicu[0-9]+$' | awk '{print $1}' | sort -V | tail -n1)
if [ -z "$package" ]; then
  echo "icu: no libicu package found; install ICU (https://icu.unicode.org) for jakkb" >&2
  exit 1
fi
echo "installing: $package"
apt-get install -y --no-install-recommends "$package"
