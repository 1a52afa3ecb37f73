import { Inject } from '@nestjs/common';
import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { keysetCursor, pageOf } from '../../../../../shared/application/page-cursor.js';
import { BandAccess } from '../../../../bands/public-api.js';
import { InvalidAgendaCursorError, InvalidScheduleFieldError } from '../../../domain/schedule.errors.js';
import { AGENDA_READER, type AgendaReader } from '../../ports/agenda.reader.js';
import { BAND_DIRECTORY, type BandDirectory } from '../../ports/band-directory.js';
import { type AgendaPage, ListAgendaQuery } from './list-agenda.query.js';

/** The last item's start and id; bound to the filter, so another filter's cursor is refused. */
const cursor = keysetCursor({ t: 'instant', i: 'uuid' });

@QueryHandler(ListAgendaQuery)
export class ListAgendaHandler implements IQueryHandler<ListAgendaQuery> {
  constructor(
    @Inject(AGENDA_READER) private readonly reader: AgendaReader,
    @Inject(BAND_DIRECTORY) private readonly directory: BandDirectory,
    private readonly access: BandAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ userId, bandId, filter, cursor: text, limit }: ListAgendaQuery): Promise<AgendaPage> {
    await this.access.require(userId, bandId, 'member');
    const { type, from, to } = filter;
    if (from && to && to <= from) throw new InvalidScheduleFieldError('to comes after from.', 'to');
    const when = filter.when ?? (from || to ? 'all' : 'upcoming');
    const scope = {
      sort: when,
      search: [type, from?.toISOString(), to?.toISOString()].map((part) => part ?? '').join('|'),
    };
    const position = text === undefined ? null : cursor.read(text, scope);
    if (text !== undefined && !position) throw new InvalidAgendaCursorError();
    const [rows, timeZone] = await Promise.all([
      this.reader.page({
        bandId,
        viewerId: userId,
        type,
        when,
        now: this.clock.now(),
        from,
        to,
        after: position && { startsAt: position.t, id: position.i },
        limit: limit + 1,
      }),
      this.directory.timeZoneOf(userId, bandId),
    ]);
    const page = pageOf(rows, limit, (last) => cursor.write(scope, { t: new Date(last.startsAt), i: last.id }));
    return { ...page, timeZone };
  }
}
