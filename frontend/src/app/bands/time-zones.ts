// The server's list, the one source (it imports nothing, so the PWA's build takes it as it is).
import { RENAMED_TIME_ZONES } from '../../../../backend/src/modules/bands/domain/renamed-time-zones';
import { DEFAULT_TIMEZONE } from './band-rules';

/** A time zone as the picker offers it. */
export interface TimeZoneOption {
  /** The current IANA name (`Europe/Kyiv`). */
  readonly value: string;
  /** The city of the name, readable (`Buenos Aires`). */
  readonly city: string;
  /** The zone's name in the UI's language (`heure d’Europe de l’Est`), and its offset now (`UTC+2`). */
  readonly description: string;
  /** What a search looks in, folded (see `foldForSearch`). */
  readonly searchText: string;
}

const OLD_NAMES = Object.entries(RENAMED_TIME_ZONES).reduce<Record<string, string[]>>((names, [old, current]) => {
  (names[current] ??= []).push(old);
  return names;
}, {});

/** The zone's current name: `Europe/Kiev` → `Europe/Kyiv`. */
export function currentTimeZoneName(zone: string): string {
  return RENAMED_TIME_ZONES[zone] ?? zone;
}

/** The runtime's IANA time zones (a short list of common ones where Intl cannot list them). */
export function supportedTimeZones(): string[] {
  const intl = Intl as typeof Intl & { supportedValuesOf?: (key: 'timeZone') => string[] };
  try {
    const zones = intl.supportedValuesOf?.('timeZone');
    if (zones?.length) return zones;
  } catch {
    // Older engines: fall through.
  }
  return [
    'Europe/Paris',
    'Europe/Brussels',
    'Europe/Luxembourg',
    'Europe/Zurich',
    'Europe/London',
    'America/Toronto',
    'America/Martinique',
    'Indian/Reunion',
    'Africa/Dakar',
    'Pacific/Noumea',
    'UTC',
  ];
}

/** Lower case, without accents, one kind of apostrophe and of space: what searching compares. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘ʼ`]/g, "'")
    .replace(/[\s\u00a0\u202f_/]+/g, ' ')
    .toLowerCase()
    .trim();
}

/**
 * One zone described in the UI's language: `Paris`, `heure d’Europe centrale (UTC+1)`. The names
 * come from Intl (`longGeneric`, the name without summer or winter time).
 */
export function describeTimeZone(zone: string, locale: string, at: Date = new Date()): TimeZoneOption {
  const value = currentTimeZoneName(zone);
  const city = cityOf(value);
  const name = zoneNamePart(value, locale, 'longGeneric', at);
  const offset = zoneNamePart(value, locale, 'shortOffset', at);
  const description = name && offset && name !== offset ? `${name} (${offset})` : name || offset;
  const searchText = foldForSearch([value, city, description, ...(OLD_NAMES[value] ?? [])].join(' '));
  return { value, city, description, searchText };
}

/**
 * Every zone the runtime knows, under its current name: the band's own zone first (offered even
 * when the runtime does not list it), then by city. Only names: describing a zone costs two Intl
 * formatters (see `rememberedTimeZone`).
 */
export function orderedTimeZones(
  locale: string,
  bandZone: string,
  zones: readonly string[] = supportedTimeZones(),
): string[] {
  const own = currentTimeZoneName(bandZone || DEFAULT_TIMEZONE);
  const others = new Set(zones.map(currentTimeZoneName));
  others.add(DEFAULT_TIMEZONE);
  others.delete(own);
  const collator = new Intl.Collator(locale);
  const sorted = [...others]
    .map((zone) => ({ zone, city: cityOf(zone) }))
    .sort((a, b) => collator.compare(a.city, b.city) || collator.compare(a.zone, b.zone))
    .map(({ zone }) => zone);
  return [own, ...sorted];
}

/**
 * `describeTimeZone`, remembered for the day (offsets move at most twice a year, at night): the
 * list and its searches describe each zone once. Describing all ~420 zones takes about half a
 * second on a laptop, several on a phone.
 */
export function rememberedTimeZone(zone: string, locale: string, at: Date = new Date()): TimeZoneOption {
  const day = at.toISOString().slice(0, 10);
  if (remembered.day !== day) remembered = { day, options: new Map() };
  const key = `${locale} ${zone}`;
  let option = remembered.options.get(key);
  if (!option) remembered.options.set(key, (option = describeTimeZone(zone, locale, at)));
  return option;
}

let remembered: { day: string; options: Map<string, TimeZoneOption> } = { day: '', options: new Map() };

/**
 * Describes the zones a few at a time, each batch in its own task, so that a search finds them
 * described without one long task blocking the page. Returns what stops it.
 */
export function describeInBackground(zones: readonly string[], locale: string, batch = 20): () => void {
  let next = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = () => {
    for (const end = Math.min(next + batch, zones.length); next < end; next++) rememberedTimeZone(zones[next], locale);
    timer = next < zones.length ? setTimeout(step) : undefined;
  };
  timer = setTimeout(step);
  return () => clearTimeout(timer);
}

/** Whether every word of the query is in the zone's name, city or description. */
export function matchesTimeZone(option: TimeZoneOption, query: string): boolean {
  return foldForSearch(query)
    .split(' ')
    .every((word) => option.searchText.includes(word));
}

function zoneNamePart(zone: string, locale: string, style: 'longGeneric' | 'shortOffset', at: Date): string {
  try {
    const parts = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style }).formatToParts(at);
    return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

function cityOf(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}
