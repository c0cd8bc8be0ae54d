// What the page's modules share: the DOM helper, the state of the form and job, and look-ups in the catalogue.

export const $ = (id) => document.getElementById(id);

export const state = {
  methods: [],        // from GET /api/methods
  styles: [],         // from GET /api/styles
  photo: null,        // File
  photoUrl: null,     // object URL of the photo, shown in the drop zone
  painting: null,     // uploaded painting File, when chosen
  rejected: null,     // name of a file chosen as the photo that is not an image
  jobId: null,
  events: null,       // EventSource of the running job
  pollTimer: null,
  previewVersion: 0,
};

export function currentMethod() {
  return state.methods.find((m) => m.name === $('method').value);
}

export function styleOf(name) {
  return state.styles.find((s) => s.name === name) || { methods: [] };
}

/** People see titles ("Starry night"); uploads keep their label. */
export function titles(names) {
  return (names || []).map((n) => state.styles.find((s) => s.name === n)?.title || n).join(' + ');
}
