import { describe, expect, it } from '@jest/globals';
import {
  BandDeleted,
  BandSettingsUpdated,
  MemberJoinedBand,
  MemberLeftBand,
  MemberRoleChanged,
} from '../../bands/public-api.js';
import {
  ProgressChanged,
  SongAdded,
  SongChanged,
  SongDemoted,
  SongMastered,
  SongPromoted,
  SongRemoved,
  SuggestionEdited,
  SuggestionProposed,
  SuggestionWithdrawn,
  VoteChanged,
} from '../../repertoire/public-api.js';
import {
  AttendanceAnswered,
  GigCancelled,
  GigChanged,
  GigPlanned,
  GigRemoved,
  RehearsalCancelled,
  RehearsalChanged,
  RehearsalPlanned,
  RehearsalRemoved,
  SetlistSaved,
} from '../../schedule/public-api.js';
import { LIVE_EVENTS, liveNotices, progressNotice } from './live-messages.js';

const AT = new Date('2026-12-05T19:30:00.000Z');
const at = AT.toISOString();
const BAND = '01900000-0000-7000-8000-00000000000b';
const ID = '01900000-0000-7000-8000-000000000001';
const ACTOR = '01900000-0000-7000-8000-0000000000aa';
const TITLE = 'Zombie';

/** What a careless mapping would leak if it spread the event: none of it may reach the wire. */
const SECRETS = { note: 'mon secret du pont', votedByMe: true, comment: 'pas dispo' };
const withSecrets = <T extends object>(event: T): T => Object.assign(event, SECRETS);

/** Each event, and the messages its band hears (bandId and at added below). */
const BAND_CASES: [object, object[]][] = [
  [new SuggestionProposed(ID, BAND, ACTOR, ACTOR, TITLE), [{ type: 'suggestion.created', suggestionId: ID }]],
  [new SuggestionEdited(ID, BAND, ACTOR), [{ type: 'suggestion.updated', suggestionId: ID }]],
  [new SuggestionWithdrawn(ID, BAND, ACTOR, TITLE), [{ type: 'suggestion.deleted', suggestionId: ID }]],
  [new VoteChanged(ID, BAND, 4), [{ type: 'vote.changed', suggestionId: ID, votes: 4 }]],
  [new SongAdded(ID, BAND, ACTOR, TITLE), [{ type: 'song.created', songId: ID }]],
  [
    new SongPromoted(ID, BAND, 4, ACTOR, TITLE),
    [
      { type: 'suggestion.deleted', suggestionId: ID },
      { type: 'song.created', songId: ID },
    ],
  ],
  [new SongChanged(ID, BAND, ACTOR), [{ type: 'song.updated', songId: ID }]],
  [new SongMastered(ID, BAND, ACTOR, TITLE), []],
  [new SongDemoted(ID, BAND, ACTOR, TITLE), [{ type: 'song.deleted', songId: ID }]],
  [new SongRemoved(ID, BAND, ACTOR, TITLE), [{ type: 'song.deleted', songId: ID }]],
  [new MemberRoleChanged(BAND, ID, 'manager', ACTOR), [{ type: 'member.role-changed', userId: ID }]],
  [new BandSettingsUpdated(BAND, ACTOR), [{ type: 'band.updated' }]],
  [new RehearsalPlanned(ID, BAND, ID, 6, AT, ACTOR), [{ type: 'rehearsal.changed', id: ID }]],
  [new RehearsalChanged(ID, BAND, 2, ACTOR), [{ type: 'rehearsal.changed', id: ID }]],
  [new RehearsalCancelled(ID, BAND, 2, AT, ACTOR), []],
  [new RehearsalRemoved(ID, BAND, 1, AT, ACTOR), [{ type: 'rehearsal.changed', id: ID }]],
  [new GigPlanned(ID, BAND, ACTOR, TITLE, AT), [{ type: 'gig.changed', id: ID }]],
  [new GigChanged(ID, BAND, ACTOR), [{ type: 'gig.changed', id: ID }]],
  [new GigCancelled(ID, BAND, ACTOR, TITLE, AT), []],
  [new GigRemoved(ID, BAND, ACTOR, TITLE, AT), [{ type: 'gig.changed', id: ID }]],
  [new SetlistSaved(ID, BAND, ACTOR, TITLE), [{ type: 'setlist.changed', gigId: ID }]],
  [
    new AttendanceAnswered('gig', ID, BAND, ACTOR, 'maybe', 1),
    [{ type: 'attendance.changed', eventType: 'gig', id: ID, userId: ACTOR, status: 'maybe' }],
  ],
];

describe('live messages', () => {
  it.each(BAND_CASES.map(([event, messages]) => [event.constructor.name, event, messages] as const))(
    '%s goes to the band as ids and counts only',
    (_name, event, messages) => {
      expect(liveNotices(withSecrets(event as { bandId: string }), AT)).toEqual(
        messages.map((message) => ({ kind: 'band', message: { ...message, bandId: BAND, at } })),
      );
    },
  );

  it('says a level changed as the band’s new average, never whose it was nor the note', () => {
    const notice = progressNotice(withSecrets(new ProgressChanged(ID, BAND, ACTOR)), 6.5, AT);
    expect(notice).toEqual({
      kind: 'band',
      message: { type: 'progress.changed', bandId: BAND, at, songId: ID, bandAverageLevel: 6.5 },
    });
  });

  it('puts no actor, title, note, comment nor votedByMe on the wire', () => {
    // The attendance message names whose answer it is, as the event's page does: left out here.
    const told = BAND_CASES.filter(([event]) => !(event instanceof AttendanceAnswered));
    const wire = JSON.stringify(told.flatMap(([event]) => liveNotices(withSecrets(event as never), AT)));
    for (const secret of [ACTOR, TITLE, 'actorId', 'title', 'secret', 'note', 'comment', 'votedByMe']) {
      expect(wire).not.toContain(secret);
    }
  });

  it('removes the band from the one who left, then tells the others who left', () => {
    expect(liveNotices(new MemberLeftBand(BAND, ID, ACTOR), AT)).toEqual([
      { kind: 'removed', userId: ID, message: { type: 'band.removed', bandId: BAND, at } },
      { kind: 'band', message: { type: 'member.left', bandId: BAND, at, userId: ID } },
    ]);
  });

  it('subscribes a member who joins on every instance, then tells the band', () => {
    expect(liveNotices(new MemberJoinedBand(BAND, ID), AT)).toEqual([
      { kind: 'joined', bandId: BAND, userId: ID },
      { kind: 'band', message: { type: 'member.joined', bandId: BAND, at, userId: ID } },
    ]);
  });

  it('tells every socket of a deleted band band.removed', () => {
    expect(liveNotices(new BandDeleted(BAND, ACTOR), AT)).toEqual([
      { kind: 'removed', userId: null, message: { type: 'band.removed', bandId: BAND, at } },
    ]);
  });

  it('tells nothing of an event it does not know, and listens only to those it tells', () => {
    expect(liveNotices({ bandId: BAND }, AT)).toEqual([]);
    for (const quiet of [SongMastered, RehearsalCancelled, GigCancelled]) expect(LIVE_EVENTS).not.toContain(quiet);
  });
});
