import { EntityManager, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { UserRepository } from '../../../application/ports/user.repository.js';
import { UsernameTakenError } from '../../../domain/identity.errors.js';
import { User } from '../../../domain/user.js';
import { UserRecord, type UserRow } from './user.schema.js';

@Injectable()
export class MikroOrmUserRepository implements UserRepository {
  constructor(private readonly em: EntityManager) {}

  async findById(id: string): Promise<User | null> {
    const row = await this.em.findOne(UserRecord, { id }, { disableIdentityMap: true });
    return row ? toUser(row) : null;
  }

  async findByUsername(username: string): Promise<User | null> {
    const row = await this.em.findOne(UserRecord, { username }, { disableIdentityMap: true });
    return row ? toUser(row) : null;
  }

  async save(user: User): Promise<void> {
    const { preferences, ...state } = user.snapshot();
    try {
      await this.em.upsert(
        UserRecord,
        { ...state, theme: preferences.theme, locale: preferences.locale },
        { onConflictFields: ['id'], onConflictAction: 'merge', onConflictExcludeFields: ['passwordHash', 'createdAt'] },
      );
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw new UsernameTakenError();
      throw error;
    }
  }

  async savePasswordHash(user: User, previousHash: string): Promise<boolean> {
    const written = await this.em.nativeUpdate(
      UserRecord,
      { id: user.id, passwordHash: previousHash },
      { passwordHash: user.passwordHash },
    );
    return written === 1;
  }

  async delete(id: string): Promise<void> {
    await this.em.nativeDelete(UserRecord, { id });
  }
}

function toUser(row: UserRow): User {
  return User.restore({
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    passwordHash: row.passwordHash,
    preferences: { theme: row.theme, locale: row.locale },
    createdAt: row.createdAt,
  });
}
