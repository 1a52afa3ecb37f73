import { registerLocaleData } from '@angular/common';
import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import localeFr from '@angular/common/locales/fr';

import {
  aMeInABand,
  aProblem,
  aSong,
  bandTestProviders,
  settle,
  startSession,
  textOf,
  typeInto,
} from '../../../testing/fixtures';
import { BandRole } from '../../core/api/api-types';
import { provideOutboxKinds } from '../../core/offline/outbox';
import { SONG_LEVEL } from '../song-level';
import { SongPage } from './song-page';

const song = aSong({
  id: 'song-1',
  myProgress: { level: 6, note: 'Le pont' },
  levels: [3, 9],
  bandAverageLevel: 6,
  ratedBy: 3,
});

// Dates and decimals in French, as main.ts registers them.
registerLocaleData(localeFr, 'fr');

describe('SongPage', () => {
  let fixture: ComponentFixture<SongPage>;
  let root: HTMLElement;
  let http: HttpTestingController;

  async function open(role: BandRole): Promise<void> {
    TestBed.configureTestingModule({
      imports: [SongPage],
      providers: [...bandTestProviders(), provideRouter([]), provideOutboxKinds(SONG_LEVEL)],
    });
    http = TestBed.inject(HttpTestingController);
    await startSession(aMeInABand(role));
    fixture = TestBed.createComponent(SongPage);
    fixture.componentRef.setInput('songId', 'song-1');
    root = fixture.nativeElement;
    TestBed.tick();
    http.expectOne('/api/songs/song-1').flush(song);
    await settle();
    await fixture.whenStable();
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => http.verify());

  it('shows the song, my level and note, the band average and the others without names', async () => {
    await open('member');
    expect(textOf(root, 'h1')).toBe('Superstition');
    expect(textOf(root, '[data-testid=song-key]')).toBe('Mi bémol mineur');
    expect(textOf(root, '[data-testid=song-bpm]')).toBe('100 BPM');
    expect(textOf(root, '[data-testid=song-duration]')).toBe('4:05');
    expect(textOf(root, '[data-testid=level-value]')).toBe('6/10');
    expect(root.querySelector<HTMLTextAreaElement>('textarea[name=note]')!.value).toBe('Le pont');
    expect(textOf(root, '[data-testid=band-average]')).toContain('Moyenne : 6 sur 10');
    expect(textOf(root, '[data-testid=band-average]')).toContain('3 membres ont donné leur niveau');
    expect([...root.querySelectorAll('[data-testid=other-levels] li')].map((li) => li.textContent)).toEqual(['3', '9']);
    expect(root.querySelector('[data-testid=toggle-mastered]')).toBeNull();
  });

  it('sends my level when I choose one, and my note only when I save it', async () => {
    await open('member');
    const save = root.querySelector<HTMLButtonElement>('[data-testid=save-note]')!;
    expect(save.disabled).toBe(true);
    const raise = [...root.querySelectorAll<HTMLButtonElement>('bt-level-control button')].at(-1)!;
    raise.click();
    const put = http.expectOne({ method: 'PUT', url: '/api/songs/song-1/progress' });
    expect(put.request.body).toEqual({ level: 7 });
    put.flush({ ...song, myProgress: { level: 7, note: 'Le pont' } });
    await settle();

    const note = root.querySelector<HTMLTextAreaElement>('textarea[name=note]')!;
    note.value = 'Le pont, mesure 12';
    note.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(save.disabled).toBe(false);
    save.click();
    const saving = http.expectOne({ method: 'PUT', url: '/api/songs/song-1/progress' });
    expect(saving.request.body).toEqual({ level: 7, note: 'Le pont, mesure 12' });
    saving.flush({ ...song, myProgress: { level: 7, note: 'Le pont, mesure 12' } });
    await settle();
    await fixture.whenStable();
    expect(textOf(root, '[data-testid=note-saved]')).toBe('Note enregistrée.');
  });

  it('lets a manager mark the song mastered', async () => {
    await open('manager');
    root.querySelector<HTMLButtonElement>('[data-testid=toggle-mastered]')!.click();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/songs/song-1' });
    expect(patch.request.body).toEqual({ mastered: true });
    patch.flush({ ...song, mastered: true });
    await settle();
    await fixture.whenStable();
    expect(textOf(root, '[data-testid=song-status]')).toBe('Maîtrisé par le groupe');
  });

  it('lets a manager edit the song in place, the form filled with its fields', async () => {
    await open('manager');
    root.querySelector<HTMLButtonElement>('[data-testid=edit-song]')!.click();
    await fixture.whenStable();
    expect(root.querySelector('[data-testid=song-key]')).toBeNull();
    const field = (name: string) => root.querySelector<HTMLInputElement>(`[data-testid=song-form] [name=${name}]`)!;
    expect([field('title').value, field('key').value, field('bpm').value, field('durationSec').value]).toEqual([
      'Superstition',
      'Mi bémol mineur',
      '100',
      '4:05',
    ]);
    typeInto(root, '[data-testid=song-form] input[name=key]', 'Fa mineur');
    typeInto(root, '[data-testid=song-form] input[name=durationSec]', '3:58');
    root.querySelector<HTMLButtonElement>('[data-testid=save-song]')!.click();
    const patch = http.expectOne({ method: 'PATCH', url: '/api/songs/song-1' });
    expect(patch.request.body).toEqual({
      title: 'Superstition',
      artist: 'Stevie Wonder',
      versionOf: null,
      links: [],
      key: 'Fa mineur',
      bpm: 100,
      durationSec: 238,
    });
    patch.flush({ ...song, key: 'Fa mineur', durationSec: 238 });
    await settle();
    await fixture.whenStable();
    expect(root.querySelector('[data-testid=song-form]')).toBeNull();
    expect(textOf(root, '[data-testid=song-key]')).toBe('Fa mineur');
    expect(textOf(root, '[data-testid=song-duration]')).toBe('3:58');
  });

  it('shows the server’s field errors under their fields, and keeps the form', async () => {
    await open('admin');
    root.querySelector<HTMLButtonElement>('[data-testid=edit-song]')!.click();
    await fixture.whenStable();
    root.querySelector<HTMLButtonElement>('[data-testid=save-song]')!.click();
    http
      .expectOne({ method: 'PATCH', url: '/api/songs/song-1' })
      .flush(aProblem(400, 'VALIDATION_FAILED', { errors: [{ field: 'key', message: 'Tonalité inconnue' }] }), {
        status: 400,
        statusText: 'Bad Request',
      });
    await settle();
    await fixture.whenStable();
    expect(textOf(root, '#song-key-error')).toBe('Tonalité inconnue');
    root.querySelector<HTMLButtonElement>('[data-testid=cancel-song]')!.click();
    await fixture.whenStable();
    expect(textOf(root, '[data-testid=song-key]')).toBe('Mi bémol mineur');
  });

  it('offers no edit to a member', async () => {
    await open('member');
    expect(root.querySelector('[data-testid=edit-song]')).toBeNull();
  });
});
