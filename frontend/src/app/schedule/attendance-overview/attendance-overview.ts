import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { AttendanceStatus, Attendee } from '../../core/api/api-types';
import { attendanceGroups } from '../attendance-groups';

/**
 * Who comes to a gig or a rehearsal: the count of each answer, then the members of each group by
 * name with their comments, « Sans réponse » last.
 */
@Component({
  selector: 'bt-attendance-overview',
  templateUrl: './attendance-overview.html',
  styleUrl: './attendance-overview.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttendanceOverview {
  readonly attendance = input.required<readonly Attendee[]>();

  private readonly labels: Record<AttendanceStatus | 'none', string> = {
    yes: $localize`:@@schedule.answerYes:Présent`,
    maybe: $localize`:@@schedule.answerMaybe:Peut-être`,
    no: $localize`:@@schedule.answerNo:Absent`,
    none: $localize`:@@attendance.none:Sans réponse`,
  };

  protected readonly groups = computed(() =>
    attendanceGroups(this.attendance()).map((group) => {
      const key = group.status ?? 'none';
      return { ...group, key, label: this.labels[key] };
    }),
  );
}
