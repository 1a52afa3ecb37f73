import { Query } from '@nestjs/cqrs';
import type { Page } from '../../../../../shared/application/page-cursor.js';
import type { EventType } from '../../../domain/attendance.js';
import type { AgendaWhen } from '../../ports/agenda.reader.js';
import type { EventSummaryView } from '../../event-summary-view.js';

export interface AgendaPage extends Page<EventSummaryView> {
  /** The band's IANA time zone, to show the times on its wall clock. */
  timeZone: string;
}

export interface AgendaFilter {
  type: EventType | null;
  /** Left out: `upcoming`, or `all` within `from`/`to` when either is given. */
  when: AgendaWhen | null;
  from: Date | null;
  to: Date | null;
}

export class ListAgendaQuery extends Query<AgendaPage> {
  constructor(
    readonly userId: string,
    readonly bandId: string,
    readonly filter: AgendaFilter,
    readonly cursor: string | undefined,
    readonly limit: number,
  ) {
    super();
  }
}
