// A section screen's live preview: what is typed is posted into the preview frame (shown there,
// never saved), a moment after the typing stops. Without this script, "Update preview" does it.
(function () {
  'use strict';
  var form = document.querySelector('form[data-section-form]');
  var button = form && form.querySelector('[data-preview]');
  var frame = document.querySelector('iframe[name="preview"]');
  if (!form || !button || !frame) { return; }
  var timer;

  function refresh() {
    window.cardinalPreview(form, button.getAttribute('formaction'), frame);
  }

  function later(e) {
    if (e.target.form !== form) { return; }
    clearTimeout(timer);
    timer = setTimeout(refresh, 350);
  }

  document.addEventListener('input', later);
  document.addEventListener('change', later);
  button.addEventListener('click', function (e) { e.preventDefault(); refresh(); });
  button.hidden = true;
  // a screen shown again with input not saved (a list button, a refused save): the frame shows that input too
  if (form.dataset.unsaved === 'true') { refresh(); }
})();
