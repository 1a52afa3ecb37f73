/** The next gig as the planner weighs it. */
export interface UpcomingGig {
  id: string;
  title: string;
  startsAt: Date;
}

/** What the rehearsal planner reads of the band's schedule. */
export interface PlannerReader {
  /** Each song on the plan of a rehearsal of the band that started before `before` and was not cancelled: when it last was. */
  lastRehearsed(bandId: string, before: Date): Promise<Map<string, Date>>;
  /** The band's first gig starting after `after` that is not cancelled. */
  nextGig(bandId: string, after: Date): Promise<UpcomingGig | null>;
}

export const PLANNER_READER = Symbol('PlannerReader');
