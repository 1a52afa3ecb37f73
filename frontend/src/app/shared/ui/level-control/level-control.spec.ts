import { ComponentFixture, TestBed } from '@angular/core/testing';

import { levelColor, levelWord } from './level';
import { LevelControl } from './level-control';

describe('LevelControl', () => {
  let fixture: ComponentFixture<LevelControl>;
  let root: HTMLElement;
  let chosen: number[];

  const range = () => root.querySelector<HTMLInputElement>('input[type="range"]')!;
  const lower = () => root.querySelectorAll<HTMLButtonElement>('button.step')[0]!;
  const raise = () => root.querySelectorAll<HTMLButtonElement>('button.step')[1]!;
  const shownValue = () => root.querySelector('[data-testid="level-value"]')?.textContent?.replace(/\s+/g, '');

  async function show(inputs: Partial<Record<'value' | 'label' | 'disabled' | 'pending', unknown>>): Promise<void> {
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
  }

  /** Moves the range the way a drag does: `input` at each step, `change` on release. */
  async function drag(...steps: number[]): Promise<void> {
    for (const step of steps) {
      range().value = String(step);
      range().dispatchEvent(new Event('input'));
      await fixture.whenStable();
    }
    range().dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  beforeEach(() => {
    fixture = TestBed.createComponent(LevelControl);
    root = fixture.nativeElement;
    chosen = [];
    fixture.componentInstance.valueChange.subscribe((level) => chosen.push(level));
  });

  it('is a labelled 0–10 range that reads out the level and what it means', async () => {
    await show({ value: 7, label: 'Mon niveau sur « Superstition »' });
    const input = range();
    expect(input.min).toBe('0');
    expect(input.max).toBe('10');
    expect(input.step).toBe('1');
    expect(input.value).toBe('7');
    expect(root.querySelector(`label[for="${input.id}"]`)?.textContent).toBe('Mon niveau sur « Superstition »');
    expect(input.getAttribute('aria-valuetext')).toBe("7 sur 10, À l'aise");
    expect(shownValue()).toBe('7/10');
    expect(root.querySelector('.status')?.textContent?.trim()).toBe("À l'aise");
  });

  it('takes the colour of its level', async () => {
    await show({ value: 2 });
    const control = root.querySelector<HTMLElement>('.level-control')!;
    expect(control.style.getPropertyValue('--level-color')).toBe('var(--bt-level-2)');
    expect(control.style.getPropertyValue('--level-fill')).toBe('20%');
    await show({ value: 10 });
    expect(control.style.getPropertyValue('--level-color')).toBe('var(--bt-level-10)');
    expect(control.style.getPropertyValue('--level-fill')).toBe('100%');
  });

  it('says when the song is not rated yet', async () => {
    await show({ value: null });
    expect(shownValue()).toBe('–/10');
    const control = root.querySelector<HTMLElement>('.level-control')!;
    expect(control.style.getPropertyValue('--level-color')).toBe('var(--bt-color-border-strong)');
    expect(range().getAttribute('aria-valuetext')).toBe('Pas encore évalué');
    expect(lower().disabled).toBe(true);
    raise().click();
    expect(chosen).toEqual([1]);
  });

  it('follows a drag and tells the level once, when it is released', async () => {
    await show({ value: 3 });
    await drag(4, 5, 6);
    expect(chosen).toEqual([6]);
    expect(shownValue()).toBe('6/10');
    expect(range().getAttribute('aria-valuetext')).toBe('6 sur 10, En progrès');
  });

  it('does not tell a level that did not change', async () => {
    await show({ value: 5 });
    await drag(6, 5);
    expect(chosen).toEqual([]);
  });

  it('steps one level with − and +, which have names and stop at the ends', async () => {
    await show({ value: 9 });
    expect(lower().textContent).toContain('Baisser le niveau');
    expect(raise().textContent).toContain('Monter le niveau');
    expect(raise().getAttribute('aria-controls')).toBe(range().id);

    raise().click();
    await fixture.whenStable();
    expect(chosen).toEqual([10]);
    expect(raise().disabled).toBe(true);

    await show({ value: 0 });
    expect(lower().disabled).toBe(true);
    raise().click();
    expect(chosen).toEqual([10, 1]);
  });

  it('shows the value it is given again when it changes (the server has the last word)', async () => {
    await show({ value: 4 });
    await drag(8);
    expect(shownValue()).toBe('8/10');
    await show({ value: 6 });
    expect(range().value).toBe('6');
    expect(shownValue()).toBe('6/10');
  });

  it('can be disabled', async () => {
    await show({ value: 5, disabled: true });
    expect(range().disabled).toBe(true);
    expect(lower().disabled).toBe(true);
    expect(raise().disabled).toBe(true);
  });

  it('shows, and reads out, a level waiting to be sent; it can still be changed', async () => {
    await show({ value: 5 });
    expect(root.querySelector('.pending')).toBeNull();
    expect(range().hasAttribute('aria-describedby')).toBe(false);

    await show({ pending: true });
    const pending = root.querySelector('.pending')!;
    expect(pending.textContent).toBe("En attente d'envoi");
    expect(range().getAttribute('aria-describedby')).toBe(pending.id);
    expect(root.querySelector('.level-control')?.classList).toContain('is-pending');
    expect(range().disabled).toBe(false);
  });

  it('gives every control its own ids', () => {
    const other = TestBed.createComponent(LevelControl);
    other.detectChanges();
    fixture.detectChanges();
    const id = (other.nativeElement as HTMLElement).querySelector('input')!.id;
    expect(id).toMatch(/^bt-level-\d+$/);
    expect(id).not.toBe(range().id);
  });
});

describe('level helpers', () => {
  it.each([
    [null, 'Pas encore évalué'],
    [0, 'Pas commencé'],
    [1, 'Je découvre'],
    [3, 'Je découvre'],
    [4, 'En progrès'],
    [6, 'En progrès'],
    [7, "À l'aise"],
    [8, "À l'aise"],
    [9, 'Maîtrisé'],
    [10, 'Maîtrisé'],
  ])('words level %s as %s', (level, word) => {
    expect(levelWord(level)).toBe(word);
  });

  it('keeps colours on the ramp', () => {
    expect(levelColor(-3)).toBe('var(--bt-level-0)');
    expect(levelColor(6.4)).toBe('var(--bt-level-6)');
    expect(levelColor(42)).toBe('var(--bt-level-10)');
  });
});
