import { execFile } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';

// A smoke check of `npm run lighthouse`: one run produces the three scores for one page. The
// targets (docs/perf.md) are a benchmark on a quiet machine, not a timed test.
const TIMEOUT_MS = 480_000; // a loaded 2-core machine took 150 s

describe('npm run lighthouse', () => {
  it(
    'audits the login page and prints its performance, accessibility and best-practices scores',
    async () => {
      const stdout = await new Promise<string>((resolve, reject) =>
        execFile(
          process.execPath,
          ['scripts/lighthouse.mjs', '--page', '/login', '--runs', '1', '--json'],
          { timeout: TIMEOUT_MS, maxBuffer: 1024 * 1024 },
          (error, out) => (error ? reject(error) : resolve(out)),
        ),
      );
      const scores = JSON.parse(stdout) as Record<string, Record<string, number>>;
      expect(Object.keys(scores)).toEqual(['/login']);
      expect(Object.keys(scores['/login']!).sort()).toEqual(['accessibility', 'best-practices', 'performance']);
      for (const score of Object.values(scores['/login']!)) {
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThan(0);
        expect(score).toBeLessThanOrEqual(100);
      }
    },
    TIMEOUT_MS,
  );
});
