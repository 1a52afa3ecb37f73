import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { ROLES, type Role } from '../../domain/role.js';

export class ChangeRoleRequest {
  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;
}
