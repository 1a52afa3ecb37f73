import { describe, expect, it } from '@jest/globals';
import { attachment } from './export-file.js';

describe('attachment', () => {
  it('names the file in plain ASCII for every client, with its accents for those that read filename*', () => {
    expect(attachment('Setlist Fête de la musique 2027-06-21 scène', 'pdf')).toBe(
      `attachment; filename="setlist-fete-de-la-musique-2027-06-21-scene.pdf"; ` +
        `filename*=UTF-8''setlist-f%C3%AAte-de-la-musique-2027-06-21-sc%C3%A8ne.pdf`,
    );
  });

  it('leaves nothing in the name that could break out of the header or the folder', () => {
    const header = attachment('Répertoire "a"; b\r\nX-Evil: 1 ../../etc/passwd', 'csv');
    expect(header).toBe(
      `attachment; filename="repertoire-a-b-x-evil-1-etc-passwd.csv"; ` +
        `filename*=UTF-8''r%C3%A9pertoire-a-b-x-evil-1-etc-passwd.csv`,
    );
  });

  it('falls back on « export » when nothing of the name is left', () => {
    expect(attachment('🎸 ???', 'csv')).toBe(`attachment; filename="export.csv"; filename*=UTF-8''export.csv`);
    expect(attachment('Кино', 'pdf')).toBe(
      `attachment; filename="export.pdf"; filename*=UTF-8''%D0%BA%D0%B8%D0%BD%D0%BE.pdf`,
    );
  });
});
