// Uploads with a progress bar, files checked against their limits before a byte is sent, several
// files one post each (so none waits on another's limit), and files dropped onto the form taken
// as chosen. Without this script the forms post as usual and the server says the same things.
(function () {
  'use strict';
  if (!window.FormData) { return; }
  // an image input without its own limit (the card editor's photo) has the one the server keeps
  var DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

  function fileInput(form) { return form.querySelector('input[type=file]'); }

  function showError(input, message) {
    var id = (input.id || 'f-file') + '-error';
    var error = document.getElementById(id);
    if (!error) {
      error = document.createElement('p');
      error.className = 'field-error';
      error.id = id;
      error.setAttribute('role', 'alert');
      error.tabIndex = -1;
      input.insertAdjacentElement('afterend', error);
    }
    error.textContent = message;
    input.setAttribute('aria-invalid', 'true');
    var hint = input.getAttribute('aria-describedby') || '';
    if (hint.indexOf(id) < 0) { input.setAttribute('aria-describedby', (id + ' ' + hint).trim()); }
    error.focus();
  }

  function clearError(input) {
    var error = document.getElementById((input.id || 'f-file') + '-error');
    if (error) { error.remove(); }
    input.removeAttribute('aria-invalid');
  }

  /** The reason the chosen files cannot go, or null. */
  function refusal(input) {
    var files = input.files || [];
    var max = Number(input.dataset.maxBytes) || (/image\//.test(input.accept) ? DEFAULT_MAX_BYTES : 0);
    var maxFiles = Number(input.dataset.maxFiles) || 0;
    if (maxFiles && files.length > maxFiles) { return input.dataset.tooMany || ''; }
    for (var i = 0; i < files.length; i++) {
      if (max && files[i].size > max) {
        return (input.dataset.tooLarge || 'The file {name} is too large.').replace('{name}', files[i].name);
      }
    }
    return null;
  }

  function showPage(request) {
    // the form again, with the reason next to the field
    var page = new DOMParser().parseFromString(request.responseText, 'text/html');
    var main = page.querySelector('main');
    if (!main) { window.location.reload(); return; }
    document.querySelector('main').replaceWith(main);
    setUp();
    var error = document.querySelector('.field-error');
    if (error) { error.tabIndex = -1; error.focus(); }
  }

  function send(form, input, files, index, bar, sent, total) {
    var data = new FormData(form);
    if (input && files.length) {
      data.delete(input.name);
      data.append(input.name, files[index]);
    }
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', function (e) {
      if (!e.lengthComputable || !bar) { return; }
      var size = files.length ? files[index].size : total;
      bar.value = Math.round(100 * (sent + size * e.loaded / e.total) / Math.max(1, total));
    });
    request.addEventListener('load', function () {
      if (request.status >= 400) { showPage(request); return; }
      var next = index + 1;
      if (next < files.length) {
        send(form, input, files, next, bar, sent + files[index].size, total);
        return;
      }
      window.location.assign(request.responseURL);
    });
    request.addEventListener('error', function () { form.submit(); });
    request.send(data);
  }

  function setUp() {
    document.querySelectorAll('form[data-upload]').forEach(function (form) {
      if (form.dataset.uploadReady) { return; }
      form.dataset.uploadReady = 'true';
      var input = fileInput(form);
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        if (input) {
          clearError(input);
          var why = refusal(input);
          if (why) { showError(input, why); return; }
        }
        var files = input && input.files ? Array.prototype.slice.call(input.files) : [];
        var total = files.reduce(function (sum, f) { return sum + f.size; }, 0);
        var bar = form.querySelector('progress');
        if (bar) { bar.hidden = false; bar.value = 0; }
        form.setAttribute('aria-busy', 'true');
        send(form, input, files, 0, bar, 0, total);
      });
      if (input) {
        input.addEventListener('change', function () {
          clearError(input);
          var why = refusal(input);
          if (why) { showError(input, why); }
        });
      }
      if (form.hasAttribute('data-drop') && input) {
        form.addEventListener('dragover', function (event) {
          event.preventDefault();
          form.classList.add('dragging');
        });
        form.addEventListener('dragleave', function () { form.classList.remove('dragging'); });
        form.addEventListener('drop', function (event) {
          event.preventDefault();
          form.classList.remove('dragging');
          if (!event.dataTransfer || !event.dataTransfer.files.length) { return; }
          input.files = event.dataTransfer.files;
          form.requestSubmit();
        });
      }
    });
  }

  // the image pickers' uploads in place (media-picker.js) say their limits and problems the same way
  window.cardinalUploads = { showError: showError, clearError: clearError, refusal: refusal };

  setUp();
})();
