import { Migration } from '@mikro-orm/migrations';

export class Migration20261202054620_calendar_tokens extends Migration {

  override name = 'Migration20261202054620_calendar_tokens';

  override up(): void | Promise<void> {
    this.addSql(`create table "calendar_tokens" ("user_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null, primary key ("user_id"));`);
    this.addSql(`alter table "calendar_tokens" add constraint "calendar_tokens_token_hash_unique" unique ("token_hash");`);

    this.addSql(`alter table "calendar_tokens" add constraint "calendar_tokens_user_id_foreign" foreign key ("user_id") references "users" ("id") on update cascade on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "calendar_tokens" cascade;`);
  }

}
