import type { Locale } from '../../../../identity/public-api.js';
import type { MemberBand } from '../../ports/band-directory.js';
import type { MemberEventView } from '../../ports/member-event.reader.js';

export interface CalendarFeedView {
  /** The holder's language in the app: the feed speaks it. */
  locale: Locale;
  bands: MemberBand[];
  events: MemberEventView[];
  now: Date;
}
