import type { JobSchedule } from './periodic-job.js';

const DAILY_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Hours and minutes of "HH:MM" (00:00 to 23:59), undefined for anything else. */
export function parseDailyTime(text: string): { hours: number; minutes: number } | undefined {
  const match = DAILY_TIME.exec(text);
  return match ? { hours: Number(match[1]), minutes: Number(match[2]) } : undefined;
}

/**
 * The start of the period `now` falls in: instances that agree on it run the job once for it. Daily
 * times are on the server's local clock; on a day when that time does not exist (a spring-forward
 * gap) the period starts just after the gap, as Date does.
 */
export function periodStart(schedule: JobSchedule, now: Date): Date {
  if ('everyMs' in schedule) {
    if (!Number.isInteger(schedule.everyMs) || schedule.everyMs <= 0) {
      throw new Error(`a job's period must be a positive number of milliseconds (got ${schedule.everyMs})`);
    }
    return new Date(Math.floor(now.getTime() / schedule.everyMs) * schedule.everyMs);
  }
  const time = parseDailyTime(schedule.dailyAt);
  if (!time) throw new Error(`a job's daily time must be HH:MM (got "${schedule.dailyAt}")`);
  const today = atLocalTime(now, 0, time.hours, time.minutes);
  return today <= now ? today : atLocalTime(now, -1, time.hours, time.minutes);
}

function atLocalTime(day: Date, dayOffset: number, hours: number, minutes: number): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + dayOffset, hours, minutes);
}
