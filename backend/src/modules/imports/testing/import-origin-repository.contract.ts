import { beforeEach, describe, expect, it } from '@jest/globals';
import type { UnitOfWork } from '../../../shared/application/unit-of-work.js';
import type { ImportOriginRepository } from '../application/ports/import-origin.repository.js';

/** An empty store of import origins, and the unit of work its writes take part in. */
export interface ImportOriginAdapters {
  origins: ImportOriginRepository;
  unitOfWork: UnitOfWork;
}

/** What every ImportOriginRepository adapter must do, whatever stores the data. */
export function importOriginRepositoryContract(makeAdapters: () => Promise<ImportOriginAdapters>): void {
  describe('import origin repository contract', () => {
    let adapters: ImportOriginAdapters;
    const origin = (kind: string, originalId: string, newId: string, source = 'bandtrack1:a') => ({
      source,
      kind,
      originalId,
      newId,
    });

    beforeEach(async () => {
      adapters = await makeAdapters();
    });

    it('answers what each row of a source became, keyed by kind and original id', async () => {
      await adapters.origins.record(origin('user', '1', 'u-1'));
      await adapters.origins.record(origin('membership', '2:1', 'b-2:u-1'));
      await adapters.origins.record(origin('user', '1', 'other', 'bandtrack1:b'));
      expect(await adapters.origins.originsOf('bandtrack1:a')).toEqual(
        new Map([
          ['user:1', 'u-1'],
          ['membership:2:1', 'b-2:u-1'],
        ]),
      );
      expect(await adapters.origins.originsOf('bandtrack1:b')).toEqual(new Map([['user:1', 'other']]));
      expect(await adapters.origins.originsOf('bandtrack1:c')).toEqual(new Map());
    });

    it('keeps the first new id of an origin recorded twice', async () => {
      await adapters.origins.record(origin('song', '5', 's-first'));
      await adapters.origins.record(origin('song', '5', 's-second'));
      expect(await adapters.origins.originsOf('bandtrack1:a')).toEqual(new Map([['song:5', 's-first']]));
    });

    it('forgets what a unit of work that failed recorded', async () => {
      await expect(
        adapters.unitOfWork.run(async () => {
          await adapters.origins.record(origin('gig', '1', 'g-1'));
          throw new Error('the import failed further on');
        }),
      ).rejects.toThrow('the import failed further on');
      expect(await adapters.origins.originsOf('bandtrack1:a')).toEqual(new Map());
    });
  });
}
