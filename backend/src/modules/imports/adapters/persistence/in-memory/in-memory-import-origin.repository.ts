import { Injectable } from '@nestjs/common';
import { TransactionalMap } from '../../../../../shared/adapters/transactional-map.js';
import type { ImportOrigin, ImportOriginRepository } from '../../../application/ports/import-origin.repository.js';
import { originKey } from '../../../application/ports/import-origin.repository.js';

@Injectable()
export class InMemoryImportOriginRepository implements ImportOriginRepository {
  /** keyed by source, then `kind:originalId` */
  private readonly origins = new TransactionalMap<string, ImportOrigin>();

  async originsOf(source: string): Promise<Map<string, string>> {
    const mine = [...this.origins.values()].filter((origin) => origin.source === source);
    return new Map(mine.map((origin) => [originKey(origin.kind, origin.originalId), origin.newId]));
  }

  async record(origin: ImportOrigin): Promise<void> {
    const key = `${origin.source}\u0000${originKey(origin.kind, origin.originalId)}`;
    if (!this.origins.has(key)) this.origins.set(key, { ...origin });
  }
}
