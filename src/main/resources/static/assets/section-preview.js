// A section screen's live preview: what is typed is posted into the preview frame (shown there,
// never saved), a moment after the typing stops. Without this script, "Update preview" does it.
(function () {
  'use strict';
  var form = document.querySelector('form[data-section-form]');
  var button = form && form.querySelector('[data-preview]');
  var frame = document.querySelector('iframe[name="preview"]');
  if (!form || !button || !frame) { return; }
  var timer;

  // the same fields as the form, in a form of their own, so that the screen's form keeps its action
  function refresh() {
    var scroll = 0;
    try { scroll = frame.contentWindow.scrollY; } catch (e) { /* not loaded yet */ }
    var post = document.createElement('form');
    post.method = 'post';
    post.action = button.getAttribute('formaction');
    post.target = 'preview';
    post.hidden = true;
    new FormData(form).forEach(function (value, name) {
      if (name === 'action' || typeof value !== 'string') { return; }
      var input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = value;
      post.appendChild(input);
    });
    document.body.appendChild(post);
    frame.addEventListener('load', function () {
      try { frame.contentWindow.scrollTo(0, scroll); } catch (e) { /* nothing to restore */ }
    }, { once: true });
    post.submit();
    post.remove();
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
