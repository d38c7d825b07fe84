// Gallery: images open in a lightbox (keyboard, swipe, focus kept inside by a modal dialog);
// videos load their player only when tapped. Without this script the links simply open.
(function () {
  'use strict';
  var list = document.querySelector('[data-gallery]');
  if (!list) { return; }
  var links = Array.prototype.slice.call(list.querySelectorAll('a[data-large]'));

  list.addEventListener('click', function (event) {
    var video = event.target.closest('a[data-embed]');
    if (video) {
      event.preventDefault();
      var frame = document.createElement('iframe');
      frame.src = video.getAttribute('data-embed');
      frame.title = video.textContent.trim();
      frame.allow = 'autoplay; fullscreen; picture-in-picture';
      frame.setAttribute('allowfullscreen', '');
      video.parentNode.replaceChild(frame, video);
      return;
    }
    var link = event.target.closest('a[data-large]');
    if (link && window.HTMLDialogElement) {
      event.preventDefault();
      open(links.indexOf(link));
    }
  });

  var dialog, image, current = 0, startX = null;
  function button(cls, label, text, onClick) {
    var b = document.createElement('button');
    b.type = 'button'; b.className = cls; b.setAttribute('aria-label', label); b.textContent = text;
    b.addEventListener('click', onClick);
    return b;
  }
  function build() {
    dialog = document.createElement('dialog');
    dialog.className = 'lightbox';
    image = document.createElement('img');
    dialog.appendChild(image);
    dialog.appendChild(button('prev', list.getAttribute('data-previous'), '‹', function () { show(current - 1); }));
    dialog.appendChild(button('next', list.getAttribute('data-next'), '›', function () { show(current + 1); }));
    dialog.appendChild(button('close', list.getAttribute('data-close'), '×', function () { dialog.close(); }));
    dialog.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowLeft') { show(current - 1); }
      if (e.key === 'ArrowRight') { show(current + 1); }
    });
    dialog.addEventListener('pointerdown', function (e) { startX = e.clientX; });
    dialog.addEventListener('pointerup', function (e) {
      if (startX !== null && Math.abs(e.clientX - startX) > 50) { show(current + (e.clientX < startX ? 1 : -1)); }
      startX = null;
    });
    dialog.addEventListener('close', function () { links[current].focus(); });
    document.body.appendChild(dialog);
  }
  function show(index) {
    current = (index + links.length) % links.length;
    var thumb = links[current].querySelector('img');
    image.src = links[current].getAttribute('href');
    image.alt = thumb ? thumb.alt : '';
  }
  function open(index) {
    if (!dialog) { build(); }
    show(index);
    dialog.showModal();
    dialog.querySelector('.close').focus();
  }
})();
