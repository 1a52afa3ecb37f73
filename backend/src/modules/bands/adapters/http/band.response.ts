import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES, type Language, TEMPLATES, type Template } from '../../domain/band-settings.js';
import { ROLES, type Role } from '../../domain/role.js';
import type { MemberView } from '../../application/ports/bands.reader.js';

export class MyBandSummaryResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty()
  memberCount: number;
}

export class BandResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ enum: TEMPLATES })
  template: Template;

  @ApiProperty({ type: String, nullable: true })
  logoUrl: string | null;

  @ApiProperty({ example: 'Europe/Paris' })
  timezone: string;

  @ApiProperty({ enum: LANGUAGES, description: 'The language of the band’s exports (PDF, CSV)' })
  language: Language;

  @ApiPropertyOptional({ description: 'Only for admins', example: 'K7RD9-PXM4H' })
  inviteCode?: string;
}

export class CreatedBandResponse {
  @ApiProperty({ type: BandResponse })
  band: BandResponse;
}

export class JoinedBandResponse {
  @ApiProperty({ type: BandResponse })
  band: BandResponse;

  @ApiProperty({ enum: ROLES })
  role: Role;
}

export class InviteCodeResponse {
  @ApiProperty({ example: 'K7RD9-PXM4H' })
  inviteCode: string;
}

/** The view as is: `implements` makes every field of the view a documented one. */
export class MemberResponse implements MemberView {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty({ enum: ROLES })
  role: Role;

  @ApiProperty({ format: 'date-time' })
  joinedAt: string;
}

export class ActiveBandResponse {
  @ApiProperty({ format: 'uuid' })
  activeBandId: string;
}
