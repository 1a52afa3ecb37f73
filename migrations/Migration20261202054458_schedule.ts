import { Migration } from '@mikro-orm/migrations';

export class Migration20261202054458_schedule extends Migration {

  override name = 'Migration20261202054458_schedule';

  override up(): void | Promise<void> {
    this.addSql(`create table "gigs" ("id" uuid not null, "band_id" uuid not null, "title" varchar(200) not null, "starts_at" timestamptz not null, "ends_at" timestamptz null, "location" varchar(200) null, "address" varchar(500) null, "fee_cents" bigint null, "currency" varchar(3) not null, "notes" text null, "status" varchar(10) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "gigs_band_starts_index" on "gigs" ("band_id", "starts_at", "id");`);

    this.addSql(`create table "rehearsals" ("id" uuid not null, "band_id" uuid not null, "series_id" uuid null, "starts_at" timestamptz not null, "ends_at" timestamptz null, "location" varchar(200) null, "notes" text null, "song_ids" uuid[] not null default '{}', "status" varchar(10) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "rehearsals_band_starts_index" on "rehearsals" ("band_id", "starts_at", "id");`);
    this.addSql(`create index "rehearsals_series_starts_index" on "rehearsals" ("series_id", "starts_at");`);

    this.addSql(`create table "attendance" ("id" uuid not null, "rehearsal_id" uuid null, "gig_id" uuid null, "user_id" uuid not null, "status" varchar(5) not null, "comment" varchar(500) null, "answered_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "attendance_user_id_index" on "attendance" ("user_id");`);
    this.addSql(`alter table "attendance" add constraint "attendance_rehearsal_user_unique" unique ("rehearsal_id", "user_id");`);
    this.addSql(`alter table "attendance" add constraint "attendance_gig_user_unique" unique ("gig_id", "user_id");`);

    this.addSql(`alter table "gigs" add constraint "gigs_ends_after_start" check (ends_at is null or ends_at > starts_at);`);
    this.addSql(`alter table "gigs" add constraint "gigs_fee_positive" check (fee_cents is null or fee_cents >= 0);`);
    this.addSql(`alter table "gigs" add constraint "gigs_status" check (status in ('planned', 'confirmed', 'cancelled'));`);

    this.addSql(`alter table "rehearsals" add constraint "rehearsals_ends_after_start" check (ends_at is null or ends_at > starts_at);`);
    this.addSql(`alter table "rehearsals" add constraint "rehearsals_status" check (status in ('planned', 'cancelled'));`);

    this.addSql(`alter table "attendance" add constraint "attendance_rehearsal_id_foreign" foreign key ("rehearsal_id") references "rehearsals" ("id") on delete cascade;`);
    this.addSql(`alter table "attendance" add constraint "attendance_gig_id_foreign" foreign key ("gig_id") references "gigs" ("id") on delete cascade;`);
    this.addSql(`alter table "attendance" add constraint "attendance_one_event" check (num_nonnulls(rehearsal_id, gig_id) = 1);`);
    this.addSql(`alter table "attendance" add constraint "attendance_status" check (status in ('yes', 'maybe', 'no'));`);

    // Between contexts (ADR 0013): written by hand, absent from the snapshot.
    this.addSql(`alter table "gigs" add constraint "gigs_band_id_foreign" foreign key ("band_id") references "bands" ("id") on delete cascade;`);
    this.addSql(`alter table "rehearsals" add constraint "rehearsals_band_id_foreign" foreign key ("band_id") references "bands" ("id") on delete cascade;`);
    this.addSql(`alter table "attendance" add constraint "attendance_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "attendance" drop constraint "attendance_gig_id_foreign";`);
    this.addSql(`alter table "attendance" drop constraint "attendance_rehearsal_id_foreign";`);

    this.addSql(`drop table if exists "gigs" cascade;`);
    this.addSql(`drop table if exists "rehearsals" cascade;`);
    this.addSql(`drop table if exists "attendance" cascade;`);
  }

}
