import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink } from '@angular/router';

import { ActiveBand } from '../../core/band/active-band';
import { navigationWelcome } from '../../core/band/band-welcome';
import { SessionStore } from '../../core/session/session-store';
import { ListStatus } from '../../shared/ui/list-status';
import { EventCard } from '../../schedule/event-card/event-card';
import { votesText } from '../../suggestions/votes-text';
import { DashboardStore } from '../dashboard-store';

/**
 * Accueil: the band's next gig and rehearsal with my answer one tap away, the dates I have not
 * answered, the most voted suggestions and the songs I know least.
 */
@Component({
  selector: 'bt-home-page',
  imports: [RouterLink, NgTemplateOutlet, ListStatus, EventCard],
  providers: [DashboardStore],
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
  protected readonly store = inject(DashboardStore);
  protected readonly votesText = votesText;
}
