import { Migration } from '@mikro-orm/migrations';

export class Migration20261201212152_repertoire extends Migration {

  override name = 'Migration20261201212152_repertoire';

  override up(): void | Promise<void> {
    // Trigram indexes for `?q=` (ADR 0018). pg_trgm ships with PostgreSQL (embedded and postgres:18) and is
    // a trusted extension: the database owner may create it.
    this.addSql(`create extension if not exists pg_trgm;`);

    this.addSql(`create table "songs" ("id" uuid not null, "band_id" uuid not null, "title" varchar(200) not null, "artist" varchar(200) null, "version_of" varchar(200) null, "links" text[] not null default '{}', "key" varchar(20) null, "bpm" smallint null, "duration_sec" smallint null, "mastered" boolean not null default false, "votes_at_promotion" int null, "suggested_by" uuid null, "created_at" timestamptz not null, "search_text" text not null, primary key ("id"));`);
    this.addSql(`create index "songs_suggested_by_index" on "songs" ("suggested_by");`);
    this.addSql(`create index "songs_band_title_index" on "songs" ("band_id", "search_text" collate "C", "id");`);
    this.addSql(`create index "songs_search_text_index" on "songs" using gin ("search_text" gin_trgm_ops);`);

    this.addSql(`create table "member_progress" ("song_id" uuid not null, "user_id" uuid not null, "level" smallint not null, "note" text null, "updated_at" timestamptz not null, primary key ("song_id", "user_id"));`);
    this.addSql(`create index "member_progress_user_id_index" on "member_progress" ("user_id");`);

    this.addSql(`create table "suggestions" ("id" uuid not null, "band_id" uuid not null, "title" varchar(200) not null, "artist" varchar(200) null, "version_of" varchar(200) null, "links" text[] not null default '{}', "comment" text null, "created_by" uuid null, "created_at" timestamptz not null, "vote_count" int not null default 0, "search_text" text not null, primary key ("id"));`);
    this.addSql(`create index "suggestions_created_by_index" on "suggestions" ("created_by");`);
    this.addSql(`create index "suggestions_band_votes_index" on "suggestions" ("band_id", "vote_count" DESC, "created_at" DESC, "id" DESC);`);
    this.addSql(`create index "suggestions_band_recent_index" on "suggestions" ("band_id", "created_at" DESC, "id" DESC);`);
    this.addSql(`create index "suggestions_search_text_index" on "suggestions" using gin ("search_text" gin_trgm_ops);`);

    this.addSql(`create table "votes" ("suggestion_id" uuid not null, "user_id" uuid not null, "created_at" timestamptz not null, primary key ("suggestion_id", "user_id"));`);
    this.addSql(`create index "votes_user_id_index" on "votes" ("user_id");`);

    this.addSql(`alter table "member_progress" add constraint "member_progress_song_id_foreign" foreign key ("song_id") references "songs" ("id") on delete cascade;`);

    this.addSql(`alter table "votes" add constraint "votes_suggestion_id_foreign" foreign key ("suggestion_id") references "suggestions" ("id") on delete cascade;`);

    // Foreign keys to other contexts' tables: plain uuid columns in the mapping, the constraint here.
    this.addSql(`alter table "suggestions" add constraint "suggestions_band_id_foreign" foreign key ("band_id") references "bands" ("id") on delete cascade;`);
    this.addSql(`alter table "suggestions" add constraint "suggestions_created_by_foreign" foreign key ("created_by") references "users" ("id") on delete set null;`);
    this.addSql(`alter table "votes" add constraint "votes_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "songs" add constraint "songs_band_id_foreign" foreign key ("band_id") references "bands" ("id") on delete cascade;`);
    this.addSql(`alter table "songs" add constraint "songs_suggested_by_foreign" foreign key ("suggested_by") references "users" ("id") on delete set null;`);
    this.addSql(`alter table "member_progress" add constraint "member_progress_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
    this.addSql(`alter table "suggestions" add constraint "suggestions_vote_count_check" check ("vote_count" >= 0);`);
    this.addSql(`alter table "member_progress" add constraint "member_progress_level_check" check ("level" between 0 and 10);`);

    // A deleted account's votes go, and the counts they were part of go down with them (ADR 0018).
    this.addSql(`create function "repertoire_release_votes"() returns trigger language plpgsql as $$
begin
  update suggestions s set vote_count = s.vote_count - 1
    from votes v where v.suggestion_id = s.id and v.user_id = old.id;
  delete from votes where user_id = old.id;
  return old;
end $$;`);
    this.addSql(`create trigger "users_release_votes" before delete on "users" for each row execute function "repertoire_release_votes"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "users_release_votes" on "users";`);
    this.addSql(`drop function if exists "repertoire_release_votes"();`);
    this.addSql(`alter table "member_progress" drop constraint "member_progress_song_id_foreign";`);
    this.addSql(`alter table "votes" drop constraint "votes_suggestion_id_foreign";`);

    this.addSql(`drop table if exists "songs" cascade;`);
    this.addSql(`drop table if exists "member_progress" cascade;`);
    this.addSql(`drop table if exists "suggestions" cascade;`);
    this.addSql(`drop table if exists "votes" cascade;`);
  }

}
