import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsString, MaxLength, ValidateIf } from 'class-validator';
import { ARTIST_MAX_LENGTH } from '../../domain/song-details.js';
import { LINK_MAX_LENGTH, MAX_LINKS } from '../../domain/song-links.js';

/** Skips the checks of an absent field only: `null` must pass the checks (and fails `@IsString`). */
export const UnlessAbsent = () => ValidateIf((_object, value) => value !== undefined);
/** For a field where `null` clears the value. */
export const UnlessAbsentOrNull = () => ValidateIf((_object, value) => value !== undefined && value !== null);

/** The optional fields a suggestion and a song share; `null` clears one. */
export class SongFieldsRequest {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: ARTIST_MAX_LENGTH, example: 'The White Stripes' })
  @UnlessAbsentOrNull()
  @IsString()
  @MaxLength(ARTIST_MAX_LENGTH)
  artist?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: ARTIST_MAX_LENGTH,
    description: 'For a cover: who recorded it first.',
  })
  @UnlessAbsentOrNull()
  @IsString()
  @MaxLength(ARTIST_MAX_LENGTH)
  versionOf?: string | null;

  @ApiPropertyOptional({
    type: [String],
    maxItems: MAX_LINKS,
    description:
      `At most ${MAX_LINKS} https:// (or http://) addresses of at most ${LINK_MAX_LENGTH} characters; ` +
      'YouTube and Spotify links come back as `players` too.',
    example: ['https://www.youtube.com/watch?v=0J2QdDbelmY'],
  })
  @UnlessAbsent()
  @IsArray()
  @ArrayMaxSize(MAX_LINKS)
  @IsString({ each: true })
  @MaxLength(LINK_MAX_LENGTH, { each: true })
  links?: string[];
}
