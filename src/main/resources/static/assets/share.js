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
  // counted without cookies; only on the public page (the owner's preview has no beacon)
  function shared() {
    var beacon = box.getAttribute('data-beacon');
    if (beacon && navigator.sendBeacon) { navigator.sendBeacon(beacon); }
  }

  if (navigator.share) {
    var share = button('share');
    share.hidden = false;
    share.addEventListener('click', function () {
      navigator.share({ title: title, url: url }).then(shared, function () { /* the person closed the sheet */ });
    });
  }
  if (navigator.clipboard && window.isSecureContext) {
    var copy = button('copy');
    copy.hidden = false;
    copy.addEventListener('click', function () {
      navigator.clipboard.writeText(url).then(function () { say('copied'); shared(); }, function () { say('failed'); });
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
