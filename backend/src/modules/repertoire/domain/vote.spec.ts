import { describe, expect, it } from '@jest/globals';
import { VoteChanged } from './repertoire.events.js';
import { Vote } from './vote.js';

describe('Vote', () => {
  it('records an event only when storing it moved the count', () => {
    const vote = Vote.of('suggestion', 'member');
    vote.stored({ bandId: 'band', votes: 3, changed: true });
    expect(vote.pullEvents()).toEqual([new VoteChanged('suggestion', 'band', 3)]);
    vote.stored({ bandId: 'band', votes: 3, changed: false });
    expect(vote.pullEvents()).toEqual([]);
  });
});
