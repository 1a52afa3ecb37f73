import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import {
  aBand,
  aMe,
  aMeInABand,
  aProblem,
  BAND_ID,
  bandTestProviders,
  failWith,
  settle,
  startSession,
  textOf,
  typeInto,
} from '../../../testing/fixtures';
import { readWelcome } from '../../core/band/band-welcome';
import { SessionStore } from '../../core/session/session-store';
import { OnboardingPage } from './onboarding-page';

@Component({ template: '' })
class Blank {}

describe('OnboardingPage', () => {
  let fixture: ComponentFixture<OnboardingPage>;
  let root: HTMLElement;
  let http: HttpTestingController;
  let router: Router;

  async function open(me = aMe({ displayName: 'Alice' })): Promise<void> {
    TestBed.configureTestingModule({
      imports: [OnboardingPage],
      providers: [
        ...bandTestProviders(),
        provideRouter([
          { path: '', component: Blank },
          { path: 'login', component: Blank },
          { path: 'settings', component: Blank },
          { path: 'onboarding', component: Blank },
        ]),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    await startSession(me);
    await router.navigateByUrl('/onboarding');
    fixture = TestBed.createComponent(OnboardingPage);
    root = fixture.nativeElement;
    document.body.appendChild(root);
    await fixture.whenStable();
  }

  const click = async (selector: string) => {
    root.querySelector<HTMLElement>(selector)!.click();
    await settle();
    await fixture.whenStable();
  };
  const welcome = () => readWelcome(router.lastSuccessfulNavigation()?.extras.state);

  afterEach(() => {
    http.verify();
    root?.remove();
  });

  it('welcomes a user without a band and offers both ways in', async () => {
    await open();
    expect(textOf(root, 'h1')).toBe('Bienvenue, Alice !');
    expect(root.querySelector('label[for="onboarding-band-name"]')?.textContent).toContain('Nom du groupe');
    expect(root.querySelector('input[name="bandName"]')).not.toBeNull();
    expect(root.querySelector('input[name="inviteCode"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="onboarding-back"]')).toBeNull();
  });

  it('asks for a name before calling the server', async () => {
    await open();
    await click('[data-testid="create-band"]');
    http.expectNone('/api/bands');
    expect(textOf(root, '#onboarding-band-name-error')).toBe('Donnez un nom au groupe.');
    expect(document.activeElement?.id).toBe('onboarding-band-name');
  });

  it('creates the band and goes home, telling home what happened', async () => {
    await open();
    typeInto(root, 'input[name="bandName"]', '  Les Rythmes ');
    await click('[data-testid="create-band"]');
    const post = http.expectOne({ method: 'POST', url: '/api/bands' });
    expect(post.request.body).toEqual({ name: 'Les Rythmes' });
    post.flush({ band: aBand() });
    await settle();

    expect(router.url).toBe('/');
    expect(welcome()).toEqual({ bandName: 'Les Rythmes', how: 'created' });
    expect(TestBed.inject(SessionStore).activeBandId()).toBe(BAND_ID);
  });

  it('shows a refused name under the field', async () => {
    await open();
    typeInto(root, 'input[name="bandName"]', 'Les Rythmes');
    await click('[data-testid="create-band"]');
    failWith(
      http.expectOne('/api/bands'),
      aProblem(400, 'BANDS.INVALID_SETTING', { errors: [{ field: 'name', message: 'too long' }] }),
    );
    await settle();
    await fixture.whenStable();
    expect(textOf(root, '#onboarding-band-name-error')).toBe('Le nom a de 1 à 80 caractères.');
  });

  it('joins with a code typed any way, and goes home', async () => {
    await open();
    typeInto(root, 'input[name="inviteCode"]', ' k7rd9 pxm4h ');
    await click('[data-testid="join-submit"]');
    const post = http.expectOne({ method: 'POST', url: '/api/bands/join' });
    expect(post.request.body).toEqual({ inviteCode: 'K7RD9-PXM4H' });
    post.flush({ band: aBand({ inviteCode: undefined }), role: 'member' });
    await settle();

    expect(router.url).toBe('/');
    expect(welcome()).toEqual({ bandName: 'Les Rythmes', how: 'joined' });
  });

  it('checks the shape of a code here, and shows an unknown code under the field', async () => {
    await open();
    typeInto(root, 'input[name="inviteCode"]', 'K7RD9');
    await click('[data-testid="join-submit"]');
    http.expectNone('/api/bands/join');
    expect(textOf(root, '#join-invite-code-error')).toContain('10 caractères');
    expect(document.activeElement?.getAttribute('name')).toBe('inviteCode');

    typeInto(root, 'input[name="inviteCode"]', 'K7RD9-PXM4H');
    await click('[data-testid="join-submit"]');
    failWith(http.expectOne('/api/bands/join'), aProblem(404, 'BANDS.INVITE_CODE_NOT_FOUND'));
    await settle();
    await fixture.whenStable();
    expect(textOf(root, '#join-invite-code-error')).toContain("Aucun groupe n'a ce code");
    expect(root.querySelector('input[name="inviteCode"]')?.getAttribute('aria-invalid')).toBe('true');
    expect(router.url).toBe('/onboarding');
  });

  it('offers a way back for someone who already has a band', async () => {
    await open(aMeInABand());
    expect(textOf(root, 'h1')).toBe('Un autre groupe');
    expect(root.querySelector('[data-testid="onboarding-back"]')?.getAttribute('href')).toBe('/');
  });

  it('lets a user without a band sign out', async () => {
    await open();
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('button')];
    buttons.find((button) => button.textContent?.includes('Se déconnecter'))!.click();
    http.expectOne('/api/auth/logout').flush(null);
    await settle();
    expect(router.url).toBe('/login');
  });
});
