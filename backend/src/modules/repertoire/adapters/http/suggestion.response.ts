import { ApiProperty } from '@nestjs/swagger';
import type { SuggestionView } from '../../application/ports/suggestion.reader.js';
import type { VoteResult } from '../../application/vote-result.js';
import type { LinkProvider, Player } from '../../domain/song-links.js';

const PROVIDERS: LinkProvider[] = ['youtube', 'spotify'];

export class PlayerResponse implements Player {
  @ApiProperty({ example: 'https://www.youtube.com/watch?v=0J2QdDbelmY' })
  url: string;

  @ApiProperty({ enum: PROVIDERS })
  provider: LinkProvider;

  @ApiProperty({
    example: 'https://www.youtube-nocookie.com/embed/0J2QdDbelmY',
    description: "The provider's embedded player (YouTube's privacy-enhanced one).",
  })
  embedUrl: string;
}

export class AuthorResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  displayName: string;
}

/** The view as is: `implements` makes every field of the view a documented one. */
export class SuggestionResponse implements SuggestionView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  artist: string | null;

  @ApiProperty({ type: String, nullable: true })
  versionOf: string | null;

  @ApiProperty({ type: [String] })
  links: string[];

  @ApiProperty({ type: [PlayerResponse], description: 'The links that play in an embedded player.' })
  players: PlayerResponse[];

  @ApiProperty({ type: String, nullable: true })
  comment: string | null;

  @ApiProperty({ type: AuthorResponse, nullable: true, description: 'null once the author deleted their account' })
  createdBy: AuthorResponse | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ minimum: 0 })
  votes: number;

  @ApiProperty()
  votedByMe: boolean;
}

export class SuggestionPageResponse {
  @ApiProperty({ type: [SuggestionResponse] })
  items: SuggestionResponse[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass it as `cursor` for the next page; null on the last.',
  })
  nextCursor: string | null;
}

export class DemotedSuggestionResponse {
  @ApiProperty({ type: SuggestionResponse })
  suggestion: SuggestionResponse;
}

export class VoteResponse implements VoteResult {
  @ApiProperty({ minimum: 0, description: 'The new count' })
  votes: number;

  @ApiProperty()
  votedByMe: boolean;
}
