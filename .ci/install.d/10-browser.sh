#!/usr/bin/env bash
# What the browser tests (tests/JakKb.BrowserTests) need: Chromium (Debian's, or the one JAKKB_CHROMIUM names),
# a Java runtime for the Nu HTML Checker, and the npm tools in tools/ (vnu-jar, lighthouse, and commonmark-spec, whose examples the Markdown tests run). Installs only what
# is missing, with apt-get as root on Debian or Ubuntu; anywhere else it says what is missing and how to get it.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive
chromium="${JAKKB_CHROMIUM:-/usr/bin/chromium}"

if [ -n "${JAKKB_CHROMIUM:-}" ] && [ ! -x "$JAKKB_CHROMIUM" ]; then
  echo "jakkb: error: JAKKB_CHROMIUM is '$JAKKB_CHROMIUM', which is not an executable file. Point it at a Chromium or Chrome executable, or unset it to use Debian's /usr/bin/chromium."
  exit 3
fi
missing=()
[ -x "$chromium" ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing: ${missing[*]}"
    apt-get update -y
    apt-get install -y --no-install-recommends "${missing[@]}"
  else
    # Lines starting "jakkb: error:" are shown as build errors by the test project (see its .csproj).
    for package in "${missing[@]}"; do
      case "$package" in
        chromium) echo "jakkb: error: the browser tests need Chromium at $chromium. Install it (Debian: sudo apt-get install chromium), or set JAKKB_CHROMIUM to a Chromium or Chrome executable." ;;
        default-jre-headless) echo "jakkb: error: the browser tests need a Java runtime ('java' on PATH) for the Nu HTML Checker. Install one (Debian: sudo apt-get install default-jre-headless)." ;;
      esac
    done
    if command -v apt-get >/dev/null 2>&1; then why="it is not running as root"; else why="this system has no apt-get"; fi
    echo "jakkb: error: .ci/install.d/10-browser.sh installs these itself only as root on Debian or Ubuntu, and $why: run it with sudo, or install them as above. 'dotnet test tests/JakKb.Tests' runs the generator's tests without them."
    exit 3
  fi
fi

if [ ! -d tools/node_modules ] || [ ! -f tools/node_modules/commonmark-spec/spec.txt ]; then
  if ! command -v npm >/dev/null 2>&1; then
    echo "jakkb: error: the browser tests need npm (Node.js 20 or later) to install the checkers in tools/. Install Node.js, then run: npm ci --prefix tools --ignore-scripts"
    exit 3
  fi
  # vnu-jar's postinstall would fetch a Java runtime; the system one is used instead.
  npm ci --prefix tools --ignore-scripts --no-audit --no-fund
fi
echo "chromium: $("$chromium" --version 2>/dev/null || echo missing)"
echo "java: $(java -version 2>&1 | head -n1)"
