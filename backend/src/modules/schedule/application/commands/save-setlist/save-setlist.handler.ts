import { Inject } from '@nestjs/common';
import { CommandHandler, EventBus, type ICommandHandler } from '@nestjs/cqrs';
import { GigNotFoundError } from '../../../domain/schedule.errors.js';
import { SetlistSaved } from '../../../domain/schedule.events.js';
import { Setlist } from '../../../domain/setlist/setlist.js';
import { GigLoader } from '../../gig-loader.js';
import { SETLIST_REPOSITORY, type SetlistRepository } from '../../ports/setlist.repository.js';
import { SONG_CATALOG, type SongCatalog } from '../../ports/song-catalog.js';
import { type SetlistView, setlistView } from '../../setlist-view.js';
import { songsInRepertoire } from '../../songs-in-repertoire.js';
import { SaveSetlistCommand } from './save-setlist.command.js';

/**
 * A manager saves a gig's whole running order, made of the band's songs: the last complete save wins
 * (the editor sends the list as it shows it, never a move of one entry).
 */
@CommandHandler(SaveSetlistCommand)
export class SaveSetlistHandler implements ICommandHandler<SaveSetlistCommand> {
  constructor(
    private readonly loader: GigLoader,
    @Inject(SETLIST_REPOSITORY) private readonly setlists: SetlistRepository,
    @Inject(SONG_CATALOG) private readonly catalog: SongCatalog,
    private readonly events: EventBus,
  ) {}

  async execute(command: SaveSetlistCommand): Promise<SetlistView> {
    const gig = await this.loader.load(command.userId, command.gigId, 'manager');
    const setlist = Setlist.of(command.entries);
    const songs = await songsInRepertoire(this.catalog, command.userId, gig.bandId, setlist.songIds);
    if (!(await this.setlists.replace(gig.id, setlist))) throw new GigNotFoundError();
    // The setlist is a value the gig holds, saved whole: no aggregate records this one.
    this.events.publishAll([new SetlistSaved(gig.id, gig.bandId, command.userId, gig.snapshot().title)]);
    return setlistView(setlist, songs);
  }
}
