import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';

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
    expect(root.querySelector('label[for="band-logo"]')?.textContent).toBe('Adresse du logo (facultatif)');
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

@Component({
  imports: [FORM_FIELD, ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form [formGroup]="form" (ngSubmit)="submits = submits + 1" novalidate>
      <bt-form-field for="f-name" label="Nom" [error]="form.controls.name.invalid ? 'Donnez un nom.' : null">
        <input btFieldControl name="name" formControlName="name" />
      </bt-form-field>
      <bt-form-field for="f-city" label="Ville" [error]="form.controls.city.invalid ? 'Donnez une ville.' : null">
        <input btFieldControl name="city" formControlName="city" />
      </bt-form-field>
      <button type="submit">OK</button>
    </form>
  `,
})
class FormHost {
  submits = 0;
  readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required]],
    city: ['', [Validators.required]],
  });
}

describe('FormField in a form', () => {
  let fixture: ComponentFixture<FormHost>;
  let root: HTMLElement;
  const input = (name: string) => root.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
  const shownErrors = () => [...root.querySelectorAll('.field-error')].map((error) => error.id);
  const leave = async (name: string) => {
    input(name).dispatchEvent(new FocusEvent('blur'));
    await fixture.whenStable();
  };
  const type = async (name: string, value: string) => {
    input(name).value = value;
    input(name).dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
    await fixture.whenStable();
  };

  beforeEach(async () => {
    fixture = TestBed.createComponent(FormHost);
    root = fixture.nativeElement;
    await fixture.whenStable();
  });

  it('shows no error while the user goes through the empty form', async () => {
    await leave('name');
    await leave('city');
    expect(fixture.componentInstance.form.controls.name.touched).toBe(true);
    expect(shownErrors()).toEqual([]);
    expect(input('name').hasAttribute('aria-invalid')).toBe(false);
  });

  it('shows every error after a submit attempt, and marks the controls invalid', async () => {
    await submit();
    expect(fixture.componentInstance.submits).toBe(1);
    expect(shownErrors()).toEqual(['f-name-error', 'f-city-error']);
    expect(input('name').getAttribute('aria-invalid')).toBe('true');
    expect(input('city').getAttribute('aria-describedby')).toBe('f-city-error');
  });

  it('shows the error of a field the user changed, once they leave it, not while they type', async () => {
    await type('name', 'x');
    await type('name', '');
    expect(shownErrors()).toEqual([]);
    await leave('name');
    expect(shownErrors()).toEqual(['f-name-error']);
    await type('name', 'Léa');
    expect(shownErrors()).toEqual([]);
  });

  it('waits again once the form is reset', async () => {
    await submit();
    fixture.componentInstance.form.reset();
    await fixture.whenStable();
    expect(shownErrors()).toEqual([]);
  });
});
