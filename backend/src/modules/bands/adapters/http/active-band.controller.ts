import { Body, Controller, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../../identity/public-api.js';
import { CurrentUser } from '../../../identity/public-http.js';
import { SetActiveBandCommand } from '../../application/commands/set-active-band/set-active-band.command.js';
import { ActiveBandResponse } from './band.response.js';
import { SetActiveBandRequest } from './set-active-band.request.js';
import { ApiProblemResponses } from '../../../../shared/http/openapi.js';

@ApiTags('bands')
@ApiProblemResponses()
@Controller('me/active-band')
export class ActiveBandController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put()
  @ApiOkResponse({ type: ActiveBandResponse })
  async set(@CurrentUser() me: Principal, @Body() body: SetActiveBandRequest): Promise<ActiveBandResponse> {
    await this.commandBus.execute(new SetActiveBandCommand(me.userId, body.bandId));
    return { activeBandId: body.bandId };
  }
}
