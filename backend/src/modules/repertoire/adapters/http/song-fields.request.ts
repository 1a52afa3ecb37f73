import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, MaxLength } from 'class-validator';
import { IsText } from '../../../../shared/http/is-text.decorator.js';
import { OptionalField } from '../../../../shared/http/optional-field.decorator.js';
import { ARTIST_MAX_LENGTH } from '../../domain/song-details.js';
import { LINK_MAX_LENGTH, MAX_LINKS } from '../../domain/song-links.js';

/** The optional fields a suggestion and a song share; `null` clears one. */
export class SongFieldsRequest {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: ARTIST_MAX_LENGTH, example: 'The White Stripes' })
  @OptionalField({ nullable: true })
  @IsText()
  @MaxLength(ARTIST_MAX_LENGTH)
  artist?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: ARTIST_MAX_LENGTH,
    description: 'For a cover: who recorded it first.',
  })
  @OptionalField({ nullable: true })
  @IsText()
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
  @OptionalField()
  @IsArray()
  @ArrayMaxSize(MAX_LINKS)
  @IsText('single-line', { each: true })
  @MaxLength(LINK_MAX_LENGTH, { each: true })
  links?: string[];
}
