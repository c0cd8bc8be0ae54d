// Zoom and pan. The picture fits its box at first; the buttons, + and - keys, a double click, ctrl+wheel
// (a touchpad pinch) or a two-finger pinch zoom in, up to 8 screen pixels per picture pixel (shown as
// squares from 100% up, to see the strokes); dragging or the arrow keys pan while zoomed in.
import { $ } from './state.js';

const MAX_PIXEL_ZOOM = 8;
// k: scale relative to "fit"; tx, ty: pan in CSS pixels of the viewer; w, h: the picture's own pixels
const z = { k: 1, tx: 0, ty: 0, w: 1, h: 1 };
const pointers = new Map(); // pointer id -> last position, for panning and pinching

function viewer() {
  return $('viewer');
}

/** CSS pixels per picture pixel at "fit". */
function fitScale() {
  return viewer().clientWidth / z.w || 1;
}

function maxK() {
  return Math.max(1, MAX_PIXEL_ZOOM / fitScale());
}

function apply() {
  const v = viewer();
  const width = v.clientWidth;
  const height = v.clientHeight;
  z.tx = Math.min(0, Math.max(width * (1 - z.k), z.tx));
  z.ty = Math.min(0, Math.max(height * (1 - z.k), z.ty));
  v.style.setProperty('--k', String(z.k));
  v.style.setProperty('--tx', `${z.tx}px`);
  v.style.setProperty('--ty', `${z.ty}px`);
  const zoomed = z.k > 1.001;
  v.dataset.zoomed = String(zoomed);
  const pixelPercent = Math.round(z.k * fitScale() * 100);
  v.dataset.pixels = String(pixelPercent >= 100 && zoomed);
  $('zoom-value').textContent = zoomed ? `${pixelPercent}%` : `Fit (${pixelPercent}%)`;
  $('zoom-out').disabled = !zoomed;
  $('zoom-fit').disabled = !zoomed;
  $('zoom-in').disabled = z.k >= maxK() - 0.001;
}

/** Zooms to {@code k} times "fit", keeping the point (px, py) of the viewer where it is. */
function zoomTo(k, px, py) {
  const next = Math.max(1, Math.min(maxK(), k));
  z.tx = px - ((px - z.tx) * next) / z.k;
  z.ty = py - ((py - z.ty) * next) / z.k;
  z.k = next;
  apply();
}

function zoomAtCentre(k) {
  zoomTo(k, viewer().clientWidth / 2, viewer().clientHeight / 2);
}

/** A new picture of {@code w} x {@code h} pixels: back to "fit". */
export function resetZoom(w, h) {
  Object.assign(z, { k: 1, tx: 0, ty: 0, w, h });
  apply();
}

function local(e) {
  const box = viewer().getBoundingClientRect();
  return { x: e.clientX - box.left, y: e.clientY - box.top };
}

function onPointerMove(e) {
  if (!pointers.has(e.pointerId)) return;
  const before = [...pointers.values()];
  const was = pointers.get(e.pointerId);
  const now = local(e);
  pointers.set(e.pointerId, now);
  if (pointers.size === 2) {
    // pinch: scale by the change of the fingers' distance about their midpoint, and follow the midpoint
    const [a, b] = before;
    const [c, d] = [...pointers.values()];
    const ratio = Math.hypot(c.x - d.x, c.y - d.y) / (Math.hypot(a.x - b.x, a.y - b.y) || 1);
    const mid = { x: (c.x + d.x) / 2, y: (c.y + d.y) / 2 };
    z.tx += mid.x - (a.x + b.x) / 2;
    z.ty += mid.y - (a.y + b.y) / 2;
    zoomTo(z.k * ratio, mid.x, mid.y);
  } else if (pointers.size === 1 && viewer().dataset.zoomed === 'true' && !e.target.closest('.handle')) {
    z.tx += now.x - was.x;
    z.ty += now.y - was.y;
    apply();
  }
}

function onKey(e) {
  const step = 40;
  const pans = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
  if (e.key === '+' || e.key === '=') zoomAtCentre(z.k * 2);
  else if (e.key === '-') zoomAtCentre(z.k / 2);
  else if (e.key === '0') zoomAtCentre(1);
  else if (pans[e.key] && z.k > 1) {
    z.tx += pans[e.key][0];
    z.ty += pans[e.key][1];
    apply();
  } else return;
  e.preventDefault();
}

export function setUpZoom() {
  const v = viewer();
  $('zoom-in').addEventListener('click', () => zoomAtCentre(z.k * 2));
  $('zoom-out').addEventListener('click', () => zoomAtCentre(z.k / 2));
  $('zoom-fit').addEventListener('click', () => zoomAtCentre(1));
  // 100%: one picture pixel per CSS pixel, or "fit" where the picture is smaller than its box
  $('zoom-actual').addEventListener('click', () => zoomAtCentre(1 / fitScale()));
  v.addEventListener('dblclick', (e) => {
    const p = local(e);
    zoomTo(z.k > 1.001 ? 1 : Math.max(2, 1 / fitScale()), p.x, p.y);
  });
  v.addEventListener('wheel', (e) => {
    if (!e.ctrlKey) return; // a plain wheel scrolls the page
    e.preventDefault();
    const p = local(e);
    zoomTo(z.k * Math.exp(-e.deltaY / 200), p.x, p.y);
  }, { passive: false });
  v.addEventListener('pointerdown', (e) => {
    pointers.set(e.pointerId, local(e));
    if (v.dataset.zoomed === 'true' || pointers.size > 1) v.setPointerCapture(e.pointerId);
  });
  v.addEventListener('pointermove', onPointerMove);
  ['pointerup', 'pointercancel'].forEach((t) => v.addEventListener(t, (e) => pointers.delete(e.pointerId)));
  v.addEventListener('keydown', onKey);
  // a browser drags an image away on its own (and cancels the pointer): the picture is dragged by us
  v.addEventListener('dragstart', (e) => e.preventDefault());
  window.addEventListener('resize', apply);
}
