// Installs Brobygge's service worker, which shows a page saying the connection is gone when a page
// cannot be reached, and tells it the language of this page (also after a language switch), so
// that page is in the person's language (decision 0055).
'use strict';
(() => {
  if (!('serviceWorker' in navigator)) {
    return;
  }
  const tell = (registration) => {
    const language = document.documentElement.lang;
    if (registration.active && language) {
      registration.active.postMessage({ language: language });
    }
  };
  window.addEventListener('load', () => {
    navigator.serviceWorker
      .register(new URL('sw.js', document.baseURI))
      .then(() => navigator.serviceWorker.ready)
      .then((registration) => {
        tell(registration);
        new MutationObserver(() => tell(registration)).observe(document.documentElement, {
          attributes: true,
          attributeFilter: ['lang'],
        });
      })
      .catch(() => {
        // no offline page then; the application works as before
      });
  });
})();
