import { MikroORM, RequestContext } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import type { BackgroundScope } from './background-scope.js';

/** A fresh EntityManager for the work, as MikroORM's RequestContext gives a request. */
@Injectable()
export class MikroOrmBackgroundScope implements BackgroundScope {
  constructor(private readonly orm: MikroORM) {}

  run<T>(work: () => Promise<T>): Promise<T> {
    return RequestContext.create(this.orm.em, work);
  }
}
