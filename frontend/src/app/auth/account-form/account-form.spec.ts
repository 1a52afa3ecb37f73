import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, LOCALE_ID } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { aMe, settle, typeInto } from '../../../testing/fixtures';
import { PAGE_RELOAD } from '../../core/browser/page-reload';
import { AuthStore } from '../auth-store';
import { AccountForm } from './account-form';

@Component({
  imports: [AccountForm],
  providers: [AuthStore],
  template: `<bt-account-form mode="sign-in" idPrefix="login" submitLabel="Go" submittingLabel="Going" />`,
})
class LoginHost {}

const early = window as Window & { btEarlySubmit?: EventTarget };

// Hydrating a prerendered page (ADR 0026) creates the form's component, and the first check that binds
// its fields to the model comes a task later: the visitor may type and submit in between.
describe('AccountForm created on a page the visitor is already using', () => {
  let fixture: ComponentFixture<LoginHost>;
  let root: HTMLElement;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: LOCALE_ID, useValue: 'fr' },
        { provide: PAGE_RELOAD, useValue: jest.fn() },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LoginHost);
    root = fixture.nativeElement;
  });

  afterEach(() => {
    http.verify();
    delete early.btEarlySubmit;
  });

  /** Keys typed, then a submit that boot.js held and noted (the form's handlers are not bound yet). */
  function typedAndSubmittedBeforeTheFirstCheck(): void {
    typeInto(root, 'input[name="username"]', 'lea.drums');
    typeInto(root, 'input[name="password"]', 'correct horse');
    early.btEarlySubmit = root.querySelector('form')!;
  }

  /** Answers the one sign-in sent, with every key typed, and checks that no other follows. */
  async function answerTheOnlySignIn(): Promise<void> {
    const login = http.expectOne({ method: 'POST', url: '/api/auth/login' });
    expect(login.request.body).toEqual({ username: 'lea.drums', password: 'correct horse' });
    login.flush({ user: aMe() });
    await settle();
    http.expectOne('/api/me').flush(aMe());
    await fixture.whenStable();
    http.expectNone('/api/auth/login');
  }

  it('keeps the keys typed before its first check, and sends the submit noted meanwhile once', async () => {
    typedAndSubmittedBeforeTheFirstCheck();
    await fixture.whenStable();

    expect(root.querySelector<HTMLInputElement>('input[name="password"]')?.value).toBe('correct horse');
    expect(early.btEarlySubmit).toBeUndefined();
    await answerTheOnlySignIn();
  });

  it('sends only the later submit when the visitor submitted again once the app ran', async () => {
    typedAndSubmittedBeforeTheFirstCheck();
    // The first check ran (the app's own handler is live), the app is not stable yet.
    fixture.detectChanges();
    root.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await settle();
    await answerTheOnlySignIn();
  });

  it('is a form the browser never sends itself (no GET with the password in its URL)', async () => {
    await fixture.whenStable();
    expect(root.querySelector('form')?.getAttribute('method')).toBe('dialog');
  });
});
