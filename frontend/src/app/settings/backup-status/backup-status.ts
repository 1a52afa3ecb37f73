import { DatePipe } from '@angular/common';
import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, LOCALE_ID } from '@angular/core';

import { hasCode, toApiFailure } from '../../core/api/api-failure';
import { BackupStatus, ErrorCode } from '../../core/api/api-types';
import { genericFailureMessage } from '../../core/api/failure-messages';
import { SessionStore } from '../../core/session/session-store';

/**
 * The instance's nightly backup, for the admins of a band (GET /api/operations/backup): its last
 * run, the retention rule, the archives kept and how to restore one. Read only; others see nothing
 * and ask nothing.
 */
@Component({
  selector: 'bt-backup-status',
  imports: [DatePipe],
  templateUrl: './backup-status.html',
  styleUrl: './backup-status.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '[hidden]': '!isAdmin()' },
})
export class BackupStatusSection {
  private readonly session = inject(SessionStore);
  private readonly sizes = sizeFormat(inject(LOCALE_ID));

  protected readonly isAdmin = computed(() => this.session.bands().some((band) => band.role === 'admin'));
  private readonly status = httpResource<BackupStatus>(() => (this.isAdmin() ? '/api/operations/backup' : undefined));

  protected readonly backup = computed(() => (this.status.hasValue() ? this.status.value() : null));
  protected readonly failure = computed(() => {
    const error = this.status.error();
    if (!error) return null;
    const failure = toApiFailure(error);
    return hasCode(failure, ErrorCode.adminsOnly)
      ? $localize`:@@backups.adminsOnly:Réservé aux administrateurs d'un groupe.`
      : genericFailureMessage(failure);
  });

  protected size(bytes: number): string {
    return this.sizes(bytes);
  }
}

/** 2.4 Mo, 812 ko, 90 o: the units people read. */
function sizeFormat(locale: string): (bytes: number) => string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'].map(
    (unit) => new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }),
  );
  return (bytes) => {
    const power = Math.min(units.length - 1, bytes > 0 ? Math.floor(Math.log(bytes) / Math.log(1000)) : 0);
    return units[power]!.format(bytes / 1000 ** power);
  };
}
