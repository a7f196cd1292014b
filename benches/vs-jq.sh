#!/usr/bin/env bash
# Times pasar against jq on the same generated dataset and prints medians, ratios and
# peak memory. Usage: benches/vs-jq.sh [EVENTS] [RUNS]   (defaults: 1000000 events, 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."

events=${1:-1000000}
runs=${2:-5}
command -v jq >/dev/null || { echo "jq is needed: apt-get install jq" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "GNU time is needed: apt-get install time" >&2; exit 2; }

cargo build --release --quiet
pasar=${CARGO_TARGET_DIR:-target}/release/pasar
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
"$pasar" gen --events "$events" --out "$dir/data"
file="$dir/data/events.jsonl"
size=$(stat -c %s "$file")
cat "$file" >/dev/null # into the page cache, as for every run below

# run NAME CMD...: prints the median wall time in seconds and the peak RSS in KiB.
run() {
  local name=$1
  shift
  local times=() rss=0
  for _ in $(seq "$runs"); do
    PASAR_TIMINGS=1 /usr/bin/time -f '%e %M' -o "$dir/time" "$@" >/dev/null 2>"$dir/err" || { cat "$dir/err" >&2; exit 1; }
    grep '^pasar: ' "$dir/err" >>"$dir/$name.phases" || true
    read -r t m <"$dir/time"
    times+=("$t")
    ((m > rss)) && rss=$m
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  awk -v n="$name" -v t="$median" -v m="$rss" -v s="$size" \
    'BEGIN { printf "%-8s median %6.2f s   peak RSS %7.1f MiB (%.2fx the file)\n", n, t, m / 1024, m * 1024 / s }'
  echo "$median" >"$dir/$name.median"
}

echo "$events events, $((size / 1048576)) MiB, $runs runs each, $(nproc) cores"
run jq jq -c 'select(.kind=="deal") | .id' "$file"
run check "$pasar" check --data "$dir/data"
run render "$pasar" render --data "$dir/data" --size 120x40 --keys 'G/pasar<Enter>'
jq_time=$(cat "$dir/jq.median")
for name in check render; do
  awk -v n="$name" -v a="$jq_time" -v b="$(cat "$dir/$name.median")" 'BEGIN { printf "jq / %-8s %.1fx\n", n, a / b }'
done
# Where render's time goes (PASAR_TIMINGS): loading the file, opening the tracker (its
# indexes: the first frame's wait after the load), the keys, and drawing the last frame.
for phase in load open keys frame; do
  awk -v p="$phase" '$2 == p { print $3 }' "$dir/render.phases" | sort -g |
    awk -v p="$phase" '{a[NR]=$1} END { printf "render %-6s median %6.3f s\n", p, a[int((NR+1)/2)] }'
done
