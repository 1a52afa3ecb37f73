import { Migration } from '@mikro-orm/migrations';

export class Migration20261203071030_activity_band_formed extends Migration {

  override name = 'Migration20261203071030_activity_band_formed';

  override up(): void | Promise<void> {
    this.addSql(`alter table "activity" drop constraint "activity_type";`);
    this.addSql(`alter table "activity" add constraint "activity_type" check (type in ('band.formed', 'member.joined', 'member.left', 'member.removed', 'member.role-changed', 'suggestion.proposed', 'song.added', 'song.promoted', 'song.mastered', 'song.demoted', 'song.removed', 'rehearsal.planned', 'rehearsal.cancelled', 'rehearsal.removed', 'gig.planned', 'gig.cancelled', 'gig.removed', 'setlist.changed', 'attendance.answered'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "activity" drop constraint "activity_type";`);
    this.addSql(`alter table "activity" add constraint "activity_type" check (type in ('member.joined', 'member.left', 'member.removed', 'member.role-changed', 'suggestion.proposed', 'song.added', 'song.promoted', 'song.mastered', 'song.demoted', 'song.removed', 'rehearsal.planned', 'rehearsal.cancelled', 'rehearsal.removed', 'gig.planned', 'gig.cancelled', 'gig.removed', 'setlist.changed', 'attendance.answered'));`);
  }

}
