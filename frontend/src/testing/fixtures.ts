import { HttpHeaders } from '@angular/common/http';
import { TestRequest } from '@angular/common/http/testing';

import { MeResponse, ProblemDetails } from '../app/core/api/api-types';

/** Object mother for GET /api/me. */
export function aMe(overrides: Partial<MeResponse> = {}): MeResponse {
  return {
    id: '0190c0de-0000-7000-8000-000000000001',
    username: 'alice',
    displayName: 'Alice',
    activeBandId: null,
    bands: [],
    preferences: { theme: 'system', locale: 'fr' },
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
