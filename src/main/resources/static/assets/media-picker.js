// An image picker's upload in place: the chosen file goes to the media library (its limits checked
// first), and comes back as a new thumbnail in the picker, chosen. The picker sits inside a bigger
// form (the card editor), so the file is sent on its own; saving the form saves the choice.
// Without this script the picker links to the media library instead.
(function () {
  'use strict';
  if (!window.FormData) { return; }
  document.querySelectorAll('[data-picker-upload]').forEach(function (box) {
    var input = box.querySelector('input[type=file]');
    var bar = box.querySelector('progress');
    var picker = box.closest('.media-picker');
    var grid = picker.querySelector('[data-picker]');
    var form = box.closest('form');
    var csrf = form && form.querySelector('input[name=_csrf]');
    box.hidden = false;
    var fallback = picker.querySelector('[data-picker-fallback]');
    if (fallback) { fallback.hidden = true; }

    function add(item) {
      var label = document.createElement('label');
      label.className = 'pick';
      var radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = box.dataset.for;
      radio.value = item.id;
      var img = document.createElement('img');
      img.src = item.thumbUrl;
      img.alt = item.label;
      img.width = 96;
      img.height = 72;
      label.appendChild(radio);
      label.appendChild(img);
      grid.appendChild(label);
      radio.checked = true;
      radio.dispatchEvent(new Event('input', { bubbles: true }));
      radio.dispatchEvent(new Event('change', { bubbles: true }));
      radio.focus();
    }

    // upload.js, loaded with every picker (after it: looked up when used), says the limits and problems of every upload
    function uploads() { return window.cardinalUploads; }
    function error(message) { uploads().showError(input, message); }

    input.addEventListener('change', function () {
      uploads().clearError(input);
      var file = input.files && input.files[0];
      if (!file) { return; }
      var why = uploads().refusal(input);
      if (why) {
        error(why);
        return;
      }
      var data = new FormData();
      if (csrf) { data.append('_csrf', csrf.value); }
      data.append('file', file);
      var request = new XMLHttpRequest();
      request.open('POST', box.dataset.pickerUpload);
      request.setRequestHeader('Accept', 'application/json');
      bar.hidden = false;
      bar.value = 0;
      request.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); }
      });
      request.addEventListener('load', function () {
        bar.hidden = true;
        var body = {};
        try { body = JSON.parse(request.responseText); } catch (e) { body = {}; }
        if (request.status >= 400 || !body.id) {
          error(body.detail || input.dataset.failed || 'The upload failed.');
          return;
        }
        input.value = '';
        add(body);
      });
      request.addEventListener('error', function () { bar.hidden = true; error(input.dataset.failed || 'The upload failed.'); });
      request.send(data);
    });
  });
})();
