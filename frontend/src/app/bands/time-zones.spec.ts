import {
  currentTimeZoneName,
  describeInBackground,
  describeTimeZone,
  matchesTimeZone,
  orderedTimeZones,
  rememberedTimeZone,
  supportedTimeZones,
  type TimeZoneOption,
} from './time-zones';

const winter = new Date('2026-01-15T12:00:00Z');
const described = (locale: string): TimeZoneOption[] =>
  orderedTimeZones(locale, 'Europe/Paris').map((zone) => describeTimeZone(zone, locale, winter));

describe('time zones', () => {
  it('describes a zone by its city and its name in the UI language, with its offset', () => {
    expect(describeTimeZone('Europe/Paris', 'fr', winter)).toEqual(
      expect.objectContaining({ value: 'Europe/Paris', city: 'Paris', description: 'heure d’Europe centrale (UTC+1)' }),
    );
    expect(describeTimeZone('Europe/Paris', 'en', winter).description).toBe('Central European Time (GMT+1)');
    expect(describeTimeZone('America/Argentina/Buenos_Aires', 'fr', winter).city).toBe('Buenos Aires');
  });

  it('uses the current names of renamed zones, which the runtime still lists under the old ones', () => {
    expect(Intl.supportedValuesOf('timeZone')).toEqual(expect.arrayContaining(['Europe/Kiev', 'Asia/Calcutta']));
    expect(currentTimeZoneName('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(currentTimeZoneName('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(currentTimeZoneName('Europe/Paris')).toBe('Europe/Paris');

    const values = orderedTimeZones('fr', 'Europe/Paris');
    expect(values).toEqual(expect.arrayContaining(['Europe/Kyiv', 'Asia/Kolkata', 'Asia/Ho_Chi_Minh']));
    expect(values).not.toEqual(expect.arrayContaining(['Europe/Kiev']));
    expect(values).not.toContain('Asia/Calcutta');
    expect(new Set(values).size).toBe(values.length);
  });

  it("puts the band's own zone first, under its current name, then the others by city", () => {
    expect(orderedTimeZones('fr', 'Europe/Kiev', ['Europe/Paris', 'Asia/Tokyo', 'Europe/Brussels'])).toEqual([
      'Europe/Kyiv',
      'Europe/Brussels',
      'Europe/Paris',
      'Asia/Tokyo',
    ]);
  });

  it("offers the band's zone and Paris even when the runtime does not list them", () => {
    const values = orderedTimeZones('fr', 'Pacific/Noumea', ['Asia/Tokyo']);
    expect(values).toEqual(['Pacific/Noumea', 'Europe/Paris', 'Asia/Tokyo']);
  });

  describe('search', () => {
    const french = described('fr');
    const found = (query: string, options: TimeZoneOption[] = french) =>
      options.filter((option) => matchesTimeZone(option, query)).map((option) => option.value);

    it('finds a zone by its city, without minding case or accents', () => {
      expect(found('kyiv')).toEqual(['Europe/Kyiv']);
      expect(found('PARIS')).toEqual(['Europe/Paris']);
      expect(found('reunion')).toEqual(['Indian/Reunion']);
      expect(found('buenos aires')).toEqual(['America/Argentina/Buenos_Aires']);
    });

    it('finds zones by their name in the UI language, whatever the apostrophe', () => {
      expect(found("heure d'Europe centrale")).toEqual(expect.arrayContaining(['Europe/Paris', 'Europe/Brussels']));
      expect(found("heure d'Europe")).toContain('Europe/Kyiv');
      expect(found('Central European', described('en'))).toContain('Europe/Paris');
    });

    it('finds a renamed zone by its old name too', () => {
      expect(found('kiev')).toEqual(['Europe/Kyiv']);
    });

    it('offers everything for an empty query, and nothing for a word that names no zone', () => {
      expect(found('')).toHaveLength(french.length);
      expect(found('atlantide')).toEqual([]);
    });
  });

  it('describes each zone once a day, whatever asks for it', () => {
    const first = rememberedTimeZone('Europe/Lisbon', 'fr', winter);
    expect(first).toEqual(describeTimeZone('Europe/Lisbon', 'fr', winter));
    expect(rememberedTimeZone('Europe/Lisbon', 'fr', new Date('2026-01-15T23:00:00Z'))).toBe(first);
    expect(rememberedTimeZone('Europe/Lisbon', 'en', winter).description).toMatch(/^Western European Time /);
    const summer = rememberedTimeZone('Europe/Lisbon', 'fr', new Date('2026-07-15T12:00:00Z'));
    expect(summer.description).toBe('heure d’Europe de l’Ouest (UTC+1)');
  });

  it('describes zones in the background, a batch a task, until stopped', () => {
    jest.useFakeTimers({ now: new Date('2026-02-10T12:00:00Z') });
    try {
      const zones = ['Asia/Tokyo', 'Asia/Seoul', 'Asia/Dubai', 'Asia/Baku', 'Asia/Tbilisi'];
      const format = jest.spyOn(Intl, 'DateTimeFormat');
      const stop = describeInBackground(zones, 'fr', 2);
      expect(format).not.toHaveBeenCalled();
      jest.advanceTimersToNextTimer();
      expect(format).toHaveBeenCalledTimes(4);
      jest.advanceTimersToNextTimer();
      expect(format).toHaveBeenCalledTimes(8);
      stop();
      jest.runAllTimers();
      expect(format).toHaveBeenCalledTimes(8);
      rememberedTimeZone('Asia/Seoul', 'fr');
      expect(format).toHaveBeenCalledTimes(8);
    } finally {
      jest.restoreAllMocks();
      jest.useRealTimers();
    }
  });

  it("reads the runtime's list, not the short fallback", () => {
    const runtime = Intl.supportedValuesOf('timeZone');
    expect(runtime.length).toBeGreaterThan(300);
    expect(supportedTimeZones()).toEqual(runtime);
  });

  it('falls back to a short list of common zones where the runtime cannot list them', () => {
    jest.spyOn(Intl, 'supportedValuesOf').mockImplementation(() => {
      throw new RangeError('timeZone');
    });
    const fallback = supportedTimeZones();
    expect(fallback).toEqual(expect.arrayContaining(['Europe/Paris', 'Indian/Reunion', 'UTC']));
    expect(fallback.length).toBeLessThan(20);
  });
});
