import { ApiProperty } from '@nestjs/swagger';
import { LOCALES, type Locale, THEMES, type Theme } from '../../domain/preferences.js';

export class UserResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  username: string;

  @ApiProperty()
  displayName: string;
}

export class AuthResponse {
  @ApiProperty({ type: UserResponse })
  user: UserResponse;
}

export class PreferencesResponse {
  @ApiProperty({ enum: THEMES })
  theme: Theme;

  @ApiProperty({ enum: LOCALES })
  locale: Locale;
}

export class MyBandResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ['member', 'manager', 'admin'] })
  role: 'member' | 'manager' | 'admin';
}

export class MeResponse extends UserResponse {
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  activeBandId: string | null;

  @ApiProperty({ type: [MyBandResponse] })
  bands: MyBandResponse[];

  @ApiProperty({ type: PreferencesResponse })
  preferences: PreferencesResponse;
}
