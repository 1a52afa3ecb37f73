import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import {
  aBand,
  aMe,
  aMeInABand,
  aProblem,
  BAND_ID,
  bandTestProviders,
  failWith,
  settle,
  textOf,
  typeInto,
} from '../../../testing/fixtures';
import { authRoutes } from '../../auth/auth.routes';
import { readWelcome } from '../../core/band/band-welcome';
import { bandEntryRoutes } from '../band-entry.routes';

@Component({ template: '<h1>home</h1>' })
class Home {}

describe('JoinPage (/join/:code)', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let router: Router;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [
        ...bandTestProviders(),
        provideRouter([...authRoutes, ...bandEntryRoutes, { path: '', component: Home }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
  });

  afterEach(() => http.verify());

  const root = () => harness.routeNativeElement as HTMLElement;
  const welcome = () => readWelcome(router.lastSuccessfulNavigation()?.extras.state);
  const answerMe = async (me: ReturnType<typeof aMe>) => {
    await settle();
    http.expectOne('/api/me').flush(me);
    await settle();
  };
  const stable = async () => {
    await settle();
    await harness.fixture.whenStable();
  };

  it('joins at once and goes home, where the band is named', async () => {
    const navigation = harness.navigateByUrl('/join/K7RD9-PXM4H');
    await answerMe(aMe());
    await navigation;
    await stable();
    expect(textOf(root(), '[data-testid="join-pending"]')).toContain('Vous rejoignez le groupe');

    const post = http.expectOne({ method: 'POST', url: '/api/bands/join' });
    expect(post.request.body).toEqual({ inviteCode: 'K7RD9-PXM4H' });
    post.flush({ band: aBand({ inviteCode: undefined }), role: 'member' });
    await stable();

    expect(router.url).toBe('/');
    expect(welcome()).toEqual({ bandName: 'Les Rythmes', how: 'joined' });
  });

  it('reads a code from a link in any case and with spaces', async () => {
    const navigation = harness.navigateByUrl('/join/k7rd9%20pxm4h');
    await answerMe(aMeInABand());
    await navigation;
    // Already a member of a band: its details are being read meanwhile.
    await settle();
    TestBed.tick();
    http.expectOne({ method: 'GET', url: `/api/bands/${BAND_ID}` }).flush(aBand());
    http.expectOne('/api/bands/join').flush({ band: aBand(), role: 'admin' });
    await stable();
    expect(router.url).toBe('/');
  });

  it('says a link with an unknown code does not work, and takes another code', async () => {
    const navigation = harness.navigateByUrl('/join/ZZZZZ-ZZZZZ');
    await answerMe(aMe());
    await navigation;
    await stable();
    failWith(http.expectOne('/api/bands/join'), aProblem(404, 'BANDS.INVITE_CODE_NOT_FOUND'));
    await stable();

    expect(textOf(root(), 'h1')).toBe("Ce lien d'invitation ne fonctionne pas");
    expect(textOf(root(), '[data-testid="join-link-error"]')).toContain("Aucun groupe n'a ce code");
    expect(document.activeElement?.tagName).not.toBe('INPUT');
    const field = root().querySelector<HTMLInputElement>('input[name="inviteCode"]')!;
    expect(field.value).toBe('ZZZZZ-ZZZZZ');
    expect(root().querySelector('#join-invite-code-error')).toBeNull();

    typeInto(root(), 'input[name="inviteCode"]', 'K7RD9-PXM4H');
    root().querySelector<HTMLButtonElement>('[data-testid="join-submit"]')!.click();
    await stable();
    http.expectOne('/api/bands/join').flush({ band: aBand(), role: 'member' });
    await stable();
    expect(router.url).toBe('/');
  });

  it('follows another invitation link opened while it shows', async () => {
    const navigation = harness.navigateByUrl('/join/ZZZZZ-ZZZZZ');
    await answerMe(aMe());
    await navigation;
    await stable();
    failWith(http.expectOne('/api/bands/join'), aProblem(404, 'BANDS.INVITE_CODE_NOT_FOUND'));
    await stable();

    await harness.navigateByUrl('/join/K7RD9-PXM4H');
    await stable();
    const post = http.expectOne('/api/bands/join');
    expect(post.request.body).toEqual({ inviteCode: 'K7RD9-PXM4H' });
    post.flush({ band: aBand(), role: 'member' });
    await stable();
    expect(router.url).toBe('/');
  });

  it('does not even ask the server about something that cannot be a code', async () => {
    const navigation = harness.navigateByUrl('/join/hello');
    await answerMe(aMe());
    await navigation;
    await stable();
    http.expectNone('/api/bands/join');
    expect(textOf(root(), '[data-testid="join-link-error"]')).toContain('10 caractères');
  });

  it('tells a network failure apart from a bad code', async () => {
    const navigation = harness.navigateByUrl('/join/K7RD9-PXM4H');
    await answerMe(aMe());
    await navigation;
    await stable();
    http.expectOne('/api/bands/join').error(new ProgressEvent('error'));
    await stable();
    expect(textOf(root(), 'h1')).toBe("Impossible de rejoindre le groupe pour l'instant");
    expect(root().querySelector<HTMLInputElement>('input[name="inviteCode"]')!.value).toBe('K7RD9-PXM4H');
  });

  it('/join alone is the form', async () => {
    const navigation = harness.navigateByUrl('/join');
    await answerMe(aMe());
    await navigation;
    await stable();
    expect(textOf(root(), 'h1')).toBe('Rejoindre un groupe');
    http.expectNone('/api/bands/join');
  });

  it('survives the sign-in detour: login → register (returnUrl kept) → back on the link, which joins', async () => {
    const navigation = harness.navigateByUrl('/join/K7RD9-PXM4H');
    await settle();
    failWith(http.expectOne('/api/me'), aProblem(401, 'UNAUTHENTICATED'));
    await navigation;
    await stable();
    expect(router.url).toBe('/login?returnUrl=%2Fjoin%2FK7RD9-PXM4H');

    const registerLink = root().querySelector<HTMLAnchorElement>('a[href^="/register"]')!;
    expect(registerLink.getAttribute('href')).toBe('/register?returnUrl=%2Fjoin%2FK7RD9-PXM4H');
    registerLink.click();
    await stable();
    expect(router.url).toBe('/register?returnUrl=%2Fjoin%2FK7RD9-PXM4H');

    typeInto(root(), 'input[name="username"]', 'bruno');
    typeInto(root(), 'input[name="password"]', 'correct horse');
    root().querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
    // The server's answer sets the readable signed-in hint beside the session cookie.
    document.cookie = 'bt_signed_in=1; Path=/';
    http.expectOne('/api/auth/register').flush({ user: { id: '2', username: 'bruno', displayName: 'bruno' } });
    await settle();
    http.expectOne({ method: 'PATCH', url: '/api/me' }).flush(null);
    await settle();
    http.expectOne({ method: 'GET', url: '/api/me' }).flush(aMe({ username: 'bruno' }));
    await stable();

    expect(router.url).toBe('/join/K7RD9-PXM4H');
    http.expectOne('/api/bands/join').flush({ band: aBand(), role: 'member' });
    await stable();
    expect(router.url).toBe('/');
    expect(welcome()).toEqual({ bandName: 'Les Rythmes', how: 'joined' });
  });
});
