import { Body, Controller, Delete, Get, Header, HttpCode, Patch, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../../../shared/http/id-param.js';
import { ApiProblemResponses } from '../../../../shared/http/openapi.js';
import type { Principal } from '../../../identity/public-api.js';
import { CurrentUser } from '../../../identity/public-http.js';
import { AddSongCommand } from '../../application/commands/add-song/add-song.command.js';
import { ChangeSongCommand } from '../../application/commands/change-song/change-song.command.js';
import { RemoveSongCommand } from '../../application/commands/remove-song/remove-song.command.js';
import { SetProgressCommand } from '../../application/commands/set-progress/set-progress.command.js';
import { DemoteSongCommand } from '../../application/commands/demote-song/demote-song.command.js';
import { GetSongQuery } from '../../application/queries/get-song/get-song.query.js';
import { ListSongsQuery } from '../../application/queries/list-songs/list-songs.query.js';
import { ListSongsRequest } from './list-songs.request.js';
import { SetProgressRequest } from './set-progress.request.js';
import { AddSongRequest, ChangeSongRequest } from './song.request.js';
import { DemotedSuggestionResponse } from './suggestion.response.js';
import { SongListResponse, SongResponse, toSongResponse } from './song.response.js';

/** A song answer carries the caller's own note: shared caches (proxies) must never keep it. */
const PrivateAnswer = () => Header('Cache-Control', 'private, no-cache');

@ApiTags('repertoire')
@ApiProblemResponses()
@Controller()
export class SongsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Get('bands/:bandId/songs')
  @PrivateAnswer()
  @ApiOkResponse({ type: SongListResponse })
  async list(
    @CurrentUser() me: Principal,
    @IdParam('bandId') bandId: string,
    @Query() query: ListSongsRequest,
  ): Promise<SongListResponse> {
    return this.queryBus.execute(
      new ListSongsQuery(me.userId, bandId, query.status, query.q, query.sort, query.cursor, query.limit),
    );
  }

  @Post('bands/:bandId/songs')
  @PrivateAnswer()
  @ApiCreatedResponse({ type: SongResponse, description: 'Managers' })
  async add(
    @CurrentUser() me: Principal,
    @IdParam('bandId') bandId: string,
    @Body() body: AddSongRequest,
  ): Promise<SongResponse> {
    const { key, bpm, durationSec, ...details } = body;
    return toSongResponse(
      await this.commandBus.execute(new AddSongCommand(me.userId, bandId, details, { key, bpm, durationSec })),
    );
  }

  @Get('songs/:id')
  @PrivateAnswer()
  @ApiOkResponse({ type: SongResponse })
  async get(@CurrentUser() me: Principal, @IdParam('id') id: string): Promise<SongResponse> {
    return toSongResponse(await this.queryBus.execute(new GetSongQuery(me.userId, id)));
  }

  @Patch('songs/:id')
  @PrivateAnswer()
  @ApiOkResponse({ type: SongResponse, description: 'Managers' })
  async change(
    @CurrentUser() me: Principal,
    @IdParam('id') id: string,
    @Body() body: ChangeSongRequest,
  ): Promise<SongResponse> {
    return toSongResponse(await this.commandBus.execute(new ChangeSongCommand(me.userId, id, { ...body })));
  }

  @Delete('songs/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Managers; every member’s progress on it goes too.' })
  async remove(@CurrentUser() me: Principal, @IdParam('id') id: string): Promise<void> {
    await this.commandBus.execute(new RemoveSongCommand(me.userId, id));
  }

  @Put('songs/:id/progress')
  @PrivateAnswer()
  @ApiOkResponse({ type: SongResponse, description: 'The song as you now see it' })
  async setProgress(
    @CurrentUser() me: Principal,
    @IdParam('id') id: string,
    @Body() body: SetProgressRequest,
  ): Promise<SongResponse> {
    return toSongResponse(await this.commandBus.execute(new SetProgressCommand(me.userId, id, body.level, body.note)));
  }

  @Post('songs/:id/demote')
  @ApiCreatedResponse({
    type: DemotedSuggestionResponse,
    description: 'Managers: back to the suggestions (same id, no votes); every member’s progress on it goes.',
  })
  async demote(@CurrentUser() me: Principal, @IdParam('id') id: string): Promise<DemotedSuggestionResponse> {
    return { suggestion: await this.commandBus.execute(new DemoteSongCommand(me.userId, id)) };
  }
}
