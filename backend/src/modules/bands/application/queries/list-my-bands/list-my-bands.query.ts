import { Query } from '@nestjs/cqrs';
import type { MyBandView } from '../../ports/bands.reader.js';

export class ListMyBandsQuery extends Query<MyBandView[]> {
  constructor(readonly userId: string) {
    super();
  }
}
