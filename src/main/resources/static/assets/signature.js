// The signature screen's Copy button: rich HTML (and plain text) on the clipboard, so pasting into a
// mail client's signature box keeps the layout; where the browser cannot, the preview is selected.
(function () {
  'use strict';
  var box = document.querySelector('[data-signature]');
  if (!box) { return; }
  var button = box.querySelector('[data-action="copy"]');
  var status = box.querySelector('[data-status]');
  var html = document.getElementById('signature-html').value;
  var text = document.getElementById('signature-text').value;
  function say(key) { status.textContent = box.getAttribute('data-' + key); }
  function selectPreview() {
    var frame = document.getElementById('signature-preview');
    var doc = frame.contentDocument;
    if (!doc || !doc.body) { document.getElementById('signature-html').select(); say('selected'); return; }
    var range = doc.createRange();
    range.selectNodeContents(doc.body);
    var selection = frame.contentWindow.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    var copied = false;
    try { copied = doc.execCommand('copy'); } catch (e) { copied = false; }
    frame.focus();
    say(copied ? 'copied' : 'selected');
  }
  button.hidden = false;
  button.addEventListener('click', function () {
    if (window.ClipboardItem && navigator.clipboard && navigator.clipboard.write && window.isSecureContext) {
      var item = new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' })
      });
      navigator.clipboard.write([item]).then(function () { say('copied'); }, selectPreview);
    } else {
      selectPreview();
    }
  });
}());
