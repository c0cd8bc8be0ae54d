// Before/after: the photo left of the divider, the stylized picture right of it. The range input is the
// control for the keyboard and screen readers; dragging on the picture (or on the handle when zoomed in,
// where dragging elsewhere pans) moves the same value.
import { $ } from './state.js';

let dragging = null; // the pointer that moves the divider

function setSplit(percent) {
  const p = Math.max(0, Math.min(100, percent));
  $('viewer').style.setProperty('--split', `${p}%`);
  const shown = Math.round(p);
  $('compare').value = shown;
  $('compare-value').textContent = `${shown}% photo`;
  $('compare').setAttribute('aria-valuetext', `${shown}% photo, ${100 - shown}% stylized`);
}

function moveTo(event) {
  const box = $('viewer').getBoundingClientRect();
  setSplit(((event.clientX - box.left) / box.width) * 100);
}

export function setUpCompare() {
  const viewer = $('viewer');
  $('compare').addEventListener('input', () => setSplit(Number($('compare').value)));
  viewer.addEventListener('pointerdown', (e) => {
    if (dragging !== null) {
      dragging = null; // a second finger: a pinch, which zoom.js handles
      return;
    }
    const onHandle = e.target.closest('.handle');
    if ((viewer.dataset.zoomed === 'true' && !onHandle) || (e.pointerType === 'mouse' && e.button !== 0)) return;
    dragging = e.pointerId;
    viewer.setPointerCapture(e.pointerId); // keeps following outside the picture
    moveTo(e);
  });
  viewer.addEventListener('pointermove', (e) => {
    if (e.pointerId === dragging) moveTo(e);
  });
  ['pointerup', 'pointercancel', 'lostpointercapture'].forEach((t) => viewer.addEventListener(t, (e) => {
    if (e.pointerId === dragging) dragging = null;
  }));
  setSplit(50);
}
