// Upload with a progress bar; without this script the form posts as usual.
(function () {
  'use strict';
  var form = document.querySelector('form[data-upload]');
  if (!form || !window.FormData) { return; }
  var bar = form.querySelector('progress');
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    bar.hidden = false;
    request.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) { bar.value = Math.round(100 * e.loaded / e.total); }
    });
    request.addEventListener('load', function () {
      if (request.status < 400) {
        window.location.assign(request.responseURL);
        return;
      }
      // the form again, with the reason next to the field
      var page = new DOMParser().parseFromString(request.responseText, 'text/html');
      document.querySelector('main').replaceWith(page.querySelector('main'));
      var error = document.querySelector('.field-error');
      if (error) { error.focus(); }
    });
    request.send(new FormData(form));
  });
})();
