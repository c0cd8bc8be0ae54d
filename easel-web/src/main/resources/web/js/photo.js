// The photo: the file button, the camera where the browser offers one, and dropping a file on the box.
import { $, state } from './state.js';
import { showError, clearError } from './errors.js';

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

export function setUpPhoto() {
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
