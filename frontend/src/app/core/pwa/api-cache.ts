/**
 * Forgets the API answers the service worker keeps for offline use (its data groups), so that a
 * signed-out device does not show the previous user's data when offline. Entries are deleted
 * rather than whole caches: the worker keeps its caches open, and deleting an entry through another
 * handle on the same cache is seen by the worker at once.
 */
export async function clearCachedApiResponses(storage: CacheStorage | undefined = globalThis.caches): Promise<void> {
  if (!storage) return;
  try {
    const names = (await storage.keys()).filter((name) => name.startsWith('ngsw:') && name.includes(':data:'));
    await Promise.all(
      names.map(async (name) => {
        const cache = await storage.open(name);
        const requests = await cache.keys();
        await Promise.all(requests.map((request) => cache.delete(request)));
      }),
    );
  } catch {
    // Storage unavailable (private mode, no service worker): nothing was cached.
  }
}
