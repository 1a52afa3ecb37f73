import { HttpErrorResponse } from '@angular/common/http';
import { FormBuilder } from '@angular/forms';
import { describe, expect, it, jest } from '@jest/globals';

import { applyServerFieldErrors } from '../../core/api/form-errors';
import { SessionStore } from '../../core/session/session-store';
import { feeRule, manageAction } from './manage-action';

const refused = (status: number, code: string, errors: { field: string; message: string }[] = []) =>
  new HttpErrorResponse({ status, error: { type: 'about:blank', title: code, status, detail: code, code, errors } });

function action() {
  const load = jest.fn(async () => undefined);
  return { load, action: manageAction({ load } as unknown as SessionStore) };
}

describe('manage action', () => {
  it('puts a 400’s field errors on the form’s own controls, in the form’s words for the rules it knows', async () => {
    const { action: save } = action();
    const errors = [
      { field: 'title', message: 'title must be shorter than or equal to 200 characters' },
      { field: 'startsAt', message: 'startsAt must be an instant' },
      { field: 'endsAt', message: 'endsAt comes after startsAt.' },
      { field: 'feeCents', message: 'feeCents must be an integer number' },
      { field: 'repeat.until', message: 'A series spans at most one year.' },
    ];
    await save.run(() => Promise.reject(refused(400, 'VALIDATION_FAILED', errors)));
    const failure = save.failure()!;
    expect(failure.message).toBeNull();
    expect(failure.fieldErrors.map((error) => error.field)).toEqual([
      'title',
      'when.start',
      'when.end',
      'fee',
      'repeat.until',
    ]);
    expect(failure.fieldErrors[0]!.message).toBe(errors[0]!.message);
    expect(failure.fieldErrors[3]!.message).toBe(feeRule());
    expect(failure.fieldErrors[4]!.message).toContain('un an au plus');

    const form = new FormBuilder().nonNullable.group({
      title: [''],
      when: new FormBuilder().nonNullable.group({ date: [''], start: [''], end: [''] }),
      fee: [''],
      repeat: new FormBuilder().nonNullable.group({ every: ['week'], until: [''] }),
    });
    expect(applyServerFieldErrors(form, failure.fieldErrors)).toEqual([]);
    expect(form.controls.when.controls.end.errors).toEqual({ server: 'La fin vient après le début.' });
    expect(form.controls.repeat.controls.until.invalid).toBe(true);
  });

  it('says a refusal that belongs to no field, and has the session read again after a 403', async () => {
    const { action: save, load } = action();
    await save.run(() => Promise.reject(refused(404, 'SCHEDULE.GIG_NOT_FOUND')));
    expect(save.failure()).toEqual({ message: expect.stringContaining('Ce concert n'), fieldErrors: [], status: 404 });
    expect(load).not.toHaveBeenCalled();
    await save.run(() => Promise.reject(refused(403, 'BANDS.INSUFFICIENT_ROLE')));
    expect(save.failure()?.message).toBe('Seuls les managers du groupe peuvent faire cela.');
    expect(load).toHaveBeenCalledTimes(1);
  });
});
