import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { BandRepository } from '../../../application/ports/band.repository.js';
import type { BandView } from '../../../application/ports/bands.reader.js';
import type { BandSettings } from '../../../domain/band-settings.js';
import { Band } from '../../../domain/band.js';
import type { InviteCode } from '../../../domain/invite-code.js';
import { BandRecord, type BandRow } from './band.schema.js';
import { BAND_VIEW_COLUMNS, type BandViewRow, toBandView } from './band-view-row.js';

const SETTING_COLUMNS: Record<keyof BandSettings, string> = {
  name: 'name',
  description: 'description',
  template: 'template',
  logoUrl: 'logo_url',
  timezone: 'timezone',
  language: 'language',
};

/** Changes are single `update` statements on the columns they name, returning what the caller needs. */
@Injectable()
export class MikroOrmBandRepository implements BandRepository {
  constructor(private readonly em: EntityManager) {}

  async findById(id: string): Promise<Band | null> {
    const row = await this.em.findOne(BandRecord, { id }, { disableIdentityMap: true });
    return row ? toBand(row) : null;
  }

  async findByInviteCode(inviteCode: string): Promise<Band | null> {
    const row = await this.em.findOne(BandRecord, { inviteCode }, { disableIdentityMap: true });
    return row ? toBand(row) : null;
  }

  async add(band: Band): Promise<void> {
    await this.em.insert(BandRecord, band.snapshot());
  }

  async changeSettings(id: string, changes: Partial<BandSettings>): Promise<BandView | null> {
    const fields = (Object.keys(changes) as (keyof BandSettings)[]).filter((field) => changes[field] !== undefined);
    const [row] =
      fields.length === 0
        ? await this.em.execute<BandViewRow[]>(`select ${BAND_VIEW_COLUMNS} from bands where id = ?`, [id])
        : await this.em.execute<BandViewRow[]>(
            `update bands set ${fields.map((field) => `${SETTING_COLUMNS[field]} = ?`).join(', ')}
              where id = ? returning ${BAND_VIEW_COLUMNS}`,
            [...fields.map((field) => changes[field]), id],
          );
    return row ? toBandView(row) : null;
  }

  async replaceInviteCode(id: string, code: InviteCode): Promise<boolean> {
    const replaced = await this.em.execute<{ id: string }[]>(
      'update bands set invite_code = ? where id = ? returning id',
      [code.value, id],
    );
    return replaced.length === 1;
  }

  async delete(id: string): Promise<void> {
    await this.em.nativeDelete(BandRecord, { id });
  }
}

function toBand(row: BandRow): Band {
  return Band.restore({
    id: row.id,
    name: row.name,
    description: row.description,
    template: row.template,
    logoUrl: row.logoUrl ?? null,
    timezone: row.timezone,
    language: row.language,
    inviteCode: row.inviteCode,
    createdAt: row.createdAt,
  });
}
