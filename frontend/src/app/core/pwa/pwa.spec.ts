import { TestBed } from '@angular/core/testing';
import { SwUpdate, VersionEvent } from '@angular/service-worker';
import { Subject } from 'rxjs';

import { PAGE_RELOAD } from '../browser/page-reload';
import { OfflineBanner } from './offline-banner';
import { CONNECTIVITY_PROBE, OnlineStatus } from './online-status';
import { UpdatePrompt } from './update-prompt';

describe('OfflineBanner', () => {
  const setOnline = (online: boolean) => {
    Object.defineProperty(window.navigator, 'onLine', { configurable: true, get: () => online });
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  };

  afterEach(() => {
    setOnline(true);
    jest.useRealTimers();
  });

  it('appears while offline and goes away when back online', async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: CONNECTIVITY_PROBE, useValue: () => Promise.resolve(true) }],
    });
    const fixture = TestBed.createComponent(OfflineBanner);
    await fixture.whenStable();
    const root: HTMLElement = fixture.nativeElement;
    expect(root.querySelector('[data-testid="offline-banner"]')).toBeNull();
    expect(root.querySelector('[role="status"]')).not.toBeNull();

    setOnline(false);
    await fixture.whenStable();
    expect(root.querySelector('[data-testid="offline-banner"]')?.textContent?.trim()).toBe(
      'Hors ligne — vous voyez les dernières données enregistrées',
    );

    setOnline(true);
    await fixture.whenStable();
    expect(root.querySelector('[data-testid="offline-banner"]')).toBeNull();
  });

  it('also reports offline when the browser claims to be online but the server cannot be reached', async () => {
    jest.useFakeTimers();
    const probe = jest.fn().mockResolvedValueOnce(false).mockResolvedValueOnce(true);
    TestBed.configureTestingModule({ providers: [{ provide: CONNECTIVITY_PROBE, useValue: probe }] });
    const status = TestBed.inject(OnlineStatus);
    await jest.advanceTimersByTimeAsync(0);
    expect(status.online()).toBe(false);

    // Checked again 15 s later.
    await jest.advanceTimersByTimeAsync(15_000);
    expect(probe).toHaveBeenCalledTimes(2);
    expect(status.online()).toBe(true);
  });
});

describe('UpdatePrompt', () => {
  it('offers to reload when a new version is ready, and activates it first', async () => {
    const versionUpdates = new Subject<VersionEvent>();
    const activateUpdate = jest.fn().mockResolvedValue(true);
    const reload = jest.fn();
    TestBed.configureTestingModule({
      providers: [
        {
          provide: SwUpdate,
          useValue: { isEnabled: true, versionUpdates, unrecoverable: new Subject(), activateUpdate },
        },
        { provide: PAGE_RELOAD, useValue: reload },
      ],
    });
    const fixture = TestBed.createComponent(UpdatePrompt);
    await fixture.whenStable();
    const root: HTMLElement = fixture.nativeElement;
    expect(root.querySelector('[data-testid="update-prompt"]')).toBeNull();

    versionUpdates.next({ type: 'VERSION_DETECTED', version: { hash: 'b' } });
    await fixture.whenStable();
    expect(root.querySelector('[data-testid="update-prompt"]')).toBeNull();

    versionUpdates.next({
      type: 'VERSION_READY',
      currentVersion: { hash: 'a' },
      latestVersion: { hash: 'b' },
    });
    await fixture.whenStable();
    const prompt = root.querySelector('[data-testid="update-prompt"]');
    expect(prompt?.textContent).toContain('Une nouvelle version est disponible');

    prompt!.querySelector<HTMLButtonElement>('button')!.click();
    await fixture.whenStable();
    await Promise.resolve();
    expect(activateUpdate).toHaveBeenCalled();
    expect(reload).toHaveBeenCalled();
  });

  it('stays silent when the service worker is off (dev server, unsupported browser)', async () => {
    TestBed.configureTestingModule({
      providers: [{ provide: SwUpdate, useValue: { isEnabled: false } }],
    });
    const fixture = TestBed.createComponent(UpdatePrompt);
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[data-testid="update-prompt"]')).toBeNull();
  });
});
