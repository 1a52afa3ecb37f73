import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

import { SessionStore } from '../core/session/session-store';
import { Icon } from '../shared/ui/icon';
import { BandSwitcher } from './band-switcher/band-switcher';
import { navItems } from './nav-items';

/**
 * The signed-in layout: side bar (≥ 900 px) or bottom tab bar, the active band (switcher), and the
 * main region.
 */
@Component({
  selector: 'bt-shell',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, Icon, BandSwitcher],
  templateUrl: './shell.html',
  styleUrl: './shell.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Shell {
  protected readonly session = inject(SessionStore);
  protected readonly items = navItems();
  protected readonly hasBand = computed(() => this.session.activeBandId() !== null);
}
