import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const TOP = 25;

/** Where a function lives: its npm package, the app's own code, Node's core, or V8's own buckets. */
function areaOf({ functionName, url }: ProfileNode['callFrame']): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return inPackage[1]!;
  if (url.startsWith('node:')) return 'node core';
  if (url.includes('/dist/server/')) return 'bandtrack';
  return url;
}

/**
 * The busy time (idle left out) of the newest `.cpuprofile` in `dir`, by package and by function,
 * from the samples' own (self) time.
 */
export async function summarizeProfile(dir: string): Promise<string> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.cpuprofile'));
  if (files.length === 0) return `no CPU profile in ${dir}`;
  const dated = await Promise.all(files.map(async (file) => ({ file, time: (await stat(join(dir, file))).mtimeMs })));
  const newest = dated.sort((a, b) => b.time - a.time)[0]!.file;
  const profile = JSON.parse(await readFile(join(dir, newest), 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  profile.samples.forEach((id, index) => {
    const frame = nodes.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return;
    const micros = profile.timeDeltas[index] ?? 0;
    busy += micros;
    const area = areaOf(frame);
    byArea.set(area, (byArea.get(area) ?? 0) + micros);
    const where = frame.url
      ? `${frame.url.replace(/^.*node_modules\//, '').replace(/^.*dist\/server\//, '')}:${frame.lineNumber + 1}`
      : '';
    const key = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  });
  const table = (entries: Map<string, number>) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, TOP)
      .map(([name, micros]) => `${((100 * micros) / busy).toFixed(1).padStart(5)} %  ${name}`)
      .join('\n');
  return [
    `CPU profile ${join(dir, newest)}: ${(busy / 1e6).toFixed(1)} s busy`,
    'self time by area:',
    table(byArea),
    'self time by function:',
    table(byFunction),
  ].join('\n');
}
