import { ApiProperty } from '@nestjs/swagger';
import type { Page } from '../../../../shared/application/page-cursor.js';
import type { ActivityView } from '../../application/ports/activity.repository.js';
import { ACTIVITY_TYPES, type ActivityType, SUBJECT_TYPES, type SubjectType } from '../../domain/activity-entry.js';

export class ActivityActorResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'As the member is called today' })
  displayName: string;
}

export class ActivitySubjectResponse {
  @ApiProperty({ enum: SUBJECT_TYPES })
  type: SubjectType;

  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'A song’s, suggestion’s or gig’s title when it happened (it may be gone since); a member’s name ' +
      'today (null once their account is deleted); null for a rehearsal.',
  })
  title: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'A rehearsal’s or gig’s start' })
  startsAt: string | null;
}

export class ActivityResponse implements ActivityView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ type: ActivityActorResponse, nullable: true, description: 'Null once their account is deleted' })
  actor: ActivityActorResponse | null;

  @ApiProperty({ enum: ACTIVITY_TYPES })
  type: ActivityType;

  @ApiProperty({ type: ActivitySubjectResponse })
  subject: ActivitySubjectResponse;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'member.role-changed: the new role; attendance.answered: yes, maybe or no',
  })
  detail: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Rehearsals: how many dates of a series the action covered (1 for one date)',
  })
  count: number | null;
}

export class ActivityPageResponse implements Page<ActivityView> {
  @ApiProperty({ type: [ActivityResponse], description: 'Newest first' })
  items: ActivityResponse[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass it as `cursor` for the next page; null on the last.',
  })
  nextCursor: string | null;
}
