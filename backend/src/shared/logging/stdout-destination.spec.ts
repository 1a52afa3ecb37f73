import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from '@jest/globals';

const destination = fileURLToPath(new URL('./stdout-destination.ts', import.meta.url));

/** Runs `body` in a Node process that has a logger on stdoutDestination(); answers what it printed. */
function run(body: string): Promise<{ stdout: string; signal: NodeJS.Signals | null; code: number | null }> {
  const script = `
    import { pino } from 'pino';
    import { stdoutDestination } from ${JSON.stringify(destination)};
    const logger = pino({}, stdoutDestination());
    ${body}`;
  return new Promise((done) => {
    const child = execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], (_, stdout) =>
      done({ stdout, signal: child.signalCode, code: child.exitCode }),
    );
  });
}

describe('stdoutDestination', () => {
  it('writes lines in batches, not one system call each', async () => {
    const killedAtOnce = await run(`logger.info('buffered'); process.kill(process.pid, 'SIGKILL');`);
    expect(killedAtOnce.signal).toBe('SIGKILL');
    expect(killedAtOnce.stdout).toBe('');
  });

  it('writes a quiet server’s lines within a second', async () => {
    const killedLater = await run(
      `logger.info('quiet'); setTimeout(() => process.kill(process.pid, 'SIGKILL'), 1500);`,
    );
    expect(killedLater.stdout).toContain('"msg":"quiet"');
  });

  it('writes what is buffered when the process exits, after a crash too', async () => {
    const exited = await run(`logger.info('last words'); process.exit(0);`);
    expect(exited.stdout).toContain('"msg":"last words"');
    const crashed = await run(`logger.info('before the crash'); setImmediate(() => { throw new Error('boom'); });`);
    expect(crashed.code).toBe(1);
    expect(crashed.stdout).toContain('"msg":"before the crash"');
  });
});
