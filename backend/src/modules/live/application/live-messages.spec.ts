import { describe, expect, it } from '@jest/globals';
import { MemberLeftBand } from '../../bands/public-api.js';
import {
  ProgressChanged,
  SongAdded,
  SongChanged,
  SongDemoted,
  SongPromoted,
  SongRemoved,
  SuggestionEdited,
  SuggestionProposed,
  SuggestionWithdrawn,
  VoteChanged,
} from '../../repertoire/public-api.js';
import { memberLeftNotices, progressNotice, type RepertoireLiveEvent, repertoireNotices } from './live-messages.js';

const AT = new Date('2026-12-05T19:30:00.000Z');
const at = AT.toISOString();
const BAND = '01900000-0000-7000-8000-00000000000b';
const ID = '01900000-0000-7000-8000-000000000001';
const MEMBER = '01900000-0000-7000-8000-0000000000aa';

/** What a careless mapping would leak if it spread the event: every one of these must stay off the wire. */
const SECRETS = { note: 'mon secret du pont', votedByMe: true, memberId: MEMBER, actorId: MEMBER, title: 'Zombie' };
const withSecrets = <T extends object>(event: T): T => Object.assign(event, SECRETS);

const CASES: [RepertoireLiveEvent, object[]][] = [
  [new SuggestionProposed(ID, BAND, MEMBER, MEMBER, 'Zombie'), [{ type: 'suggestion.created', suggestionId: ID }]],
  [new SuggestionEdited(ID, BAND, MEMBER), [{ type: 'suggestion.updated', suggestionId: ID }]],
  [new SuggestionWithdrawn(ID, BAND, MEMBER, 'Zombie'), [{ type: 'suggestion.deleted', suggestionId: ID }]],
  [new VoteChanged(ID, BAND, 4), [{ type: 'vote.changed', suggestionId: ID, votes: 4 }]],
  [new SongAdded(ID, BAND, MEMBER, 'Zombie'), [{ type: 'song.created', songId: ID }]],
  [
    new SongPromoted(ID, BAND, 4, MEMBER, 'Zombie'),
    [
      { type: 'suggestion.deleted', suggestionId: ID },
      { type: 'song.created', songId: ID },
    ],
  ],
  [new SongChanged(ID, BAND, MEMBER), [{ type: 'song.updated', songId: ID }]],
  [new SongDemoted(ID, BAND, MEMBER, 'Zombie'), [{ type: 'song.deleted', songId: ID }]],
  [new SongRemoved(ID, BAND, MEMBER, 'Zombie'), [{ type: 'song.deleted', songId: ID }]],
];

describe('live messages of the repertoire', () => {
  it.each(CASES.map(([event, messages]) => [event.constructor.name, event, messages] as const))(
    '%s goes to the band as ids and counts only',
    (_name, event, messages) => {
      expect(repertoireNotices(withSecrets(event), AT)).toEqual(
        messages.map((message) => ({ kind: 'band', message: { ...message, bandId: BAND, at } })),
      );
    },
  );

  it('says a level changed as the band’s new average, never whose it was nor the note', () => {
    const notice = progressNotice(withSecrets(new ProgressChanged(ID, BAND, MEMBER)), 6.5, AT);
    expect(notice).toEqual({
      kind: 'band',
      message: { type: 'progress.changed', bandId: BAND, at, songId: ID, bandAverageLevel: 6.5 },
    });
    expect(JSON.stringify(notice)).not.toContain(MEMBER);
  });

  it('leaves every secret of an event off the wire', () => {
    const events = [
      new SuggestionProposed(ID, BAND, MEMBER, MEMBER, 'Zombie'),
      new VoteChanged(ID, BAND, 1),
      new SongPromoted(ID, BAND, 2, MEMBER, 'Zombie'),
      new SongChanged(ID, BAND, MEMBER),
    ];
    const wire = JSON.stringify(events.flatMap((event) => repertoireNotices(withSecrets(event), AT)));
    for (const secret of ['mon secret', 'votedByMe', 'Zombie', 'note', MEMBER]) expect(wire).not.toContain(secret);
  });
});

describe('live messages of membership', () => {
  it('removes the band from the one who left, then tells the others who left', () => {
    expect(memberLeftNotices(new MemberLeftBand(BAND, MEMBER, MEMBER), AT)).toEqual([
      { kind: 'removed', userId: MEMBER, message: { type: 'band.removed', bandId: BAND, at } },
      { kind: 'band', message: { type: 'member.left', bandId: BAND, at, userId: MEMBER } },
    ]);
  });
});
