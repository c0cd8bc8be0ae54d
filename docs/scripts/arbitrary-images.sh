#!/usr/bin/env bash
# Regenerates docs/images/arbitrary_unseen_sheet.jpg from the shipped arbitrary-style models: every unseen
# test painting of images/style (never in their training set) on one photo, as painting | adain | yanai,
# two paintings a row.
# Usage (from the repository root): docs/scripts/arbitrary-images.sh [PHOTO]
set -euo pipefail
photo="${1:-${EASEL_SHARED:-../shared}/images/content/golden_gate.jpg}"
styles_dir="${EASEL_SHARED:-../shared}/images/style"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

cells=()
for painting in "$styles_dir"/*; do
  name="$(basename "${painting%.*}")"
  for arch in adain yanai; do
    ./easel stylize --method arbitrary --arch "$arch" --content "$photo" --style "$painting" --size 320 \
      --output "$tmp/$name-$arch.png" 2>/dev/null
  done
  cells+=("$painting" "$tmp/$name-adain.png" "$tmp/$name-yanai.png")
done
./easel contact-sheet --columns 6 --height 150 --force --output docs/images/arbitrary_unseen_sheet.jpg "${cells[@]}"
