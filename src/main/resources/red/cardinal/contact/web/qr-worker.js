// Keeps one card's full-screen QR page for a phone with no signal. Its scope is that page alone
// (/<slug>/qr, with its .svg and manifest beside it), so it never sees the card page or the
// dashboard. Online it always asks the network first and keeps what came back: a changed card is
// what the next offline view shows; a card gone (unpublished, deleted) takes its copy with it.
// CACHE and KEPT are set above by the server.
'use strict';

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.addAll(KEPT); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(self.clients.claim());
});

function kept(request) {
  var url = new URL(request.url);
  if (url.origin !== self.location.origin || request.method !== 'GET') { return null; }
  var path = url.pathname + url.search;
  if (request.mode === 'navigate' && url.pathname === KEPT[0]) { return KEPT[0]; }
  return KEPT.indexOf(path) >= 0 ? path : null;
}

self.addEventListener('fetch', function (event) {
  var key = kept(event.request);
  if (key === null) { return; }
  event.respondWith(fetch(event.request).then(function (response) {
    if (response.ok && !response.redirected) {
      var copy = response.clone();
      caches.open(CACHE).then(function (cache) { return cache.put(key, copy); });
    }
    else if ((response.status === 404 || response.status === 410) && key === KEPT[0]) {
      caches.delete(CACHE);
    }
    return response;
  }, function () {
    return caches.match(key, { cacheName: CACHE }).then(function (cached) {
      return cached || Response.error();
    });
  }));
});
