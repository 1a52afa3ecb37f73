import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let version: string | undefined;

/** BandTrack's version, from the package.json above this file (in the sources, dist/server or the image). */
export function appVersion(): string {
  if (version) return version;
  for (let dir = dirname(fileURLToPath(import.meta.url)); dirname(dir) !== dir; dir = dirname(dir)) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (manifest.name === 'bandtrack' && manifest.version) return (version = manifest.version);
    } catch {
      // no package.json here: look higher
    }
  }
  return (version = 'unknown');
}
