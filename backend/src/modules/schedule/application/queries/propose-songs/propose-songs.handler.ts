import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { proposeSongs, type SongProposal } from '../../../domain/planner/propose-songs.js';
import { PLANNER_READER, type PlannerReader } from '../../ports/planner.reader.js';
import { SETLIST_REPOSITORY, type SetlistRepository } from '../../ports/setlist.repository.js';
import { SONG_CATALOG, type SongCatalog } from '../../ports/song-catalog.js';
import { RehearsalLoader } from '../../rehearsal-loader.js';
import { ProposeSongsQuery } from './propose-songs.query.js';

/**
 * What to work on at a rehearsal, as of its start: the next gig after it and its setlist, the band's
 * averages now, and the rehearsals before it. Managers plan, so managers ask.
 */
@QueryHandler(ProposeSongsQuery)
export class ProposeSongsHandler implements IQueryHandler<ProposeSongsQuery> {
  constructor(
    private readonly loader: RehearsalLoader,
    @Inject(SONG_CATALOG) private readonly catalog: SongCatalog,
    @Inject(PLANNER_READER) private readonly planner: PlannerReader,
    @Inject(SETLIST_REPOSITORY) private readonly setlists: SetlistRepository,
  ) {}

  async execute({ userId, rehearsalId }: ProposeSongsQuery): Promise<SongProposal[]> {
    const rehearsal = await this.loader.load(userId, rehearsalId, 'manager');
    const { bandId, startsAt } = rehearsal.snapshot();
    const [songs, lastRehearsed, gig] = await Promise.all([
      this.catalog.allOf(userId, bandId),
      this.planner.lastRehearsed(bandId, startsAt),
      this.planner.nextGig(bandId, startsAt),
    ]);
    const setlist = gig ? await this.setlists.find(gig.id) : null;
    return proposeSongs({
      songs: songs.map(({ id, title, mastered, bandAverageLevel }) => ({
        id,
        title,
        mastered,
        bandAverageLevel,
        lastRehearsedAt: lastRehearsed.get(id) ?? null,
      })),
      nextGig: gig && setlist ? { title: gig.title, startsAt: gig.startsAt, songIds: setlist.songIds } : null,
      now: startsAt,
    });
  }
}
