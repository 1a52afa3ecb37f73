import { Activity } from '../core/api/api-types';
import { fullDay } from '../schedule/event-when';

/** What someone did, after their name: « a suggéré « Creep » », on the band's clock for a date. */
export function activityText(item: Activity, locale: string, timeZone: string): string {
  const { subject, count } = item;
  const title = subject.title ?? '';
  const member = subject.title ?? $localize`:@@activity.formerMemberObject:un ancien membre`;
  const day = subject.startsAt ? fullDay(locale, timeZone).format(new Date(subject.startsAt)) : '';
  const many = (count ?? 1) > 1;
  switch (item.type) {
    case 'band.formed':
      return $localize`:@@activity.bandFormed:a formé le groupe`;
    case 'member.joined':
      return $localize`:@@activity.memberJoined:a rejoint le groupe`;
    case 'member.left':
      return $localize`:@@activity.memberLeft:a quitté le groupe`;
    case 'member.removed':
      return $localize`:@@activity.memberRemoved:a retiré ${member}:member: du groupe`;
    case 'member.role-changed':
      return $localize`:@@activity.roleChanged:a donné à ${member}:member: le rôle ${roleName(item.detail)}:role:`;
    case 'suggestion.proposed':
      return $localize`:@@activity.suggestionProposed:a suggéré « ${title}:title: »`;
    case 'song.added':
      return $localize`:@@activity.songAdded:a ajouté « ${title}:title: » au répertoire`;
    case 'song.promoted':
      return $localize`:@@activity.songPromoted:a fait passer « ${title}:title: » au répertoire`;
    case 'song.mastered':
      return $localize`:@@activity.songMastered:a marqué « ${title}:title: » comme maîtrisé`;
    case 'song.demoted':
      return $localize`:@@activity.songDemoted:a renvoyé « ${title}:title: » aux suggestions`;
    case 'song.removed':
      return $localize`:@@activity.songRemoved:a retiré « ${title}:title: » du répertoire`;
    case 'rehearsal.planned':
      return many
        ? $localize`:@@activity.rehearsalsPlanned:a prévu ${count}:count: répétitions à partir du ${day}:day:`
        : $localize`:@@activity.rehearsalPlanned:a prévu une répétition le ${day}:day:`;
    case 'rehearsal.cancelled':
      return many
        ? $localize`:@@activity.rehearsalsCancelled:a annulé ${count}:count: répétitions à partir du ${day}:day:`
        : $localize`:@@activity.rehearsalCancelled:a annulé la répétition du ${day}:day:`;
    case 'rehearsal.removed':
      return many
        ? $localize`:@@activity.rehearsalsRemoved:a supprimé ${count}:count: répétitions à partir du ${day}:day:`
        : $localize`:@@activity.rehearsalRemoved:a supprimé la répétition du ${day}:day:`;
    case 'gig.planned':
      return $localize`:@@activity.gigPlanned:a prévu le concert « ${title}:title: » le ${day}:day:`;
    case 'gig.cancelled':
      return $localize`:@@activity.gigCancelled:a annulé le concert « ${title}:title: »`;
    case 'gig.removed':
      return $localize`:@@activity.gigRemoved:a supprimé le concert « ${title}:title: »`;
    case 'setlist.changed':
      return $localize`:@@activity.setlistChanged:a modifié la setlist de « ${title}:title: »`;
    case 'attendance.answered':
      return answerText(item.detail, subject.type === 'gig' ? theGig(title) : rehearsalOn(day));
  }
}

function theGig(title: string): string {
  return $localize`:@@activity.theGig:« ${title}:title: »`;
}

function rehearsalOn(day: string): string {
  return $localize`:@@activity.theRehearsalOn:la répétition du ${day}:day:`;
}

function answerText(status: string | null, event: string): string {
  if (status === 'yes') return $localize`:@@activity.answeredYes:viendra à ${event}:event:`;
  if (status === 'maybe') return $localize`:@@activity.answeredMaybe:viendra peut-être à ${event}:event:`;
  return $localize`:@@activity.answeredNo:ne viendra pas à ${event}:event:`;
}

function roleName(role: string | null): string {
  if (role === 'admin') return $localize`:@@activity.roleAdmin:admin`;
  if (role === 'manager') return $localize`:@@activity.roleManager:manager`;
  return $localize`:@@activity.roleMember:membre`;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** How long ago, in words (« il y a 5 minutes », « hier »), up to a week; older: null (the date says it). */
export function timeAgo(at: string, now: Date, locale: string): string | null {
  const elapsed = now.getTime() - new Date(at).getTime();
  const words = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (elapsed < MINUTE) return words.format(0, 'second');
  if (elapsed < HOUR) return words.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return words.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < 7 * DAY) return words.format(-Math.floor(elapsed / DAY), 'day');
  return null;
}
