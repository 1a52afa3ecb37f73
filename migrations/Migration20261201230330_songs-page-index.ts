import { Migration } from '@mikro-orm/migrations';

export class Migration20261201230330_songs_page_index extends Migration {

  override name = 'Migration20261201230330_songs_page_index';

  override up(): void | Promise<void> {
    this.addSql(`create index "songs_band_status_title_index" on "songs" ("band_id", "mastered", "search_text" collate "C", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "songs_band_status_title_index";`);
  }

}
