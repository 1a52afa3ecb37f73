import { HttpHeaders, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { EnvironmentProviders, LOCALE_ID, Provider } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import {
  Band,
  MeResponse,
  Member,
  MyBandWithCount,
  ProblemDetails,
  Song,
  SongSummary,
  Suggestion,
} from '../app/core/api/api-types';
import { ActiveBand } from '../app/core/band/active-band';
import { PAGE_RELOAD } from '../app/core/browser/page-reload';
import { CONNECTIVITY_PROBE } from '../app/core/pwa/online-status';
import { SessionStore } from '../app/core/session/session-store';

export const BAND_ID = '0190c0de-0000-7000-8000-00000000b001';
export const OTHER_BAND_ID = '0190c0de-0000-7000-8000-00000000b002';
export const ME_ID = '0190c0de-0000-7000-8000-000000000001';

/** Object mother for GET /api/me. */
export function aMe(overrides: Partial<MeResponse> = {}): MeResponse {
  return {
    id: ME_ID,
    username: 'alice',
    displayName: 'Alice',
    activeBandId: null,
    bands: [],
    preferences: { theme: 'system', locale: 'fr' },
    ...overrides,
  };
}

/** GET /api/me of a member of one band (admin unless told). */
export function aMeInABand(role: Member['role'] = 'admin', overrides: Partial<MeResponse> = {}): MeResponse {
  return aMe({ activeBandId: BAND_ID, bands: [{ id: BAND_ID, name: 'Les Rythmes', role }], ...overrides });
}

/** Object mother for GET /api/bands/{id} (an admin's view, with the invitation code). */
export function aBand(overrides: Partial<Band> = {}): Band {
  return {
    id: BAND_ID,
    name: 'Les Rythmes',
    description: 'Du funk le jeudi soir.',
    template: 'classic',
    logoUrl: null,
    timezone: 'Europe/Paris',
    language: 'fr',
    inviteCode: 'K7RD9-PXM4H',
    ...overrides,
  };
}

export function aMember(overrides: Partial<Member> = {}): Member {
  return {
    userId: ME_ID,
    displayName: 'Alice',
    role: 'admin',
    joinedAt: '2026-11-01T18:00:00.000Z',
    ...overrides,
  };
}

export function aBandWithCount(overrides: Partial<MyBandWithCount> = {}): MyBandWithCount {
  return { id: BAND_ID, name: 'Les Rythmes', role: 'admin', memberCount: 3, ...overrides };
}

export function aSuggestion(overrides: Partial<Suggestion> = {}): Suggestion {
  return {
    id: '0190c0de-0000-7000-8000-00000000c001',
    title: 'Seven Nation Army',
    artist: 'The White Stripes',
    versionOf: null,
    links: [],
    players: [],
    comment: null,
    createdBy: { id: ME_ID, displayName: 'Alice' },
    createdAt: '2026-11-20T18:00:00.000Z',
    votes: 2,
    votedByMe: false,
    ...overrides,
  };
}

export function aSong(overrides: Partial<Song> = {}): Song {
  return {
    id: '0190c0de-0000-7000-8000-00000000d001',
    title: 'Superstition',
    artist: 'Stevie Wonder',
    versionOf: null,
    links: [],
    players: [],
    key: 'Mi bémol mineur',
    bpm: 100,
    durationSec: 245,
    mastered: false,
    votesAtPromotion: 3,
    createdAt: '2026-11-20T18:00:00.000Z',
    myProgress: null,
    levels: [],
    bandAverageLevel: null,
    ratedBy: 0,
    ...overrides,
  };
}

/** A song as the repertoire list shows it: no key, tempo or duration, nobody's level yet. */
export function aSongSummary(overrides: Partial<SongSummary> & Pick<SongSummary, 'id' | 'title'>): SongSummary {
  return {
    artist: null,
    key: null,
    bpm: null,
    durationSec: null,
    links: [],
    players: [],
    mastered: false,
    myLevel: null,
    bandAverageLevel: null,
    ratedBy: 0,
    ...overrides,
  };
}

export function aProblem(status: number, code: string, extra: Partial<ProblemDetails> = {}): ProblemDetails {
  return { type: 'about:blank', title: code, status, detail: code, code, ...extra };
}

/** Answers a pending request with problem+json. */
export function failWith(request: TestRequest, problem: ProblemDetails, headers: Record<string, string> = {}): void {
  request.flush(problem, {
    status: problem.status,
    statusText: problem.title,
    headers: new HttpHeaders({ 'Content-Type': 'application/problem+json', ...headers }),
  });
}

/** A fetch answer, as boot.js leaves them for the app (jsdom has no fetch Response): what is read of one. */
export function aFetchResponse(status: number, body: unknown): Response {
  return { ok: status >= 200 && status < 300, status, statusText: '', json: async () => body } as Response;
}

/** Lets promises and the zoneless scheduler settle. */
export async function settle(rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** Types into an input or select the way a user would (value + input/change events). */
export function typeInto(root: HTMLElement, selector: string, value: string): void {
  const element = root.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
  if (!element) throw new Error(`no element ${selector}`);
  element.value = value;
  element.dispatchEvent(new Event(element instanceof HTMLSelectElement ? 'change' : 'input'));
  element.dispatchEvent(new Event('blur'));
}

export function textOf(root: HTMLElement, selector: string): string {
  return root.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Common providers of the band specs: HTTP testing, French, no reload, online. */
export function bandTestProviders(): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(),
    provideHttpClientTesting(),
    { provide: LOCALE_ID, useValue: 'fr' },
    { provide: PAGE_RELOAD, useValue: jest.fn() },
    { provide: CONNECTIVITY_PROBE, useValue: () => Promise.resolve(true) },
  ];
}

/** Signs in as `me` (GET /api/me); with an active band, also answers its GET with `band`. */
export async function startSession(
  me: MeResponse,
  band: Band | null = me.activeBandId ? aBand() : null,
): Promise<void> {
  const http = TestBed.inject(HttpTestingController);
  const loading = TestBed.inject(SessionStore).load();
  http.expectOne('/api/me').flush(me);
  await loading;
  TestBed.inject(ActiveBand);
  TestBed.tick();
  if (me.activeBandId && band) {
    http.expectOne({ method: 'GET', url: `/api/bands/${me.activeBandId}` }).flush(band);
    await settle();
  }
}
