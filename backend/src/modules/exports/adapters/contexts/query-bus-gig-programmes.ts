import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetGigQuery, type GigView } from '../../../schedule/public-api.js';
import type { GigProgramme, GigProgrammes, ProgrammeSet } from '../../application/ports/gig-programmes.js';

/** The schedule context's gig, asked on the query bus as the viewer, its running order cut at the breaks. */
@Injectable()
export class QueryBusGigProgrammes implements GigProgrammes {
  constructor(private readonly queryBus: QueryBus) {}

  async programmeOf(viewerId: string, gigId: string): Promise<GigProgramme> {
    const gig = await this.queryBus.execute(new GetGigQuery(viewerId, gigId));
    return {
      id: gig.id,
      bandId: gig.bandId,
      title: gig.title,
      startsAt: new Date(gig.startsAt),
      endsAt: gig.endsAt === null ? null : new Date(gig.endsAt),
      location: gig.location,
      address: gig.address,
      sets: setsOf(gig.setlist.items),
    };
  }
}

/** Each break opens a set under its label; a set left with no song (two breaks in a row) is left out. */
function setsOf(items: GigView['setlist']['items']): ProgrammeSet[] {
  const sets: ProgrammeSet[] = [{ label: null, songs: [] }];
  for (const item of items) {
    if (item.type === 'break') sets.push({ label: item.label, songs: [] });
    else {
      const { title, artist, key, bpm, durationSec } = item;
      sets.at(-1)!.songs.push({ title, artist, key, bpm, durationSec });
    }
  }
  return sets.filter((set) => set.songs.length > 0);
}
