// Runs before the app, while main.js still downloads (an external file: the CSP has no inline scripts).
(function () {
  // No form of the app is ever submitted by the browser itself: Angular handles `submit`. Until it has
  // hydrated a prerendered page (ADR 0026), a submit would otherwise send the fields, password
  // included, in the URL of a GET. Instead the form is noted, and takes the submit back when its
  // component starts on it (core/browser/typed-before-start.ts). Noted always, not only until main.ts
  // has run: a lazy page hydrates after the bootstrap. A form the app rendered itself is never the
  // noted node, so a later submit noted here is never sent twice.
  document.addEventListener(
    'submit',
    function (event) {
      event.preventDefault();
      window.btEarlySubmit = event.target;
    },
    true,
  );

  // Signed in (the server's readable hint, ADR 0020): starts GET /api/me, which decides the first
  // route, now rather than after main and the bootstrap chunk. The session store takes this answer
  // (core/session/early-me.ts) instead of asking again. A guest asks nothing.
  if (/(?:^|;\s*)bt_signed_in=/.test(document.cookie)) {
    window.btMe = fetch('/api/me', { headers: { Accept: 'application/json' } });
  }

  // Starts fetching the English messages. The same choice as chooseLocale() in
  // core/i18n/locale-storage.ts; main.ts takes the promise from window.btMessages, or fetches itself
  // if this did not run first.
  var stored = null;
  try {
    stored = localStorage.getItem('bandtrack.locale');
  } catch {}
  var english = stored ? stored === 'en' : (navigator.language || '').toLowerCase().indexOf('en') === 0;
  if (english) window.btMessages = fetch('locale/messages.en.json');
})();
