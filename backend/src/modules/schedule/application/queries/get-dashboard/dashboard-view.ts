import type { EventSummaryView } from '../../event-summary-view.js';
import type { SongDigest, SuggestionDigest } from '../../ports/repertoire-digest.js';

export interface DashboardView {
  /** The band's IANA time zone: the dates are shown on its clock. */
  timeZone: string;
  nextGig: EventSummaryView | null;
  nextRehearsal: EventSummaryView | null;
  topSuggestions: SuggestionDigest[];
  songsToWork: SongDigest[];
  /** The dates to come, not cancelled, the viewer has not answered, soonest first. */
  pendingAnswers: EventSummaryView[];
}
