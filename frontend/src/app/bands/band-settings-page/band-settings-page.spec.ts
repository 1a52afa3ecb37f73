import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import {
  aBand,
  aBandWithCount,
  aMeInABand,
  aProblem,
  BAND_ID,
  bandTestProviders,
  failWith,
  OTHER_BAND_ID,
  settle,
  startSession,
  textOf,
  typeInto,
} from '../../../testing/fixtures';
import { BandRole } from '../../core/api/api-types';
import { BandSettingsPage } from './band-settings-page';

describe('BandSettingsPage', () => {
  let fixture: ComponentFixture<BandSettingsPage>;
  let root: HTMLElement;
  let http: HttpTestingController;

  async function open(role: BandRole): Promise<void> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [BandSettingsPage],
      providers: [...bandTestProviders(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    const me = aMeInABand(role, {
      bands: [
        { id: BAND_ID, name: 'Les Rythmes', role },
        { id: OTHER_BAND_ID, name: 'Duo', role: 'member' },
      ],
    });
    await startSession(me, aBand(role === 'admin' ? {} : { inviteCode: undefined }));
    fixture = TestBed.createComponent(BandSettingsPage);
    root = fixture.nativeElement;
    document.body.appendChild(root);
    TestBed.tick();
    http
      .expectOne({ method: 'GET', url: '/api/bands' })
      .flush([
        aBandWithCount({ role }),
        aBandWithCount({ id: OTHER_BAND_ID, name: 'Duo', role: 'member', memberCount: 1 }),
      ]);
    await stable();
  }

  const stable = async () => {
    await settle();
    await fixture.whenStable();
  };
  const input = (name: string) => root.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  /** Searches the time zones, then clicks the one found. */
  const chooseZone = async (query: string, zone: string) => {
    typeInto(root, 'input[name="timezoneSearch"]', query);
    await stable();
    const options = [...root.querySelectorAll<HTMLElement>('[data-testid="timezone-list"] [role="option"]')];
    expect(options.map((option) => option.getAttribute('data-zone'))).toEqual([zone]);
    options[0].click();
    await stable();
    expect(input('timezone').value).toBe(zone);
  };
  const save = async () => {
    root.querySelector<HTMLButtonElement>('[data-testid="save-band"]')!.click();
    await stable();
  };

  afterEach(() => {
    http.verify();
    root?.remove();
  });

  it('lists my bands with their size, the active one marked, and switches to another', async () => {
    await open('admin');
    const items = [...root.querySelectorAll<HTMLElement>('[data-testid="my-band"]')];
    expect(items.map((item) => [textOf(item, '.band-name'), textOf(item, '.muted')])).toEqual([
      ['Les Rythmes', 'Administrateur · 3 membres'],
      ['Duo', 'Membre · 1 membre'],
    ]);
    expect(items[0].getAttribute('aria-current')).toBe('true');
    expect(items[0].textContent).toContain('Groupe actif');
    expect(items[0].querySelector('[data-testid="switch-band"]')).toBeNull();

    items[1].querySelector<HTMLButtonElement>('[data-testid="switch-band"]')!.click();
    await stable();
    http.expectOne({ method: 'PUT', url: '/api/me/active-band' }).flush({ activeBandId: OTHER_BAND_ID });
    await settle();
    TestBed.tick();
    http.expectOne(`/api/bands/${OTHER_BAND_ID}`).flush(aBand({ id: OTHER_BAND_ID, name: 'Duo' }));
    await stable();
    expect(root.textContent).toContain('Groupe actif : Duo.');
    expect(root.querySelectorAll('[data-testid="my-band"]')[1].getAttribute('aria-current')).toBe('true');
  });

  describe('for an admin', () => {
    beforeEach(() => open('admin'));

    it('fills the form from the band; Paris by default, the templates as radio cards', () => {
      expect(input('name').value).toBe('Les Rythmes');
      expect(root.querySelector<HTMLTextAreaElement>('textarea[name="description"]')!.value).toBe(
        'Du funk le jeudi soir.',
      );
      expect(root.querySelector<HTMLInputElement>('input[name="timezone"]')!.value).toBe('Europe/Paris');
      // The band's zone first, chosen, named in French.
      const first = root.querySelector('[data-testid="timezone-list"] [role="option"]')!;
      expect(first.getAttribute('data-zone')).toBe('Europe/Paris');
      expect(first.getAttribute('aria-selected')).toBe('true');
      expect(first.textContent).toContain('heure d’Europe centrale');
      expect(root.querySelector('label[for="band-timezone"]')).not.toBeNull();
      const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="template"]')];
      expect(radios.map((radio) => radio.value)).toEqual(['classic', 'groove', 'violet', 'image']);
      expect(radios.find((radio) => radio.checked)?.value).toBe('classic');
      expect(root.querySelectorAll('.swatch[data-band-template]')).toHaveLength(4);
    });

    it('saves with PATCH; the new template applies to the whole app', async () => {
      typeInto(root, 'input[name="name"]', ' Les Rythmes du Jeudi ');
      await chooseZone('martinique', 'America/Martinique');
      input('template').form!.querySelector<HTMLInputElement>('input[value="violet"]')!.click();
      typeInto(root, 'input[name="logoUrl"]', 'https://example.com/logo.png');
      await save();

      const patch = http.expectOne({ method: 'PATCH', url: `/api/bands/${BAND_ID}` });
      expect(patch.request.body).toEqual({
        name: 'Les Rythmes du Jeudi',
        description: 'Du funk le jeudi soir.',
        timezone: 'America/Martinique',
        language: 'fr',
        template: 'violet',
        logoUrl: 'https://example.com/logo.png',
      });
      patch.flush(
        aBand({
          name: 'Les Rythmes du Jeudi',
          timezone: 'America/Martinique',
          template: 'violet',
          logoUrl: 'https://example.com/logo.png',
        }),
      );
      await stable();

      expect(textOf(root, '[data-testid="band-saved"]')).toBe('Réglages du groupe enregistrés.');
      expect(document.documentElement.getAttribute('data-band-template')).toBe('violet');
    });

    it('chooses the language of the band’s exports, each named in itself', async () => {
      const select = root.querySelector<HTMLSelectElement>('select[name="language"]')!;
      expect(root.querySelector('label[for="band-language"]')?.textContent).toContain('Langue des exports');
      expect([...select.options].map((option) => [option.value, option.text, option.lang])).toEqual([
        ['fr', 'Français', 'fr'],
        ['en', 'English', 'en'],
      ]);
      expect(select.value).toBe('fr');
      select.value = 'en';
      select.dispatchEvent(new Event('change'));
      await save();
      const patch = http.expectOne({ method: 'PATCH', url: `/api/bands/${BAND_ID}` });
      expect(patch.request.body.language).toBe('en');
      patch.flush(aBand({ language: 'en' }));
      await stable();
      expect(root.querySelector<HTMLSelectElement>('select[name="language"]')!.value).toBe('en');
    });

    it('sends an empty logo as null (removes it)', async () => {
      typeInto(root, 'input[name="logoUrl"]', '  ');
      await save();
      const patch = http.expectOne(`/api/bands/${BAND_ID}`);
      expect(patch.request.body.logoUrl).toBeNull();
      patch.flush(aBand());
      await stable();
    });

    it('checks the fields before calling the server', async () => {
      typeInto(root, 'input[name="name"]', '   ');
      typeInto(root, 'input[name="logoUrl"]', 'ftp://example.com/logo.png');
      await save();
      http.expectNone(`/api/bands/${BAND_ID}`);
      expect(textOf(root, '#band-name-error')).toBe('Donnez un nom au groupe.');
      expect(textOf(root, '#band-logoUrl-error')).toContain('https://');
      expect(document.activeElement?.id).toBe('band-name');
    });

    it("puts the server's field errors under their field (400 BANDS.INVALID_SETTING / VALIDATION_FAILED)", async () => {
      await save();
      failWith(
        http.expectOne(`/api/bands/${BAND_ID}`),
        aProblem(400, 'BANDS.INVALID_SETTING', {
          errors: [{ field: 'timezone', message: 'The time zone is an IANA name such as Europe/Paris.' }],
        }),
      );
      await stable();
      expect(textOf(root, '#band-timezone-error')).toBe('Choisissez un fuseau horaire de la liste.');
      expect(root.querySelector('#band-timezone')?.getAttribute('aria-invalid')).toBe('true');
      expect(document.activeElement?.id).toBe('band-timezone');

      // Choosing again clears the server's message.
      await chooseZone('brussels', 'Europe/Brussels');
      expect(root.querySelector('#band-timezone-error')).toBeNull();
      await save();
      failWith(
        http.expectOne(`/api/bands/${BAND_ID}`),
        aProblem(400, 'VALIDATION_FAILED', {
          errors: [{ field: 'description', message: 'description must be shorter than or equal to 2000 characters' }],
        }),
      );
      await stable();
      expect(textOf(root, '#band-description-error')).toBe('La description a 2000 caractères au maximum.');
    });

    it('shows other refusals above the button', async () => {
      await save();
      failWith(http.expectOne(`/api/bands/${BAND_ID}`), aProblem(403, 'BANDS.INSUFFICIENT_ROLE'));
      await stable();
      expect(textOf(root, '[data-testid="band-settings-error"]')).toBe(
        'Seuls les administrateurs du groupe peuvent faire cela.',
      );
      // My role changed elsewhere: the session is asked again.
      http.expectOne('/api/me').flush(aMeInABand('member'));
      await stable();
      expect(root.querySelector('[data-testid="band-settings-form"]')).toBeNull();
    });
  });

  it('shows a member the settings without a form', async () => {
    await open('member');
    expect(root.querySelector('[data-testid="band-settings-form"]')).toBeNull();
    expect(textOf(root, '[data-testid="band-timezone"]')).toMatch(/^Paris · heure d’Europe centrale \(UTC\+[12]\)$/);
    expect(textOf(root, '[data-testid="band-language"]')).toBe('Français');
    expect(root.textContent).toContain('Seuls les administrateurs modifient ces réglages.');
  });
});
