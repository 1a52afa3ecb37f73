import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { LOCALE_ID } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { aProblem, failWith, settle, textOf } from '../../../testing/fixtures';
import { CalendarFeed } from './calendar-feed';

const TOKEN_URL = '/api/me/calendar-token';
const feed = (secret: string) => ({
  url: `https://band.example.org/api/calendar/${secret}.ics`,
  webcalUrl: `webcal://band.example.org/api/calendar/${secret}.ics`,
});

describe('CalendarFeed', () => {
  let fixture: ComponentFixture<CalendarFeed>;
  let root: HTMLElement;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [CalendarFeed],
      providers: [provideHttpClient(), provideHttpClientTesting(), { provide: LOCALE_ID, useValue: 'fr' }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CalendarFeed);
    root = fixture.nativeElement;
    document.body.appendChild(root);
    await stable();
  });

  afterEach(() => {
    http.verify();
    root.remove();
  });

  const stable = async () => {
    await settle();
    await fixture.whenStable();
  };
  const click = async (selector: string) => {
    root.querySelector<HTMLElement>(selector)!.click();
    await stable();
  };
  const shownUrl = () => root.querySelector<HTMLInputElement>('[data-testid="calendar-url"]')?.value ?? null;

  it('makes the secret address on demand, with a one-tap webcal:// subscription', async () => {
    expect(shownUrl()).toBeNull();
    await click('[data-testid="calendar-issue"]');
    http.expectOne({ method: 'POST', url: TOKEN_URL }).flush(feed('first'));
    await stable();

    expect(shownUrl()).toBe('https://band.example.org/api/calendar/first.ics');
    expect(root.querySelector('[data-testid="calendar-subscribe"]')?.getAttribute('href')).toBe(
      'webcal://band.example.org/api/calendar/first.ics',
    );
  });

  it('replaces the address only once confirmed, as the old one stops working', async () => {
    await click('[data-testid="calendar-issue"]');
    http.expectOne({ method: 'POST', url: TOKEN_URL }).flush(feed('first'));
    await stable();

    await click('[data-testid="calendar-issue"]');
    expect(textOf(root, 'dialog p')).toContain('ne fonctionnera plus');
    await click('[data-testid="confirm-cancel"]');
    http.expectNone({ method: 'POST', url: TOKEN_URL });

    await click('[data-testid="calendar-issue"]');
    await click('[data-testid="confirm-ok"]');
    http.expectOne({ method: 'POST', url: TOKEN_URL }).flush(feed('second'));
    await stable();
    expect(shownUrl()).toBe('https://band.example.org/api/calendar/second.ics');
  });

  it('stops the sharing once confirmed, and forgets the address', async () => {
    await click('[data-testid="calendar-issue"]');
    http.expectOne({ method: 'POST', url: TOKEN_URL }).flush(feed('first'));
    await stable();

    await click('[data-testid="calendar-revoke"]');
    await click('[data-testid="confirm-ok"]');
    http.expectOne({ method: 'DELETE', url: TOKEN_URL }).flush(null, { status: 204, statusText: 'No Content' });
    await stable();

    expect(shownUrl()).toBeNull();
    expect(textOf(root, '[data-testid="calendar-revoked"]')).toContain('plus aucune adresse ne fonctionne');
  });

  it('says why when the server refuses, and keeps the address shown', async () => {
    await click('[data-testid="calendar-issue"]');
    http.expectOne({ method: 'POST', url: TOKEN_URL }).flush(feed('first'));
    await stable();

    await click('[data-testid="calendar-revoke"]');
    await click('[data-testid="confirm-ok"]');
    failWith(http.expectOne({ method: 'DELETE', url: TOKEN_URL }), aProblem(503, 'SERVICE_UNAVAILABLE'));
    await stable();

    expect(textOf(root, '[data-testid="calendar-error"]')).toContain('Réessayez');
    expect(shownUrl()).toBe('https://band.example.org/api/calendar/first.ics');
  });
});
