import { MemberProgressRecord } from './member-progress.schema.js';
import { SongRecord } from './song.schema.js';
import { SuggestionRecord } from './suggestion.schema.js';
import { VoteRecord } from './vote.schema.js';

export const repertoireEntities = [SuggestionRecord, VoteRecord, SongRecord, MemberProgressRecord];
