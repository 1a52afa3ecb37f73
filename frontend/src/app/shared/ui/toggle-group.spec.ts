import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ToggleGroup, ToggleOption } from './toggle-group';

type Sort = 'votes' | 'recent';

@Component({
  imports: [ToggleGroup],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bt-toggle-group
      label="Ordre"
      testIdPrefix="sort-"
      [options]="options"
      [value]="sort()"
      (valueChange)="sort.set($event)"
    />
  `,
})
class Host {
  readonly options: readonly ToggleOption<Sort>[] = [
    { value: 'votes', label: 'Les plus votées' },
    { value: 'recent', label: 'Les plus récentes' },
  ];
  readonly sort = signal<Sort>('votes');
}

describe('ToggleGroup', () => {
  let fixture: ComponentFixture<Host>;
  let root: HTMLElement;
  const pressed = () =>
    [...root.querySelectorAll('button[aria-pressed="true"]')].map((button) => button.getAttribute('data-testid'));

  beforeEach(async () => {
    fixture = TestBed.createComponent(Host);
    root = fixture.nativeElement;
    await fixture.whenStable();
  });

  it('is a named group of buttons, the chosen one pressed', () => {
    const group = root.querySelector('bt-toggle-group')!;
    expect(group.getAttribute('role')).toBe('group');
    expect(group.getAttribute('aria-label')).toBe('Ordre');
    expect([...group.querySelectorAll('button')].map((button) => button.textContent?.trim())).toEqual([
      'Les plus votées',
      'Les plus récentes',
    ]);
    expect(pressed()).toEqual(['sort-votes']);
  });

  it('tells which one was chosen', async () => {
    root.querySelector<HTMLButtonElement>('[data-testid="sort-recent"]')!.click();
    await fixture.whenStable();
    expect(fixture.componentInstance.sort()).toBe('recent');
    expect(pressed()).toEqual(['sort-recent']);
  });
});
