import { VoteResponse } from '../core/api/api-types';
import { OutboxKind } from '../core/offline/outbox-kind';
import { suggestionUrl } from './suggestions-api';

export interface SuggestionVote {
  readonly suggestionId: string;
  /** The vote wanted: true votes, false takes the vote back (never a toggle, see ADR 0021). */
  readonly voted: boolean;
  /** For the refusal sentence. */
  readonly title: string;
}

/** A vote, kept while offline and sent when the network returns (POST or DELETE …/vote). */
export const SUGGESTION_VOTE: OutboxKind<SuggestionVote, VoteResponse> = {
  name: 'suggestion-vote',
  target: (vote) => vote.suggestionId,
  send: (vote, http) => {
    const url = suggestionUrl(vote.suggestionId, 'vote');
    return vote.voted ? http.post<VoteResponse>(url, null) : http.delete<VoteResponse>(url);
  },
  refusal: (vote) =>
    vote.voted
      ? $localize`:@@suggestions.voteRefused:Votre vote pour « ${vote.title}:title: » n'a pas été enregistré.`
      : $localize`:@@suggestions.unvoteRefused:Votre vote pour « ${vote.title}:title: » n'a pas pu être retiré.`,
};
