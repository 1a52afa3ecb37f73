import { registerLocaleData } from '@angular/common';
import { HttpTestingController } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import localeFr from '@angular/common/locales/fr';

import {
  aMeInABand,
  aSuggestion,
  BAND_ID,
  bandTestProviders,
  settle,
  startSession,
  textOf,
  typeInto,
} from '../../../testing/fixtures';
import { BandRole } from '../../core/api/api-types';
import { provideOutboxKinds } from '../../core/offline/outbox';
import { OnlineStatus } from '../../core/pwa/online-status';
import { SUGGESTION_VOTE } from '../suggestion-vote';
import { SuggestionList } from './suggestion-list';

const mine = aSuggestion({ id: 's1', title: 'Seven Nation Army', votes: 2 });
const bobs = aSuggestion({ id: 's2', title: 'Valerie', votes: 0, createdBy: { id: 'bob', displayName: 'Bob' } });

// Dates and decimals in French, as main.ts registers them.
registerLocaleData(localeFr, 'fr');

describe('SuggestionList', () => {
  let fixture: ComponentFixture<SuggestionList>;
  let root: HTMLElement;
  let http: HttpTestingController;
  let online: ReturnType<typeof signal<boolean>>;

  async function open(role: BandRole): Promise<void> {
    online = signal(true);
    TestBed.configureTestingModule({
      imports: [SuggestionList],
      providers: [
        ...bandTestProviders(),
        provideRouter([]),
        { provide: OnlineStatus, useValue: { online, settled: () => Promise.resolve(online()) } },
        provideOutboxKinds(SUGGESTION_VOTE),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    await startSession(aMeInABand(role));
    fixture = TestBed.createComponent(SuggestionList);
    root = fixture.nativeElement;
    TestBed.tick();
    http.expectOne(`/api/bands/${BAND_ID}/suggestions?sort=votes`).flush({ items: [mine, bobs], nextCursor: null });
    await settle();
    await fixture.whenStable();
  }

  const cardOf = (id: string) => root.querySelector<HTMLElement>(`[data-suggestion-id=${id}]`)!;
  const voteOf = (id: string) => cardOf(id).querySelector<HTMLButtonElement>('[data-testid=vote]')!;

  beforeEach(() => localStorage.clear());
  afterEach(() => http.verify());

  it('votes in one tap: the count changes before the server answers', async () => {
    await open('member');
    voteOf('s1').click();
    await fixture.whenStable();
    expect(textOf(cardOf('s1'), '[data-testid=vote-count]')).toBe('3');
    expect(voteOf('s1').getAttribute('aria-pressed')).toBe('true');
    expect(voteOf('s1').getAttribute('aria-label')).toBe('Retirer mon vote pour « Seven Nation Army »');

    http.expectOne({ method: 'POST', url: '/api/suggestions/s1/vote' }).flush({ votes: 4, votedByMe: true });
    await settle();
    await fixture.whenStable();
    expect(textOf(cardOf('s1'), '[data-testid=vote-count]')).toBe('4');
    expect(cardOf('s1').querySelector('[data-testid=vote-pending]')).toBeNull();
  });

  it('marks a vote made offline as pending', async () => {
    await open('member');
    online.set(false);
    TestBed.tick();
    voteOf('s2').click();
    await fixture.whenStable();
    expect(textOf(cardOf('s2'), '[data-testid=vote-count]')).toBe('1');
    expect(textOf(cardOf('s2'), '[data-testid=vote-pending]')).toContain('Vote en attente');
    // The other writes need the server.
    expect(root.querySelector<HTMLButtonElement>('[data-testid=new-suggestion]')!.disabled).toBe(true);
  });

  it('gives a member edit and delete on their own suggestions only, and no promote', async () => {
    await open('member');
    expect(cardOf('s1').querySelector('[data-testid=edit-suggestion]')).not.toBeNull();
    expect(cardOf('s1').querySelector('[data-testid=delete-suggestion]')).not.toBeNull();
    expect(cardOf('s2').querySelector('[data-testid=edit-suggestion]')).toBeNull();
    expect(root.querySelector('[data-testid=promote-suggestion]')).toBeNull();
  });

  it('gives a manager every action on every suggestion', async () => {
    await open('manager');
    expect(cardOf('s2').querySelector('[data-testid=edit-suggestion]')).not.toBeNull();
    expect(cardOf('s2').querySelector('[data-testid=promote-suggestion]')).not.toBeNull();
  });

  it('proposes a suggestion from the form, and shows the server field errors under their field', async () => {
    await open('member');
    root.querySelector<HTMLButtonElement>('[data-testid=new-suggestion]')!.click();
    await fixture.whenStable();
    typeInto(root, 'input[name=title]', 'Africa');
    typeInto(root, 'textarea[name=links]', 'https://example.com/a');
    root.querySelector<HTMLButtonElement>('[data-testid=save-suggestion]')!.click();
    const post = http.expectOne({ method: 'POST', url: `/api/bands/${BAND_ID}/suggestions` });
    expect(post.request.body).toEqual({
      title: 'Africa',
      artist: null,
      versionOf: null,
      links: ['https://example.com/a'],
      comment: null,
    });
    post.flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'Invalid',
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'links.0', message: 'This host is not allowed.' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();
    await fixture.whenStable();
    expect(textOf(root, '#suggestion-links-error')).toBe('This host is not allowed.');
    expect(root.querySelector('textarea[name=links]')!.getAttribute('aria-invalid')).toBe('true');
  });
});
