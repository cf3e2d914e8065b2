// Brobygge's service worker (decision 0055). It does one thing: when a page cannot be reached
// because the connection is gone, it shows a small page that says so, in the language the person
// reads Brobygge in. Nothing else is cached or intercepted: Vaadin's own requests (XHR, push) and
// every file go to the network untouched, and Vaadin's client reports a lost connection itself.
'use strict';

const CACHE = 'brobygge-offline-1';
const LANGUAGES = ['sv', 'en', 'ar', 'prs', 'so', 'ti', 'uk'];
const scope = self.registration.scope;
const offlinePage = (language) => scope + 'offline/' + language;
// the page's language, as the open page last said it (pwa.js), kept among the cached pages
const LANGUAGE_KEY = scope + 'offline/language-of-the-page';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(LANGUAGES.map(offlinePage)))
      .then(() => self.skipWaiting())
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name !== CACHE && name.startsWith('brobygge-offline')) {
          await caches.delete(name);
        }
      }
      // the page's request starts while the worker wakes up, so a page is never slower for it
      if (self.registration.navigationPreload) {
        await self.registration.navigationPreload.enable();
      }
      await self.clients.claim();
    })()
  );
});

self.addEventListener('message', (event) => {
  const language = event.data && event.data.language;
  if (LANGUAGES.includes(language)) {
    event.waitUntil(caches.open(CACHE).then((cache) => cache.put(LANGUAGE_KEY, new Response(language))));
  }
});

async function language() {
  const said = await caches.match(LANGUAGE_KEY, { cacheName: CACHE });
  if (said) {
    return said.text();
  }
  for (const tag of self.navigator.languages || []) {
    const code = tag.toLowerCase().startsWith('fa') ? 'prs' : tag.toLowerCase().split('-')[0];
    if (LANGUAGES.includes(code)) {
      return code;
    }
  }
  return 'sv';
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.mode !== 'navigate' || request.method !== 'GET') {
    return;
  }
  event.respondWith(
    (async () => {
      try {
        return (await event.preloadResponse) || (await fetch(request));
      } catch (failure) {
        const page = await caches.match(offlinePage(await language()), { cacheName: CACHE });
        if (page) {
          return page;
        }
        throw failure;
      }
    })()
  );
});
