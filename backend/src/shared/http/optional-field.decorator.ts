import { ValidateIf } from 'class-validator';

/**
 * A field that may be left out. Unlike class-validator's `@IsOptional()`, `null` is not taken for
 * "left out": it is validated like any value, so it is refused (400), unless the field is `nullable`
 * because null means something there (`logoUrl: null` removes the logo). Use it for every optional field.
 */
export const OptionalField = ({ nullable = false }: { nullable?: boolean } = {}): PropertyDecorator =>
  ValidateIf((_object, value) => value !== undefined && !(nullable && value === null));
