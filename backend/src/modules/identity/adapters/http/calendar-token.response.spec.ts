import { describe, expect, it } from '@jest/globals';
import { CalendarTokenResponse } from './calendar-token.response.js';

describe('CalendarTokenResponse', () => {
  it('gives the feed URL absolute from the public origin, and its webcal:// twin', () => {
    expect(CalendarTokenResponse.of('https://band.example.org', 'abc_-1')).toEqual({
      url: 'https://band.example.org/api/calendar/abc_-1.ics',
      webcalUrl: 'webcal://band.example.org/api/calendar/abc_-1.ics',
    });
    expect(CalendarTokenResponse.of('http://nas.local:8080', 'T')).toEqual({
      url: 'http://nas.local:8080/api/calendar/T.ics',
      webcalUrl: 'webcal://nas.local:8080/api/calendar/T.ics',
    });
  });
});
