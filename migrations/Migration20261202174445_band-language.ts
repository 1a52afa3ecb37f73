import { Migration } from '@mikro-orm/migrations';

export class Migration20261202174445_band_language extends Migration {

  override name = 'Migration20261202174445_band_language';

  override up(): void | Promise<void> {
    this.addSql(`alter table "bands" add "language" text not null default 'fr';`);
    this.addSql(`alter table "bands" add constraint "bands_language_check" check ("language" in ('fr', 'en'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "bands" drop constraint "bands_language_check";`);
    this.addSql(`alter table "bands" drop column "language";`);
  }

}
