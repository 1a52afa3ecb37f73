import { v7 as uuidv7, validate, version } from 'uuid';

/** A new time-ordered id (UUID v7): indexes stay compact and ids sort by creation. */
export function newId(): string {
  return uuidv7();
}

export function isUuid(value: string): boolean {
  return validate(value) && version(value) >= 1;
}
