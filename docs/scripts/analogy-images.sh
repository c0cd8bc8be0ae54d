#!/usr/bin/env bash
# Regenerates docs/images/analogies_sheet.jpg, one row per Image Analogies application (A | A' | B | B'):
#   1. an artistic filter learned from a painted pair (A' = Easel's real-time mosaic network on A)
#   2. a learned emboss (A' = ImageMagick's grey relief of A)
#   3. texture by numbers (A = a label map of A', B = a label map drawn by hand)
#   4. a painterly analogy from a painting alone (A = the painting smoothed)
# Needs ImageMagick's convert for the emboss and the label maps. Usage (from the repository root):
#   docs/scripts/analogy-images.sh
set -euo pipefail
images="${EASEL_SHARED:-../shared}/images"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# 1. artistic filter from a painted pair: learn "photo -> mosaic network" on one photo, apply to another
convert "$images/train/imagenet_n09332890_lakeside.jpg" -resize 384x384 "$tmp/1a.png"
./easel stylize --method realtime --model mosaic --content "$tmp/1a.png" --size 0 --output "$tmp/1ap.png" 2>/dev/null
convert "$images/content/tubingen.jpg" -resize 384x384 "$tmp/1b.png"
./easel analogy --a "$tmp/1a.png" --a-prime "$tmp/1ap.png" --b "$tmp/1b.png" --kappa 2 --size 0 --output "$tmp/1bp.png"

# 2. emboss: A' is a grey relief of A (light from the top left); B' is learned, not computed
convert "$images/train/bsds300_100075.jpg" -resize 384x384 "$tmp/2a.png"
convert "$tmp/2a.png" -colorspace gray -define convolve:scale='!' -morphology Convolve '3x3: -1,0,0 0,0,0 0,0,1' \
  -evaluate add 50% "$tmp/2ap.png"
convert "$images/train/bsds300_100080.jpg" -resize 384x384 "$tmp/2b.png"
./easel analogy --a "$tmp/2a.png" --a-prime "$tmp/2ap.png" --b "$tmp/2b.png" --color full --kappa 0 --size 0 --output "$tmp/2bp.png"

# 3. texture by numbers: sky and rock of a photo, labelled by blueness; B is a mountain drawn as a polygon
convert "$images/train/imagenet_n09246464_cliff.jpg" -resize 384x384 "$tmp/3ap.png"
convert "$tmp/3ap.png" -fx '(b - r) > 0.12 ? 0.85 : 0.15' -colorspace gray -median 5 "$tmp/3a.png"
convert -size 384x256 xc:'gray(85%)' -fill 'gray(15%)' \
  -draw 'polygon 0,256 0,170 70,110 130,150 210,60 280,130 330,100 384,140 384,256' "$tmp/3b.png"
./easel analogy --a "$tmp/3a.png" --a-prime "$tmp/3ap.png" --b "$tmp/3b.png" --color full --no-remap --size 0 --output "$tmp/3bp.png"

# 4. painterly analogy from a painting alone (the default: A is the painting smoothed)
convert "$images/content/golden_gate.jpg" -resize 384x384 "$tmp/4b.png"
./easel analogy --a-prime "$images/style/starry_night.jpg" --b "$tmp/4b.png" --size 384 --output "$tmp/4bp.png"
convert "$images/style/starry_night.jpg" -resize 384x384 "$tmp/4ap.png"
convert "$tmp/4ap.png" -resize 25% -resize 400% "$tmp/4a.png" # what fromPainting does, for the sheet only

./easel contact-sheet --columns 4 --height 180 --force --output docs/images/analogies_sheet.jpg \
  "$tmp"/1a.png "$tmp"/1ap.png "$tmp"/1b.png "$tmp"/1bp.png \
  "$tmp"/2a.png "$tmp"/2ap.png "$tmp"/2b.png "$tmp"/2bp.png \
  "$tmp"/3a.png "$tmp"/3ap.png "$tmp"/3b.png "$tmp"/3bp.png \
  "$tmp"/4a.png "$tmp"/4ap.png "$tmp"/4b.png "$tmp"/4bp.png
