import { describe, expect, it } from '@jest/globals';
import { InvalidRepertoireFieldError } from '../../../domain/repertoire.errors.js';
import { SuggestionProposed } from '../../../domain/repertoire.events.js';
import { T0 } from '../../../testing/suggestion.mother.js';
import { repertoireTestKit } from '../../../testing/repertoire-test-kit.js';
import { ProposeSuggestionCommand } from './propose-suggestion.command.js';

describe('ProposeSuggestionHandler', () => {
  it('lets a member propose a song, with no votes yet, and says so after saving', async () => {
    const kit = repertoireTestKit();
    const lea = kit.bands.person('Léa');
    const bandId = kit.bands.band({ [lea]: 'member' });
    const view = await kit.handlers.propose.execute(
      new ProposeSuggestionCommand(
        lea,
        bandId,
        { title: 'Zombie', artist: 'The Cranberries', links: ['https://youtu.be/6Ejga4kJUts'] },
        'Pour le concert',
      ),
    );
    expect(view).toEqual({
      id: view.id,
      title: 'Zombie',
      artist: 'The Cranberries',
      versionOf: null,
      links: ['https://youtu.be/6Ejga4kJUts'],
      players: [
        {
          url: 'https://youtu.be/6Ejga4kJUts',
          provider: 'youtube',
          embedUrl: 'https://www.youtube-nocookie.com/embed/6Ejga4kJUts',
        },
      ],
      comment: 'Pour le concert',
      createdBy: { id: lea, displayName: 'Léa' },
      createdAt: T0.toISOString(),
      votes: 0,
      votedByMe: false,
    });
    expect(kit.events.published).toEqual([new SuggestionProposed(view.id, bandId, lea, lea, 'Zombie')]);
  });

  it('refuses a stranger and bad fields, and stores nothing', async () => {
    const kit = repertoireTestKit();
    const lea = kit.bands.person();
    const bandId = kit.bands.band({ [lea]: 'member' });
    const stranger = kit.bands.person();
    await expect(
      kit.handlers.propose.execute(new ProposeSuggestionCommand(stranger, bandId, { title: 'Zombie' }, null)),
    ).rejects.toThrow('not one of its members');
    await expect(
      kit.handlers.propose.execute(
        new ProposeSuggestionCommand(lea, bandId, { title: 'Zombie', links: ['javascript:alert(1)'] }, null),
      ),
    ).rejects.toThrow(InvalidRepertoireFieldError);
    expect(kit.store.suggestions.size).toBe(0);
  });
});
