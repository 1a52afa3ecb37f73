import { ChangeDetectionStrategy, Component, input, linkedSignal, output, signal } from '@angular/core';

import { AttendanceStatus } from '../../core/api/api-types';
import { FORM_FIELD } from '../../shared/ui/form-field';
import { ToggleGroup, ToggleOption } from '../../shared/ui/toggle-group';
import { SeriesScope } from '../event-store';

/** What the member answers: the answer, the comment with it, and for a series date how far it goes. */
export interface GivenAnswer {
  readonly status: AttendanceStatus;
  readonly comment: string;
  readonly scope: SeriesScope;
}

/** The server's limit for a comment. */
const COMMENT_MAX = 500;

/**
 * « Ma réponse » on a gig's or a rehearsal's page: Présent / Peut-être / Absent in one tap, with the
 * comment typed beside it; the comment alone is sent again with « Enregistrer le commentaire ». For
 * a date of a series, the answer may go to the whole series (this date and the following ones).
 */
@Component({
  selector: 'bt-my-answer',
  imports: [ToggleGroup, FORM_FIELD],
  templateUrl: './my-answer.html',
  styleUrl: './my-answer.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyAnswer {
  /** As shown: the answer on its way, else the server's (null: not answered). */
  readonly answer = input.required<AttendanceStatus | null>();
  readonly comment = input.required<string | null>();
  /** Waiting for the network. */
  readonly pending = input(false);
  /** A date of a series: offer the answer for the whole series. */
  readonly series = input(false);
  readonly answered = output<GivenAnswer>();

  protected readonly commentMax = COMMENT_MAX;
  protected readonly typed = linkedSignal(() => this.comment() ?? '');
  protected readonly wholeSeries = signal(false);
  protected readonly answerLabel = $localize`:@@schedule.yourAnswer:Votre réponse`;
  protected readonly answers: readonly ToggleOption<AttendanceStatus>[] = [
    { value: 'yes', label: $localize`:@@schedule.answerYes:Présent` },
    { value: 'maybe', label: $localize`:@@schedule.answerMaybe:Peut-être` },
    { value: 'no', label: $localize`:@@schedule.answerNo:Absent` },
  ];

  protected type(event: Event): void {
    this.typed.set((event.target as HTMLTextAreaElement).value);
  }

  protected give(status: AttendanceStatus | null): void {
    if (!status) return;
    this.answered.emit({
      status,
      comment: this.typed(),
      scope: this.series() && this.wholeSeries() ? 'following' : 'this',
    });
  }
}
