import { Global, Module } from '@nestjs/common';
import { CLOCK, SystemClock } from './application/clock.js';

/** What every context shares: the clock (tests replace it). */
@Global()
@Module({
  providers: [{ provide: CLOCK, useClass: SystemClock }],
  exports: [CLOCK],
})
export class KernelModule {}
