import { Migration } from '@mikro-orm/migrations';

// Bands saved before the backend stored current zone names kept ICU's old ones (Europe/Kiev): each is
// rewritten to its current name. The list is the backend's RENAMED_TIME_ZONES as it stood, written out
// here because a migration never changes; a name renamed later needs a migration of its own.
const RENAMED: [old: string, current: string][] = [
  ['Africa/Asmera', 'Africa/Asmara'],
  ['America/Buenos_Aires', 'America/Argentina/Buenos_Aires'],
  ['America/Catamarca', 'America/Argentina/Catamarca'],
  ['America/Coral_Harbour', 'America/Atikokan'],
  ['America/Cordoba', 'America/Argentina/Cordoba'],
  ['America/Godthab', 'America/Nuuk'],
  ['America/Indianapolis', 'America/Indiana/Indianapolis'],
  ['America/Jujuy', 'America/Argentina/Jujuy'],
  ['America/Louisville', 'America/Kentucky/Louisville'],
  ['America/Mendoza', 'America/Argentina/Mendoza'],
  ['Asia/Calcutta', 'Asia/Kolkata'],
  ['Asia/Katmandu', 'Asia/Kathmandu'],
  ['Asia/Rangoon', 'Asia/Yangon'],
  ['Asia/Saigon', 'Asia/Ho_Chi_Minh'],
  ['Atlantic/Faeroe', 'Atlantic/Faroe'],
  ['Europe/Kiev', 'Europe/Kyiv'],
  ['Europe/Uzhgorod', 'Europe/Kyiv'],
  ['Europe/Zaporozhye', 'Europe/Kyiv'],
  ['Pacific/Enderbury', 'Pacific/Kanton'],
  ['Pacific/Ponape', 'Pacific/Pohnpei'],
  ['Pacific/Truk', 'Pacific/Chuuk'],
];

export class Migration20261202022732_band_current_time_zones extends Migration {

  override name = 'Migration20261202022732_band_current_time_zones';

  override up(): void | Promise<void> {
    const values = RENAMED.map(([old, current]) => `('${old}', '${current}')`).join(', ');
    this.addSql(`update "bands" b set "timezone" = r.current from (values ${values}) r(old, current) where b."timezone" = r.old;`);
  }

  override down(): void | Promise<void> {
    // Nothing to undo: the current names are what the backend stores and accepts.
  }

}
