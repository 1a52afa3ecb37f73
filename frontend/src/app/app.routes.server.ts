import { RenderMode, ServerRoute } from '@angular/ssr';

/**
 * Prerendered at build time (ADR 0026): the guest pages, which need no data. Everything else is
 * rendered in the browser from index.csr.html.
 */
export const serverRoutes: ServerRoute[] = [
  { path: 'login', renderMode: RenderMode.Prerender },
  { path: 'register', renderMode: RenderMode.Prerender },
  { path: '**', renderMode: RenderMode.Client },
];
