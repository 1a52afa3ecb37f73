import { Migration } from '@mikro-orm/migrations';

export class Migration20261124111148_bands extends Migration {

  override name = 'Migration20261124111148_bands';

  override up(): void | Promise<void> {
    this.addSql(`create table "bands" ("id" uuid not null, "name" varchar(80) not null, "description" text not null default '', "template" text not null default 'classic', "logo_url" varchar(2048) null, "timezone" varchar(64) not null default 'Europe/Paris', "invite_code" varchar(11) not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "bands" add constraint "bands_invite_code_unique" unique ("invite_code");`);

    this.addSql(`create table "memberships" ("band_id" uuid not null, "user_id" uuid not null, "role" text not null, "joined_at" timestamptz not null, primary key ("band_id", "user_id"));`);
    this.addSql(`create index "memberships_user_id_index" on "memberships" ("user_id");`);

    this.addSql(`create table "active_bands" ("user_id" uuid not null, "band_id" uuid not null, primary key ("user_id"));`);
    this.addSql(`create index "active_bands_band_id_index" on "active_bands" ("band_id");`);

    this.addSql(`alter table "bands" add constraint "bands_template_check" check ("template" in ('classic', 'groove', 'violet', 'image'));`);

    this.addSql(`alter table "memberships" add constraint "memberships_band_id_foreign" foreign key ("band_id") references "bands" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "memberships" add constraint "memberships_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "memberships" add constraint "memberships_role_check" check ("role" in ('member', 'manager', 'admin'));`);

    this.addSql(`alter table "active_bands" add constraint "active_bands_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "active_bands" add constraint "active_bands_band_id_foreign" foreign key ("band_id") references "bands" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "memberships" drop constraint "memberships_band_id_foreign";`);
    this.addSql(`alter table "active_bands" drop constraint "active_bands_band_id_foreign";`);

    this.addSql(`drop table if exists "bands" cascade;`);
    this.addSql(`drop table if exists "memberships" cascade;`);
    this.addSql(`drop table if exists "active_bands" cascade;`);
  }

}
