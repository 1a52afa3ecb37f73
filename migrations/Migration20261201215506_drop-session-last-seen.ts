import { Migration } from '@mikro-orm/migrations';

export class Migration20261201215506_drop_session_last_seen extends Migration {

  override name = 'Migration20261201215506_drop_session_last_seen';

  override up(): void | Promise<void> {
    this.addSql(`alter table "sessions" drop column "last_seen_at";`);
  }

  override down(): void | Promise<void> {
    // The idle expiry slides to 7 days after each use: the last use is 7 days before it.
    this.addSql(`alter table "sessions" add "last_seen_at" timestamptz(6) null;`);
    this.addSql(`update "sessions" set "last_seen_at" = greatest("created_at", "idle_expires_at" - interval '7 days');`);
    this.addSql(`alter table "sessions" alter column "last_seen_at" set not null;`);
  }

}
