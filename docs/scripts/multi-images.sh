#!/usr/bin/env bash
# Regenerates the multi-style pictures in docs/images from the shipped model `multi`:
#   multi_styles_sheet.jpg  every style on one photo (painting above its result)
#   multi_mix_strip.jpg     candy -> starry_night in five steps, paintings at both ends
# Usage (from the repository root): docs/scripts/multi-images.sh [MODEL] [PHOTO]
set -euo pipefail
model="${1:-multi}"
photo="${2:-${EASEL_SHARED:-../shared}/images/content/tubingen.jpg}"
styles_dir="${EASEL_SHARED:-../shared}/images/style"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

card="$model"; [ -f "$card" ] || card="models/$model.json"
mapfile -t styles < <(tr -d '\n' < "$card" | grep -o '"styles" *: *\[[^]]*\]' | grep -o '"[^"]*\.[a-z]*"' | tr -d '"')
[ "${#styles[@]}" -ge 2 ] || { echo "model $model lists no styles" >&2; exit 1; }

row_paintings=(); row_results=(); cells=()
for i in "${!styles[@]}"; do
  s="${styles[$i]}"
  ./easel stylize --method multi --model "$model" --style "$s" --content "$photo" --size 384 --output "$tmp/$i.png" 2>/dev/null
  row_paintings+=("$styles_dir/$s"); row_results+=("$tmp/$i.png")
  if [ "${#row_paintings[@]}" -eq 5 ] || [ "$i" -eq $((${#styles[@]} - 1)) ]; then
    cells+=("${row_paintings[@]}" "${row_results[@]}"); row_paintings=(); row_results=()
  fi
done
./easel contact-sheet --columns 5 --height 160 --force --output docs/images/multi_styles_sheet.jpg "${cells[@]}"

strip=("$styles_dir/candy.jpg")
for w in "1,0" "0.75,0.25" "0.5,0.5" "0.25,0.75" "0,1"; do
  ./easel stylize --method multi --model "$model" --style candy --style starry_night --style-weights "$w" \
    --content "$photo" --size 384 --output "$tmp/mix-$w.png" 2>/dev/null
  strip+=("$tmp/mix-$w.png")
done
strip+=("$styles_dir/starry_night.jpg")
./easel contact-sheet --height 160 --force --output docs/images/multi_mix_strip.jpg "${strip[@]}"
echo "wrote docs/images/multi_styles_sheet.jpg and docs/images/multi_mix_strip.jpg"
