import { Query } from '@nestjs/cqrs';
import type { BandView } from '../../ports/bands.reader.js';

/** The band's settings; the invitation code only for its admins. */
export type BandDetails = Omit<BandView, 'inviteCode'> & { inviteCode?: string };

export class GetBandQuery extends Query<BandDetails> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
  ) {
    super();
  }
}
