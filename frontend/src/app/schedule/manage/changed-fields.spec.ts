import { describe, expect, it } from '@jest/globals';

import { changedFields, eventChanges } from './changed-fields';

interface Gig {
  title: string;
  startsAt: string;
  endsAt: string | null;
  feeCents: number | null;
  location: string | null;
}

const before: Gig = {
  title: 'Fête',
  startsAt: '2027-06-21T20:00:00.000Z',
  endsAt: '2027-06-21T23:00:00.000Z',
  feeCents: 15050,
  location: 'Le Petit Bain',
};

describe('changed fields', () => {
  it('keeps only the fields whose value changed, a cleared one as null', () => {
    expect(changedFields(before, { ...before, feeCents: 20000, location: null })).toEqual({
      feeCents: 20000,
      location: null,
    });
    expect(changedFields(before, { ...before })).toEqual({});
  });

  it('sends both times of an event when one of them changed, so the end stays as typed', () => {
    expect(eventChanges(before, { ...before, startsAt: '2027-06-21T19:30:00.000Z' })).toEqual({
      startsAt: '2027-06-21T19:30:00.000Z',
      endsAt: '2027-06-21T23:00:00.000Z',
    });
    expect(eventChanges(before, { ...before, endsAt: null })).toEqual({ startsAt: before.startsAt, endsAt: null });
    expect(eventChanges(before, { ...before, title: 'Bal' })).toEqual({ title: 'Bal' });
  });
});
