import { Body, Controller, Delete, Get, Header, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../../../shared/http/id-param.js';
import { ApiProblemResponses } from '../../../../shared/http/openapi.js';
import type { Principal } from '../../../identity/public-api.js';
import { CurrentUser } from '../../../identity/public-http.js';
import { CastVoteCommand } from '../../application/commands/cast-vote/cast-vote.command.js';
import { EditSuggestionCommand } from '../../application/commands/edit-suggestion/edit-suggestion.command.js';
import { PromoteSuggestionCommand } from '../../application/commands/promote-suggestion/promote-suggestion.command.js';
import { ProposeSuggestionCommand } from '../../application/commands/propose-suggestion/propose-suggestion.command.js';
import { WithdrawSuggestionCommand } from '../../application/commands/withdraw-suggestion/withdraw-suggestion.command.js';
import { WithdrawVoteCommand } from '../../application/commands/withdraw-vote/withdraw-vote.command.js';
import { ListSuggestionsQuery } from '../../application/queries/list-suggestions/list-suggestions.query.js';
import { ListSuggestionsRequest } from './list-suggestions.request.js';
import { PromotedSongResponse, toSongResponse } from './song.response.js';
import { EditSuggestionRequest, ProposeSuggestionRequest } from './suggestion.request.js';
import { SuggestionPageResponse, SuggestionResponse, VoteResponse } from './suggestion.response.js';

@ApiTags('repertoire')
@ApiProblemResponses()
@Controller()
export class SuggestionsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Get('bands/:bandId/suggestions')
  @ApiOkResponse({ type: SuggestionPageResponse })
  list(
    @CurrentUser() me: Principal,
    @IdParam('bandId') bandId: string,
    @Query() query: ListSuggestionsRequest,
  ): Promise<SuggestionPageResponse> {
    return this.queryBus.execute(
      new ListSuggestionsQuery(me.userId, bandId, query.sort, query.q, query.cursor, query.limit),
    );
  }

  @Post('bands/:bandId/suggestions')
  @ApiCreatedResponse({ type: SuggestionResponse })
  propose(
    @CurrentUser() me: Principal,
    @IdParam('bandId') bandId: string,
    @Body() body: ProposeSuggestionRequest,
  ): Promise<SuggestionResponse> {
    const { comment, ...details } = body;
    return this.commandBus.execute(new ProposeSuggestionCommand(me.userId, bandId, details, comment));
  }

  @Patch('suggestions/:id')
  @ApiOkResponse({ type: SuggestionResponse, description: 'Its author or a manager' })
  edit(
    @CurrentUser() me: Principal,
    @IdParam('id') id: string,
    @Body() body: EditSuggestionRequest,
  ): Promise<SuggestionResponse> {
    return this.commandBus.execute(new EditSuggestionCommand(me.userId, id, { ...body }));
  }

  @Delete('suggestions/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted with its votes (its author or a manager).' })
  async withdraw(@CurrentUser() me: Principal, @IdParam('id') id: string): Promise<void> {
    await this.commandBus.execute(new WithdrawSuggestionCommand(me.userId, id));
  }

  @Post('suggestions/:id/vote')
  @HttpCode(200)
  @ApiOkResponse({ type: VoteResponse, description: 'Voting twice counts once.' })
  vote(@CurrentUser() me: Principal, @IdParam('id') id: string): Promise<VoteResponse> {
    return this.commandBus.execute(new CastVoteCommand(me.userId, id));
  }

  @Delete('suggestions/:id/vote')
  @ApiOkResponse({ type: VoteResponse, description: 'Without a vote to take back, nothing changes.' })
  unvote(@CurrentUser() me: Principal, @IdParam('id') id: string): Promise<VoteResponse> {
    return this.commandBus.execute(new WithdrawVoteCommand(me.userId, id));
  }

  @Post('suggestions/:id/promote')
  @Header('Cache-Control', 'private, no-cache')
  @ApiCreatedResponse({
    type: PromotedSongResponse,
    description:
      'Managers: the suggestion becomes a song in rehearsal (same id), keeping its fields and its votes as `votesAtPromotion`.',
  })
  async promote(@CurrentUser() me: Principal, @IdParam('id') id: string): Promise<PromotedSongResponse> {
    return { song: toSongResponse(await this.commandBus.execute(new PromoteSuggestionCommand(me.userId, id))) };
  }
}
