import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';

import { ActiveBand } from '../../core/band/active-band';
import { navigationWelcome } from '../../core/band/band-welcome';
import { SessionStore } from '../../core/session/session-store';

/** Accueil. The bands, the next rehearsal and gig will come here with their features. */
@Component({
  selector: 'bt-home-page',
  imports: [RouterLink],
  templateUrl: './home-page.html',
  styleUrl: './home-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly session = inject(SessionStore);
  private readonly activeBand = inject(ActiveBand);

  protected readonly name = this.session.displayName;
  protected readonly username = computed(() => this.session.user()?.username ?? '');
  protected readonly bandName = this.activeBand.name;
  /** Once, right after a band was created, joined or left (the navigation's state). */
  protected readonly welcome = navigationWelcome(inject(Router));
}
