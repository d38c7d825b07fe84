// Posts a form's fields into the preview frame, where they are shown and never saved, keeping the
// frame's scroll position: the card editor's live preview (editor.js) and the section screens'
// (section-preview.js). The fields go in a form of their own, so the screen's form keeps its action.
window.cardinalPreview = function (form, action, frame) {
  'use strict';
  var scroll = 0;
  try { scroll = frame.contentWindow.scrollY; } catch (e) { /* not loaded yet */ }
  var post = document.createElement('form');
  post.method = 'post';
  post.action = action;
  post.target = frame.name;
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
};
