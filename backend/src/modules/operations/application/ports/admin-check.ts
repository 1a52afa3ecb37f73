/** Whether someone administers a band: the instance's backups are shown to band admins. */
export interface AdminCheck {
  isAdminOfAnyBand(userId: string): Promise<boolean>;
}

export const ADMIN_CHECK = Symbol('AdminCheck');
