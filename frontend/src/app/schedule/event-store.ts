import { HttpClient, httpResource } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import { rxResource } from '@angular/core/rxjs-interop';
import { catchError, firstValueFrom, forkJoin, map, of } from 'rxjs';

import { toApiFailure } from '../core/api/api-failure';
import { AttendanceStatus, EventType, Gig, Rehearsal, Song } from '../core/api/api-types';
import { genericFailureMessage } from '../core/api/failure-messages';
import { ActiveBand } from '../core/band/active-band';
import { askSessionWhenStale, managerRightsMessage } from '../core/band/stale-rights';
import { refetchOn } from '../core/live/refetch-on';
import { Outbox } from '../core/offline/outbox';
import { SessionStore } from '../core/session/session-store';
import { Action } from '../core/state/action-state';
import { songUrl } from '../repertoire/repertoire-api';
import { ATTENDANCE_ANSWER, attendanceTarget, reloadOnDeliveredAnswer } from './attendance-answer';
import { gigUrl, rehearsalUrl } from './schedule-api';

/** A date of a series: this one alone, or it and every later one. */
export type SeriesScope = 'this' | 'following';

/** A song to work on at a rehearsal, as its page links it. */
export interface RehearsalSong {
  readonly id: string;
  readonly title: string;
  readonly artist: string | null;
}

const urlOf = (type: EventType, id: string) => (type === 'gig' ? gigUrl(id) : rehearsalUrl(id));

/**
 * The page of a gig or a rehearsal: the event with every member's answer, mine through the outbox
 * (shown at once, kept offline, read again once the server has it); managers cancel (a rehearsal)
 * or delete it, a date of a series alone or with the following ones.
 */
@Injectable()
export class EventStore {
  private readonly http = inject(HttpClient);
  private readonly outbox = inject(Outbox);
  private readonly session = inject(SessionStore);
  private readonly active = inject(ActiveBand);

  private readonly opened = signal<{ type: EventType; id: string } | null>(null);
  private readonly resource = httpResource<Gig | Rehearsal>(() => {
    const opened = this.opened();
    return opened ? urlOf(opened.type, opened.id) : undefined;
  });
  private readonly songsResource = rxResource({
    params: () => this.rehearsal()?.songIds,
    stream: ({ params }) =>
      params.length
        ? forkJoin(
            params.map((id) =>
              this.http.get<Song>(songUrl(id)).pipe(
                map((song): RehearsalSong | null => ({ id: song.id, title: song.title, artist: song.artist })),
                // A song that left the repertoire since: not listed.
                catchError(() => of(null)),
              ),
            ),
          ).pipe(map((songs) => songs.filter((song) => song !== null)))
        : of([]),
  });
  private readonly change = new Action<string>({
    describe: (failure) =>
      failure.status === 404
        ? $localize`:@@event.gone:Cette date n'existe plus.`
        : (managerRightsMessage(failure) ?? genericFailureMessage(failure)),
    onFailure: askSessionWhenStale(this.session),
  });

  /** The event read, once it is the one opened. */
  readonly event = computed(() => {
    const event = this.resource.hasValue() ? this.resource.value() : null;
    return event?.id === this.opened()?.id ? event : null;
  });
  readonly gig = computed(() => (this.opened()?.type === 'gig' ? (this.event() as Gig | null) : null));
  readonly rehearsal = computed(() =>
    this.opened()?.type === 'rehearsal' ? (this.event() as Rehearsal | null) : null,
  );
  readonly songs = computed(() => (this.songsResource.hasValue() ? this.songsResource.value() : []));
  /** The event was deleted, or is not of my bands. */
  readonly gone = computed(() => {
    const error = this.resource.error();
    return error !== undefined && toApiFailure(error).status === 404;
  });
  readonly loadError = computed(() => {
    const error = this.resource.error();
    return error && !this.gone() ? genericFailureMessage(toApiFailure(error)) : null;
  });
  readonly loading = this.resource.isLoading;
  readonly canManage = computed(() => this.event()?.bandId === this.active.id() && this.active.canManage());
  readonly cancelled = computed(() => this.event()?.status === 'cancelled');
  /** My line of the attendance (null: not a member of its band any more). */
  readonly me = computed(() => {
    const userId = this.session.user()?.id;
    return this.event()?.attendance.find((attendee) => attendee.userId === userId) ?? null;
  });
  /** The answer on its way (to this date, or to it and the following ones), else the server's. */
  private readonly pendingAnswer = computed(() => {
    const opened = this.opened();
    if (!opened) return undefined;
    return (
      this.outbox.pending(ATTENDANCE_ANSWER, attendanceTarget(opened.type, opened.id)) ??
      this.outbox.pending(ATTENDANCE_ANSWER, attendanceTarget(opened.type, opened.id, 'following'))
    );
  });
  readonly myAnswer = computed(() => this.pendingAnswer()?.status ?? this.me()?.status ?? null);
  readonly myComment = computed(() => {
    const pending = this.pendingAnswer();
    return pending ? (pending.comment ?? null) : (this.me()?.comment ?? null);
  });
  readonly answerPending = computed(() => this.pendingAnswer() !== undefined);
  /** A manager's cancel or delete. */
  readonly changing = this.change.state;

  constructor() {
    reloadOnDeliveredAnswer(() => this.resource.reload());
    refetchOn({
      bandId: () => this.event()?.bandId ?? null,
      types: ['rehearsal.changed', 'gig.changed', 'setlist.changed', 'attendance.changed'],
      concerns: (message) => (message.type === 'setlist.changed' ? message.gigId : message.id) === this.opened()?.id,
      refetch: () => this.reload(),
    });
  }

  open(type: EventType, id: string): void {
    this.change.reset();
    this.opened.set({ type, id });
  }

  reload(): void {
    this.resource.reload();
  }

  /** My answer with my comment, to this date or (a series) to it and the following ones. */
  answer(status: AttendanceStatus, comment: string, scope: SeriesScope, label: string): void {
    const opened = this.opened();
    if (!opened) return;
    void this.outbox.submit(ATTENDANCE_ANSWER, {
      type: opened.type,
      eventId: opened.id,
      status,
      comment,
      ...(scope === 'following' ? { scope } : {}),
      label,
    });
  }

  /** Managers: calls a rehearsal off (it stays listed, said cancelled). */
  cancelRehearsal(scope: SeriesScope): Promise<boolean> {
    const rehearsal = this.rehearsal();
    if (!rehearsal) return Promise.resolve(false);
    return this.change.run(async () => {
      const changed = await firstValueFrom(
        this.http.patch<Rehearsal>(rehearsalUrl(rehearsal.id), { status: 'cancelled' }, { params: { scope } }),
      );
      this.resource.set(changed);
    });
  }

  /** Managers: deletes the event (a date of a series alone, or with the following ones). */
  remove(scope: SeriesScope = 'this'): Promise<boolean> {
    const opened = this.opened();
    if (!opened) return Promise.resolve(false);
    const params: Record<string, string> = opened.type === 'rehearsal' ? { scope } : {};
    return this.change.run(() => firstValueFrom(this.http.delete<void>(urlOf(opened.type, opened.id), { params })));
  }
}
