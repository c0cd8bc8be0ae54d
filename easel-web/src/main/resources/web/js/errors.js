// Failed requests and wrong choices as messages: a heading per status, the API's own explanation after it.
// Server text is only ever set as textContent.
import { $ } from './state.js';

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

export function showError(title, detail) {
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

export function clearError() {
  $('error').hidden = true;
  $('error').replaceChildren();
}

/** Turns a failed response into a message: the status's heading, the API's explanation, and when to retry. */
export async function apiError(response) {
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

export async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) {
    const e = await apiError(response);
    throw Object.assign(new Error(e.detail), e);
  }
  return response.json();
}
