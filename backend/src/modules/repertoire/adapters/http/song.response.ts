import { ApiProperty } from '@nestjs/swagger';
import type { SongSummaryView, SongView } from '../../application/ports/song.reader.js';
import { SongLinks } from '../../domain/song-links.js';
import { PlayerResponse } from './suggestion.response.js';

/** The view as is: `implements` makes every field of the view a documented one. */
export class SongSummaryResponse implements SongSummaryView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: String, nullable: true })
  artist: string | null;

  @ApiProperty({ type: String, nullable: true })
  key: string | null;

  @ApiProperty({ type: Number, nullable: true })
  bpm: number | null;

  @ApiProperty({ type: Number, nullable: true })
  durationSec: number | null;

  @ApiProperty({ type: [String] })
  links: string[];

  @ApiProperty({ type: [PlayerResponse] })
  players: PlayerResponse[];

  @ApiProperty()
  mastered: boolean;

  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 10, description: 'null: not rated yet' })
  myLevel: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'One decimal; null while nobody has rated it' })
  bandAverageLevel: number | null;

  @ApiProperty({ minimum: 0, description: 'How many members rated it' })
  ratedBy: number;
}

export class SongListResponse {
  @ApiProperty({ type: [SongSummaryResponse] })
  items: SongSummaryResponse[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass it as `cursor` for the next page; null on the last.',
  })
  nextCursor: string | null;
}

export class MyProgressResponse {
  @ApiProperty({ minimum: 0, maximum: 10 })
  level: number;

  @ApiProperty({ type: String, nullable: true, description: 'Yours only: nobody else ever reads it.' })
  note: string | null;
}

export class SongResponse {
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

  @ApiProperty({ type: [PlayerResponse] })
  players: PlayerResponse[];

  @ApiProperty({ type: String, nullable: true })
  key: string | null;

  @ApiProperty({ type: Number, nullable: true })
  bpm: number | null;

  @ApiProperty({ type: Number, nullable: true })
  durationSec: number | null;

  @ApiProperty()
  mastered: boolean;

  @ApiProperty({ type: Number, nullable: true, description: 'The suggestion’s votes when it was promoted' })
  votesAtPromotion: number | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: MyProgressResponse, nullable: true, description: 'null: not rated yet' })
  myProgress: MyProgressResponse | null;

  @ApiProperty({ type: [Number], description: 'The other members’ levels, without names, in ascending order' })
  levels: number[];

  @ApiProperty({ type: Number, nullable: true })
  bandAverageLevel: number | null;

  @ApiProperty({ minimum: 0 })
  ratedBy: number;
}

export class PromotedSongResponse {
  @ApiProperty({ type: SongResponse })
  song: SongResponse;
}

export function toSongResponse(view: SongView): SongResponse {
  const { bandId: _bandId, createdAt, ...song } = view;
  return { ...song, players: SongLinks.restore(view.links).players(), createdAt: createdAt.toISOString() };
}
