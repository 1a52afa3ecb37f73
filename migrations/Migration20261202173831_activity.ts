import { Migration } from '@mikro-orm/migrations';

export class Migration20261202173831_activity extends Migration {

  override name = 'Migration20261202173831_activity';

  override up(): void | Promise<void> {
    this.addSql(`create table "activity" ("id" uuid not null, "band_id" uuid not null, "at" timestamptz not null, "actor_id" uuid null, "type" varchar(30) not null, "subject_type" varchar(12) not null, "subject_id" uuid not null, "subject_title" varchar(200) null, "subject_starts_at" timestamptz null, "detail" varchar(10) null, "count" smallint null, primary key ("id"));`);
    this.addSql(`create index "activity_actor_id_index" on "activity" ("actor_id");`);
    this.addSql(`create index "activity_band_recent_index" on "activity" ("band_id", "at", "id");`);
    this.addSql(`create index "activity_at_index" on "activity" ("at");`);

    this.addSql(`alter table "activity" add constraint "activity_type" check (type in ('member.joined', 'member.left', 'member.removed', 'member.role-changed', 'suggestion.proposed', 'song.added', 'song.promoted', 'song.mastered', 'song.demoted', 'song.removed', 'rehearsal.planned', 'rehearsal.cancelled', 'rehearsal.removed', 'gig.planned', 'gig.cancelled', 'gig.removed', 'setlist.changed', 'attendance.answered'));`);
    this.addSql(`alter table "activity" add constraint "activity_subject_type" check (subject_type in ('member', 'suggestion', 'song', 'rehearsal', 'gig'));`);

    // Between contexts (ADR 0013): written by hand, absent from the snapshot. A band's log goes with the
    // band; an account deleted leaves its lines without an actor (ADR 0046).
    this.addSql(`alter table "activity" add constraint "activity_band_id_foreign" foreign key ("band_id") references "bands" ("id") on delete cascade;`);
    this.addSql(`alter table "activity" add constraint "activity_actor_id_foreign" foreign key ("actor_id") references "users" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "activity" cascade;`);
  }

}
