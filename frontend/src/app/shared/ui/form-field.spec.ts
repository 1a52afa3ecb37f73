import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { FORM_FIELD } from './form-field';

@Component({
  imports: [FORM_FIELD],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <bt-form-field for="band-name" label="Nom du groupe" [error]="error()">
      <input btFieldControl name="name" />
    </bt-form-field>
    <bt-form-field for="band-logo" label="Adresse du logo" [optional]="true" [error]="error()">
      <p btFieldHint>Une image carrée.</p>
      <input btFieldControl name="logo" />
    </bt-form-field>
  `,
})
class Host {
  readonly error = signal<string | null>(null);
}

describe('FormField', () => {
  let fixture: ComponentFixture<Host>;
  let root: HTMLElement;
  const control = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  const showError = async (message: string | null) => {
    fixture.componentInstance.error.set(message);
    await fixture.whenStable();
  };

  beforeEach(async () => {
    fixture = TestBed.createComponent(Host);
    root = fixture.nativeElement;
    await fixture.whenStable();
  });

  it('names the control by its label', () => {
    expect(control('name').id).toBe('band-name');
    expect(root.querySelector('label[for="band-name"]')?.textContent?.trim()).toBe('Nom du groupe');
  });

  it('says "(facultatif)" after the label of an optional field only', () => {
    expect(root.querySelector('label[for="band-logo"]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Adresse du logo (facultatif)',
    );
    expect(root.querySelector('label[for="band-name"] .optional')).toBeNull();
  });

  it('describes the control by its hint, with nothing to describe a field without one', () => {
    expect(root.querySelector('#band-logo-hint')?.textContent).toBe('Une image carrée.');
    expect(control('logo').getAttribute('aria-describedby')).toBe('band-logo-hint');
    expect(control('name').hasAttribute('aria-describedby')).toBe(false);
    expect(control('name').hasAttribute('aria-invalid')).toBe(false);
  });

  it('shows an error under the control, marks it invalid and describes it by hint then error', async () => {
    await showError('Donnez un nom au groupe.');
    expect(root.querySelector('#band-name-error')?.textContent).toBe('Donnez un nom au groupe.');
    expect(control('name').getAttribute('aria-invalid')).toBe('true');
    expect(control('name').getAttribute('aria-describedby')).toBe('band-name-error');
    expect(control('logo').getAttribute('aria-describedby')).toBe('band-logo-hint band-logo-error');

    await showError(null);
    expect(root.querySelector('#band-name-error')).toBeNull();
    expect(control('name').hasAttribute('aria-invalid')).toBe(false);
  });

  it('puts the error in a polite live region that is there before the error', async () => {
    const region = root.querySelector('bt-form-field [aria-live="polite"]');
    expect(region).not.toBeNull();
    await showError('Donnez un nom au groupe.');
    expect(region?.querySelector('.field-error')?.textContent).toBe('Donnez un nom au groupe.');
  });
});
