// Offers the full-screen QR page for the home screen: registers the worker that keeps this page
// (only this page) for when there is no network.
(function () {
  'use strict';
  var page = document.querySelector('[data-offline-worker]');
  if (!page || !('serviceWorker' in navigator)) { return; }
  navigator.serviceWorker.register(page.getAttribute('data-offline-worker'), { scope: page.getAttribute('data-offline-scope') })
    .catch(function () { /* no offline copy: the page still works online */ });
}());
