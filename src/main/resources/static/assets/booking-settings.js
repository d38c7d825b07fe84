// The appointment screen: an owner who has no time zone yet gets the browser's, when it is one of the list.
(function () {
  'use strict';
  var input = document.getElementById('f-booking-timeZone');
  if (!input || input.value || !window.Intl) { return; }
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var known = Array.prototype.some.call(document.querySelectorAll('#booking-zones option'), function (o) { return o.value === zone; });
  if (zone && known) { input.value = zone; }
})();
