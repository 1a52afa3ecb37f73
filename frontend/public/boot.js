// Runs before the app, while main.js still downloads (an external file: the CSP has no inline scripts).
(function () {
  // No form of the app is ever submitted by the browser itself: Angular handles `submit` (and the
  // prerendered account form is `method="dialog"`, which sends nothing even before this file has run).
  // A form prerendered at build time (ADR 0026) keeps `data-prerendered` until the app's first check
  // of it: a submit meanwhile is held here, as the form's own handlers would find no model yet, and
  // noted for the form to take back at that check (core/browser/typed-before-start.ts). Any later
  // submit is the app's alone, so none is sent twice.
  document.addEventListener(
    'submit',
    function (event) {
      event.preventDefault();
      if (!event.target.hasAttribute('data-prerendered')) return;
      event.stopPropagation();
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
