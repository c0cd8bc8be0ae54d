// Recent results of this browser, kept in its local storage; an entry the server has deleted drops out.
import { $, titles } from './state.js';

const RECENT_KEY = 'easel.recent';
const RECENT_MAX = 12;

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

export function remember(job) {
  const list = loadRecent().filter((r) => r.id !== job.id);
  list.unshift({ id: job.id, styles: job.styles, method: job.method, when: new Date().toISOString() });
  saveRecent(list);
  renderRecent();
}

function forget(id) {
  saveRecent(loadRecent().filter((r) => r.id !== id));
  renderRecent();
}

export function renderRecent() {
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
