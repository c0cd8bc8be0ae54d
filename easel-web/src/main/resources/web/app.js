// Easel web app: choose a photo and a style, start a job, follow it, show and keep the result.
// Plain JavaScript against the REST API (docs/web.md); server text is only ever set as textContent.
'use strict';

const $ = (id) => document.getElementById(id);
const RECENT_KEY = 'easel.recent';
const RECENT_MAX = 12;

const state = {
  methods: [],        // from GET /api/methods
  styles: [],         // from GET /api/styles
  photo: null,        // File
  photoUrl: null,     // object URL of the photo, shown beside the result
  painting: null,     // uploaded painting File, when chosen
  rejected: null,     // name of a file chosen as the photo that is not an image
  jobId: null,
  events: null,       // EventSource of the running job
  pollTimer: null,
  previewVersion: 0,
};

// Short headings for each status the API can answer with; the API's own message follows.
const ERROR_TITLES = {
  400: 'The request was not accepted',
  403: 'Refused',
  404: 'Not found',
  405: 'Not allowed',
  409: 'Not ready',
  413: 'Too large',
  415: 'Not a supported image',
  429: 'The server is busy',
  500: 'Server error',
  503: 'Temporarily unavailable',
};

function showError(title, detail) {
  const box = $('error');
  box.replaceChildren();
  const strong = document.createElement('strong');
  strong.textContent = title;
  box.append(strong);
  if (detail) {
    const p = document.createElement('span');
    p.textContent = detail;
    box.append(p);
  }
  box.hidden = false;
}

function clearError() {
  $('error').hidden = true;
  $('error').replaceChildren();
}

/** Turns a failed response into a message: the status's heading, the API's explanation, and when to retry. */
async function apiError(response) {
  let detail = '';
  try {
    const body = await response.json();
    detail = body.error || '';
  } catch (e) {
    detail = response.statusText;
  }
  const retry = response.headers.get('Retry-After');
  if (response.status === 429 && retry) {
    detail += ` Try again in about ${retry} s.`;
  }
  return { title: ERROR_TITLES[response.status] || `Error ${response.status}`, detail };
}

async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) {
    const e = await apiError(response);
    throw Object.assign(new Error(e.detail), e);
  }
  return response.json();
}

function currentMethod() {
  return state.methods.find((m) => m.name === $('method').value);
}

// ---- photo -------------------------------------------------------------------------------------

function setPhoto(file) {
  if (!file) return;
  if (file.type && !file.type.startsWith('image/')) {
    state.rejected = file.name;
    showError('Not a photo', `${file.name} does not look like an image; choose a JPEG, PNG or WebP file.`);
    return;
  }
  state.rejected = null;
  clearError();
  state.photo = file;
  if (state.photoUrl) URL.revokeObjectURL(state.photoUrl);
  state.photoUrl = URL.createObjectURL(file);
  const img = $('photo-preview');
  img.src = state.photoUrl;
  img.hidden = false;
  $('photo-hint').textContent = `${file.name} (${Math.round(file.size / 1024)} KB)`;
}

function setUpDropZone() {
  const zone = $('drop-zone');
  $('photo').addEventListener('change', (e) => setPhoto(e.target.files[0]));
  // a phone's camera as input, where the browser offers it (the capture attribute)
  $('camera-button').hidden = !('capture' in $('camera'));
  $('camera').addEventListener('change', (e) => setPhoto(e.target.files[0]));
  ['dragenter', 'dragover'].forEach((t) => zone.addEventListener(t, (e) => {
    e.preventDefault();
    zone.classList.add('dragging');
  }));
  ['dragleave', 'drop'].forEach((t) => zone.addEventListener(t, () => zone.classList.remove('dragging')));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    setPhoto(e.dataTransfer.files[0]);
  });
}

// ---- methods and styles ------------------------------------------------------------------------

function renderMethods(data) {
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

function renderGallery() {
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
function applyMethod() {
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

/** People see titles ("Starry night"); uploads keep their label. */
function titles(names) {
  return (names || []).map((n) => state.styles.find((s) => s.name === n)?.title || n).join(' + ');
}

function styleOf(name) {
  return state.styles.find((s) => s.name === name) || { methods: [] };
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

function showSize() {
  $('size-value').textContent = `${$('size').value} px`;
}

// ---- jobs --------------------------------------------------------------------------------------

function buildForm() {
  const m = currentMethod();
  const form = new FormData();
  form.append('content', state.photo, state.photo.name);
  form.append('method', m.name);
  const chosen = $('gallery').querySelector('input:checked');
  if (chosen.value === '__upload__') {
    form.append('style', state.painting, state.painting.name);
  } else {
    form.append('styleName', chosen.value);
  }
  const mix = $('mix-style').value;
  if (m.maxStyles > 1 && mix && mix !== chosen.value) {
    form.append('styleName', mix);
    const share = Number($('mix-amount').value);
    form.append('styleWeights', `${100 - share},${share}`);
  }
  form.append('size', $('size').value);
  form.append('strength', String(Number($('strength').value) / 100));
  form.append('preserveColors', $('preserve-colors').checked ? 'luminance' : 'none');
  if (m.maxRefine > 0 && Number($('refine').value) > 0) form.append('refine', $('refine').value);
  return form;
}

async function start(event) {
  event.preventDefault();
  clearError();
  if (!state.photo && state.rejected) {
    showError('Not a photo', `${state.rejected} is not an image; choose a JPEG, PNG or WebP photo.`);
    $('photo').focus();
    return;
  }
  if (!state.photo) {
    showError('Choose a photo first', 'Pick a photo with the button, or drop one on the box.');
    $('photo').focus();
    return;
  }
  if (!$('gallery').querySelector('input:checked')) {
    showError('Choose a style', 'Pick a painting from the gallery or upload one.');
    return;
  }
  $('start').disabled = true;
  let response;
  try {
    response = await fetch('/api/jobs', { method: 'POST', body: buildForm() });
  } catch (e) {
    $('start').disabled = false;
    showError('Cannot reach the server', 'Is "easel serve" still running?');
    return;
  }
  if (!response.ok) {
    $('start').disabled = false;
    const e = await apiError(response);
    showError(e.title, e.detail);
    return;
  }
  const job = await response.json();
  state.jobId = job.id;
  state.previewVersion = 0;
  $('preview').hidden = true;
  $('progress-panel').hidden = false;
  $('cancel').disabled = false;
  show(job);
  follow(job.id);
}

/** Follows a job through server-sent events; falls back to polling if the stream breaks. */
function follow(id) {
  stopFollowing();
  const events = new EventSource(`/api/jobs/${id}/events`);
  state.events = events;
  events.addEventListener('status', (e) => show(JSON.parse(e.data)));
  events.onerror = () => {
    events.close();
    if (state.jobId === id && !state.pollTimer) poll(id);
  };
}

function poll(id) {
  state.pollTimer = setTimeout(async () => {
    state.pollTimer = null;
    try {
      const job = await getJson(`/api/jobs/${id}`);
      show(job);
      if (!finished(job) && state.jobId === id) poll(id);
    } catch (e) {
      showError(e.title || 'Lost the job', e.detail || e.message);
      endJob();
    }
  }, 1000);
}

function stopFollowing() {
  if (state.events) state.events.close();
  state.events = null;
  clearTimeout(state.pollTimer);
  state.pollTimer = null;
}

function finished(job) {
  return ['done', 'failed', 'cancelled'].includes(job.state);
}

function describe(job) {
  if (job.state === 'queued') {
    return job.queuePosition ? `Waiting: ${job.queuePosition} job(s) ahead.` : 'Waiting: next in line.';
  }
  if (job.state === 'running') {
    const eta = job.etaSeconds != null ? `, about ${formatSeconds(job.etaSeconds)} left` : '';
    return `${job.stage}: ${Math.round(job.percent)}%${eta}`;
  }
  if (job.state === 'done') return `Done in ${formatSeconds(job.elapsedSeconds)}.`;
  if (job.state === 'cancelled') return 'Cancelled.';
  return 'Failed.';
}

function formatSeconds(s) {
  if (s < 60) return `${Math.max(1, Math.round(s))} s`;
  return `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`;
}

function show(job) {
  if (job.id !== state.jobId) return;
  $('progress').value = job.percent;
  $('progress').textContent = `${Math.round(job.percent)}%`;
  $('progress-text').textContent = describe(job);
  if (job.state === 'running' && job.previewVersion > state.previewVersion && job.links.preview) {
    state.previewVersion = job.previewVersion;
    $('preview').src = `${job.links.preview}?v=${job.previewVersion}`;
    $('preview').hidden = false;
  }
  if (!finished(job)) return;
  endJob();
  if (job.state === 'done') showResult(job);
  if (job.state === 'failed') showError('The job failed', job.error);
}

function endJob() {
  stopFollowing();
  $('start').disabled = false;
  $('cancel').disabled = true;
}

function showResult(job) {
  const url = `/api/jobs/${job.id}/result`;
  $('preview').hidden = true;
  $('result-input').src = state.photoUrl;
  $('result-image').src = url;
  $('result-caption').textContent = `${titles(job.styles)} · ${job.method} · ${job.width}×${job.height}`;
  $('download').href = `${url}?download=1`;
  $('result-panel').hidden = false;
  $('result-heading').focus();
  remember(job);
}

async function cancel() {
  const id = state.jobId;
  if (!id) return;
  $('cancel').disabled = true;
  stopFollowing();
  try {
    const response = await fetch(`/api/jobs/${id}`, { method: 'DELETE' });
    if (!response.ok && response.status !== 404) {
      const e = await apiError(response);
      showError(e.title, e.detail);
    }
  } catch (e) {
    showError('Cannot reach the server', 'The job may still be running.');
  }
  state.jobId = null;
  $('progress-text').textContent = 'Cancelled.';
  $('preview').hidden = true;
  $('start').disabled = false;
}

// ---- recent results (this browser only) -------------------------------------------------------

function loadRecent() {
  try {
    const list = JSON.parse(localStorage.getItem(RECENT_KEY) || '[]');
    return Array.isArray(list) ? list : [];
  } catch (e) {
    return [];
  }
}

function saveRecent(list) {
  try {
    localStorage.setItem(RECENT_KEY, JSON.stringify(list.slice(0, RECENT_MAX)));
  } catch (e) {
    // private mode or full storage: the list is a convenience
  }
}

function remember(job) {
  const list = loadRecent().filter((r) => r.id !== job.id);
  list.unshift({ id: job.id, styles: job.styles, method: job.method, when: new Date().toISOString() });
  saveRecent(list);
  renderRecent();
}

function forget(id) {
  saveRecent(loadRecent().filter((r) => r.id !== id));
  renderRecent();
}

function renderRecent() {
  const list = loadRecent();
  const ul = $('recent');
  ul.replaceChildren();
  $('recent-empty').hidden = list.length > 0;
  for (const r of list) {
    const li = document.createElement('li');
    const link = document.createElement('a');
    link.href = `/api/jobs/${encodeURIComponent(r.id)}/result`;
    link.target = '_blank';
    link.rel = 'noopener';
    const img = document.createElement('img');
    img.src = link.href;
    img.alt = `${titles(r.styles)} (${r.method})`;
    img.loading = 'lazy';
    img.addEventListener('error', () => forget(r.id)); // expired on the server
    link.append(img);
    const caption = document.createElement('div');
    caption.textContent = `${titles(r.styles)}, ${new Date(r.when).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`;
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = 'Remove';
    remove.setAttribute('aria-label', `Remove ${img.alt} from recent results`);
    remove.addEventListener('click', () => forget(r.id));
    li.append(link, caption, remove);
    ul.append(li);
  }
}

// ---- start-up ----------------------------------------------------------------------------------

async function init() {
  setUpDropZone();
  $('job-form').addEventListener('submit', start);
  $('cancel').addEventListener('click', cancel);
  $('method').addEventListener('change', applyMethod);
  $('painting').addEventListener('change', (e) => onPainting(e.target.files[0]));
  $('size').addEventListener('input', showSize);
  $('refine').addEventListener('input', showRefine);
  $('strength').addEventListener('input', () => { $('strength-value').textContent = `${$('strength').value}%`; });
  $('mix-amount').addEventListener('input', () => { $('mix-value').textContent = `${$('mix-amount').value}%`; });
  $('mix-style').addEventListener('change', showMixShare);
  renderRecent();
  try {
    const [methods, styles] = await Promise.all([getJson('/api/methods'), getJson('/api/styles')]);
    renderMethods(methods);
    state.styles = styles;
    renderGallery();
    applyMethod();
    renderRecent(); // again, now with the styles' titles
    if (!methods.defaultMethod) {
      showError('Nothing to run', 'No method is available: install a model or the VGG weights (see docs/web.md).');
    }
  } catch (e) {
    showError(e.title || 'Cannot load the page', e.detail || e.message);
  }
}

init();
