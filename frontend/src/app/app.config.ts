import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  ApplicationConfig,
  DOCUMENT,
  EnvironmentInjector,
  inject,
  isDevMode,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
  runInInjectionContext,
} from '@angular/core';
import {
  provideClientHydration,
  withI18nSupport,
  withNoHttpTransferCache,
  withNoIncrementalHydration,
} from '@angular/platform-browser';
import {
  provideRouter,
  RouterFeatures,
  TitleStrategy,
  withComponentInputBinding,
  withInMemoryScrolling,
} from '@angular/router';
import { provideServiceWorker } from '@angular/service-worker';

import { routes } from './app.routes';
import { authInterceptor } from './core/auth/auth-interceptor';
import { earlyResponseInterceptor, forgetEarlyResponsesOnceStable } from './core/api/early-responses';
import { ActiveBand } from './core/band/active-band';
import { LiveConnection } from './core/live/live-connection';
import { PageTitleStrategy } from './core/navigation/page-title-strategy';
import { provideOutboxKinds } from './core/offline/outbox';
import { yieldToMain } from './core/browser/yield-to-main';
import { AppUpdates } from './core/pwa/app-updates';
import { SessionStore } from './core/session/session-store';
import { ThemeService } from './core/theme/theme-service';
import { SONG_LEVEL } from './repertoire/song-level';
import { SUGGESTION_VOTE } from './suggestions/suggestion-vote';
import { ATTENDANCE_ANSWER } from './schedule/attendance-answer';

/** The app's providers, in the browser and at prerendering; `routerFeatures` adds to the router's. */
export const appConfig = (...routerFeatures: RouterFeatures[]): ApplicationConfig => ({
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    // The prerendered guest pages (ADR 0026) are hydrated; index.csr.html carries no hydration data,
    // so every other page renders as before. They fetch nothing at build time: no transfer cache.
    provideClientHydration(withI18nSupport(), withNoHttpTransferCache(), withNoIncrementalHydration()),
    provideRouter(
      routes,
      withComponentInputBinding(),
      withInMemoryScrolling({ scrollPositionRestoration: 'enabled', anchorScrolling: 'enabled' }),
      ...routerFeatures,
    ),
    { provide: TitleStrategy, useClass: PageTitleStrategy },
    // Last: what boot.js asked for early passes through the others as the network's answer would.
    provideHttpClient(withInterceptors([authInterceptor, earlyResponseInterceptor])),
    provideOutboxKinds(SUGGESTION_VOTE, SONG_LEVEL, ATTENDANCE_ANSWER),
    // registerWhenStable relies on ApplicationRef.whenStable(), which zoneless apps resolve from
    // pending tasks (no zone needed); 30 s caps the wait.
    provideServiceWorker('ngsw-worker.js', {
      enabled: !isDevMode(),
      registrationStrategy: 'registerWhenStable:30000',
    }),
    // The start-up's work in tasks of their own after the router's (ADR 0039, ADR 0055): the browser
    // paints and answers input between them. The root component is created a task after the session.
    provideAppInitializer(async () => {
      const injector = inject(EnvironmentInjector);
      const view = inject(DOCUMENT).defaultView;
      const inATaskOfItsOwn = async <T>(work: () => T): Promise<T> => {
        await yieldToMain(view);
        return runInInjectionContext(injector, work);
      };
      const { session } = await inATaskOfItsOwn(() => {
        inject(ThemeService);
        forgetEarlyResponsesOnceStable();
        inject(AppUpdates);
        // Who is signed in decides the first route; GET /api/me never rejects (401 → signed out).
        return { session: inject(SessionStore).load() };
      });
      await inATaskOfItsOwn(() => {
        // Reads the active band and applies its template whenever the session's choice changes.
        inject(ActiveBand);
        // One live connection while signed in (ADR 0047); nothing on the server-side render.
        inject(LiveConnection).start();
      });
      await session;
      await yieldToMain(view);
    }),
  ],
});
