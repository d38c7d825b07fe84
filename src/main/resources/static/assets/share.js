// Sharing on the card page: every button stays hidden unless this browser can do what it offers.
(function () {
  'use strict';
  var box = document.querySelector('[data-share]');
  if (!box) { return; }
  var url = box.getAttribute('data-url');
  var title = box.getAttribute('data-title');
  var status = box.querySelector('[data-status]');
  function button(action) { return box.querySelector('[data-action="' + action + '"]'); }
  function say(key) { status.textContent = box.getAttribute('data-' + key); }

  if (navigator.share) {
    var share = button('share');
    share.hidden = false;
    share.addEventListener('click', function () {
      navigator.share({ title: title, url: url }).catch(function () { /* the person closed the sheet */ });
    });
  }
  if (navigator.clipboard && window.isSecureContext) {
    var copy = button('copy');
    copy.hidden = false;
    copy.addEventListener('click', function () {
      navigator.clipboard.writeText(url).then(function () { say('copied'); }, function () { say('failed'); });
    });
  }
  if ('NDEFReader' in window) {
    var nfc = button('nfc');
    nfc.hidden = false;
    nfc.addEventListener('click', function () {
      new window.NDEFReader().write({ records: [{ recordType: 'url', data: url + '?src=nfc' }] })
        .then(function () { say('written'); }, function () { say('failed'); });
    });
  }
})();
