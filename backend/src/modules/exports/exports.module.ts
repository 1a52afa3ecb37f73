import { Module } from '@nestjs/common';
import { QueryBusBandProfiles } from './adapters/contexts/query-bus-band-profiles.js';
import { QueryBusGigProgrammes } from './adapters/contexts/query-bus-gig-programmes.js';
import { QueryBusRepertoireSongs } from './adapters/contexts/query-bus-repertoire-songs.js';
import { ExportsController } from './adapters/http/exports.controller.js';
import { BAND_PROFILES } from './application/ports/band-profiles.js';
import { GIG_PROGRAMMES } from './application/ports/gig-programmes.js';
import { REPERTOIRE_SONGS } from './application/ports/repertoire-songs.js';
import { ExportRepertoireHandler } from './application/queries/export-repertoire/export-repertoire.handler.js';
import { ExportSetlistHandler } from './application/queries/export-setlist/export-setlist.handler.js';

/**
 * PDF and CSV exports of the repertoire and of a gig's setlist. It stores nothing: it reads the bands,
 * the repertoire and the schedule on the query bus, as the member who asks (ADR 0050).
 */
@Module({
  controllers: [ExportsController],
  providers: [
    { provide: BAND_PROFILES, useClass: QueryBusBandProfiles },
    { provide: REPERTOIRE_SONGS, useClass: QueryBusRepertoireSongs },
    { provide: GIG_PROGRAMMES, useClass: QueryBusGigProgrammes },
    ExportRepertoireHandler,
    ExportSetlistHandler,
  ],
})
export class ExportsModule {}
