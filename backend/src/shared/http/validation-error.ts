import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { FieldError } from './problem-details.js';

/** Thrown by the global ValidationPipe; carries one entry per faulty field (nested paths dotted). */
export class RequestValidationError extends BadRequestException {
  constructor(readonly errors: FieldError[]) {
    super('The request has invalid fields.');
  }

  static fromValidationErrors(errors: ValidationError[]): RequestValidationError {
    return new RequestValidationError(flatten(errors, ''));
  }
}

function flatten(errors: ValidationError[], prefix: string): FieldError[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: withField(message, field),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** class-validator names the bare property ("property x should not exist"); name the full path instead. */
function withField(message: string, field: string): string {
  const leaf = field.split('.').pop() ?? field;
  return message.startsWith(leaf) && leaf !== field ? field + message.slice(leaf.length) : message;
}
