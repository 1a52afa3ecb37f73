import { beforeEach, describe, expect, it } from '@jest/globals';
import { newId } from '../../../shared/application/ids.js';
import type { SuggestionListRequest, SuggestionView } from '../application/ports/suggestion.reader.js';
import { Vote } from '../domain/vote.js';
import type { RepertoireAdapters, RepertoireAdaptersFactory } from './repertoire-adapters.js';
import { aSuggestion, T0 } from './suggestion.mother.js';

const minute = (n: number) => new Date(T0.getTime() + n * 60_000);

/** What every SuggestionReader answers, whatever stores the suggestions. */
export function suggestionReaderContract(makeAdapters: RepertoireAdaptersFactory): void {
  describe('SuggestionReader contract', () => {
    let adapters: RepertoireAdapters;
    let lea: string;
    let sam: string;
    let bandId: string;
    const ids: Record<string, string> = {};

    beforeEach(async () => {
      adapters = await makeAdapters();
      lea = await adapters.aPerson('Léa');
      sam = await adapters.aPerson('Sam');
      bandId = await adapters.aBandOf(lea, sam);
      const songs: [string, string | null, number][] = [
        ['Zombie', 'The Cranberries', 0],
        ['Non, je ne regrette rien', 'Édith Piaf', 1],
        ['Seven Nation Army', 'The White Stripes', 2],
        ['100% Pure Love', null, 3],
        ['Tie A', 'Same time', 4],
        ['Tie B', 'Same time', 4],
      ];
      for (const [title, artist, at] of songs) {
        const suggestion = aSuggestion({ bandId, authorId: lea, title, artist, now: minute(at) });
        await adapters.suggestions.save(suggestion);
        ids[title] = suggestion.id;
      }
      for (const [userId, title] of [
        [sam, 'Zombie'],
        [lea, 'Zombie'],
        [lea, 'Seven Nation Army'],
      ] as const) {
        await adapters.votes.cast(Vote.of(ids[title]!, userId), T0);
      }
      const elsewhere = await adapters.aBandOf(lea);
      await adapters.suggestions.save(aSuggestion({ bandId: elsewhere, authorId: lea, title: 'Zombie' }));
    });

    const list = (overrides: Partial<SuggestionListRequest> = {}) =>
      adapters.reader.list({
        bandId,
        viewerId: sam,
        sort: 'votes',
        search: null,
        after: null,
        limit: 50,
        ...overrides,
      });
    const titles = (views: SuggestionView[]) => views.map((view) => view.title);
    const tieOrder = () => [ids['Tie A']!, ids['Tie B']!].sort().reverse();
    const byId = Object.fromEntries as (entries: [string, string][]) => Record<string, string>;
    const titleOf = (id: string) => byId(Object.entries(ids).map(([title, value]) => [value, title]))[id]!;

    it('sorts by votes, ties newest first then by id, with counts, my votes and the author', async () => {
      const views = await list();
      expect(titles(views)).toEqual([
        'Zombie',
        'Seven Nation Army',
        ...tieOrder().map(titleOf),
        '100% Pure Love',
        'Non, je ne regrette rien',
      ]);
      expect(views[0]).toEqual({
        id: ids.Zombie,
        title: 'Zombie',
        artist: 'The Cranberries',
        versionOf: null,
        links: [],
        players: [],
        comment: null,
        createdBy: { id: lea, displayName: 'Léa' },
        createdAt: minute(0).toISOString(),
        votes: 2,
        votedByMe: true,
      });
      expect(views.map((view) => view.votedByMe)).toEqual([true, false, false, false, false, false]);
    });

    it('sorts newest first', async () => {
      expect(titles(await list({ sort: 'recent' }))).toEqual([
        ...tieOrder().map(titleOf),
        '100% Pure Love',
        'Seven Nation Army',
        'Non, je ne regrette rien',
        'Zombie',
      ]);
    });

    it('starts after a position and stops at the limit, for both sorts', async () => {
      for (const sort of ['votes', 'recent'] as const) {
        const all = await list({ sort });
        const pages: SuggestionView[] = [];
        let after = null;
        for (let page = 0; page < 4; page++) {
          const views = await list({ sort, after, limit: 2 });
          pages.push(...views);
          const last = views.at(-1);
          if (!last) break;
          after = { votes: last.votes, createdAt: new Date(last.createdAt), id: last.id };
        }
        expect(pages.map((view) => view.id)).toEqual(all.map((view) => view.id));
      }
    });

    it('matches the folded search text in the title or the artist, wildcards taken literally', async () => {
      expect(titles(await list({ search: 'edith' }))).toEqual(['Non, je ne regrette rien']);
      expect(titles(await list({ search: 'white' }))).toEqual(['Seven Nation Army']);
      expect(titles(await list({ search: '100%' }))).toEqual(['100% Pure Love']);
      expect(titles(await list({ search: '%' }))).toEqual(['100% Pure Love']);
      expect(titles(await list({ search: '_' }))).toEqual([]);
    });

    it('answers the players of the links, and the creation time as toISOString() writes it', async () => {
      const links = ['https://youtu.be/0J2QdDbelmY', 'https://example.org/score.pdf'];
      const now = new Date('2026-11-24T10:00:07.123Z');
      const suggestion = aSuggestion({ bandId, authorId: sam, title: 'Linked', links, now });
      await adapters.suggestions.save(suggestion);
      expect(await adapters.reader.findById(suggestion.id, lea)).toMatchObject({
        links,
        players: [
          { url: links[0], provider: 'youtube', embedUrl: 'https://www.youtube-nocookie.com/embed/0J2QdDbelmY' },
        ],
        createdBy: { id: sam, displayName: 'Sam' },
        createdAt: '2026-11-24T10:00:07.123Z',
      });
    });

    it('reads one suggestion as a given member sees it', async () => {
      expect(await adapters.reader.findById(ids.Zombie!, lea)).toMatchObject({ votes: 2, votedByMe: true });
      expect(await adapters.reader.findById(newId(), lea)).toBeNull();
    });
  });
}
