// Placing the card photo: the sliders move the image it is cut from inside a square, so the owner
// sees the crop before saving it. Without this script the sliders post as they are and the server
// cuts the photo; the page then shows the result.
(function () {
  'use strict';
  function place(form) {
    var frame = form.querySelector('.crop-frame');
    var img = frame.querySelector('img');
    var w = img.naturalWidth, h = img.naturalHeight;
    if (!w || !h) { return; }
    var value = function (name) { return Number(form.elements[name].value); };
    // as the server cuts it: a square of the shorter side over the zoom, placed in the free space
    var side = Math.min(w, h) * 100 / value('zoom');
    var scale = frame.clientWidth / side;
    img.style.width = (w * scale) + 'px';
    img.style.height = (h * scale) + 'px';
    img.style.transform = 'translate(' + (-(w - side) * value('x') / 100 * scale) + 'px,'
      + (-(h - side) * value('y') / 100 * scale) + 'px)';
  }
  document.querySelectorAll('form[data-photo-position]').forEach(function (form) {
    var frame = form.querySelector('.crop-frame');
    var img = frame.querySelector('img');
    var show = function () { frame.hidden = false; place(form); };
    if (img.complete && img.naturalWidth) { show(); } else { img.addEventListener('load', show, { once: true }); }
    form.addEventListener('input', function () { place(form); });
    // the frame has no size while its <details> is closed
    form.closest('details').addEventListener('toggle', function () { place(form); });
  });
}());
