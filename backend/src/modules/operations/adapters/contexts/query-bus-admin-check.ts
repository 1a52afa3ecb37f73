import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ListMyBandsQuery } from '../../../bands/public-api.js';
import type { AdminCheck } from '../../application/ports/admin-check.js';

/** Asks the bands context for my bands and their roles. */
@Injectable()
export class QueryBusAdminCheck implements AdminCheck {
  constructor(private readonly queryBus: QueryBus) {}

  async isAdminOfAnyBand(userId: string): Promise<boolean> {
    const bands = await this.queryBus.execute(new ListMyBandsQuery(userId));
    return bands.some((band) => band.role === 'admin');
  }
}
