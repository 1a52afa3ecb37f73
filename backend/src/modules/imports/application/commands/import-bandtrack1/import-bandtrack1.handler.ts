import { Inject } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '../../../../../shared/application/clock.js';
import { UNIT_OF_WORK, type UnitOfWork } from '../../../../../shared/application/unit-of-work.js';
import { DomainError } from '../../../../../shared/domain/domain-error.js';
import { fittedText, type TextShape } from '../../../../../shared/domain/text.js';
import {
  BAND_NAME_MAX_LENGTH,
  ChangeMemberRoleCommand,
  CreateBandCommand,
  DESCRIPTION_MAX_LENGTH,
  GetBandQuery,
  JoinBandCommand,
  UpdateBandSettingsCommand,
} from '../../../../bands/public-api.js';
import { ImportUserCommand } from '../../../../identity/public-api.js';
import {
  AddSongCommand,
  ARTIST_MAX_LENGTH,
  CastVoteCommand,
  ChangeSongCommand,
  NOTE_MAX_LENGTH,
  ProposeSuggestionCommand,
  SetProgressCommand,
  SONG_TITLE_MAX_LENGTH,
} from '../../../../repertoire/public-api.js';
import {
  EVENT_TITLE_MAX_LENGTH,
  LOCATION_MAX_LENGTH,
  PlanGigCommand,
  PlanRehearsalsCommand,
  SaveSetlistCommand,
} from '../../../../schedule/public-api.js';
import { type BandPlan, planBands } from '../../../domain/band-plan.js';
import type { ImportReport } from '../../../domain/import-report.js';
import type { OriginalDatabase } from '../../../domain/original-database.js';
import { jsonObject, setlistIds } from '../../../domain/original-json.js';
import { originalTime } from '../../../domain/original-time.js';
import { progressEntries } from '../../../domain/progress-entries.js';
import { IMPORT_ORIGIN_REPOSITORY, type ImportOriginRepository } from '../../ports/import-origin.repository.js';
import { ORIGINAL_DATABASE_READER, type OriginalDatabaseReader } from '../../ports/original-database.reader.js';
import { ImportBandtrack1Command } from './import-bandtrack1.command.js';
import { ImportRun } from './import-run.js';

/** The original hashed every password with PBKDF2-HMAC-SHA256 at this cost. */
const ORIGINAL_ITERATIONS = 100_000;
/** Join requests are counted per client address; the import is one client of its own. */
const IMPORT_ADDRESS = 'import:bandtrack1';

/** A band being filled: its id here, its founder (the actor of every manager's step), its members. */
interface BandInProgress {
  readonly plan: BandPlan;
  readonly bandId: string;
  readonly founder: string;
  readonly timezone: string;
  /** original user id → user id here, for the members of this band only */
  readonly members: ReadonlyMap<number, string>;
}

/**
 * Brings an original BandTrack database in through each context's own commands, so every rule
 * applies (names, lengths, links, roles), all in one unit of work: all of it lands, or none. What a
 * rule refuses is fitted (text cleaned and cut, a bad link or logo left out) and said in the report.
 * Rows an earlier import of the same source brought are recognised and left as they are (ADR 0049).
 */
@CommandHandler(ImportBandtrack1Command)
export class ImportBandtrack1Handler implements ICommandHandler<ImportBandtrack1Command> {
  constructor(
    @Inject(ORIGINAL_DATABASE_READER) private readonly reader: OriginalDatabaseReader,
    @Inject(IMPORT_ORIGIN_REPOSITORY) private readonly origins: ImportOriginRepository,
    @Inject(UNIT_OF_WORK) private readonly unitOfWork: UnitOfWork,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  async execute(command: ImportBandtrack1Command): Promise<ImportReport> {
    const original = await this.reader.read(command.path);
    return this.unitOfWork.run(async () => {
      const source = original.fingerprint;
      const run = new ImportRun(source, await this.origins.originsOf(source), this.origins);
      await this.importUsers(original, run);
      const plans = planBands(original);
      plans.notices.forEach((notice) => run.notice(notice));
      for (const plan of plans.bands) {
        const band = await this.importBand(plan, run);
        if (!band) continue;
        await this.importSuggestions(original, band, run);
        await this.importSongs(original, band, run);
        await this.importGigs(original, band, run);
        await this.importRehearsals(original, band, run);
      }
      return run.report();
    });
  }

  private async importUsers(original: OriginalDatabase, run: ImportRun): Promise<void> {
    for (const user of original.users) {
      await run.once('users → accounts', 'user', user.id, async () => {
        const imported = await this.commands.execute(
          new ImportUserCommand(
            user.username,
            { iterations: ORIGINAL_ITERATIONS, salt: user.salt, hash: user.passwordHash },
            this.clock.now(),
          ),
        );
        if (imported.username !== user.username) run.renamed(user.username, imported.username);
        return imported.userId;
      });
    }
  }

  private async importBand(plan: BandPlan, run: ImportRun): Promise<BandInProgress | null> {
    const where = `group ${plan.groupId}`;
    const founder = run.idOf('user', plan.founderId)!;
    const bandId = await run.once('groups → bands', 'band', plan.groupId, async () => {
      const name =
        fitted(run, `${where}, name`, plan.name, 'single-line', BAND_NAME_MAX_LENGTH) || `Groupe ${plan.groupId}`;
      const band = await this.commands.execute(new CreateBandCommand(founder, name));
      const description =
        plan.description &&
        fitted(run, `${where}, description`, plan.description, 'multi-line', DESCRIPTION_MAX_LENGTH);
      await this.withoutRefused(run, where, 'logoUrl', plan.logoUrl, (logoUrl) =>
        this.commands.execute(
          new UpdateBandSettingsCommand(founder, band.id, {
            template: plan.template,
            ...(description ? { description } : {}),
            ...(logoUrl ? { logoUrl } : {}),
          }),
        ),
      );
      return band.id;
    });
    let details;
    try {
      details = await this.queries.execute(new GetBandQuery(founder, bandId));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      run.notice(`${where}: its founder is no longer in the band here, nothing more is brought into it`);
      return null;
    }
    const members = new Map([[plan.founderId, founder]]);
    // The band was founded with its founder as admin: their membership came with it.
    await run.once('memberships → members', 'membership', `${plan.groupId}:${plan.founderId}`, async () => {
      return `${bandId}:${founder}`;
    });
    for (const member of plan.members) {
      const userId = run.idOf('user', member.userId)!;
      members.set(member.userId, userId);
      await run.once('memberships → members', 'membership', `${plan.groupId}:${member.userId}`, async () => {
        if (!details.inviteCode) throw new Error(`${where}: its founder is no longer an admin of the band here`);
        await this.commands.execute(new JoinBandCommand(userId, details.inviteCode, IMPORT_ADDRESS));
        if (member.role !== 'member') {
          await this.commands.execute(new ChangeMemberRoleCommand(founder, bandId, userId, member.role));
        }
        return `${bandId}:${userId}`;
      });
    }
    return { plan, bandId, founder, timezone: details.timezone, members };
  }

  private async importSuggestions(original: OriginalDatabase, band: BandInProgress, run: ImportRun): Promise<void> {
    const suggestions = original.suggestions.filter((suggestion) => suggestion.groupId === band.plan.groupId);
    for (const suggestion of suggestions) {
      const where = `suggestion ${suggestion.id}`;
      const suggestionId = await run.once('suggestions', 'suggestion', suggestion.id, async () => {
        let author = band.members.get(suggestion.creatorId);
        if (!author) {
          run.notice(`${where}: its author is not a member of the band, proposed by its founder`);
          author = band.founder;
        }
        const details = this.songDetails(run, where, suggestion);
        const links = unique([suggestion.youtube, suggestion.url]);
        const view = await this.withoutRefused(run, where, 'links', links, (kept) =>
          this.commands.execute(
            new ProposeSuggestionCommand(author, band.bandId, { ...details, links: kept ?? [] }, null),
          ),
        );
        return view.id;
      });
      for (const vote of original.votes.filter((row) => row.suggestionId === suggestion.id)) {
        const voter = band.members.get(vote.userId);
        if (!voter) {
          run.notice(`${where}: the vote of user ${vote.userId}, not a member of the band, is left out`);
          continue;
        }
        await run.once('suggestion_votes → votes', 'vote', `${suggestion.id}:${vote.userId}`, async () => {
          await this.commands.execute(new CastVoteCommand(voter, suggestionId));
          return `${suggestionId}:${voter}`;
        });
      }
    }
  }

  private async importSongs(original: OriginalDatabase, band: BandInProgress, run: ImportRun): Promise<void> {
    const usernames = new Map(original.users.map((user) => [user.username, user.id]));
    for (const song of original.songs.filter((row) => row.groupId === band.plan.groupId)) {
      const where = `rehearsal ${song.id} (${song.title})`;
      const songId = await run.once('rehearsals → songs', 'song', song.id, async () => {
        const details = this.songDetails(run, where, song);
        const links = unique([song.youtube, song.spotify]);
        const view = await this.withoutRefused(run, where, 'links', links, (kept) =>
          this.commands.execute(new AddSongCommand(band.founder, band.bandId, { ...details, links: kept ?? [] }, {})),
        );
        if (song.mastered)
          await this.commands.execute(new ChangeSongCommand(band.founder, view.id, { mastered: true }));
        if (Object.keys(jsonObject(song.audioNotesJson) ?? {}).length > 0)
          run.notice(`${where}: its audio notes are not brought in`);
        return view.id;
      });
      const { entries, notices } = progressEntries(song.levelsJson, song.notesJson);
      notices.forEach((notice) => run.notice(`${where}: ${notice}`));
      for (const entry of entries) {
        const originalUserId = usernames.get(entry.username);
        const member = originalUserId === undefined ? undefined : band.members.get(originalUserId);
        if (!member) {
          run.notice(`${where}: the level of ${entry.username}, not a member of the band, is left out`);
          continue;
        }
        await run.once(
          'levels_json, notes_json → levels and notes',
          'progress',
          `${song.id}:${originalUserId}`,
          async () => {
            const note =
              entry.note &&
              fitted(run, `${where}, note of ${entry.username}`, entry.note, 'multi-line', NOTE_MAX_LENGTH);
            await this.commands.execute(new SetProgressCommand(member, songId, entry.level, note || null));
            return `${songId}:${member}`;
          },
        );
      }
    }
  }

  private async importGigs(original: OriginalDatabase, band: BandInProgress, run: ImportRun): Promise<void> {
    for (const performance of original.performances.filter((row) => row.groupId === band.plan.groupId)) {
      const where = `performance ${performance.id}`;
      const startsAt = this.startOf(run, where, performance.date, band);
      if (!startsAt) continue;
      await run.once('performances → gigs', 'gig', performance.id, async () => {
        const title =
          fitted(run, `${where}, name`, performance.name, 'single-line', EVENT_TITLE_MAX_LENGTH) || 'Concert';
        const gig = await this.commands.execute(
          new PlanGigCommand(band.founder, band.bandId, {
            title,
            startsAt,
            location: this.location(run, where, performance.location),
          }),
        );
        const songIds = setlistIds(performance.songsJson).flatMap((originalId) => {
          const songId = run.idOf('song', originalId);
          if (!songId) run.notice(`${where}: song ${originalId} of its setlist no longer exists, left out`);
          return songId ? [{ songId }] : [];
        });
        if (songIds.length > 0) await this.commands.execute(new SaveSetlistCommand(band.founder, gig.id, songIds));
        return gig.id;
      });
    }
  }

  private async importRehearsals(original: OriginalDatabase, band: BandInProgress, run: ImportRun): Promise<void> {
    for (const event of original.rehearsalEvents.filter((row) => row.groupId === band.plan.groupId)) {
      const where = `rehearsal_event ${event.id}`;
      const startsAt = this.startOf(run, where, event.date, band);
      if (!startsAt) continue;
      await run.once('rehearsal_events → rehearsals', 'rehearsal', event.id, async () => {
        const [rehearsal] = await this.commands.execute(
          new PlanRehearsalsCommand(
            band.founder,
            band.bandId,
            { startsAt, location: this.location(run, where, event.location) },
            null,
          ),
        );
        return rehearsal!.id;
      });
    }
  }

  private songDetails(
    run: ImportRun,
    where: string,
    row: { title: string; author: string | null; versionOf: string | null },
  ): { title: string; artist: string | null; versionOf: string | null } {
    return {
      title: fitted(run, `${where}, title`, row.title, 'single-line', SONG_TITLE_MAX_LENGTH) || 'Sans titre',
      artist: row.author && fitted(run, `${where}, author`, row.author, 'single-line', ARTIST_MAX_LENGTH),
      versionOf: row.versionOf && fitted(run, `${where}, version_of`, row.versionOf, 'single-line', ARTIST_MAX_LENGTH),
    };
  }

  private location(run: ImportRun, where: string, location: string | null): string | null {
    return location && (fitted(run, `${where}, location`, location, 'single-line', LOCATION_MAX_LENGTH) || null);
  }

  /** The original's local time read on the band's clock; null (and said) when it is no date. */
  private startOf(run: ImportRun, where: string, date: string, band: BandInProgress): Date | null {
    const time = originalTime(date, band.timezone);
    if (!time) run.notice(`${where}: its date "${date}" is not a date, left out`);
    else if (time.timeAssumed) run.notice(`${where}: no time on ${date}, put at 20:00 (${band.timezone})`);
    return time?.instant ?? null;
  }

  /**
   * Runs `step` with the value; when the context refuses that field, runs it again without it and
   * says so: the rule stays the context's own (what a link or a logo address may be).
   */
  private async withoutRefused<V, T>(
    run: ImportRun,
    where: string,
    field: string,
    value: V | null,
    step: (value: V | null) => Promise<T>,
  ): Promise<T> {
    try {
      return await step(value);
    } catch (error) {
      if (!(error instanceof DomainError) || !error.field?.startsWith(field) || value === null) throw error;
      run.notice(`${where}: ${error.message} Left out: ${JSON.stringify(value)}`);
      return step(null);
    }
  }
}

/** The text as the rule accepts it; what had to change (beyond surrounding white space) is said. */
function fitted(run: ImportRun, where: string, raw: string, shape: TextShape, max: number): string {
  const value = fittedText(raw, shape, max);
  const plain = shape === 'single-line' ? raw.trim().replace(/\s+/g, ' ') : raw.replace(/\r\n?/g, '\n').trim();
  if (value !== plain) run.notice(`${where}: ${JSON.stringify(raw)} became ${JSON.stringify(value)}`);
  return value;
}

function unique(values: readonly (string | null)[]): string[] {
  return [...new Set(values.flatMap((value) => (value && value.trim() ? [value.trim()] : [])))];
}
