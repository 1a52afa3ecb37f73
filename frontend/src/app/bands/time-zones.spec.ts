import { supportedTimeZones, timeZoneGroups } from './time-zones';

describe('timeZoneGroups', () => {
  const zones = ['America/Argentina/Buenos_Aires', 'Europe/Paris', 'Asia/Tokyo', 'Europe/Brussels', 'UTC'];

  it('groups by region, Europe first, others in order, then the rest; readable city names', () => {
    const groups = timeZoneGroups('Europe/Paris', zones);
    expect(groups.map((group) => group.label)).toEqual(['Europe', 'Amérique', 'Asie', 'Autres']);
    expect(groups[0].zones).toEqual([
      { value: 'Europe/Brussels', label: 'Brussels' },
      { value: 'Europe/Paris', label: 'Paris' },
    ]);
    expect(groups[1].zones).toEqual([{ value: 'America/Argentina/Buenos_Aires', label: 'Argentina / Buenos Aires' }]);
  });

  it("always offers the band's zone and Paris, even when the runtime does not list them", () => {
    const values = timeZoneGroups('Pacific/Noumea', ['Asia/Tokyo']).flatMap((group) =>
      group.zones.map((zone) => zone.value),
    );
    expect(values.sort()).toEqual(['Asia/Tokyo', 'Europe/Paris', 'Pacific/Noumea']);
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
