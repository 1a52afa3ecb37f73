import { keysetCursor } from '../../../../../shared/application/page-cursor.js';
import { InvalidActivityCursorError } from '../../../domain/activity.errors.js';
import type { ActivityPosition, ActivityView } from '../../ports/activity.repository.js';

const cursor = keysetCursor({ t: 'instant', i: 'uuid' });
const SCOPE = { sort: 'recent', search: null };

export function activityCursor(last: ActivityView): string {
  return cursor.write(SCOPE, { t: new Date(last.at), i: last.id });
}

/** The position a cursor names; InvalidActivityCursorError (400) for anything this list did not hand out. */
export function activityPosition(text: string): ActivityPosition {
  const position = cursor.read(text, SCOPE);
  if (!position) throw new InvalidActivityCursorError();
  return { at: position.t, id: position.i };
}
