import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every message id used in the source has an English translation with the same placeholders. */
describe('English translations', () => {
  const appDir = join(__dirname, '..', 'app');
  const read = (file: string) =>
    JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as {
      locale: string;
      translations: Record<string, string>;
    };
  const english = read('messages.en.json');
  const source = read('messages.json');

  const sourceFiles = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return /\.(ts|html)$/.test(name) && !name.endsWith('.spec.ts') ? [path] : [];
    });
  const idsInSource = new Set(
    sourceFiles(appDir).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/@@([\w.-]+)/g)].map((m) => m[1])),
  );
  const placeholders = (text: string) => [...text.matchAll(/\{\$[^}]+\}/g)].map((m) => m[0]).sort();

  it('is the en locale in the extract-i18n JSON shape', () => {
    expect(english.locale).toBe('en');
    expect(source.locale).toBe('fr');
  });

  it('translates every id used in the code', () => {
    const missing = [...idsInSource].filter((id) => !(id in english.translations));
    expect(missing).toEqual([]);
  });

  it('has no translation for an id the code no longer uses', () => {
    const stale = Object.keys(english.translations).filter((id) => !idsInSource.has(id));
    expect(stale).toEqual([]);
  });

  it('matches the extracted messages (npx ng extract-i18n) id for id, placeholder for placeholder', () => {
    expect(Object.keys(english.translations).sort()).toEqual(Object.keys(source.translations).sort());
    for (const [id, text] of Object.entries(source.translations)) {
      expect([id, placeholders(english.translations[id] ?? '')]).toEqual([id, placeholders(text)]);
    }
  });
});
