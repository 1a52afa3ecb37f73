import {
  loadTranslations,
  ɵparseTranslation as parseTranslation,
  ɵParsedTranslation as ParsedTranslation,
} from '@angular/localize';

/**
 * Loads the messages of a language for `$localize` as `loadTranslations` does, but parses each one
 * the first time the app looks it up rather than all of them at start-up: the first screen uses a
 * few dozen of several hundred, and parsing them all held the start-up's main thread 10 to 15 ms
 * (ADR 0057). `loadTranslations` installs `$localize.translate`, which finds each message in
 * `$localize.TRANSLATIONS`; the parsed messages are kept there as they are looked up.
 */
export function loadTranslationsLazily(messages: Readonly<Record<string, string>>): void {
  loadTranslations({});
  const parsed: Record<string, ParsedTranslation> = Object.create(null);
  const translations = new Proxy(parsed, {
    get: (cache, id) => {
      if (typeof id !== 'string' || !Object.hasOwn(messages, id)) return undefined;
      return (cache[id] ??= parseTranslation(messages[id]));
    },
  });
  ($localize as { TRANSLATIONS?: Record<string, ParsedTranslation> }).TRANSLATIONS = translations;
}
