import { Migration } from '@mikro-orm/migrations';

export class Migration20261202060047_setlists extends Migration {

  override name = 'Migration20261202060047_setlists';

  override up(): void | Promise<void> {
    this.addSql(`create table "setlist_entries" ("gig_id" uuid not null, "position" smallint not null, "song_id" uuid null, "break_label" varchar(60) null, primary key ("gig_id", "position"));`);
    this.addSql(`create index "setlist_entries_song_id_index" on "setlist_entries" ("song_id");`);

    this.addSql(`alter table "setlist_entries" add constraint "setlist_entries_gig_id_foreign" foreign key ("gig_id") references "gigs" ("id") on delete cascade;`);
    this.addSql(`alter table "setlist_entries" add constraint "setlist_entries_position" check (position >= 0);`);
    this.addSql(`alter table "setlist_entries" add constraint "setlist_entries_label_on_breaks" check (song_id is null or break_label is null);`);

    // Between contexts (ADR 0013): written by hand, absent from the snapshot. A song removed from the
    // repertoire leaves no entry behind (a gig to come holding it refuses the removal first: SongUsage).
    this.addSql(`alter table "setlist_entries" add constraint "setlist_entries_song_id_foreign" foreign key ("song_id") references "songs" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "setlist_entries" cascade;`);
  }

}
