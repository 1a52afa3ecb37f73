import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';

import { SessionStore } from '../../core/session/session-store';

/** Accueil. The bands, the next rehearsal and gig will come here with their features. */
@Component({
  selector: 'bt-home-page',
  templateUrl: './home-page.html',
  styleUrl: './home-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly session = inject(SessionStore);

  protected readonly name = this.session.displayName;
  protected readonly username = computed(() => this.session.user()?.username ?? '');
}
