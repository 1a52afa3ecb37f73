import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';
import { DateTime } from 'luxon';

/** A date and time with its offset, to the minute at least: `2026-12-05T20:30:00+01:00` or `…Z`. */
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:\d\d)$/;

export const INSTANT_EXAMPLE = '2026-12-05T20:30:00+01:00';

/** An instant of API.md: ISO 8601 with an offset, on a day that exists (2026-02-30 is refused). */
export function IsInstant(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isInstant',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && INSTANT.test(value) && DateTime.fromISO(value, { setZone: true }).isValid,
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property must be a date and time with its offset, such as ${INSTANT_EXAMPLE}, on a day that exists`,
          options,
        ),
      },
    },
    options,
  );
}
