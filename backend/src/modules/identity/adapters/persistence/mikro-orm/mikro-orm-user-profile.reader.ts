import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { UserProfileReader, UserProfileView } from '../../../application/ports/user-profile.reader.js';
import { UserRecord } from './user.schema.js';

@Injectable()
export class MikroOrmUserProfileReader implements UserProfileReader {
  constructor(private readonly em: EntityManager) {}

  async findProfile(userId: string): Promise<UserProfileView | null> {
    const row = await this.em.findOne(
      UserRecord,
      { id: userId },
      { fields: ['id', 'username', 'displayName', 'theme', 'locale'], disableIdentityMap: true },
    );
    if (!row) return null;
    return {
      id: row.id,
      username: row.username,
      displayName: row.displayName,
      preferences: { theme: row.theme, locale: row.locale },
    };
  }
}
