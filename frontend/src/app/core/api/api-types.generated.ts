// Generated from the OpenAPI document (/api/openapi.json) by scripts/generate-api-types.mjs.
// Do not edit: change the backend DTOs, then run `npm run api:types`. A test fails when this file is stale.

export interface ActiveBandResponse {
  activeBandId: string;
}

export interface ActivityActorResponse {
  id: string;
  displayName: string;
}

export interface ActivityPageResponse {
  items: ActivityResponse[];
  nextCursor: string | null;
}

export interface ActivityResponse {
  id: string;
  at: string;
  actor: ActivityActorResponse | null;
  type: "band.formed" | "member.joined" | "member.left" | "member.removed" | "member.role-changed" | "suggestion.proposed" | "song.added" | "song.promoted" | "song.mastered" | "song.demoted" | "song.removed" | "rehearsal.planned" | "rehearsal.cancelled" | "rehearsal.removed" | "gig.planned" | "gig.cancelled" | "gig.removed" | "setlist.changed" | "attendance.answered";
  subject: ActivitySubjectResponse;
  detail: string | null;
  count: number | null;
}

export interface ActivitySubjectResponse {
  type: "member" | "suggestion" | "song" | "rehearsal" | "gig";
  id: string;
  title: string | null;
  startsAt: string | null;
}

export interface AddSongRequest {
  artist?: string | null;
  versionOf?: string | null;
  links?: string[];
  key?: string | null;
  bpm?: number | null;
  durationSec?: number | null;
  title: string;
}

export interface AgendaResponse {
  items: EventSummaryResponse[];
  nextCursor: string | null;
  timeZone: string;
}

export interface AnswerAttendanceRequest {
  status: "yes" | "maybe" | "no";
  comment?: string | null;
}

export interface AnsweredResponse {
  eventIds: string[];
  status: "yes" | "maybe" | "no";
  comment: string | null;
  answeredAt: string;
}

export interface AttendeeResponse {
  userId: string;
  displayName: string;
  status: "yes" | "maybe" | "no" | null;
  comment: string | null;
  answeredAt: string | null;
}

export interface AuthResponse {
  user: UserResponse;
}

export interface AuthorResponse {
  id: string;
  displayName: string;
}

export interface BackupFileResponse {
  name: string;
  takenAt: string;
  bytes: number;
}

export interface BackupRunResponse {
  startedAt: string;
  finishedAt: string | null;
  outcome: "running" | "succeeded" | "failed";
  message: string | null;
}

export interface BackupStatusResponse {
  dailyAt: string | null;
  keepDaily: number;
  keepWeekly: number;
  lastRun: BackupRunResponse | null;
  backups: BackupFileResponse[];
}

export interface BandResponse {
  id: string;
  name: string;
  description: string;
  template: "classic" | "groove" | "violet" | "image";
  logoUrl: string | null;
  timezone: string;
  language: "fr" | "en";
  inviteCode?: string;
}

export interface CalendarTokenResponse {
  url: string;
  webcalUrl: string;
}

export interface ChangeGigRequest {
  endsAt?: string | null;
  location?: string | null;
  notes?: string | null;
  address?: string | null;
  feeCents?: number | null;
  currency?: string;
  status?: "planned" | "confirmed" | "cancelled";
  title?: string;
  startsAt?: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface ChangeRehearsalRequest {
  endsAt?: string | null;
  location?: string | null;
  notes?: string | null;
  songIds?: string[];
  startsAt?: string;
  status?: "planned" | "cancelled";
}

export interface ChangeRoleRequest {
  role: "member" | "manager" | "admin";
}

export interface ChangeSongRequest {
  artist?: string | null;
  versionOf?: string | null;
  links?: string[];
  key?: string | null;
  bpm?: number | null;
  durationSec?: number | null;
  title?: string;
  mastered?: boolean;
}

export interface CreateBandRequest {
  name: string;
}

export interface CreatedBandResponse {
  band: BandResponse;
}

export interface DashboardResponse {
  timeZone: string;
  nextGig: EventSummaryResponse | null;
  nextRehearsal: EventSummaryResponse | null;
  topSuggestions: SuggestionDigestResponse[];
  songsToWork: SongDigestResponse[];
  pendingAnswers: EventSummaryResponse[];
}

export interface DeleteAccountRequest {
  password: string;
}

export interface DemotedSuggestionResponse {
  suggestion: SuggestionResponse;
}

export interface EditSuggestionRequest {
  artist?: string | null;
  versionOf?: string | null;
  links?: string[];
  comment?: string | null;
  title?: string;
}

export interface EventSummaryResponse {
  id: string;
  type: "rehearsal" | "gig";
  title: string | null;
  startsAt: string;
  endsAt: string | null;
  location: string | null;
  status: "planned" | "confirmed" | "cancelled";
  myAttendance: "yes" | "maybe" | "no" | null;
}

export interface FieldErrorResponse {
  field: string;
  message: string;
}

export interface GigResponse {
  id: string;
  bandId: string;
  startsAt: string;
  endsAt: string | null;
  timeZone: string;
  location: string | null;
  notes: string | null;
  attendance: AttendeeResponse[];
  title: string;
  address: string | null;
  feeCents: number | null;
  currency: string;
  status: "planned" | "confirmed" | "cancelled";
  setlist: SetlistResponse;
}

export interface HealthResponse {
  status: "ok" | "error";
  database: "up" | "down" | "not-used";
}

export interface InvitationResponse {
  bandName: string;
  memberCount: number;
}

export interface InviteCodeResponse {
  inviteCode: string;
}

export interface JoinBandRequest {
  inviteCode: string;
}

export interface JoinedBandResponse {
  band: BandResponse;
  role: "member" | "manager" | "admin";
}

export interface LiveAttendanceMessage {
  type: "attendance.changed";
  bandId: string;
  at: string;
  eventType: "rehearsal" | "gig";
  id: string;
  userId: string;
  status: "yes" | "maybe" | "no";
}

export interface LiveBandMessage {
  type: "band.updated" | "band.removed";
  bandId: string;
  at: string;
}

export interface LiveEventMessage {
  type: "rehearsal.changed" | "gig.changed";
  bandId: string;
  at: string;
  id: string;
}

export interface LiveHelloMessage {
  type: "hello";
  at: string;
  bands: string[];
}

export interface LiveMemberMessage {
  type: "member.joined" | "member.left" | "member.role-changed";
  bandId: string;
  at: string;
  userId: string;
}

export type LiveMessage = LiveHelloMessage | LivePongMessage | LiveSuggestionMessage | LiveVoteMessage | LiveSongMessage | LiveProgressMessage | LiveMemberMessage | LiveBandMessage | LiveEventMessage | LiveSetlistMessage | LiveAttendanceMessage;

export interface LivePongMessage {
  type: "pong";
  at: string;
}

export interface LiveProgressMessage {
  type: "progress.changed";
  bandId: string;
  at: string;
  songId: string;
  bandAverageLevel: number | null;
}

export interface LiveSetlistMessage {
  type: "setlist.changed";
  bandId: string;
  at: string;
  gigId: string;
}

export interface LiveSongMessage {
  type: "song.created" | "song.updated" | "song.deleted";
  bandId: string;
  at: string;
  songId: string;
}

export interface LiveSuggestionMessage {
  type: "suggestion.created" | "suggestion.updated" | "suggestion.deleted";
  bandId: string;
  at: string;
  suggestionId: string;
}

export interface LiveVoteMessage {
  type: "vote.changed";
  bandId: string;
  at: string;
  suggestionId: string;
  votes: number;
}

export interface LogInRequest {
  username: string;
  password: string;
}

export interface MeResponse {
  id: string;
  username: string;
  displayName: string;
  activeBandId: string | null;
  bands: MyBandResponse[];
  preferences: PreferencesResponse;
}

export interface MemberResponse {
  userId: string;
  displayName: string;
  role: "member" | "manager" | "admin";
  joinedAt: string;
}

export interface MyBandResponse {
  id: string;
  name: string;
  role: "member" | "manager" | "admin";
}

export interface MyBandSummaryResponse {
  id: string;
  name: string;
  role: "member" | "manager" | "admin";
  memberCount: number;
}

export interface MyProgressResponse {
  level: number;
  note: string | null;
}

export interface PlanGigRequest {
  endsAt?: string | null;
  location?: string | null;
  notes?: string | null;
  address?: string | null;
  feeCents?: number | null;
  currency?: string;
  status?: "planned" | "confirmed" | "cancelled";
  title: string;
  startsAt: string;
}

export interface PlanRehearsalsRequest {
  endsAt?: string | null;
  location?: string | null;
  notes?: string | null;
  songIds?: string[];
  startsAt: string;
  repeat?: RepeatRequest;
}

export interface PlayerResponse {
  url: string;
  provider: "youtube" | "spotify";
  embedUrl: string;
}

export interface PreferencesRequest {
  theme?: "light" | "dark" | "system";
  locale?: "fr" | "en";
}

export interface PreferencesResponse {
  theme: "light" | "dark" | "system";
  locale: "fr" | "en";
}

export interface ProblemDetailsResponse {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: FieldErrorResponse[];
}

export interface PromotedSongResponse {
  song: SongResponse;
}

export interface ProposalReasonResponse {
  code: "in-next-gig-not-mastered" | "low-band-average" | "not-rehearsed-for-long" | "never-rehearsed";
  gigTitle?: string;
  gigStartsAt?: string;
  average?: number;
  days?: number;
}

export interface ProposeSuggestionRequest {
  artist?: string | null;
  versionOf?: string | null;
  links?: string[];
  comment?: string | null;
  title: string;
}

export interface RegisterRequest {
  username: string;
  password: string;
  displayName?: string;
}

export interface RehearsalListResponse {
  items: RehearsalResponse[];
}

export interface RehearsalResponse {
  id: string;
  bandId: string;
  startsAt: string;
  endsAt: string | null;
  timeZone: string;
  location: string | null;
  notes: string | null;
  attendance: AttendeeResponse[];
  seriesId: string | null;
  songIds: string[];
  status: "planned" | "cancelled";
  seriesEnd: SeriesEndResponse | null;
}

export interface RepeatRequest {
  every: "week" | "fortnight";
  until: string;
}

export interface ResetPasswordRequest {
  token: string;
  newPassword: string;
}

export interface SaveSetlistRequest {
  items: SetlistItemRequest[];
}

export interface SeriesEndResponse {
  laterDates: number;
  lastStartsAt: string;
}

export interface SetActiveBandRequest {
  bandId: string;
}

export interface SetProgressRequest {
  level: number;
  note?: string | null;
}

export interface SetResponse {
  label: string | null;
  songCount: number;
  totalSeconds: number;
  untimedSongs: number;
}

export interface SetlistItemRequest {
  songId?: string;
  break?: true;
  label?: string | null;
}

export interface SetlistItemResponse {
  type: "song" | "break";
  songId?: string;
  title?: string;
  artist?: string | null;
  key?: string | null;
  bpm?: number | null;
  durationSec?: number | null;
  label?: string | null;
}

export interface SetlistResponse {
  items: SetlistItemResponse[];
  sets: SetResponse[];
  totalSeconds: number;
  untimedSongs: number;
}

export interface SongDigestResponse {
  id: string;
  title: string;
  artist: string | null;
  myLevel: number | null;
  bandAverageLevel: number | null;
}

export interface SongListResponse {
  items: SongSummaryResponse[];
  nextCursor: string | null;
}

export interface SongProposalResponse {
  songId: string;
  title: string;
  reason: ProposalReasonResponse;
}

export interface SongResponse {
  id: string;
  title: string;
  artist: string | null;
  versionOf: string | null;
  links: string[];
  players: PlayerResponse[];
  key: string | null;
  bpm: number | null;
  durationSec: number | null;
  mastered: boolean;
  votesAtPromotion: number | null;
  createdAt: string;
  myProgress: MyProgressResponse | null;
  levels: number[];
  bandAverageLevel: number | null;
  ratedBy: number;
}

export interface SongSummaryResponse {
  id: string;
  title: string;
  artist: string | null;
  key: string | null;
  bpm: number | null;
  durationSec: number | null;
  links: string[];
  players: PlayerResponse[];
  mastered: boolean;
  myLevel: number | null;
  bandAverageLevel: number | null;
  ratedBy: number;
}

export interface SuggestionDigestResponse {
  id: string;
  title: string;
  artist: string | null;
  votes: number;
  votedByMe: boolean;
}

export interface SuggestionPageResponse {
  items: SuggestionResponse[];
  nextCursor: string | null;
}

export interface SuggestionResponse {
  id: string;
  title: string;
  artist: string | null;
  versionOf: string | null;
  links: string[];
  players: PlayerResponse[];
  comment: string | null;
  createdBy: AuthorResponse | null;
  createdAt: string;
  votes: number;
  votedByMe: boolean;
}

export interface UpdateBandRequest {
  name?: string;
  description?: string;
  template?: "classic" | "groove" | "violet" | "image";
  logoUrl?: string | null;
  timezone?: string;
  language?: "fr" | "en";
}

export interface UpdateMeRequest {
  displayName?: string;
  preferences?: PreferencesRequest;
}

export interface UserResponse {
  id: string;
  username: string;
  displayName: string;
}

export interface VoteResponse {
  votes: number;
  votedByMe: boolean;
}
