import { Inject, Injectable } from '@nestjs/common';
import { USER_PROFILE_READER, type UserProfileReader } from '../../../../identity/public-api.js';
import type {
  ActivityPosition,
  ActivityRepository,
  ActivityView,
} from '../../../application/ports/activity.repository.js';
import type { ActivityEntry } from '../../../domain/activity-entry.js';

const newestFirst = (a: ActivityEntry, b: ActivityEntry) =>
  b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

const isAfter = (entry: ActivityEntry, { at, id }: ActivityPosition) =>
  entry.at.getTime() < at.getTime() || (entry.at.getTime() === at.getTime() && entry.id < id);

/** The log in a list, names read from identity as they are today (an actor whose account is gone: null). */
@Injectable()
export class InMemoryActivityRepository implements ActivityRepository {
  private readonly entries: ActivityEntry[] = [];

  constructor(@Inject(USER_PROFILE_READER) private readonly profiles: UserProfileReader) {}

  async record(entry: ActivityEntry): Promise<void> {
    this.entries.push({ ...entry, subject: { ...entry.subject } });
  }

  async page(bandId: string, after: ActivityPosition | null, limit: number): Promise<ActivityView[]> {
    const entries = this.entries
      .filter((entry) => entry.bandId === bandId && (!after || isAfter(entry, after)))
      .sort(newestFirst)
      .slice(0, limit);
    return Promise.all(entries.map((entry) => this.view(entry)));
  }

  async purgeBefore(before: Date): Promise<number> {
    const kept = this.entries.filter((entry) => entry.at >= before);
    const purged = this.entries.length - kept.length;
    this.entries.splice(0, this.entries.length, ...kept);
    return purged;
  }

  private async view(entry: ActivityEntry): Promise<ActivityView> {
    const actor = await this.profiles.findProfile(entry.actorId);
    const { subject } = entry;
    const member = subject.type === 'member' ? await this.profiles.findProfile(subject.id) : null;
    return {
      id: entry.id,
      at: entry.at.toISOString(),
      actor: actor ? { id: actor.id, displayName: actor.displayName } : null,
      type: entry.type,
      subject: {
        type: subject.type,
        id: subject.id,
        title: subject.title ?? member?.displayName ?? null,
        startsAt: subject.startsAt?.toISOString() ?? null,
      },
      detail: entry.detail,
      count: entry.count,
    };
  }
}
