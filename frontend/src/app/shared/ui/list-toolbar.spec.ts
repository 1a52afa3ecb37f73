import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { typeInto } from '../../../testing/fixtures';
import { ListToolbar } from './list-toolbar';

@Component({
  imports: [ListToolbar],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<bt-list-toolbar (search)="searches.push($event)"><select name="sort"></select></bt-list-toolbar>`,
})
class Host {
  readonly searches: string[] = [];
}

describe('ListToolbar', () => {
  afterEach(() => jest.useRealTimers());

  it('gives what is typed once the typing pauses, and shows the order given beside the search', async () => {
    const fixture = TestBed.createComponent(Host);
    const root: HTMLElement = fixture.nativeElement;
    await fixture.whenStable();
    jest.useFakeTimers();
    expect(root.querySelector('bt-list-toolbar select[name=sort]')).not.toBeNull();
    expect(root.querySelector('input[name=q]')!.closest('label')!.textContent).toContain(
      'Chercher un titre ou un artiste',
    );

    typeInto(root, 'input[name=q]', 'wine');
    jest.advanceTimersByTime(200);
    typeInto(root, 'input[name=q]', 'winehouse');
    jest.advanceTimersByTime(299);
    expect(fixture.componentInstance.searches).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(fixture.componentInstance.searches).toEqual(['winehouse']);
  });

  it('gives nothing once the page is left', () => {
    jest.useFakeTimers();
    const fixture = TestBed.createComponent(Host);
    fixture.detectChanges();
    typeInto(fixture.nativeElement, 'input[name=q]', 'wine');
    fixture.destroy();
    jest.advanceTimersByTime(1000);
    expect(fixture.componentInstance.searches).toEqual([]);
  });
});
