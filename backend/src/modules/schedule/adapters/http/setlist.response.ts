import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SetlistItemView, SetlistView, SetView } from '../../application/setlist-view.js';

export class SetlistItemResponse {
  @ApiProperty({ enum: ['song', 'break'] })
  type: 'song' | 'break';

  @ApiPropertyOptional({ format: 'uuid', description: 'Songs' })
  songId?: string;

  @ApiPropertyOptional({ description: 'Songs' })
  title?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Songs' })
  artist?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Songs: the key the band plays it in' })
  key?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Songs: beats a minute' })
  bpm?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Songs: seconds' })
  durationSec?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Breaks: "Entracte", "Rappel"…' })
  label?: string | null;
}

export class SetResponse implements SetView {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The label of the break that opens it; null for the first',
  })
  label: string | null;

  @ApiProperty()
  songCount: number;

  @ApiProperty({ description: 'The songs’ durations added up, in seconds' })
  totalSeconds: number;

  @ApiProperty({ description: 'Songs with no duration: the total is that much short' })
  untimedSongs: number;
}

export class SetlistResponse implements SetlistView {
  @ApiProperty({ type: [SetlistItemResponse], description: 'The songs and set breaks, in order' })
  items: SetlistItemView[];

  @ApiProperty({ type: [SetResponse], description: 'The songs between breaks, timed' })
  sets: SetResponse[];

  @ApiProperty({ description: 'The whole setlist, in seconds' })
  totalSeconds: number;

  @ApiProperty()
  untimedSongs: number;
}
