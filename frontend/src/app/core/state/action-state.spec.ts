import { HttpErrorResponse } from '@angular/common/http';

import { ApiFailure } from '../api/api-failure';
import { Action } from './action-state';

const refused = (status: number, code: string) =>
  new HttpErrorResponse({ status, error: { type: 'about:blank', title: code, status, code } });

describe('Action', () => {
  let seen: ApiFailure[];
  let action: Action<string>;

  beforeEach(() => {
    seen = [];
    action = new Action({
      describe: (failure) => `${failure.status} ${failure.code ?? 'no code'}`,
      onFailure: (failure) => seen.push(failure),
    });
  });

  it('starts idle', () => {
    expect(action.state()).toEqual({ pending: false, done: false, failure: null, subject: null });
  });

  it('is pending while the work runs, then done', async () => {
    let finish!: () => void;
    const running = action.run(() => new Promise<void>((resolve) => (finish = resolve)), 'bob');
    expect(action.state()).toEqual({ pending: true, done: false, failure: null, subject: 'bob' });
    expect(action.pending()).toBe(true);

    finish();
    await expect(running).resolves.toBe(true);
    expect(action.state()).toEqual({ pending: false, done: true, failure: null, subject: 'bob' });
  });

  it('describes an API refusal and hands it to onFailure', async () => {
    await expect(action.run(() => Promise.reject(refused(409, 'BANDS.LAST_ADMIN')))).resolves.toBe(false);
    expect(action.state()).toEqual({ pending: false, done: false, failure: '409 BANDS.LAST_ADMIN', subject: null });
    expect(seen.map((failure) => failure.code)).toEqual(['BANDS.LAST_ADMIN']);
  });

  it('treats an error that is no HTTP answer as the network failing (status 0)', async () => {
    await action.run(() => Promise.reject(new Error('offline')));
    expect(action.failure()).toBe('0 no code');
  });

  it('clears the last failure when run again', async () => {
    await action.run(() => Promise.reject(refused(400, 'VALIDATION_FAILED')));
    const again = action.run(() => Promise.resolve());
    expect(action.failure()).toBeNull();
    await again;
    expect(action.state().done).toBe(true);
  });

  it('speaks of the latest run when an earlier one ends after it', async () => {
    let failFirst!: (error: unknown) => void;
    const first = action.run(() => new Promise<void>((_, reject) => (failFirst = reject)), 'dark');
    await expect(action.run(() => Promise.resolve(), 'light')).resolves.toBe(true);
    failFirst(refused(500, 'SERVER'));
    await expect(first).resolves.toBe(false);
    expect(action.state()).toEqual({ pending: false, done: true, failure: null, subject: 'light' });
    expect(seen).toHaveLength(1);
  });

  it('when exclusive, refuses a run while one is pending, and sends nothing', async () => {
    const exclusive = new Action({ describe: () => 'failed', exclusive: true });
    let finish!: () => void;
    const first = exclusive.run(() => new Promise<void>((resolve) => (finish = resolve)), 'alice');
    const second = jest.fn(() => Promise.resolve());
    await expect(exclusive.run(second, 'bob')).resolves.toBe(false);
    expect(second).not.toHaveBeenCalled();
    expect(exclusive.state().subject).toBe('alice');
    finish();
    await expect(first).resolves.toBe(true);
    expect(exclusive.state().done).toBe(true);
  });

  it('goes back to idle on reset, and a run still in flight no longer reports', async () => {
    await action.run(() => Promise.reject(refused(403, 'BANDS.INSUFFICIENT_ROLE')));
    action.reset();
    expect(action.state()).toEqual({ pending: false, done: false, failure: null, subject: null });

    let finish!: () => void;
    const running = action.run(() => new Promise<void>((resolve) => (finish = resolve)));
    action.reset();
    finish();
    await expect(running).resolves.toBe(true);
    expect(action.state().done).toBe(false);
  });
});
