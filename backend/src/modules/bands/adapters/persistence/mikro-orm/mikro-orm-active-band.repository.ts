import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ActiveBandRepository } from '../../../application/ports/active-band.repository.js';

@Injectable()
export class MikroOrmActiveBandRepository implements ActiveBandRepository {
  constructor(private readonly em: EntityManager) {}

  async set(userId: string, bandId: string): Promise<void> {
    await this.em.execute(
      `insert into active_bands (user_id, band_id) values (?, ?)
       on conflict (user_id) do update set band_id = excluded.band_id`,
      [userId, bandId],
    );
  }

  async clear(userId: string, bandId: string): Promise<void> {
    await this.em.execute('delete from active_bands where user_id = ? and band_id = ?', [userId, bandId]);
  }
}
