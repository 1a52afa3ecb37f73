import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, LOCALE_ID } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { aMe } from '../../testing/fixtures';
import { PAGE_RELOAD } from '../core/browser/page-reload';
import { SessionStore } from '../core/session/session-store';
import { Shell } from './shell';

@Component({ template: '<h1>page</h1>' })
class Page {}

describe('Shell', () => {
  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: LOCALE_ID, useValue: 'fr' },
        { provide: PAGE_RELOAD, useValue: jest.fn() },
        provideRouter([
          {
            path: '',
            component: Shell,
            children: [
              { path: '', pathMatch: 'full', component: Page },
              { path: 'settings', component: Page },
            ],
          },
        ]),
      ],
    });
    const loading = TestBed.inject(SessionStore).load();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/me')
      .flush(aMe({ displayName: 'Alice' }));
    await loading;
  });

  it('shows only the tabs whose feature exists, marks the current one, and has one main landmark', async () => {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/settings');
    const root: HTMLElement = harness.routeNativeElement!;

    const links = [...root.querySelectorAll<HTMLAnchorElement>('nav a')];
    expect(links.map((link) => [link.textContent?.trim(), link.getAttribute('href')])).toEqual([
      ['Accueil', '/'],
      ['Suggestions', '/suggestions'],
      ['Répertoire', '/repertoire'],
      ['Agenda', '/agenda'],
      ['Réglages', '/settings'],
    ]);
    expect(root.querySelector('[data-testid="nav-settings"]')?.getAttribute('aria-current')).toBe('page');
    expect(root.querySelector('[data-testid="nav-home"]')?.getAttribute('aria-current')).toBeNull();
    expect(root.querySelector('nav')?.getAttribute('aria-label')).toBe('Navigation principale');
    expect(root.querySelectorAll('main#main')).toHaveLength(1);
    expect(root.querySelector('[data-testid="current-user"]')?.textContent).toContain('Alice');
  });
});
