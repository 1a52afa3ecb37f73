/**
 * Start-up work split into tasks of their own (ADR 0039): the browser paints and answers input
 * between them, and no single task blocks the main thread for the whole start-up.
 */
interface SchedulerWindow {
  scheduler?: { yield?: () => Promise<void> };
  requestIdleCallback?: (callback: () => void, options?: { timeout: number }) => number;
}

/** Resolves in a later task: `scheduler.yield()` (resumes before other queued work), else a timeout. */
export function yieldToMain(view: Window | null = globalThis.window ?? null): Promise<void> {
  const scheduler = (view as SchedulerWindow | null)?.scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve));
}

/** Runs `work` once the browser is idle (at most `timeout` ms later), else after a timeout. */
export function whenIdle(view: Window | null, work: () => void, timeout = 2_000): void {
  const idle = (view as SchedulerWindow | null)?.requestIdleCallback;
  if (idle) idle.call(view, work, { timeout });
  else setTimeout(work, 1);
}
