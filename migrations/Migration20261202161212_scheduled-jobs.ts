import { Migration } from '@mikro-orm/migrations';

export class Migration20261202161212_scheduled_jobs extends Migration {

  override name = 'Migration20261202161212_scheduled_jobs';

  override up(): void | Promise<void> {
    this.addSql(`create table "scheduled_jobs" ("name" varchar(100) not null, "period_start" timestamptz not null, "started_at" timestamptz not null, "finished_at" timestamptz null, "outcome" varchar(16) not null, "message" text null, primary key ("name"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "scheduled_jobs" cascade;`);
  }

}
