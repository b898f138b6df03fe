// Storefront service worker: visited pages and product data stay readable offline.
// Pages (and the RSC payloads of client navigations) are network-first with the last copy as a
// fallback; hashed build assets and icons are cache-first; anything else offline gets /offline.
const VERSION = 'v1';
const PAGES = `pages-${VERSION}`;
const ASSETS = `assets-${VERSION}`;
// Per-shopper pages (tracking is keyed by the email in its address) are never kept offline.
const PRIVATE = /^\/(cart|checkout|account|order|track|gift-cards)(\/|$)/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(PAGES)
      .then((c) => c.add(new Request('/offline', { cache: 'reload' })))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => !k.endsWith(VERSION)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

async function networkFirst(request, isPage) {
  const cache = await caches.open(PAGES);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic') cache.put(request, response.clone());
    return response;
  } catch {
    const hit = await cache.match(request);
    if (hit) return hit;
    if (isPage) return (await cache.match('/offline')) ?? Response.error();
    return Response.error();
  }
}

async function cacheFirst(request) {
  const cache = await caches.open(ASSETS);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (
    url.pathname.startsWith('/_next/static/') ||
    url.pathname.startsWith('/icons/') ||
    url.pathname.startsWith('/_next/image')
  ) {
    event.respondWith(cacheFirst(request));
    return;
  }
  if (PRIVATE.test(url.pathname)) return;
  event.respondWith(networkFirst(request, request.mode === 'navigate'));
});

// Order updates pushed by the API (web push): { title, body, url } for the signed-in shopper.
self.addEventListener('push', (event) => {
  let message = {};
  try {
    message = event.data ? event.data.json() : {};
  } catch {
    message = { body: event.data ? event.data.text() : '' };
  }
  event.waitUntil(
    self.registration.showNotification(message.title || 'Order update', {
      body: message.body || '',
      tag: message.orderNumber ? `order-${message.orderNumber}` : undefined,
      data: { url: message.url || '/account/orders' },
    }),
  );
});

// Tapping an update opens its tracking page (in a tab of this shop when one is open).
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = new URL(event.notification.data?.url || '/account/orders', self.location.origin);
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((tabs) => {
      const tab = tabs.find((c) => new URL(c.url).origin === target.origin);
      if (tab) return tab.navigate(target.href).then((c) => (c ?? tab).focus());
      return self.clients.openWindow(target.href);
    }),
  );
});
