import { HttpTestingController } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import {
  aBand,
  aMe,
  aMeInABand,
  aMember,
  aProblem,
  BAND_ID,
  bandTestProviders,
  failWith,
  ME_ID,
  settle,
  startSession,
  textOf,
} from '../../../testing/fixtures';
import { BandRole } from '../../core/api/api-types';
import { readWelcome } from '../../core/band/band-welcome';
import { CONNECTIVITY_PROBE } from '../../core/pwa/online-status';
import { MembersPage } from './members-page';

@Component({ template: '' })
class Blank {}

const BOB = '0190c0de-0000-7000-8000-000000000002';
const bob = aMember({ userId: BOB, displayName: 'Bob', role: 'member' });
const members = `/api/bands/${BAND_ID}/members`;

describe('MembersPage', () => {
  let fixture: ComponentFixture<MembersPage>;
  let root: HTMLElement;
  let http: HttpTestingController;
  let router: Router;

  async function open(role: BandRole, options: { online?: boolean } = {}): Promise<void> {
    TestBed.configureTestingModule({
      imports: [MembersPage],
      providers: [
        ...bandTestProviders(),
        provideRouter([
          { path: '', component: Blank },
          { path: 'onboarding', component: Blank },
          { path: 'settings/members', component: Blank },
        ]),
        ...(options.online === false ? [{ provide: CONNECTIVITY_PROBE, useValue: () => Promise.resolve(false) }] : []),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    await startSession(aMeInABand(role), aBand(role === 'admin' ? {} : { inviteCode: undefined }));
    await router.navigateByUrl('/settings/members');
    fixture = TestBed.createComponent(MembersPage);
    root = fixture.nativeElement;
    document.body.appendChild(root);
    TestBed.tick();
    http.expectOne({ method: 'GET', url: members }).flush([aMember({ role }), bob]);
    await stable();
  }

  const stable = async () => {
    await settle();
    await fixture.whenStable();
  };
  const click = async (selector: string, scope: ParentNode = root) => {
    scope.querySelector<HTMLElement>(selector)!.click();
    await stable();
  };
  const row = (name: string) =>
    [...root.querySelectorAll<HTMLElement>('[data-testid="member"]')].find((li) =>
      li.querySelector('[data-testid="member-name"]')?.textContent?.includes(name),
    )!;
  const confirm = () => click('[data-testid="confirm-ok"]');
  const dialogOpen = () => root.querySelector('dialog[data-testid="confirm-dialog"]')?.hasAttribute('open');

  afterEach(() => {
    http.verify();
    root?.remove();
    delete (document as { execCommand?: unknown }).execCommand;
    delete (navigator as { share?: unknown }).share;
  });

  describe('for an admin', () => {
    beforeEach(() => open('admin'));

    it('lists the members with their roles; a role select on the others only', () => {
      expect(textOf(row('Alice'), '[data-testid="member-role"]')).toBe('Administrateur');
      expect(row('Alice').textContent).toContain('(vous)');
      expect(row('Alice').querySelector('select')).toBeNull();
      expect(row('Alice').querySelector('[data-testid="remove-member"]')).toBeNull();

      const select = row('Bob').querySelector<HTMLSelectElement>('select[name="role"]')!;
      expect([...select.options].map((option) => [option.value, option.text])).toEqual([
        ['member', 'Membre'],
        ['manager', 'Gestionnaire'],
        ['admin', 'Administrateur'],
      ]);
      expect(select.value).toBe('member');
      expect(root.querySelector(`label[for="role-${BOB}"]`)?.textContent).toContain('Rôle de Bob');
      expect(row('Bob').querySelector<HTMLButtonElement>('[data-testid="apply-role"]')!.disabled).toBe(true);
    });

    it('shows the invitation: the code in big letters and the link', () => {
      expect(textOf(root, '[data-testid="invite-code"]')).toBe('K7RD9-PXM4H');
      expect(root.querySelector<HTMLInputElement>('[data-testid="invite-link"]')!.value).toBe(
        `${location.origin}/join/K7RD9-PXM4H`,
      );
    });

    it('changes a role with PATCH and says so', async () => {
      const select = row('Bob').querySelector<HTMLSelectElement>('select[name="role"]')!;
      select.value = 'admin';
      select.dispatchEvent(new Event('change'));
      await stable();
      await click('[data-testid="apply-role"]', row('Bob'));

      const patch = http.expectOne({ method: 'PATCH', url: `${members}/${BOB}` });
      expect(patch.request.body).toEqual({ role: 'admin' });
      patch.flush({ ...bob, role: 'admin' });
      await stable();

      expect(textOf(row('Bob'), '[data-testid="member-role"]')).toBe('Administrateur');
      expect(textOf(root, '[data-testid="member-notice"]')).toBe('Rôle de Bob : Administrateur.');
      expect(document.activeElement?.id).toBe(`role-${BOB}`);
    });

    it('removes a member only once confirmed', async () => {
      await click('[data-testid="remove-member"]', row('Bob'));
      expect(dialogOpen()).toBe(true);
      expect(textOf(root, 'dialog h2')).toBe('Retirer Bob du groupe ?');
      await click('[data-testid="confirm-cancel"]');
      http.expectNone(`${members}/${BOB}`);

      await click('[data-testid="remove-member"]', row('Bob'));
      await confirm();
      http.expectOne({ method: 'DELETE', url: `${members}/${BOB}` }).flush(null, { status: 204, statusText: '' });
      await stable();

      expect(root.querySelectorAll('[data-testid="member"]')).toHaveLength(1);
      expect(textOf(root, '[data-testid="member-notice"]')).toBe('Bob ne fait plus partie du groupe.');
      expect(document.activeElement?.id).toBe('members-heading');
    });

    it('explains why the last admin cannot leave (409)', async () => {
      await click('[data-testid="leave-band"]');
      expect(textOf(root, 'dialog h2')).toBe('Quitter Les Rythmes ?');
      await confirm();
      failWith(http.expectOne({ method: 'DELETE', url: `${members}/${ME_ID}` }), aProblem(409, 'BANDS.LAST_ADMIN'));
      await stable();

      expect(textOf(root, '[data-testid="leave-error"]')).toBe(
        'Vous êtes le dernier administrateur : nommez un autre administrateur avant de partir.',
      );
      expect(document.activeElement?.getAttribute('data-testid')).toBe('leave-error');
      expect(router.url).toBe('/settings/members');
    });

    it('copies the link to the clipboard, with no need of navigator.clipboard (plain http on a NAS)', async () => {
      // What the CDK hands to the browser's copy command: the text selected in its hidden text area.
      const copied: string[] = [];
      Object.defineProperty(document, 'execCommand', {
        configurable: true,
        value: (command: string) => {
          const area = document.querySelector<HTMLTextAreaElement>('textarea[aria-hidden="true"]');
          if (command === 'copy' && area) copied.push(area.value.slice(area.selectionStart, area.selectionEnd));
          return true;
        },
      });
      await click('[data-testid="copy-invite"]');
      expect(copied).toEqual([`${location.origin}/join/K7RD9-PXM4H`]);
      expect(textOf(root, '[data-testid="invite-copied"]')).toContain('Lien copié');
    });

    it('when the browser refuses to copy, selects the link for the person to copy', async () => {
      Object.defineProperty(document, 'execCommand', { configurable: true, value: () => false });
      await click('[data-testid="copy-invite"]');
      expect(textOf(root, '[data-testid="invite-copy-failed"]')).toContain('copiez-le vous-même');
      expect(document.activeElement?.id).toBe('invite-link');
    });

    it('renews the code once confirmed: the old one stops working', async () => {
      await click('[data-testid="renew-invite"]');
      expect(textOf(root, 'dialog p')).toContain("L'ancien code et l'ancien lien ne fonctionneront plus");
      await confirm();
      http.expectOne({ method: 'POST', url: `/api/bands/${BAND_ID}/invite-code` }).flush({ inviteCode: 'ZZZZZ-22222' });
      await stable();
      expect(textOf(root, '[data-testid="invite-code"]')).toBe('ZZZZZ-22222');
      expect(textOf(root, '[data-testid="invite-notice"]')).toContain("L'ancien ne fonctionne plus");
    });
  });

  it('offers Share where the device can share', async () => {
    const share = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'share', { configurable: true, value: share });
    await open('admin');
    await click('[data-testid="share-invite"]');
    expect(share).toHaveBeenCalledWith({
      title: 'Rejoindre Les Rythmes sur BandTrack',
      text: 'Rejoins Les Rythmes sur BandTrack : ouvre ce lien pour entrer dans le groupe.',
      url: `${location.origin}/join/K7RD9-PXM4H`,
    });
  });

  describe('for a member', () => {
    beforeEach(() => open('member'));

    it('shows the list without the admin tools', () => {
      expect(root.querySelectorAll('[data-testid="member"]')).toHaveLength(2);
      expect(root.querySelector('[data-testid="invite-section"]')).toBeNull();
      expect(root.querySelector('select[name="role"]')).toBeNull();
      expect(root.querySelector('[data-testid="remove-member"]')).toBeNull();
      expect(root.textContent).toContain('Les administrateurs gèrent les rôles et les invitations.');
    });

    it('leaves the band once confirmed, and goes on without it', async () => {
      await click('[data-testid="leave-band"]');
      await confirm();
      http.expectOne({ method: 'DELETE', url: `${members}/${ME_ID}` }).flush(null, { status: 204, statusText: '' });
      await settle();
      http.expectOne('/api/me').flush(aMe());
      await stable();

      expect(router.url).toBe('/onboarding');
      expect(readWelcome(router.lastSuccessfulNavigation()?.extras.state)).toEqual({
        bandName: 'Les Rythmes',
        how: 'left',
      });
    });
  });

  it('disables the writes while offline', async () => {
    await open('admin', { online: false });
    const disabled = (selector: string) => root.querySelector<HTMLButtonElement>(selector)!.disabled;
    expect(disabled('[data-testid="renew-invite"]')).toBe(true);
    expect(disabled('[data-testid="leave-band"]')).toBe(true);
    expect(disabled('[data-testid="remove-member"]')).toBe(true);
    // Reading still works: the list came from the (service worker's) cache.
    expect(root.querySelectorAll('[data-testid="member"]')).toHaveLength(2);
  });

  it('offers to try again when the list cannot be read', async () => {
    TestBed.configureTestingModule({
      imports: [MembersPage],
      providers: [...bandTestProviders(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    await startSession(aMeInABand('member'), aBand({ inviteCode: undefined }));
    fixture = TestBed.createComponent(MembersPage);
    root = fixture.nativeElement;
    TestBed.tick();
    http.expectOne(members).error(new ProgressEvent('error'));
    await stable();
    expect(textOf(root, '[data-testid="members-error"]')).toContain('Impossible de joindre le serveur');

    const retry = [...root.querySelectorAll('button')].find((button) => button.textContent?.includes('Réessayer'))!;
    retry.click();
    TestBed.tick();
    http.expectOne(members).flush([aMember({ role: 'member' })]);
    http.expectOne(`/api/bands/${BAND_ID}`).flush(aBand({ inviteCode: undefined }));
    await stable();
    expect(root.querySelectorAll('[data-testid="member"]')).toHaveLength(1);
  });
});
