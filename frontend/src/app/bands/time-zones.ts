import { DEFAULT_TIMEZONE } from './band-rules';

export interface TimeZoneOption {
  readonly value: string;
  readonly label: string;
}

export interface TimeZoneGroup {
  readonly label: string;
  readonly zones: readonly TimeZoneOption[];
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

/**
 * The zones in a select's groups, one per region (Europe first, the rest in alphabetical order),
 * with city names readable (`America/Argentina/Buenos_Aires` → `Argentina / Buenos Aires`). The
 * band's current zone is always offered, even when this runtime does not list it.
 */
export function timeZoneGroups(current: string, zones: readonly string[] = supportedTimeZones()): TimeZoneGroup[] {
  const all = new Set(zones);
  all.add(DEFAULT_TIMEZONE);
  if (current) all.add(current);
  const byRegion = new Map<string, TimeZoneOption[]>();
  for (const zone of all) {
    const slash = zone.indexOf('/');
    const region = slash > 0 ? zone.slice(0, slash) : '';
    const city = slash > 0 ? zone.slice(slash + 1) : zone;
    const options = byRegion.get(region) ?? [];
    options.push({ value: zone, label: city.replace(/_/g, ' ').replace(/\//g, ' / ') });
    byRegion.set(region, options);
  }
  const order = (region: string) => (region === 'Europe' ? '0' : region === '' ? '2' : `1${region}`);
  return [...byRegion.entries()]
    .sort(([a], [b]) => order(a).localeCompare(order(b)))
    .map(([region, options]) => ({
      label: regionLabel(region),
      zones: options.sort((a, b) => a.label.localeCompare(b.label)),
    }));
}

function regionLabel(region: string): string {
  switch (region) {
    case 'Europe':
      return $localize`:@@timezone.region.europe:Europe`;
    case 'Africa':
      return $localize`:@@timezone.region.africa:Afrique`;
    case 'America':
      return $localize`:@@timezone.region.america:Amérique`;
    case 'Antarctica':
      return $localize`:@@timezone.region.antarctica:Antarctique`;
    case 'Arctic':
      return $localize`:@@timezone.region.arctic:Arctique`;
    case 'Asia':
      return $localize`:@@timezone.region.asia:Asie`;
    case 'Atlantic':
      return $localize`:@@timezone.region.atlantic:Océan Atlantique`;
    case 'Australia':
      return $localize`:@@timezone.region.australia:Australie`;
    case 'Indian':
      return $localize`:@@timezone.region.indian:Océan Indien`;
    case 'Pacific':
      return $localize`:@@timezone.region.pacific:Océan Pacifique`;
    case '':
      return $localize`:@@timezone.region.other:Autres`;
    default:
      return region;
  }
}
