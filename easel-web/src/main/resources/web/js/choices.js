// The form's choices: methods, the gallery of paintings, an uploaded painting, size, finish and mixing.
// The page shows only what the chosen method can do, and a painting it cannot paint switches method.
import { $, state, currentMethod, styleOf } from './state.js';
import { showError } from './errors.js';

export function renderMethods(data) {
  state.methods = data.methods;
  const select = $('method');
  select.replaceChildren();
  for (const m of data.methods) {
    const option = document.createElement('option');
    option.value = m.name;
    option.textContent = m.available ? m.name : `${m.name} (not available)`;
    option.disabled = !m.available;
    select.append(option);
  }
  if (data.defaultMethod) select.value = data.defaultMethod;
}

export function renderGallery() {
  const gallery = $('gallery');
  gallery.replaceChildren();
  if (state.painting) gallery.append(tile('__upload__', 'Your painting', URL.createObjectURL(state.painting)));
  for (const s of state.styles) gallery.append(tile(s.name, s.title, s.thumbnail, s.artist));
  const mix = $('mix-style');
  mix.replaceChildren(new Option('No mixing', ''));
  for (const s of state.styles) mix.append(new Option(s.title, s.name));
}

function tile(value, title, thumbnail, artist) {
  const label = document.createElement('label');
  label.className = 'tile';
  label.dataset.style = value;
  const input = document.createElement('input');
  input.type = 'radio';
  input.name = 'style';
  input.value = value;
  input.setAttribute('aria-label', title);
  label.append(input);
  if (thumbnail) {
    const img = document.createElement('img');
    img.src = thumbnail;
    img.alt = '';
    img.loading = 'lazy';
    label.append(img);
  } else {
    const none = document.createElement('div');
    none.className = 'no-thumb';
    none.textContent = 'no preview';
    label.append(none);
  }
  const name = document.createElement('span');
  name.textContent = title;
  name.title = artist ? `${title}, ${artist}` : title;
  label.append(name);
  const note = document.createElement('small');
  note.textContent = artist || '\u00a0';
  label.append(note);
  input.addEventListener('change', () => followStyle(value));
  return label;
}

/** Shows only what the chosen method can do: its styles, its size range, mixing, uploads. */
export function applyMethod() {
  const m = currentMethod();
  if (!m) return;
  $('method-description').textContent = m.description;
  // every painting stays on show; the method's own come first, the others say which method paints them
  const gallery = $('gallery');
  const others = [];
  for (const label of [...gallery.querySelectorAll('.tile')]) {
    const ok = paints(m, label.dataset.style);
    label.classList.toggle('elsewhere', !ok);
    const note = label.querySelector('small');
    const by = state.methods.find((x) => x.available && paints(x, label.dataset.style));
    if (!ok && note && by) note.textContent = `with ${by.name}`;
    if (ok && note) note.textContent = styleOf(label.dataset.style).artist || '\u00a0';
    if (ok) gallery.append(label); else others.push(label);
  }
  others.forEach((label) => gallery.append(label));
  const checked = gallery.querySelector('input:checked');
  if (!checked || !paints(m, checked.value)) {
    const first = gallery.querySelector('.tile:not(.elsewhere) input');
    if (first) first.checked = true;
  }
  for (const option of $('mix-style').options) {
    option.hidden = option.value !== '' && !styleOf(option.value).methods.includes(m.name);
    option.disabled = option.hidden;
  }
  if ($('mix-style').selectedOptions[0]?.disabled) $('mix-style').value = '';
  $('mixing').hidden = m.maxStyles < 2;
  showMixShare();
  $('finish').hidden = !(m.maxRefine > 0);
  $('refine').max = m.maxRefine || 0;
  if (Number($('refine').value) > Number($('refine').max)) $('refine').value = $('refine').max;
  showRefine();
  const size = $('size');
  size.min = m.minSize;
  size.max = m.maxSize;
  size.value = Math.min(m.maxSize, Math.max(m.minSize, m.defaultSize));
  showSize();
  $('painting-hint').textContent = m.uploads
    ? 'Any painting works with this method.'
    : `${m.name} paints only its trained styles; choosing a painting switches to a method that takes uploads.`;
}

/** Whether method {@code m} paints the gallery entry {@code value} (or the uploaded painting). */
function paints(m, value) {
  return value === '__upload__' ? m.uploads : styleOf(value).methods.includes(m.name);
}

/** A painting the current method does not paint switches to the first method that does. */
function followStyle(value) {
  const m = currentMethod();
  if (!m || paints(m, value)) return;
  const by = state.methods.find((x) => x.available && paints(x, value));
  if (!by) return;
  $('method').value = by.name;
  applyMethod();
  $('gallery').querySelector(`input[value="${CSS.escape(value)}"]`).checked = true;
  $('method-description').textContent = `Switched to ${by.name}, which paints this one. ${by.description}`;
}

/** The share slider only means something once a second style is chosen. */
function showMixShare() {
  $('mix-share').hidden = !$('mix-style').value;
}

/** "off" or the iterations per level the finish slider asks for. */
function showRefine() {
  const n = Number($('refine').value);
  $('refine-value').textContent = n === 0 ? 'off' : `${n} iterations`;
}

function showSize() {
  $('size-value').textContent = `${$('size').value} px`;
}

function onPainting(file) {
  if (!file) return;
  state.painting = file;
  const current = currentMethod();
  if (!current.uploads) {
    const taker = state.methods.find((m) => m.available && m.uploads);
    if (!taker) {
      showError('Uploads are not available', 'No method on this server paints an uploaded painting.');
      return;
    }
    $('method').value = taker.name;
    $('painting-hint').textContent = `Switched to ${taker.name}: it paints uploaded paintings.`;
  }
  renderGallery();
  applyMethod();
  $('gallery').querySelector('input[value="__upload__"]').checked = true;
}

export function setUpChoices() {
  $('method').addEventListener('change', applyMethod);
  $('painting').addEventListener('change', (e) => onPainting(e.target.files[0]));
  $('size').addEventListener('input', showSize);
  $('refine').addEventListener('input', showRefine);
  $('mix-amount').addEventListener('input', () => { $('mix-value').textContent = `${$('mix-amount').value}%`; });
  $('mix-style').addEventListener('change', showMixShare);
}
