import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { aMeInABand, bandTestProviders, settle, startSession, textOf } from '../../../testing/fixtures';
import { welcomeState } from '../../core/band/band-welcome';
import { HomePage } from './home-page';

describe('HomePage', () => {
  let harness: RouterTestingHarness;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [...bandTestProviders(), provideRouter([{ path: '', component: HomePage }])],
    });
    await startSession(aMeInABand());
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('greets the member and names the active band', async () => {
    await harness.navigateByUrl('/');
    const root = harness.routeNativeElement as HTMLElement;
    expect(textOf(root, '[data-testid="greeting"]')).toBe('Bonjour, Alice !');
    expect(textOf(root, '[data-testid="home-band"]')).toBe('Groupe : Les Rythmes');
    expect(root.querySelector('[data-testid="band-welcome"]')).toBeNull();
  });

  it('says once which band was just created, with a way to invite the others', async () => {
    await TestBed.inject(Router).navigateByUrl('/', { state: welcomeState('Les Rythmes', 'created') });
    await settle();
    await harness.fixture.whenStable();
    const root = harness.routeNativeElement as HTMLElement;
    expect(textOf(root, '[data-testid="band-welcome"]')).toBe(
      'Le groupe « Les Rythmes » est créé. Inviter les autres membres',
    );
    expect(root.querySelector('[data-testid="band-welcome"] a')?.getAttribute('href')).toBe('/settings/members');
  });
});
