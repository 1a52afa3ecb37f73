import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';
import { isAcceptableText, type TextShape } from '../domain/text.js';

const RULE: Record<TextShape, string> = {
  'single-line': 'text on one line, without control characters',
  'multi-line': 'text without control characters (tab and new line allowed)',
};

/**
 * A string that keeps the one text rule of the app (shared/domain/text.ts): use it for every field
 * people type, in place of `@IsString()`. Passwords are the exception: they are secrets, never stored.
 */
export function IsText(shape: TextShape = 'single-line', options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isText',
      constraints: [shape],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && isAcceptableText(value, shape),
        defaultMessage: buildMessage((each) => `${each}$property must be ${RULE[shape]}`, options),
      },
    },
    options,
  );
}
