import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
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
  OTHER_BAND_ID,
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
    const post = http.expectOne('/api/bands/join');
    expect(post.request.body).toEqual({ inviteCode: 'K7RD9-PXM4H' });
    post.flush({ band: aBand({ id: OTHER_BAND_ID, name: 'Les Autres' }), role: 'member' });
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
    expect(textOf(root(), '[data-testid="join-link-error"]')).toBe(
      "Cette invitation n'est plus valable. Demandez un nouveau lien à un membre du groupe.",
    );
    expect(document.activeElement?.tagName).toBe('H1');
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
    expect(textOf(root(), '[data-testid="join-link-error"]')).toContain('ne contient pas « l » (caractère 3)');
  });

  it('tells a member opening the link of their own band that they already belong, with a way in', async () => {
    const navigation = harness.navigateByUrl('/join/K7RD9-PXM4H');
    await answerMe(aMeInABand('member'));
    await navigation;
    await settle();
    TestBed.tick();
    http.expectOne({ method: 'GET', url: `/api/bands/${BAND_ID}` }).flush(aBand());
    http.expectOne('/api/bands/join').flush({ band: aBand({ inviteCode: undefined }), role: 'member' });
    await stable();

    expect(router.url).toBe('/join/K7RD9-PXM4H');
    expect(textOf(root(), 'h1')).toBe('Vous faites déjà partie de « Les Rythmes »');
    expect(document.activeElement?.tagName).toBe('H1');
    root().querySelector<HTMLAnchorElement>('[data-testid="open-band"]')!.click();
    await stable();
    expect(router.url).toBe('/');
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
  describe('for a signed-out visitor', () => {
    // A guest: no signed-in hint, so no GET /api/me.
    beforeEach(() => {
      document.cookie = 'bt_signed_in=; Max-Age=0; Path=/';
    });

    const submit = () => root().querySelector<HTMLButtonElement>('[data-testid="account-submit"]')!.click();
    /** Opens the link and answers the public look-up with `invitation`. */
    const open = async (invitation = { bandName: 'Les Baguettes Folles', memberCount: 3 }) => {
      await harness.navigateByUrl('/join/k7rd9-pxm4h');
      await settle();
      TestBed.tick();
      http.expectOne({ method: 'GET', url: '/api/invites/K7RD9-PXM4H' }).flush(invitation);
      await stable();
    };
    /** The server's answer to a sign-up or sign-in sets the readable hint beside the session cookie. */
    const signInAnswer = (request: TestRequest) => {
      document.cookie = 'bt_signed_in=1; Path=/';
      request.flush({ user: { id: '2', username: 'bruno', displayName: 'Bruno' } });
    };

    it('names the band and its size, without asking who is signed in', async () => {
      await open();
      http.expectNone('/api/me');
      expect(router.url).toBe('/join/k7rd9-pxm4h');
      expect(textOf(root(), 'h1')).toBe('Les Baguettes Folles vous invite…');
      expect(textOf(root(), '[data-testid="invitation-members"]')).toBe(
        '… à rejoindre le groupe sur BandTrack. Il compte 3 membres.',
      );
      expect(document.activeElement?.tagName).toBe('H1');
      expect(root().querySelector('input[name="displayName"]')).not.toBeNull();
    });

    it('says "1 membre" for a band of one', async () => {
      await open({ bandName: 'Solo', memberCount: 1 });
      expect(textOf(root(), '[data-testid="invitation-members"]')).toContain('Il compte 1 membre.');
    });

    it('creates the account and joins in one form, then goes home, where the band is named', async () => {
      await open();
      typeInto(root(), 'input[name="username"]', 'bruno');
      typeInto(root(), 'input[name="displayName"]', ' Bruno ');
      typeInto(root(), 'input[name="password"]', 'correct horse');
      submit();
      await settle();
      const register = http.expectOne({ method: 'POST', url: '/api/auth/register' });
      expect(register.request.body).toEqual({ username: 'bruno', password: 'correct horse', displayName: 'Bruno' });
      signInAnswer(register);
      await settle();
      http.expectOne({ method: 'PATCH', url: '/api/me' }).flush(null);
      await settle();
      http.expectOne({ method: 'GET', url: '/api/me' }).flush(aMe({ username: 'bruno' }));
      await stable();

      const join = http.expectOne({ method: 'POST', url: '/api/bands/join' });
      expect(join.request.body).toEqual({ inviteCode: 'K7RD9-PXM4H' });
      join.flush({ band: aBand({ name: 'Les Baguettes Folles', inviteCode: undefined }), role: 'member' });
      await stable();

      expect(router.url).toBe('/');
      expect(readWelcome(router.lastSuccessfulNavigation()?.extras.state)).toEqual({
        bandName: 'Les Baguettes Folles',
        how: 'joined',
      });
    });

    it('switches to "I already have an account": signs in and joins; a member is told they belong', async () => {
      await open();
      const signIn = root().querySelector<HTMLInputElement>('[data-testid="join-mode-sign-in"]')!;
      signIn.click();
      await stable();
      expect(root().querySelector('input[name="displayName"]')).toBeNull();
      expect(root().querySelector('input[name="password"]')!.getAttribute('autocomplete')).toBe('current-password');

      submit();
      await stable();
      // Sign-in's own rules: both fields required, the first one focused.
      expect(textOf(root(), '#join-username-error')).toBe("Saisissez votre nom d'utilisateur.");
      expect(textOf(root(), '#join-password-error')).toBe('Saisissez votre mot de passe.');
      expect(document.activeElement?.getAttribute('name')).toBe('username');

      typeInto(root(), 'input[name="username"]', ' alice ');
      typeInto(root(), 'input[name="password"]', 'pw');
      submit();
      await settle();
      const login = http.expectOne({ method: 'POST', url: '/api/auth/login' });
      expect(login.request.body).toEqual({ username: 'alice', password: 'pw' });
      signInAnswer(login);
      await settle();
      http.expectOne({ method: 'GET', url: '/api/me' }).flush(aMeInABand('member'));
      await settle();
      TestBed.tick();
      http.expectOne({ method: 'GET', url: `/api/bands/${BAND_ID}` }).flush(aBand());
      await stable();
      http.expectOne('/api/bands/join').flush({ band: aBand({ inviteCode: undefined }), role: 'member' });
      await stable();

      expect(router.url).toBe('/join/k7rd9-pxm4h');
      expect(textOf(root(), '[data-testid="join-already-member"] h1')).toBe(
        'Vous faites déjà partie de « Les Rythmes »',
      );
    });

    it('keeps a refused sign-up on the page, the message under its field', async () => {
      await open();
      typeInto(root(), 'input[name="username"]', 'alice');
      typeInto(root(), 'input[name="password"]', 'correct horse');
      submit();
      await settle();
      failWith(http.expectOne('/api/auth/register'), aProblem(409, 'IDENTITY.USERNAME_TAKEN'));
      await stable();
      expect(textOf(root(), '#join-username-error')).toContain('déjà pris');
      expect(document.activeElement?.getAttribute('name')).toBe('username');
      http.expectNone('/api/bands/join');
    });

    it('explains a dead code and offers no form', async () => {
      await harness.navigateByUrl('/join/ZZZZZ-ZZZZZ');
      await settle();
      TestBed.tick();
      failWith(http.expectOne('/api/invites/ZZZZZ-ZZZZZ'), aProblem(404, 'BANDS.INVITE_CODE_NOT_FOUND'));
      await stable();
      expect(textOf(root(), 'h1')).toBe("Ce lien d'invitation ne fonctionne pas");
      expect(textOf(root(), '[data-testid="join-link-error"]')).toBe(
        "Cette invitation n'est plus valable. Demandez un nouveau lien à un membre du groupe.",
      );
      expect(document.activeElement?.tagName).toBe('H1');
      expect(root().querySelector('form')).toBeNull();
      expect(root().querySelector('a[href="/login"]')).not.toBeNull();
    });

    it('says to wait after too many look-ups, then reads the invitation again', async () => {
      await harness.navigateByUrl('/join/K7RD9-PXM4H');
      await settle();
      TestBed.tick();
      failWith(http.expectOne('/api/invites/K7RD9-PXM4H'), aProblem(429, 'RATE_LIMITED'), { 'Retry-After': '90' });
      await stable();
      expect(textOf(root(), 'h1')).toBe("Impossible de rejoindre le groupe pour l'instant");
      expect(textOf(root(), '[data-testid="join-link-error"]')).toBe('Trop de tentatives. Réessayez dans 2 minutes.');

      root().querySelector<HTMLButtonElement>('[data-testid="join-retry"]')!.click();
      await settle();
      TestBed.tick();
      http.expectOne('/api/invites/K7RD9-PXM4H').flush({ bandName: 'Les Baguettes Folles', memberCount: 3 });
      await stable();
      expect(textOf(root(), 'h1')).toBe('Les Baguettes Folles vous invite…');
    });

    it('names what is wrong with a malformed code, and asks nobody', async () => {
      await harness.navigateByUrl('/join/K7RD9-PXM4');
      await stable();
      expect(textOf(root(), '[data-testid="join-link-error"]')).toBe(
        "Un code d'invitation a 10 caractères (tirets et espaces à part) ; celui-ci en a 9.",
      );
      http.expectNone(() => true);
    });
  });
});
