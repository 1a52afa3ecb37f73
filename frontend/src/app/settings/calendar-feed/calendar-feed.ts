import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { CalendarToken } from '../../core/api/api-types';
import { genericFailureMessage } from '../../core/api/failure-messages';
import { Action } from '../../core/state/action-state';
import { ConfirmDialog } from '../../shared/ui/confirm-dialog';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { Icon } from '../../shared/ui/icon';
import { SettingsApi } from '../settings-api';

type Notice = 'copied' | 'copyFailed' | 'revoked';

/**
 * My calendar feed: a secret address my calendar app subscribes to (every band's rehearsals and
 * gigs, my answer in each). The server keeps only a hash of it, so the address shows once, when it
 * is made; a new one, or stopping, makes the old one fail.
 */
@Component({
  selector: 'bt-calendar-feed',
  imports: [ConfirmDialog, FORM_FIELD, Icon],
  templateUrl: './calendar-feed.html',
  styleUrl: './calendar-feed.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalendarFeed {
  private readonly api = inject(SettingsApi);
  private readonly clipboard = inject(Clipboard);
  private readonly confirm = viewChild.required(ConfirmDialog);

  protected readonly feed = signal<CalendarToken | null>(null);
  protected readonly notice = signal<Notice | null>(null);
  protected readonly action = new Action<string>({ describe: genericFailureMessage, exclusive: true });

  protected async issue(): Promise<void> {
    if (this.feed()) {
      const confirmed = await this.confirm().ask({
        title: $localize`:@@calendar.renewTitle:Créer une nouvelle adresse ?`,
        message: $localize`:@@calendar.renewMessage:L'adresse actuelle ne fonctionnera plus : les calendriers abonnés avec elle cesseront de se mettre à jour.`,
        confirmLabel: $localize`:@@calendar.renewConfirm:Nouvelle adresse`,
      });
      if (!confirmed) return;
    }
    this.notice.set(null);
    await this.action.run(async () => this.feed.set(await firstValueFrom(this.api.issueCalendarToken())));
  }

  protected async revoke(): Promise<void> {
    const confirmed = await this.confirm().ask({
      title: $localize`:@@calendar.revokeTitle:Arrêter le partage ?`,
      message: $localize`:@@calendar.revokeMessage:Plus aucune adresse de votre calendrier ne fonctionnera. Vous pourrez en créer une nouvelle.`,
      confirmLabel: $localize`:@@calendar.revokeConfirm:Arrêter le partage`,
      danger: true,
    });
    if (!confirmed) return;
    this.notice.set(null);
    if (await this.action.run(() => firstValueFrom(this.api.revokeCalendarToken()))) {
      this.feed.set(null);
      this.notice.set('revoked');
    }
  }

  /** Through the CDK, which also works on plain http:// (a NAS), where navigator.clipboard does not. */
  protected copy(url: string): void {
    this.notice.set(this.clipboard.copy(url) ? 'copied' : 'copyFailed');
  }
}
