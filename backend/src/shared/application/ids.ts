import { v7 as uuidv7 } from 'uuid';

/** A new time-ordered id (UUID v7): indexes stay compact and ids sort by creation. */
export function newId(): string {
  return uuidv7();
}
