// The pixel arithmetic behind live strength, the same as the server's (easel-core Finishing and
// ColorTransfer.keepLuminance), so a picture adjusted here equals one the server would have made.

const clamp = (v) => (v < 0 ? 0 : v > 255 ? 255 : v);

/**
 * Writes into {@code out} (RGBA bytes) the full-strength {@code result} with, when {@code keepColours}, the
 * photo's colours under the result's luminance, then blended with the {@code photo} by {@code strength} (0..1).
 * Alpha is the result's (the server gives it the photo's).
 */
export function blendPixels(photo, result, out, strength, keepColours) {
  const t = strength;
  for (let i = 0; i < out.length; i += 4) {
    const pr = photo[i];
    const pg = photo[i + 1];
    const pb = photo[i + 2];
    let r = result[i];
    let g = result[i + 1];
    let b = result[i + 2];
    if (keepColours) {
      // Y of YIQ from the result, I and Q from the photo: the inverse transform adds the change of Y to
      // R, G and B alike
      const dy = 0.299 * (r - pr) + 0.587 * (g - pg) + 0.114 * (b - pb);
      r = clamp(pr + dy);
      g = clamp(pg + dy);
      b = clamp(pb + dy);
    }
    out[i] = pr + t * (r - pr);
    out[i + 1] = pg + t * (g - pg);
    out[i + 2] = pb + t * (b - pb);
    out[i + 3] = result[i + 3];
  }
}

/** Whether {@link blendPixels} with these settings returns the result unchanged. */
export function isIdentity(strength, keepColours) {
  return strength >= 1 && !keepColours;
}
