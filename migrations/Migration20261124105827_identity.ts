import { Migration } from '@mikro-orm/migrations';

export class Migration20261124105827_identity extends Migration {

  override name = 'Migration20261124105827_identity';

  override up(): void | Promise<void> {
    this.addSql(`create table "auth_attempts" ("id" uuid not null, "kind" varchar(32) not null, "key" varchar(256) not null, "occurred_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "auth_attempts_kind_key_occurred_at_index" on "auth_attempts" ("kind", "key", "occurred_at");`);
    this.addSql(`create index "auth_attempts_occurred_at_index" on "auth_attempts" ("occurred_at");`);

    this.addSql(`create table "users" ("id" uuid not null, "username" varchar(32) not null, "display_name" varchar(64) not null, "password_hash" text not null, "theme" text not null default 'system', "locale" text not null default 'fr', "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "users" add constraint "users_username_unique" unique ("username");`);

    this.addSql(`create table "sessions" ("id" uuid not null, "user_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, "last_seen_at" timestamptz not null, "idle_expires_at" timestamptz not null, "absolute_expires_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "sessions_user_id_index" on "sessions" ("user_id");`);
    this.addSql(`alter table "sessions" add constraint "sessions_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "users" add constraint "users_theme_check" check ("theme" in ('light', 'dark', 'system'));`);
    this.addSql(`alter table "users" add constraint "users_locale_check" check ("locale" in ('fr', 'en'));`);

    this.addSql(`alter table "sessions" add constraint "sessions_user_id_foreign" foreign key ("user_id") references "users" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "sessions" drop constraint "sessions_user_id_foreign";`);

    this.addSql(`drop table if exists "auth_attempts" cascade;`);
    this.addSql(`drop table if exists "users" cascade;`);
    this.addSql(`drop table if exists "sessions" cascade;`);
  }

}
