import { ApiProperty } from '@nestjs/swagger';

export class InvitationResponse {
  @ApiProperty({ example: 'Les Baguettes Folles' })
  bandName: string;

  @ApiProperty({ example: 4 })
  memberCount: number;
}
