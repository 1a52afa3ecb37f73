import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { IdParam } from '../../../../shared/http/id-param.js';
import { ApiProblemResponses } from '../../../../shared/http/openapi.js';
import type { Principal } from '../../../identity/public-api.js';
import { CurrentUser } from '../../../identity/public-http.js';
import { ExportRepertoireQuery } from '../../application/queries/export-repertoire/export-repertoire.query.js';
import { ExportSetlistQuery } from '../../application/queries/export-setlist/export-setlist.query.js';
import { exportFile, type ExportFile } from '../documents/export-file.js';
import { repertoireSheet, setlistSheet } from '../documents/export-sheet.js';
import { ExportRequest } from './export.request.js';

const FILE = { description: 'The document, to download', schema: { type: 'string', format: 'binary' } } as const;

/** Downloads for members, in the band's language: plain GETs a phone's browser saves with the session cookie. */
@ApiTags('exports')
@ApiProblemResponses()
@Controller()
export class ExportsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('bands/:bandId/songs/export')
  @Header('Cache-Control', 'private, no-cache')
  @ApiOperation({ summary: 'The band’s repertoire as PDF (list or stage) or CSV' })
  @ApiProduces('application/pdf', 'text/csv')
  @ApiOkResponse(FILE)
  async repertoire(
    @CurrentUser() me: Principal,
    @IdParam('bandId') bandId: string,
    @Query() query: ExportRequest,
  ): Promise<StreamableFile> {
    const view = await this.queryBus.execute(new ExportRepertoireQuery(me.userId, bandId));
    return streamed(await exportFile(repertoireSheet(view), query.format, query.layout));
  }

  @Get('gigs/:id/setlist/export')
  @Header('Cache-Control', 'private, no-cache')
  @ApiOperation({ summary: 'A gig’s setlist as PDF (list or stage) or CSV' })
  @ApiProduces('application/pdf', 'text/csv')
  @ApiOkResponse(FILE)
  async setlist(
    @CurrentUser() me: Principal,
    @IdParam('id') id: string,
    @Query() query: ExportRequest,
  ): Promise<StreamableFile> {
    const view = await this.queryBus.execute(new ExportSetlistQuery(me.userId, id));
    return streamed(await exportFile(setlistSheet(view), query.format, query.layout));
  }
}

function streamed(file: ExportFile): StreamableFile {
  return new StreamableFile(file.body, {
    type: file.contentType,
    disposition: file.disposition,
    length: file.body.length,
  });
}
