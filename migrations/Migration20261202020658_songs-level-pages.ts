import { Migration } from '@mikro-orm/migrations';

export class Migration20261202020658_songs_level_pages extends Migration {

  override name = 'Migration20261202020658_songs_level_pages';

  override up(): void | Promise<void> {
    this.addSql(`alter table "songs" add "level_sum" int not null default 0, add "rated_by" int not null default 0;`);
    // The band's figures of each song, kept by member_progress's trigger below (ADR 0033).
    this.addSql(`update "songs" s set "level_sum" = p.level_sum, "rated_by" = p.rated_by
  from (select song_id, sum(level)::int as level_sum, count(*)::int as rated_by from member_progress group by song_id) p
 where p.song_id = s.id;`);
    this.addSql(`create function "repertoire_song_figures"() returns trigger language plpgsql as $$
begin
  if tg_op = 'INSERT' then
    update songs set level_sum = level_sum + new.level, rated_by = rated_by + 1 where id = new.song_id;
  elsif tg_op = 'DELETE' then
    update songs set level_sum = level_sum - old.level, rated_by = rated_by - 1 where id = old.song_id;
  elsif new.level <> old.level then
    update songs set level_sum = level_sum + new.level - old.level where id = new.song_id;
  end if;
  return null;
end $$;`);
    this.addSql(`create trigger "member_progress_song_figures" after insert or delete or update of "level" on "member_progress" for each row execute function "repertoire_song_figures"();`);
    this.addSql(`create index "songs_band_average_index" on "songs" ("band_id", (coalesce(round("level_sum"::numeric / nullif("rated_by", 0), 1), -1)), "search_text" collate "C", "id");`);
    this.addSql(`create index "songs_band_status_average_index" on "songs" ("band_id", "mastered", (coalesce(round("level_sum"::numeric / nullif("rated_by", 0), 1), -1)), "search_text" collate "C", "id");`);

    this.addSql(`drop index "member_progress_user_id_index";`);
    this.addSql(`create index "member_progress_user_level_index" on "member_progress" ("user_id", "level", "song_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "member_progress_song_figures" on "member_progress";`);
    this.addSql(`drop function if exists "repertoire_song_figures"();`);
    this.addSql(`drop index "member_progress_user_level_index";`);
    this.addSql(`create index "member_progress_user_id_index" on "member_progress" ("user_id");`);

    this.addSql(`drop index "songs_band_average_index";`);
    this.addSql(`drop index "songs_band_status_average_index";`);
    this.addSql(`alter table "songs" drop column "level_sum", drop column "rated_by";`);
  }

}
