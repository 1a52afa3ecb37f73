import { ChangeDetectionStrategy, Component, input, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';

import { Icon } from '../../../shared/ui/icon';
import { LeaveCheck } from '../../unsaved-changes-guard';
import { RehearsalPlanner } from '../rehearsal-planner/rehearsal-planner';

/** /rehearsals/:id/plan: the planner on a page of its own. */
@Component({
  selector: 'bt-planner-page',
  imports: [RouterLink, Icon, RehearsalPlanner],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header class="page-header">
      <a class="back" [routerLink]="['/rehearsals', id()]">
        <bt-icon name="chevronLeft" />
        <span i18n="@@planner.backToRehearsal">La répétition</span>
      </a>
      <h1 i18n="@@planner.title">Morceaux à travailler</h1>
    </header>
    <bt-rehearsal-planner [rehearsalId]="id()" />
  `,
  styles: `
    :host {
      display: block;
    }

    .back {
      display: inline-flex;
      align-items: center;
      gap: var(--bt-space-1);
      min-height: var(--bt-touch-target);
      margin-bottom: var(--bt-space-2);
      font-weight: 600;
      --bt-icon-size: 1.25rem;
    }
  `,
})
export class PlannerPage implements LeaveCheck {
  /** From the route (`:id`). */
  readonly id = input.required<string>();
  private readonly planner = viewChild.required(RehearsalPlanner);

  canLeave(): boolean | Promise<boolean> {
    return this.planner().canLeave();
  }
}
