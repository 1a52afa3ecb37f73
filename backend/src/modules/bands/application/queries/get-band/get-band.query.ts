import { Query } from '@nestjs/cqrs';
import type { BandView } from '../../ports/bands.reader.js';

/** The band's settings; the invitation code only for its admins. */
export class GetBandQuery extends Query<Omit<BandView, 'inviteCode'> & { inviteCode?: string }> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
  ) {
    super();
  }
}
