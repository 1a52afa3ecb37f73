import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { BANDS_READER, type BandsReader, type MyBandView } from '../../ports/bands.reader.js';
import { ListMyBandsQuery } from './list-my-bands.query.js';

@QueryHandler(ListMyBandsQuery)
export class ListMyBandsHandler implements IQueryHandler<ListMyBandsQuery> {
  constructor(@Inject(BANDS_READER) private readonly reader: BandsReader) {}

  execute(query: ListMyBandsQuery): Promise<MyBandView[]> {
    return this.reader.myBands(query.userId);
  }
}
