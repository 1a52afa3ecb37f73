import { CanDeactivateFn } from '@angular/router';

/** A page holding edits not saved yet: it asks (its own confirm dialog) before the user leaves. */
export interface LeaveCheck {
  canLeave(): boolean | Promise<boolean>;
}

export const unsavedChangesGuard: CanDeactivateFn<LeaveCheck> = (page) => page.canLeave();
