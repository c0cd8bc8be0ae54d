// The finished job: the full-strength result and the photo (both from the server, at the same size) shown in
// the viewer; strength and colour keeping are re-blended on the canvas as their controls move, and the
// download link always gives the picture shown.
import { $, titles } from './state.js';
import { showError } from './errors.js';
import { blendPixels, isIdentity } from './blend.js';
import { remember } from './recent.js';
import { resetZoom } from './zoom.js';

const view = { job: null, result: null, photo: null, out: null, frame: 0, blobUrl: null, linkTimer: null };

/** A same-origin picture's RGBA bytes. */
async function pixelsOf(url) {
  const img = new Image();
  img.src = url;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  ctx.drawImage(img, 0, 0);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

export async function showResult(job) {
  const viewer = $('viewer');
  viewer.dataset.ready = 'false';
  let result;
  let photo;
  try {
    $('result-input').src = job.links.photo;
    [result, photo] = await Promise.all([pixelsOf(job.links.result), pixelsOf(job.links.photo), $('result-input').decode()]);
  } catch (e) {
    showError('Cannot show the result', 'It may have expired on the server; run the job again.');
    return;
  }
  Object.assign(view, { job, result, photo, out: new ImageData(result.width, result.height) });
  const canvas = $('result-canvas');
  canvas.width = result.width;
  canvas.height = result.height;
  viewer.style.aspectRatio = `${result.width} / ${result.height}`;
  $('result-caption').textContent = `${titles(job.styles)} · ${job.method} · ${result.width}×${result.height}`;
  $('result-panel').hidden = false;
  draw();
  resetZoom(result.width, result.height);
  viewer.dataset.ready = 'true';
  $('result-heading').focus();
  remember(job);
}

function strength() {
  return Number($('strength').value) / 100;
}

/** Blends once per frame however fast the slider moves. */
function redraw() {
  $('strength-value').textContent = `${$('strength').value}%`;
  if (!view.result || view.frame) return;
  view.frame = requestAnimationFrame(() => {
    view.frame = 0;
    draw();
  });
}

function draw() {
  const keep = $('preserve-colors').checked;
  blendPixels(view.photo.data, view.result.data, view.out.data, strength(), keep);
  $('result-canvas').getContext('2d').putImageData(view.out, 0, 0);
  updateDownload();
}

/**
 * The server's file when the picture is the result unchanged; otherwise the canvas as PNG, made once the
 * controls rest. Until then the link is disabled, so it never gives a picture other than the one shown.
 */
function updateDownload() {
  const link = $('download');
  clearTimeout(view.linkTimer);
  if (view.blobUrl) URL.revokeObjectURL(view.blobUrl);
  view.blobUrl = null;
  const s = strength();
  const keep = $('preserve-colors').checked;
  if (isIdentity(s, keep)) {
    link.href = `${view.job.links.result}?download=1`;
    link.download = '';
    link.removeAttribute('aria-disabled');
    return;
  }
  link.setAttribute('aria-disabled', 'true');
  link.removeAttribute('href');
  const job = view.job;
  view.linkTimer = setTimeout(() => $('result-canvas').toBlob((blob) => {
    if (!blob || view.job !== job) return;
    if (view.blobUrl) URL.revokeObjectURL(view.blobUrl);
    view.blobUrl = URL.createObjectURL(blob);
    const style = job.styles.join('+').toLowerCase().replace(/[^a-z0-9_+-]/g, '');
    link.download = `easel-${style}-${Math.round(s * 100)}${keep ? '-colours' : ''}.png`;
    link.href = view.blobUrl;
    link.removeAttribute('aria-disabled');
  }, 'image/png'), 150);
}

export function setUpResult() {
  $('strength').addEventListener('input', redraw);
  $('preserve-colors').addEventListener('change', redraw);
  $('download').addEventListener('click', (e) => {
    if ($('download').getAttribute('aria-disabled') === 'true') e.preventDefault();
  });
}
