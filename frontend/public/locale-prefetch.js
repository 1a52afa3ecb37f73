// Starts fetching the English messages while main.js still downloads (an external file: the CSP has no
// inline scripts). The same choice as chooseLocale() in core/i18n/locale-storage.ts; main.ts takes the
// promise from window.btMessages, or fetches itself if this did not run first.
(function () {
  var stored = null;
  try {
    stored = localStorage.getItem('bandtrack.locale');
  } catch (e) {}
  var english = stored ? stored === 'en' : (navigator.language || '').toLowerCase().indexOf('en') === 0;
  if (english) window.btMessages = fetch('locale/messages.en.json');
})();
