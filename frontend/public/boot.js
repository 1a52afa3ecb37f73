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
  // route, now rather than after main and the bootstrap chunk; then, as soon as it names the active
  // band, that band (every band screen reads it) and, on the home, its dashboard, side by side while
  // main still runs, rather than one after the other once the home exists. The app's first request
  // for each URL takes this answer instead of asking again (core/api/early-responses.ts). A guest
  // asks nothing. The hint is read with the asynchronous Cookie Store API where there is one: in a
  // browser just started, `document.cookie` held the main thread 7 to 90 ms (ADR 0057).
  var get = function (url) {
    return fetch(url, { headers: { Accept: 'application/json' } });
  };
  var signedIn = window.cookieStore
    ? cookieStore.get('bt_signed_in').then(Boolean, hasSignedInCookie)
    : Promise.resolve(hasSignedInCookie());
  var early = (window.btEarly = {});
  // The app asks for /api/me only when it finds the hint too; it gets its answer once the reads it
  // names are under way, so that its own first read of the band always finds boot.js's.
  early['/api/me'] = signedIn.then(function (yes) {
    if (!yes) {
      // A guest: whoever signs in later is asked about over the network.
      delete early['/api/me'];
      return new Response(null, { status: 401 });
    }
    return get('/api/me').then(function (response) {
      return response.text().then(function (body) {
        var me = null;
        try {
          me = response.ok ? JSON.parse(body) : null;
        } catch {}
        if (me && me.activeBandId) {
          var band = '/api/bands/' + encodeURIComponent(me.activeBandId);
          early[band] = get(band);
          if (location.pathname === '/') early[band + '/dashboard'] = get(band + '/dashboard');
        }
        return new Response(body, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        });
      });
    });
  });

  // Starts fetching the English messages. The same choice as chooseLocale() in
  // core/i18n/locale-storage.ts; main.ts takes the promise from window.btMessages, or fetches itself
  // if this did not run first.
  var stored = null;
  try {
    stored = localStorage.getItem('bandtrack.locale');
  } catch {}
  var english = stored ? stored === 'en' : (navigator.language || '').toLowerCase().indexOf('en') === 0;
  if (english) window.btMessages = fetch('locale/messages.en.json');

  function hasSignedInCookie() {
    return /(?:^|;\s*)bt_signed_in=/.test(document.cookie);
  }
})();
