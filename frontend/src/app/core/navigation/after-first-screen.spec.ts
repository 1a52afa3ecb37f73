import { jest } from '@jest/globals';
import { Component, Injector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';

import { afterFirstScreen } from './after-first-screen';

@Component({ template: '' })
class Page {}

function setUp() {
  TestBed.configureTestingModule({
    providers: [
      provideRouter([
        { path: '', component: Page },
        { path: 'broken', loadComponent: () => Promise.reject(new Error('chunk unreachable')) },
      ]),
    ],
  });
  const done = runInInjectionContext(TestBed.inject(Injector), () => afterFirstScreen());
  return { done, router: TestBed.inject(Router) };
}

describe('afterFirstScreen', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('stays false until the first navigation has ended, then turns true once the browser is idle', async () => {
    const { done, router } = setUp();
    jest.runAllTimers();
    expect(done()).toBe(false);

    await router.navigateByUrl('/');
    expect(done()).toBe(false);
    jest.runAllTimers();
    expect(done()).toBe(true);
  });

  it('also turns true when the first navigation fails (a chunk unreachable offline)', async () => {
    const { done, router } = setUp();
    await router.navigateByUrl('/broken').catch(() => undefined);
    jest.runAllTimers();
    expect(done()).toBe(true);
  });
});
