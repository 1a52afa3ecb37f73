import { Injectable } from '@nestjs/common';
import type { BackgroundScope } from './background-scope.js';

/** In memory there is no per-request state to set up: the work runs as it is. */
@Injectable()
export class DirectBackgroundScope implements BackgroundScope {
  run<T>(work: () => Promise<T>): Promise<T> {
    return work();
  }
}
