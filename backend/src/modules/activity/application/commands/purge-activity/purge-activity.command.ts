import { Command } from '@nestjs/cqrs';

/**
 * Deletes every band's activity older than the retention (ACTIVITY_RETENTION_DAYS); answers how many
 * entries went. One statement: two instances running it at once delete each entry once between them.
 */
export class PurgeActivityCommand extends Command<number> {}
