import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { SwUpdate, VersionEvent } from '@angular/service-worker';
import { Subject } from 'rxjs';

import { bandTestProviders } from '../testing/fixtures';
import { App } from './app';

/** jsdom lays nothing out: the stuck notices' height is never measured. */
class NoResizeObserver {
  observe(): void {}
  disconnect(): void {}
}

describe('App', () => {
  let versionUpdates: Subject<VersionEvent>;

  beforeAll(() => (globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver));

  beforeEach(() => {
    versionUpdates = new Subject();
    TestBed.configureTestingModule({
      providers: [
        ...bandTestProviders(),
        provideRouter([]),
        { provide: SwUpdate, useValue: { isEnabled: true, versionUpdates, unrecoverable: new Subject() } },
      ],
    });
  });

  async function render() {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    return { fixture, root: fixture.nativeElement as HTMLElement };
  }

  it('has the live regions of its notices before the deferred ones are created', async () => {
    const { root } = await render();

    // The offline banner, the outbox's waiting actions, the update prompt; the outbox's refusals, a lost band.
    expect(root.querySelectorAll('[role="status"]')).toHaveLength(3);
    expect(root.querySelectorAll('[role="alert"]')).toHaveLength(2);
    expect(root.querySelector('bt-lost-band-notice, bt-update-prompt')).toBeNull();
  });

  it('creates a deferred notice in its region, already in the page, once it has something to say', async () => {
    const { fixture, root } = await render();
    const region = root.querySelector(':scope > [role="status"]');

    versionUpdates.next({ type: 'VERSION_READY', currentVersion: { hash: 'a' }, latestVersion: { hash: 'b' } });
    await fixture.whenStable();
    // The trigger starts loading the notice's code; it is rendered once that has loaded.
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    expect(region?.querySelector('[data-testid="update-prompt"] p')?.textContent).toBe(
      'Une nouvelle version est disponible',
    );
    expect(root.querySelector(':scope > [role="status"]')).toBe(region);
  });
});
