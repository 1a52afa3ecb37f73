import { Body, Controller, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../../../shared/http/id-param.js';
import { ApiProblemResponses } from '../../../../shared/http/openapi.js';
import type { Principal } from '../../../identity/public-api.js';
import { CurrentUser } from '../../../identity/public-http.js';
import { SaveSetlistCommand } from '../../application/commands/save-setlist/save-setlist.command.js';
import { SaveSetlistRequest, setlistEntries } from './setlist.request.js';
import { SetlistResponse } from './setlist.response.js';

@ApiTags('schedule')
@ApiProblemResponses()
@Controller()
export class SetlistController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put('gigs/:id/setlist')
  @ApiOkResponse({
    type: SetlistResponse,
    description: 'Managers: the whole running order, saved as sent (the last complete save wins)',
  })
  async save(
    @CurrentUser() me: Principal,
    @IdParam('id') id: string,
    @Body() body: SaveSetlistRequest,
  ): Promise<SetlistResponse> {
    return this.commandBus.execute(new SaveSetlistCommand(me.userId, id, setlistEntries(body)));
  }
}
