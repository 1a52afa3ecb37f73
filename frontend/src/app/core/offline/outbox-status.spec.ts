import { HttpTestingController } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { aMe, aProblem, bandTestProviders, failWith, settle, startSession, textOf } from '../../../testing/fixtures';
import { OnlineStatus } from '../pwa/online-status';
import { Outbox, provideOutboxKinds } from './outbox';
import { OutboxKind } from './outbox-kind';
import { OutboxStatus } from './outbox-status';

const LEVEL: OutboxKind<{ songId: string; level: number }, unknown> = {
  name: 'song-level',
  target: (level) => level.songId,
  send: (level, http) => http.put(`/api/songs/${level.songId}/progress`, { level: level.level }),
  refusal: () => "Votre niveau n'a pas été enregistré : ce morceau n'existe plus.",
};

describe('OutboxStatus', () => {
  const online = signal(false);
  let fixture: ComponentFixture<OutboxStatus>;
  let root: HTMLElement;
  let outbox: Outbox;
  let http: HttpTestingController;

  beforeEach(async () => {
    localStorage.clear();
    online.set(false);
    TestBed.configureTestingModule({
      providers: [...bandTestProviders(), { provide: OnlineStatus, useValue: { online } }, provideOutboxKinds(LEVEL)],
    });
    http = TestBed.inject(HttpTestingController);
    outbox = TestBed.inject(Outbox);
    await startSession(aMe());
    fixture = TestBed.createComponent(OutboxStatus);
    root = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('says how many actions wait for the network, then that they are being sent', async () => {
    expect(root.querySelector('[data-testid="outbox-waiting"]')).toBeNull();
    void outbox.submit(LEVEL, { songId: 'a', level: 1 });
    await fixture.whenStable();
    expect(textOf(root, '[role="status"]')).toBe('1 action sera envoyée au retour du réseau');
    void outbox.submit(LEVEL, { songId: 'b', level: 2 });
    await fixture.whenStable();
    expect(textOf(root, '[role="status"]')).toBe('2 actions seront envoyées au retour du réseau');

    online.set(true);
    await fixture.whenStable();
    expect(textOf(root, '[role="status"]')).toBe("2 actions en cours d'envoi");
    http.expectOne('/api/songs/a/progress').flush({});
    await settle();
    http.expectOne('/api/songs/b/progress').flush({});
    await settle();
    await fixture.whenStable();
    expect(root.querySelector('[data-testid="outbox-waiting"]')).toBeNull();
  });

  it('shows a refusal as an alert until it is dismissed', async () => {
    online.set(true);
    void outbox.submit(LEVEL, { songId: 'gone', level: 5 });
    failWith(http.expectOne('/api/songs/gone/progress'), aProblem(404, 'REPERTOIRE.SONG_NOT_FOUND'));
    await settle();
    await fixture.whenStable();

    const alert = root.querySelector('[role="alert"]')!;
    expect(textOf(alert as HTMLElement, '[data-testid="outbox-refusal"] span')).toBe(
      "Votre niveau n'a pas été enregistré : ce morceau n'existe plus.",
    );
    alert.querySelector('button')!.click();
    await fixture.whenStable();
    expect(root.querySelector('[data-testid="outbox-refusal"]')).toBeNull();
  });
});
