import { Query } from '@nestjs/cqrs';

/**
 * Those of `songIds` that are songs of the band, for another context that refers to songs (the
 * schedule's rehearsal plans). No membership check: the asking context has made it.
 */
export class FindBandSongsQuery extends Query<string[]> {
  constructor(
    readonly bandId: string,
    readonly songIds: readonly string[],
  ) {
    super();
  }
}
