/**
 * The API types the app uses, by their plain names. The shapes come from the OpenAPI document:
 * `api-types.generated.ts` is written by `npm run api:types` (scripts/generate-api-types.mjs) and a
 * test fails when it is stale. This file only gives the app stable names for them, so every
 * per-feature `*-api.ts` service imports from here.
 */
import type {
  ActivityResponse,
  AttendeeResponse,
  BackupStatusResponse,
  BandResponse,
  CalendarTokenResponse,
  DashboardResponse,
  DemotedSuggestionResponse,
  EventSummaryResponse,
  FieldErrorResponse,
  GigResponse,
  LogInRequest,
  MemberResponse,
  MyBandResponse,
  MyBandSummaryResponse,
  PreferencesResponse,
  ProblemDetailsResponse,
  PromotedSongResponse,
  RehearsalResponse,
  RepeatRequest,
  SetlistItemResponse,
  SetlistResponse,
  SetResponse,
  SongResponse,
  SongSummaryResponse,
  SuggestionResponse,
} from './api-types.generated';

export type {
  ActiveBandResponse,
  AddSongRequest,
  AuthResponse,
  BandResponse,
  ChangePasswordRequest,
  ChangeSongRequest,
  CreatedBandResponse,
  DeleteAccountRequest,
  EditSuggestionRequest,
  InvitationResponse,
  InviteCodeResponse,
  JoinedBandResponse,
  MeResponse,
  MemberResponse,
  ProposeSuggestionRequest,
  RegisterRequest,
  ResetPasswordRequest,
  SetProgressRequest,
  UpdateBandRequest,
  UpdateMeRequest,
  VoteResponse,
  AnsweredResponse,
  PlanGigRequest,
  PlanRehearsalsRequest,
  RehearsalListResponse,
  LiveHelloMessage,
  LiveMessage,
  LivePongMessage,
} from './api-types.generated';

export type LoginRequest = LogInRequest;
export type Preferences = PreferencesResponse;
export type Theme = PreferencesResponse['theme'];
export type Locale = PreferencesResponse['locale'];
/** A band of the signed-in user, as GET /api/me lists it. */
export type MyBandSummary = MyBandResponse;
/** A band of the signed-in user with its size, as GET /api/bands lists it. */
export type MyBandWithCount = MyBandSummaryResponse;
export type BandRole = MyBandResponse['role'];
export type Band = BandResponse;
export type BandTemplate = BandResponse['template'];
/** The language of the band's exports (PDF, CSV). */
export type BandLanguage = BandResponse['language'];
export type Member = MemberResponse;
export type FieldError = FieldErrorResponse;
export type Suggestion = SuggestionResponse;
/** GET /api/bands/{id}/suggestions `sort`: most voted first (ties: newest first), or newest first. */
export type SuggestionSort = 'votes' | 'recent';

export type SongSummary = SongSummaryResponse;
/** A line of the band's activity log (GET /api/bands/{id}/activity). */
export type Activity = ActivityResponse;
export type Song = SongResponse;

export type PromotedSong = PromotedSongResponse;
export type DemotedSuggestion = DemotedSuggestionResponse;
export type SongStatus = 'learning' | 'mastered';
/** GET /api/bands/{id}/songs `sort`: by title, or by my level or the band's average, lowest (not rated) first. */
export type SongSort = 'title' | 'myLevel' | 'bandAverage';

/** GET /api/bands/{id}/dashboard: the band's home screen. */
export type Dashboard = DashboardResponse;
/** A rehearsal or a gig as the home screen shows it. */
export type EventSummary = EventSummaryResponse;
export type CalendarToken = CalendarTokenResponse;
/** GET /api/operations/backup: the nightly backup's rule, its last run and the archives kept (band admins). */
export type BackupStatus = BackupStatusResponse;
export type EventType = EventSummaryResponse['type'];
export type AttendanceStatus = NonNullable<EventSummaryResponse['myAttendance']>;
/** A member's answer to a rehearsal or a gig (status null: not answered). */
export type Attendee = AttendeeResponse;
/** GET /api/gigs/{id}: the gig, its setlist and every member's answer. */
export type Gig = GigResponse;
export type GigStatus = GigResponse['status'];
/** GET /api/rehearsals/{id}: the date, the songs to work on and every member's answer. */
export type Rehearsal = RehearsalResponse;
export type Setlist = SetlistResponse;
export type SetlistItem = SetlistItemResponse;
/** The songs between two breaks, timed. */
export type SetlistSet = SetResponse;
/** A series: every week or fortnight. */
export type RepeatEvery = RepeatRequest['every'];
/** PATCH/DELETE /api/rehearsals/{id} `scope` for a date of a series: it alone, or it and the later ones. */
export type RehearsalScope = 'this' | 'following';

/** RFC 9457 problem details (`application/problem+json`). */
export type ProblemDetails = ProblemDetailsResponse;

/** Stable error codes the app reacts to (domain errors carry their context prefix). */
export const ErrorCode = {
  validationFailed: 'VALIDATION_FAILED',
  usernameTaken: 'IDENTITY.USERNAME_TAKEN',
  invalidCredentials: 'IDENTITY.INVALID_CREDENTIALS',
  wrongPassword: 'IDENTITY.WRONG_PASSWORD',
  invalidUsername: 'IDENTITY.INVALID_USERNAME',
  invalidDisplayName: 'IDENTITY.INVALID_DISPLAY_NAME',
  invalidPassword: 'IDENTITY.INVALID_PASSWORD',
  rateLimited: 'RATE_LIMITED',
  bandNotFound: 'BANDS.BAND_NOT_FOUND',
  insufficientRole: 'BANDS.INSUFFICIENT_ROLE',
  memberNotFound: 'BANDS.MEMBER_NOT_FOUND',
  inviteCodeNotFound: 'BANDS.INVITE_CODE_NOT_FOUND',
  invalidInviteCode: 'BANDS.INVALID_INVITE_CODE',
  resetTokenInvalid: 'IDENTITY.RESET_TOKEN_INVALID',
  samePassword: 'IDENTITY.SAME_PASSWORD',
  lastAdmin: 'BANDS.LAST_ADMIN',
  ownRole: 'BANDS.OWN_ROLE',
  invalidBandSetting: 'BANDS.INVALID_SETTING',
  suggestionNotFound: 'REPERTOIRE.SUGGESTION_NOT_FOUND',
  songNotFound: 'REPERTOIRE.SONG_NOT_FOUND',
  notTheAuthor: 'REPERTOIRE.NOT_THE_AUTHOR',
  invalidRepertoireField: 'REPERTOIRE.INVALID_FIELD',
  gigNotFound: 'SCHEDULE.GIG_NOT_FOUND',
  rehearsalNotFound: 'SCHEDULE.REHEARSAL_NOT_FOUND',
  adminsOnly: 'OPERATIONS.ADMINS_ONLY',
} as const;

/** Roles in a band, lowest first; each has every right of the roles before it. */
export const BAND_ROLES: readonly BandRole[] = ['member', 'manager', 'admin'];
export const BAND_TEMPLATES: readonly BandTemplate[] = ['classic', 'groove', 'violet', 'image'];
