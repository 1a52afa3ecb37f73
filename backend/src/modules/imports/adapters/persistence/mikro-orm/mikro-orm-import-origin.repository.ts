import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { ImportOrigin, ImportOriginRepository } from '../../../application/ports/import-origin.repository.js';
import { originKey } from '../../../application/ports/import-origin.repository.js';
import { ImportOriginRecord } from './import-origin.schema.js';

@Injectable()
export class MikroOrmImportOriginRepository implements ImportOriginRepository {
  constructor(private readonly em: EntityManager) {}

  async originsOf(source: string): Promise<Map<string, string>> {
    const rows = await this.em.find(ImportOriginRecord, { source }, { disableIdentityMap: true });
    return new Map(rows.map((row) => [originKey(row.kind, row.originalId), row.newId]));
  }

  async record(origin: ImportOrigin): Promise<void> {
    await this.em.execute(
      'insert into import_origin (source, kind, original_id, new_id) values (?, ?, ?, ?) on conflict do nothing',
      [origin.source, origin.kind, origin.originalId, origin.newId],
    );
  }
}
