// Shows the booking page in the visitor's own time zone the first time; they can change it.
(function () {
  'use strict';
  var select = document.querySelector('[data-zone]');
  if (!select || !window.Intl || new URLSearchParams(location.search).has('tz')) { return; }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (zone && zone !== select.dataset.zone && Array.prototype.some.call(select.options, function (o) { return o.value === zone; })) {
    var params = new URLSearchParams(location.search);
    params.set('tz', zone);
    location.replace(location.pathname + '?' + params.toString());
  }
})();
