import { httpResource } from '@angular/common/http';
import { computed, Injectable, signal } from '@angular/core';

import { retryAfterMinutes, toApiFailure } from '../core/api/api-failure';
import { InvitationResponse } from '../core/api/api-types';
import { genericFailureMessage } from '../core/api/failure-messages';
import { rateLimitedMessage } from '../auth/auth-messages';
import { invitationGoneMessage } from './bands-messages';

/** Why an invitation could not be read: its code is dead (a sentence saying so), or not now. */
export interface InvitationFailure {
  /** The code works no more (unknown, renewed, band deleted): waiting will not help. */
  readonly gone: boolean;
  readonly message: string;
}

/**
 * The invitation a link opens, read before anyone signs in (GET /api/invites/{code}, public): the
 * band's name and how many members it has. Provided by the join page; nothing is asked until a
 * code is given.
 */
@Injectable()
export class InvitationStore {
  private readonly code = signal<string | null>(null);
  private readonly lookup = httpResource<InvitationResponse>(() => {
    const code = this.code();
    return code ? `/api/invites/${encodeURIComponent(code)}` : undefined;
  });

  readonly invitation = computed(() => (this.lookup.hasValue() ? this.lookup.value() : null));
  readonly failure = computed<InvitationFailure | null>(() =>
    this.lookup.status() === 'error' ? describe(this.lookup.error()) : null,
  );

  /** Reads the invitation of `code` (already normalized); null forgets it. */
  lookUp(code: string | null): void {
    this.code.set(code);
  }

  /** Asks again after a failure that was not the code's (network, wait after a 429). */
  retry(): void {
    this.lookup.reload();
  }
}

function describe(error: unknown): InvitationFailure {
  const failure = toApiFailure(error);
  // 400 too: a malformed code is refused before the request, so that would be the server's rule.
  if (failure.status === 404 || failure.status === 400) return { gone: true, message: invitationGoneMessage() };
  if (failure.status === 429) return { gone: false, message: rateLimitedMessage(retryAfterMinutes(failure)) };
  return { gone: false, message: genericFailureMessage(failure) };
}
