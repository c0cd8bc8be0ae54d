// Easel web app: choose a photo and a style, start a job, follow it, compare, adjust and keep the result.
// Plain JavaScript modules against the REST API (docs/web.md), one job each; this one starts the page.
import { state } from './state.js';
import { showError, getJson } from './errors.js';
import { setUpPhoto } from './photo.js';
import { renderMethods, renderGallery, applyMethod, setUpChoices } from './choices.js';
import { setUpJobs } from './jobs.js';
import { setUpResult } from './result.js';
import { setUpCompare } from './compare.js';
import { setUpZoom } from './zoom.js';
import { renderRecent } from './recent.js';

async function init() {
  setUpPhoto();
  setUpChoices();
  setUpJobs();
  setUpResult();
  setUpCompare();
  setUpZoom();
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
