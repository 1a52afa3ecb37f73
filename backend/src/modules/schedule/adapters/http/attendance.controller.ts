import { Body, Controller, Put, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../../../shared/http/id-param.js';
import { ApiProblemResponses } from '../../../../shared/http/openapi.js';
import type { Principal } from '../../../identity/public-api.js';
import { CurrentUser } from '../../../identity/public-http.js';
import { AnswerAttendanceCommand } from '../../application/commands/answer-attendance/answer-attendance.command.js';
import { AnswerAttendanceRequest } from './attendance.request.js';
import { AnsweredResponse } from './attendance.response.js';
import { ScopeRequest } from './rehearsal.request.js';

/** Members answer for themselves: answering again replaces their answer (one per member per event). */
@ApiTags('schedule')
@ApiProblemResponses()
@Controller()
export class AttendanceController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put('rehearsals/:id/attendance')
  @ApiOkResponse({
    type: AnsweredResponse,
    description:
      'With scope=following, the answer goes to this date and every later date of its series that is not ' +
      'cancelled: from the first date, a whole series at once. 422 SCHEDULE.EVENT_CANCELLED for a cancelled date.',
  })
  async answerRehearsal(
    @CurrentUser() me: Principal,
    @IdParam('id') id: string,
    @Query() query: ScopeRequest,
    @Body() body: AnswerAttendanceRequest,
  ): Promise<AnsweredResponse> {
    return this.commandBus.execute(
      new AnswerAttendanceCommand(me.userId, 'rehearsal', id, body.status, body.comment, query.scope),
    );
  }

  @Put('gigs/:id/attendance')
  @ApiOkResponse({ type: AnsweredResponse, description: '422 SCHEDULE.EVENT_CANCELLED for a cancelled gig.' })
  async answerGig(
    @CurrentUser() me: Principal,
    @IdParam('id') id: string,
    @Body() body: AnswerAttendanceRequest,
  ): Promise<AnsweredResponse> {
    return this.commandBus.execute(
      new AnswerAttendanceCommand(me.userId, 'gig', id, body.status, body.comment, 'this'),
    );
  }
}
