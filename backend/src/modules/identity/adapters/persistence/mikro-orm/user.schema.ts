import { defineEntity, p } from '@mikro-orm/core';
import { LOCALES, THEMES } from '../../../domain/preferences.js';

/** The `users` table. Domain `User` objects are mapped to and from it by the repository. */
export const UserRecord = defineEntity({
  name: 'UserRecord',
  tableName: 'users',
  properties: {
    id: p.uuid().primary(),
    username: p.string().length(32).unique('users_username_unique'),
    displayName: p.string().length(64),
    passwordHash: p.text(),
    theme: p.enum(THEMES).default('system'),
    locale: p.enum(LOCALES).default('fr'),
    createdAt: p.datetime(),
  },
});

export type UserRow = InstanceType<typeof UserRecord.class>;
