#!/usr/bin/env bash
# Spark against `easel batch` on the same photos (default 64 training photos, realtime candy at 512 px): images per
# second for batch with one and with all PyTorch threads, and for `easel spark` on local[1] and local[2]. Each run is a
# fresh JVM on a fresh output folder; "wall" counts from the command's start (JVM, Spark start-up, model load),
# "working" is the rate over the command's own stage (batch: its run; spark: the Spark stage). Prints a Markdown table.
# Usage (from the repository root, after the build): easel-bench/scripts/bench-spark.sh [PHOTOS] [SIZE]
set -euo pipefail
count="${1:-64}"
size="${2:-512}"
train="${EASEL_SHARED:-../shared}/images/train"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/photos"
find "$train" -maxdepth 1 -name '*.jpg' | sort > "$tmp/all"
head -n "$count" "$tmp/all" | xargs cp -t "$tmp/photos"
style=(--method realtime --model candy --size "$size")
./easel models >/dev/null 2>&1 && ./easel spark --help >/dev/null 2>&1 # builds what is missing, outside the timings

# run LABEL COMMAND...: times the command, then reads the seconds of its own working stage from its summary line
run() {
  local label="$1"; shift
  local start end line work
  start=$(date +%s.%N)
  "$@" 2> "$tmp/err" >/dev/null
  end=$(date +%s.%N)
  line=$(grep -E '^(batch|spark): ' "$tmp/err" | tail -1)
  # batch: "... in 61.2 s (0.96 s per photo)"; spark: "... (stylizing 58.1 s, 1.10 images/s)"
  work=$(sed -nE 's/.*stylizing ([0-9.]+) s.*/\1/p; s/^batch: .* in ([0-9.]+) s.*/\1/p' <<< "$line")
  awk -v l="$label" -v s="$start" -v e="$end" -v w="$work" -v n="$count" \
    'BEGIN { printf "| %s | %.1f | %.2f | %.1f | %.2f |\n", l, e - s, n / (e - s), w, n / w }'
}

echo "| run | wall s | images/s (wall) | working s | images/s (working) |"
echo "|---|---|---|---|---|"
EASEL_JAVA_OPTS="-Xmx6g -Dai.djl.pytorch.num_threads=1" \
  run "easel batch, 1 thread" ./easel batch --input "$tmp/photos" --output "$tmp/b1" "${style[@]}"
run "easel batch, $(nproc) threads" ./easel batch --input "$tmp/photos" --output "$tmp/b2" "${style[@]}"
run "easel spark --master local[1]" ./easel spark --master 'local[1]' --input "$tmp/photos" --output "$tmp/s1" "${style[@]}"
run "easel spark --master local[2]" ./easel spark --master 'local[2]' --input "$tmp/photos" --output "$tmp/s2" "${style[@]}"
# the same bytes as batch with the same thread count (one thread per task)
diff -rq "$tmp/b1" "$tmp/s1" >/dev/null && echo "local[1] outputs: byte-identical to batch with 1 thread" \
  || echo "local[1] outputs: differ from batch with 1 thread"
