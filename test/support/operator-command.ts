import { execFile } from 'node:child_process';
import { delimiter, dirname } from 'node:path';
import { childEnvironment } from './server-process.js';

/** What an operator command printed, and how it ended. */
export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** How long an operator command may take: the first one compiles dist/server when it is out of date. */
export const OPERATOR_COMMAND_TIMEOUT_MS = 240_000;

/**
 * An operator command in its own process, as an operator runs it: `npm run SCRIPT -- ARGS` with `npm`,
 * else `node scripts/cli.mjs ARGS` (what those scripts run). It has this process's environment with
 * `env` over it (`undefined` removes a variable: DATABASE_URL, say), and runs on this Node.
 */
export function runOperatorCommand(
  command: { npm: string } | { cli: string },
  args: string[],
  env: Record<string, string | undefined>,
  timeout = OPERATOR_COMMAND_TIMEOUT_MS,
): Promise<CommandResult> {
  const [file, fileArgs] =
    'npm' in command
      ? ['npm', ['run', '--silent', command.npm, '--', ...args]]
      : [process.execPath, ['scripts/cli.mjs', command.cli, ...args]];
  const childEnv = childEnvironment({ ...env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH}` });
  return new Promise((done) => {
    execFile(file, fileArgs, { env: childEnv, timeout }, (error, stdout, stderr) =>
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}
