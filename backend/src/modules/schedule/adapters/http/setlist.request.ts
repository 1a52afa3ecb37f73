import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsUUID, MaxLength, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';
import { IsText } from '../../../../shared/http/is-text.decorator.js';
import { BREAK_LABEL_MAX_LENGTH, type SetlistEntry, SETLIST_MAX_ENTRIES } from '../../domain/setlist/setlist.js';

/** `break` is `true` or absent, and an item is a song or a break, never both; only a break has a label. */
const SongOrBreak = () =>
  ValidateBy({
    name: 'songOrBreak',
    validator: {
      validate: (value: unknown, args) => {
        const item = args?.object as SetlistItemRequest;
        if (value !== undefined && value !== true) return false;
        return value === true ? item.songId === undefined : item.songId !== undefined && item.label === undefined;
      },
      defaultMessage: () => 'each item is a song {"songId": ...} or a break {"break": true, "label"?: ...}',
    },
  });

export class SetlistItemRequest {
  @ApiPropertyOptional({ format: 'uuid', description: 'A song of the band’s repertoire (or `break`)' })
  @ValidateIf((item: SetlistItemRequest) => item.songId !== undefined)
  @IsUUID()
  songId?: string;

  @ApiPropertyOptional({ enum: [true], description: 'A break between two sets, instead of a song' })
  @SongOrBreak()
  break?: true;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: BREAK_LABEL_MAX_LENGTH, example: 'Entracte' })
  @ValidateIf((item: SetlistItemRequest) => item.label !== undefined && item.label !== null)
  @IsText()
  @MaxLength(BREAK_LABEL_MAX_LENGTH)
  label?: string | null;
}

export class SaveSetlistRequest {
  @ApiProperty({ type: [SetlistItemRequest], maxItems: SETLIST_MAX_ENTRIES, description: 'The whole running order' })
  @IsArray()
  @ArrayMaxSize(SETLIST_MAX_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => SetlistItemRequest)
  items: SetlistItemRequest[];
}

export function setlistEntries(request: SaveSetlistRequest): SetlistEntry[] {
  return request.items.map((item) =>
    item.break ? { break: true, label: item.label ?? null } : { songId: item.songId! },
  );
}
