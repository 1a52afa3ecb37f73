import { Migration } from '@mikro-orm/migrations';

export class Migration20261202161954_import_origin extends Migration {

  override name = 'Migration20261202161954_import_origin';

  override up(): void | Promise<void> {
    this.addSql(`create table "import_origin" ("source" varchar(64) not null, "kind" varchar(32) not null, "original_id" varchar(64) not null, "new_id" text not null, primary key ("source", "kind", "original_id"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "import_origin" cascade;`);
  }

}
