#!/usr/bin/env bash
# What the browser tests (tests/JakKb.BrowserTests) need: Debian's Chromium, a Java runtime for the
# Nu HTML Checker, and the npm packages in tools/ (vnu-jar, lighthouse, and commonmark-spec, whose examples the
# Markdown tests run). Installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  apt-get update -y
  apt-get install -y --no-install-recommends "${missing[@]}"
fi

if [ ! -d tools/node_modules ] || [ ! -f tools/node_modules/commonmark-spec/spec.txt ]; then
  # vnu-jar's postinstall would fetch a Java runtime; the system one is used instead.
  npm ci --prefix tools --ignore-scripts --no-audit --no-fund
fi
echo "chromium: $(/usr/bin/chromium --version 2>/dev/null || echo missing)"
echo "java: $(java -version 2>&1 | head -n1)"
