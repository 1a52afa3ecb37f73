import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { textOf } from '../../../testing/fixtures';
import { ListStatus } from './list-status';

@Component({
  imports: [ListStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bt-list-status
      [error]="error()"
      [loading]="loading()"
      [empty]="empty()"
      emptyTestId="songs-empty"
      (retry)="retries = retries + 1"
    >
      <span>Aucun morceau</span>
    </bt-list-status>
  `,
})
class Host {
  readonly error = signal<string | null>(null);
  readonly loading = signal(true);
  readonly empty = signal(true);
  retries = 0;
}

describe('ListStatus', () => {
  let fixture: ComponentFixture<Host>;
  let root: HTMLElement;
  const show = async (state: Partial<{ error: string | null; loading: boolean; empty: boolean }>) => {
    const host = fixture.componentInstance;
    if ('error' in state) host.error.set(state.error ?? null);
    if (state.loading !== undefined) host.loading.set(state.loading);
    if (state.empty !== undefined) host.empty.set(state.empty);
    await fixture.whenStable();
  };

  beforeEach(async () => {
    fixture = TestBed.createComponent(Host);
    root = fixture.nativeElement;
    await fixture.whenStable();
  });

  it('says it loads the first page, then what the empty list means, then nothing once there are items', async () => {
    expect(textOf(root, '[role=status]')).toBe('Chargement…');
    expect(root.querySelector('[data-testid=songs-empty]')).toBeNull();

    await show({ loading: false });
    expect(textOf(root, '[data-testid=songs-empty]')).toBe('Aucun morceau');
    expect(root.querySelector('[role=status]')).toBeNull();

    await show({ empty: false });
    expect(textOf(root, 'bt-list-status')).toBe('');
    await show({ loading: true });
    expect(textOf(root, 'bt-list-status')).toBe('');
  });

  it('shows why the list could not be read, with a retry', async () => {
    await show({ error: 'Le serveur ne répond pas.', loading: false });
    expect(textOf(root, '[role=alert]')).toBe('Le serveur ne répond pas.');
    expect(root.querySelector('[data-testid=songs-empty]')).toBeNull();
    root.querySelector<HTMLButtonElement>('button')!.click();
    expect(fixture.componentInstance.retries).toBe(1);
  });
});

@Component({
  imports: [ListStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<bt-list-status [error]="error()" [loading]="loading()" [empty]="true" errorTestId="bands-error" />`,
})
class WithoutEmptyMessage {
  readonly error = signal<string | null>(null);
  readonly loading = signal(true);
}

describe('ListStatus without an empty message', () => {
  it('says it loads, then shows an empty paragraph; its error carries the given test id', async () => {
    const fixture = TestBed.createComponent(WithoutEmptyMessage);
    const root: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    expect(textOf(root, '[role=status]')).toBe('Chargement…');

    fixture.componentInstance.loading.set(false);
    await fixture.whenStable();
    // Hidden by its `.empty:empty` rule (jsdom applies no component styles).
    expect(root.querySelector('p.empty')!.matches(':empty')).toBe(true);
    expect(root.querySelector('[role=status]')).toBeNull();

    fixture.componentInstance.error.set('Le serveur ne répond pas.');
    await fixture.whenStable();
    expect(textOf(root, '[data-testid=bands-error]')).toBe('Le serveur ne répond pas.');
  });
});
