import { defineEntity, p } from '@mikro-orm/core';
import { LANGUAGES, TEMPLATES } from '../../../domain/band-settings.js';

/** The `bands` table. */
export const BandRecord = defineEntity({
  name: 'BandRecord',
  tableName: 'bands',
  properties: {
    id: p.uuid().primary(),
    name: p.string().length(80),
    description: p.text().default(''),
    template: p.enum(TEMPLATES).default('classic'),
    logoUrl: p.string().length(2048).nullable(),
    timezone: p.string().length(64).default('Europe/Paris'),
    language: p.enum(LANGUAGES).default('fr'),
    inviteCode: p.string().length(11).unique('bands_invite_code_unique'),
    createdAt: p.datetime(),
  },
});

export type BandRow = InstanceType<typeof BandRecord.class>;
