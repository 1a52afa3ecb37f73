import { Inject, Injectable } from '@nestjs/common';
import type { Role } from '../../bands/public-api.js';
import { SongNotFoundError } from '../domain/repertoire.errors.js';
import type { Song } from '../domain/song.js';
import { SONG_REPOSITORY, type SongRepository } from './ports/song.repository.js';
import { RepertoireAccess } from './repertoire-access.js';

/** Loads a song for a caller with at least `minimum` in its band; a stranger gets 404 as for an unknown id. */
@Injectable()
export class SongLoader {
  constructor(
    @Inject(SONG_REPOSITORY) private readonly songs: SongRepository,
    private readonly access: RepertoireAccess,
  ) {}

  async load(userId: string, songId: string, minimum: Role): Promise<Song> {
    const song = await this.songs.findById(songId);
    if (!song) throw new SongNotFoundError();
    await this.access.require(userId, song.bandId, minimum, { notFound: () => new SongNotFoundError() });
    return song;
  }
}
