// A section's screen asks before leaving with unsaved input; saving it does not.
(function () {
  'use strict';
  var dirty = false;
  document.addEventListener('input', function (e) { if (e.target.form) { dirty = true; } });
  document.addEventListener('change', function (e) { if (e.target.form) { dirty = true; } });
  // saving the screen's form keeps the input; another form (an upload) leaves it, so leaving still asks
  document.addEventListener('submit', function (e) {
    if (e.target.querySelector('[name=action][value=save]')) { dirty = false; }
  }, true);
  window.addEventListener('beforeunload', function (e) {
    if (dirty) { e.preventDefault(); e.returnValue = ''; }
  });
})();
