import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { PreparedStatements, preparedStatement } from '../../../../../shared/adapters/prepared-statements.js';
import type { SetlistRepository } from '../../../application/ports/setlist.repository.js';
import { SongNotInRepertoireError } from '../../../domain/schedule.errors.js';
import { Setlist, type SetlistEntry } from '../../../domain/setlist/setlist.js';
import { eventEndSql } from './event-end-sql.js';

const ENTRIES = preparedStatement(
  'setlist-entries',
  `select song_id, break_label from setlist_entries where gig_id = ? order by position`,
);

// Two saves of one gig's setlist queue on its row: the second deletes what the first wrote.
const LOCK_GIG = preparedStatement('setlist-lock-gig', `select id from gigs where id = ? for update`);
// The songs stay until the save commits: a song deleted after the handler checked it is missing
// here (and refused) rather than failing the insert on its foreign key.
const LOCK_SONGS = preparedStatement(
  'setlist-lock-songs',
  `select id from songs where id in (select value::uuid from jsonb_array_elements_text(?::jsonb)) for key share`,
);
const CLEAR = preparedStatement('setlist-clear', `delete from setlist_entries where gig_id = ?`);
// The entries travel as one JSON text, the same inside a unit of work and outside.
const WRITE = preparedStatement(
  'setlist-write',
  `insert into setlist_entries (gig_id, position, song_id, break_label)
   select ?, e.position, e.song_id, e.break_label
     from jsonb_to_recordset(?::jsonb) as e(position smallint, song_id uuid, break_label text)`,
);

const HOLDS_SONG = preparedStatement(
  'setlist-holds-song',
  `select exists (select 1 from setlist_entries e join gigs g on g.id = e.gig_id
                   where e.song_id = ? and g.status <> 'cancelled' and ${eventEndSql('g')} > ?) as holds`,
);

@Injectable()
export class MikroOrmSetlistRepository implements SetlistRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly statements: PreparedStatements,
  ) {}

  async find(gigId: string): Promise<Setlist> {
    const rows = await this.statements.rows<EntryRow>(ENTRIES, [gigId]);
    return Setlist.of(
      rows.map((row): SetlistEntry =>
        row.song_id ? { songId: row.song_id } : { break: true, label: row.break_label },
      ),
    );
  }

  async replace(gigId: string, setlist: Setlist): Promise<boolean> {
    const entries = setlist.entries.map((entry, position) =>
      'songId' in entry
        ? { position, song_id: entry.songId, break_label: null }
        : { position, song_id: null, break_label: entry.label },
    );
    return this.em.transactional(async () => {
      if ((await this.statements.rows(LOCK_GIG, [gigId])).length === 0) return false;
      await this.lockSongs(setlist.songIds);
      await this.statements.rows(CLEAR, [gigId]);
      if (entries.length > 0) await this.statements.rows(WRITE, [gigId, JSON.stringify(entries)]);
      return true;
    });
  }

  private async lockSongs(songIds: readonly string[]): Promise<void> {
    const wanted = [...new Set(songIds)];
    if (wanted.length === 0) return;
    const kept = new Set(
      (await this.statements.rows<{ id: string }>(LOCK_SONGS, [JSON.stringify(wanted)])).map((row) => row.id),
    );
    const gone = wanted.filter((id) => !kept.has(id));
    if (gone.length > 0) throw new SongNotInRepertoireError(gone);
  }

  async holdsSong(songId: string, now: Date): Promise<boolean> {
    const [row] = await this.statements.rows<{ holds: boolean }>(HOLDS_SONG, [songId, now]);
    return row!.holds;
  }
}

interface EntryRow {
  song_id: string | null;
  break_label: string | null;
}
