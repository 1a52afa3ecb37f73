import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { OptionalField } from '../../../../shared/http/optional-field.decorator.js';
import { PageRequest } from '../../../../shared/http/page.request.js';
import type { EventType } from '../../domain/attendance.js';
import type { AgendaWhen } from '../../application/ports/agenda.reader.js';
import { INSTANT_EXAMPLE, IsInstant } from './is-instant.decorator.js';

export class ListAgendaRequest extends PageRequest {
  @ApiPropertyOptional({ enum: ['rehearsal', 'gig'], description: 'Left out: both' })
  @OptionalField()
  @IsIn(['rehearsal', 'gig'])
  type?: EventType;

  @ApiPropertyOptional({
    enum: ['upcoming', 'past', 'all'],
    description:
      'upcoming: not ended yet, soonest first; past: ended, latest first; all: soonest first. ' +
      'Left out: upcoming, or all when from or to is given.',
  })
  @OptionalField()
  @IsIn(['upcoming', 'past', 'all'])
  when?: AgendaWhen;

  @ApiPropertyOptional({ format: 'date-time', example: INSTANT_EXAMPLE, description: 'Events starting at or after it' })
  @OptionalField()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Events starting before it' })
  @OptionalField()
  @IsInstant()
  to?: string;
}
