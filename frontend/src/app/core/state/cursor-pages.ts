import { HttpClient, httpResource, HttpResourceRequest } from '@angular/common/http';
import { computed, inject, linkedSignal, Signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { Action } from './action-state';

/** A page of a list that can grow (API.md: `{items, nextCursor}`). */
export interface CursorPage<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

export interface CursorPagesOptions<Q> {
  /** What is listed (band, order, search…); undefined while there is nothing to read. */
  readonly query: () => Q | undefined;
  /** GET of one page of that query (the service worker keeps each page read). */
  readonly request: (query: Q, cursor: string | null) => HttpResourceRequest;
  /** Runs "load more", so that the screen shows it pending or why it failed. */
  readonly more: Action<unknown>;
}

/**
 * A list read page by page: the first page is an httpResource keyed on the query; the pages read
 * after it with "load more" are kept beside it and dropped when the query changes. An item that
 * moved between pages (its sort key changed meanwhile) shows once. Built in an injection context.
 */
export class CursorPages<Q, T extends { readonly id: string }> {
  private readonly http = inject(HttpClient);
  private readonly query = computed(() => this.options.query());
  private readonly firstPage = httpResource<CursorPage<T>>(() => {
    const query = this.query();
    return query ? this.options.request(query, null) : undefined;
  });
  private readonly nextPages = linkedSignal<Q | undefined, readonly CursorPage<T>[]>({
    source: this.query,
    computation: () => [],
  });
  private readonly pages = computed<readonly CursorPage<T>[]>(() =>
    this.firstPage.hasValue() ? [this.firstPage.value(), ...this.nextPages()] : [],
  );

  readonly items: Signal<readonly T[]> = computed(() => {
    const seen = new Set<string>();
    const items: T[] = [];
    for (const item of this.pages().flatMap((page) => page.items)) {
      if (seen.has(item.id)) continue;
      seen.add(item.id);
      items.push(item);
    }
    return items;
  });
  readonly loading = this.firstPage.isLoading;
  readonly error = this.firstPage.error;
  readonly hasMore = computed(() => (this.pages().at(-1)?.nextCursor ?? null) !== null);

  constructor(private readonly options: CursorPagesOptions<Q>) {}

  reload(): void {
    this.nextPages.set([]);
    this.firstPage.reload();
  }

  /** Reads the page after the last one read. */
  loadMore(): Promise<boolean> {
    const query = this.query();
    const cursor = this.pages().at(-1)?.nextCursor;
    if (!query || !cursor || this.options.more.pending()) return Promise.resolve(false);
    return this.options.more.run(async () => {
      const { url, params } = this.options.request(query, cursor);
      const page = await firstValueFrom(this.http.get<CursorPage<T>>(url, { params }));
      if (this.query() === query) this.nextPages.update((pages) => [...pages, page]);
    });
  }

  /** A new item at the top of the first page. */
  prepend(item: T): void {
    if (this.firstPage.hasValue()) this.firstPage.update((page) => page && { ...page, items: [item, ...page.items] });
  }

  /** Changes the items read (an answer from the server, one gone). */
  update(change: (items: T[]) => T[]): void {
    if (this.firstPage.hasValue()) this.firstPage.update((page) => page && { ...page, items: change(page.items) });
    this.nextPages.update((pages) => pages.map((page) => ({ ...page, items: change(page.items) })));
  }
}
