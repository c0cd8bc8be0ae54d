// A job's life: send the form, follow the job (server-sent events, polling if the stream breaks), cancel.
// The page asks for the full-strength picture in the photo's own colours: strength and colour keeping are
// applied in the browser afterwards (view.js), so moving them needs no new job.
import { $, state, currentMethod } from './state.js';
import { showError, clearError, apiError, getJson } from './errors.js';
import { showResult } from './result.js';

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
  if (job.state === 'done') {
    $('preview').hidden = true;
    showResult(job);
  }
  if (job.state === 'failed') showError('The job failed', job.error);
}

function endJob() {
  stopFollowing();
  $('start').disabled = false;
  $('cancel').disabled = true;
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

export function setUpJobs() {
  $('job-form').addEventListener('submit', start);
  $('cancel').addEventListener('click', cancel);
}
