#!/usr/bin/env bash
# JakKb vs Hugo build benchmark on synthetic knowledge bases. See bench/README.md.
#
# usage: bench/run.sh [N ...]            (default sizes: 1000 10000 20000 entities)
# env:   RUNS=3        timed runs per tool and size (alternating jakkb, hugo, jakkb, ...)
#        HUGO=0        skip Hugo (no install, no runs; ratio prints n/a)
#        JAKKB=0       skip JakKb (no build, no runs; ratio prints n/a)
#        SEED=42       Synth seed
#        WORK=/tmp/jakkb-bench   where binaries, generated sites and outputs go (never the repo)
#        KEEP=1        keep generated sites and outputs after each size
#        JAKKB_ARGS="" extra arguments appended to `jakkb build --input .. --output ..`
#        EDITS=10      incremental edits measured per size after the full builds (0 skips): `jakkb build --incremental`
#                      as a process, and the in-process edit loop of `jakkb serve` (bench/EditLoop)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(dirname "$here")
RUNS=${RUNS:-3}
HUGO=${HUGO:-1}
JAKKB=${JAKKB:-1}
SEED=${SEED:-42}
WORK=${WORK:-/tmp/jakkb-bench}
KEEP=${KEEP:-0}
JAKKB_ARGS=${JAKKB_ARGS:-}
EDITS=${EDITS:-10}
if [ "$#" -gt 0 ]; then sizes=("$@"); else sizes=(1000 10000 20000); fi

log() { printf '%s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    log "need root to run: $*"; exit 1; fi
}

apt_install() { # package
  log "installing $1 from Debian"
  apt-cache policy "$1" >&2
  as_root apt-get update >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y "$1" >&2
}

# ---------------------------------------------------------------- tools
[ -x /usr/bin/time ] || apt_install time
if [ "$HUGO" != 0 ] && ! command -v hugo >/dev/null; then apt_install hugo; fi

mkdir -p "$WORK"
log "building Synth"
dotnet build -c Release "$here/Synth" -o "$WORK/synth-bin" -v q -nologo >&2
synth=("dotnet" "$WORK/synth-bin/Synth.dll")

jakkb_dll=""
if [ "$JAKKB" != 0 ] && [ "$EDITS" != 0 ]; then
  log "building EditLoop"
  dotnet build -c Release "$here/EditLoop" -o "$WORK/editloop-bin" -v q -nologo >&2
fi
if [ "$JAKKB" != 0 ]; then
  # Published as it would ship: Release, compiled ahead of time (ReadyToRun), as Hugo is a compiled binary.
  log "publishing JakKb (Release, ReadyToRun)"
  rm -rf "$WORK/jakkb-bin"
  dotnet publish -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true "$repo/generator" -o "$WORK/jakkb-bin" -v q -nologo >&2
  proj=$(ls "$repo"/generator/*.csproj | head -1)
  asm=$(sed -n 's:.*<AssemblyName>\(.*\)</AssemblyName>.*:\1:p' "$proj" | head -1)
  [ -n "$asm" ] || asm=$(basename "$proj" .csproj)
  jakkb_dll="$WORK/jakkb-bin/$asm.dll"
  [ -f "$jakkb_dll" ] || { log "no $jakkb_dll after build"; exit 1; }
fi

# ---------------------------------------------------------------- helpers
now() { local t=$EPOCHREALTIME; printf '%s\n' "${t/,/.}"; }

median() { sort -g | awk '{a[NR]=$1} END { if (NR % 2) printf "%.3f\n", a[(NR+1)/2]; else printf "%.3f\n", (a[NR/2]+a[NR/2+1])/2 }'; }

# run_once TOOL OUTDIR -> appends "wall_s rss_kb" to $WORK/TOOL.times; fails loudly with the tool's output
run_once() {
  local tool=$1 out=$2 t0 t1 rc=0
  rm -rf "$out"
  local cmd
  if [ "$tool" = jakkb ]; then
    # shellcheck disable=SC2206
    cmd=(dotnet "$jakkb_dll" build --input "$jin" --output "$out" $JAKKB_ARGS)
  else
    cmd=(hugo --source "$hin" --destination "$out" --quiet --noBuildLock)
  fi
  t0=$(now)
  (cd "$repo" && /usr/bin/time -f '%M' -o "$WORK/rss.txt" "${cmd[@]}") >"$WORK/$tool.log" 2>&1 || rc=$?
  t1=$(now)
  if [ "$rc" -ne 0 ]; then
    log "$tool failed (exit $rc) at N=$n: ${cmd[*]}"
    tail -n 60 "$WORK/$tool.log" >&2
    exit 1
  fi
  if [ -s "$WORK/$tool.log" ]; then
    log "$tool diagnostics at N=$n (first 20 lines of $WORK/$tool.log):"
    head -n 20 "$WORK/$tool.log" >&2
  fi
  echo "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }') $(tail -n 1 "$WORK/rss.txt")" >>"$WORK/$tool.times"
}

tools=()
if [ "$JAKKB" != 0 ]; then tools+=(jakkb); fi
if [ "$HUGO" != 0 ]; then tools+=(hugo); fi
declare -A per_page=()

echo "# JakKb vs Hugo, $(nproc) cores, RUNS=$RUNS, seed $SEED"
if [ "$HUGO" != 0 ]; then echo "hugo: $(hugo version | head -1)"; fi
echo "dotnet: $(dotnet --version)"

for n in "${sizes[@]}"; do
  site="$WORK/sites/$n"
  jin="$site/jakkb-input" hin="$site/hugo-site"
  rm -rf "$site"
  mkdir -p "$site"
  "${synth[@]}" --entities "$n" --seed "$SEED" --jakkb "$jin" --hugo "$hin" >&2
  for t in "${tools[@]}"; do : >"$WORK/$t.times"; done

  for ((r = 1; r <= RUNS; r++)); do
    for t in "${tools[@]}"; do run_once "$t" "$site/out-$t"; done
  done

  echo
  echo "## N=$n entities"
  echo
  echo "| tool | median wall s | peak RSS MiB | pages (*.html) | pages/s | ms/page | runs (s) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
  declare -A wall=()
  for t in "${tools[@]}"; do
    w=$(cut -d' ' -f1 "$WORK/$t.times" | median)
    rss=$(cut -d' ' -f2 "$WORK/$t.times" | sort -g | tail -n 1)
    pages=0
    if [ -d "$site/out-$t" ]; then pages=$(find "$site/out-$t" -name '*.html' | wc -l); fi
    runs=$(cut -d' ' -f1 "$WORK/$t.times" | paste -sd' ')
    if [ "$pages" -eq 0 ]; then log "WARNING: $t wrote no *.html files at N=$n (see $WORK/$t.log)"; fi
    if [ "$pages" -gt 0 ]; then wall[$t]=$w; fi
    awk -v t="$t" -v w="$w" -v r="$rss" -v p="$pages" -v runs="$runs" 'BEGIN {
      printf "| %s | %.2f | %.0f | %d | %.0f | %.3f | %s |\n", t, w, r / 1024, p, (w > 0 ? p / w : 0), (p > 0 ? 1000 * w / p : 0), runs }'
    if [ "$t" = jakkb ]; then
      per_page[$n]=$(awk -v w="$w" -v p="$pages" 'BEGIN { printf "%.4f", (p > 0 ? 1000 * w / p : 0) }')
    fi
  done
  echo
  if [ -n "${wall[jakkb]:-}" ] && [ -n "${wall[hugo]:-}" ]; then
    awk -v n="$n" -v a="${wall[jakkb]}" -v b="${wall[hugo]}" 'BEGIN { printf "ratio jakkb/hugo N=%s: %.2f\n", n, a / b }'
  else
    echo "ratio jakkb/hugo N=$n: n/a"
  fi
  unset wall

  if [ "$JAKKB" != 0 ] && [ "$EDITS" != 0 ]; then
    # One summary edit, then `build --incremental` into the output of the last full build, as a process. A plain
    # build records no manifest, so one untimed `build --incremental` records it first.
    (cd "$repo" && dotnet "$jakkb_dll" build --input "$jin" --output "$site/out-jakkb" --incremental) >"$WORK/incremental.log" 2>&1
    # A glob, not `ls | head`: under pipefail the cut-off pipe would end the script.
    drugs=("$jin"/drugs/*.md)
    file=${drugs[0]}
    sed -i '0,/^summary: "/s//summary: "Edited. /' "$file"
    t0=$(now)
    (cd "$repo" && dotnet "$jakkb_dll" build --input "$jin" --output "$site/out-jakkb" --incremental) >"$WORK/incremental.log" 2>&1
    t1=$(now)
    echo "build --incremental N=$n, one summary edit: $(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", b - a }') s ($(tail -n 1 "$WORK/incremental.log"))"
    # The serve loop: fact, prose and summary edits in turn, rebuilt with the session serve keeps.
    cp -r "$jin" "$site/edit-input"
    (cd "$repo" && dotnet "$WORK/editloop-bin/EditLoop.dll" "$site/edit-input" "$site/out-edit" "$EDITS" theme) >"$WORK/editloop.log"
    echo "serve N=$n: $(tail -n 1 "$WORK/editloop.log")"
  fi
  if [ "$KEEP" != 1 ]; then rm -rf "$site"; fi
done

if [ "$JAKKB" != 0 ]; then
  echo
  echo "## JakKb time per page (linearity)"
  echo
  for n in "${sizes[@]}"; do echo "- N=$n: ${per_page[$n]} ms/page"; done
  first=${sizes[0]} last=${sizes[${#sizes[@]}-1]}
  if [ "$first" != "$last" ]; then
    awk -v a="${per_page[$first]}" -v b="${per_page[$last]}" -v f="$first" -v l="$last" \
      'BEGIN { printf "- ms/page N=%s / N=%s: %.2f (1.00 = linear; includes fixed startup cost, which favours large N)\n", l, f, (a > 0 ? b / a : 0) }'
  fi
fi
