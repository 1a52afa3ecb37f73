import { setTimeout as sleep } from 'node:timers/promises';
import { LiveClient, type LiveMessage } from '../../support/live-client.js';
import { percentiles } from '../load.js';
import { seedRepertoireBand } from '../repertoire-fixture.js';
import type { AppScenario } from '../scenario.js';

const MEMBERS = 200;
const CONNECTIONS = 20;
const MEMBERS_PER_CONNECTION = MEMBERS / CONNECTIONS;
const SECONDS = 10;
/** Between the starts of one connection's votes: paced, so the 200 sockets of this one process keep up. */
const INTERVAL_MS = 100;
const OPEN_BATCH = 20;
const DELIVERY_GRACE_MS = 2000;

/** One acknowledged vote or unvote: when its answer arrived, and the count it left. */
interface Vote {
  votes: number;
  answeredAt: number;
}

/**
 * Every member of one band holds a socket on /api/live while 20 connections vote and unvote through
 * HTTP. Connection c owns suggestion c and its 10 members (c, c + 20, ...): they vote in turn, then
 * unvote in turn, one request at a time, so every request changes the count and the n-th
 * `vote.changed` of suggestion c on a socket is the n-th answer of connection c.
 */
const scenario: AppScenario = {
  description: `${MEMBERS} members of one band, one /api/live socket each; ${CONNECTIONS} connections vote and unvote for ${SECONDS} s (one request every ${INTERVAL_MS} ms each); from each vote's HTTP answer to its vote.changed on the last socket`,

  async run(context) {
    const band = await seedRepertoireBand(context, { members: MEMBERS, suggestions: CONNECTIONS });
    const rssBefore = await context.app.memory();
    const sockets: LiveClient[] = [];
    for (let i = 0; i < MEMBERS; i += OPEN_BATCH) {
      const batch = band.members.slice(i, i + OPEN_BATCH);
      sockets.push(...(await Promise.all(batch.map((member) => LiveClient.open(context.app.url, member.cookie)))));
    }
    const rssOpen = await context.app.memory();

    const votes: Vote[][] = Array.from({ length: CONNECTIONS }, () => []);
    const deadline = performance.now() + SECONDS * 1000;
    let failures = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async (_, connection) => {
        const suggestionId = band.suggestions[connection]!;
        const own = votes[connection]!;
        for (let turn = 0; performance.now() < deadline; turn++) {
          const started = performance.now();
          const step = turn % (2 * MEMBERS_PER_CONNECTION);
          const voting = step < MEMBERS_PER_CONNECTION;
          const member = band.members[connection + CONNECTIONS * (step % MEMBERS_PER_CONNECTION)]!;
          const response = await fetch(`${context.app.url}/api/suggestions/${suggestionId}/vote`, {
            method: voting ? 'POST' : 'DELETE',
            headers: { cookie: member.cookie! },
          });
          await response.arrayBuffer();
          if (!response.ok) {
            failures += 1;
            break;
          }
          const votesLeft = voting ? step + 1 : 2 * MEMBERS_PER_CONNECTION - step - 1;
          own.push({ votes: votesLeft, answeredAt: performance.now() });
          await sleep(Math.max(0, started + INTERVAL_MS - performance.now()));
        }
      }),
    );
    await waitForDelivery(sockets, votes.flat().length);
    const rssAfter = await context.app.memory();
    for (const socket of sockets) await socket.close();

    const { delays, received, wrong } = lastArrivals(sockets, band.suggestions, votes);
    const expected = votes.flat().length * sockets.length;
    const { p50, p99 } = percentiles(delays);
    const max = delays.reduce((a, b) => Math.max(a, b), 0);
    console.log(`sockets open: ${sockets.length} (each got its hello)`);
    console.log(
      `votes: ${votes.flat().length} acknowledged (${(votes.flat().length / SECONDS).toFixed(0)}/s), ${failures} failed`,
    );
    console.log(`vote.changed: ${received} received of ${expected} expected, ${wrong} with an unexpected count`);
    console.log(
      `HTTP answer → last socket, ms: p50 ${p50.toFixed(1)}  p99 ${p99.toFixed(1)}  max ${max.toFixed(1)}  (over ${delays.length} votes heard on every socket)`,
    );
    const mib = (memory: { rssMiB: number }) => memory.rssMiB.toFixed(0);
    console.log(
      `app RSS MiB: ${mib(rssBefore)} before the sockets, ${mib(rssOpen)} with them open, ${mib(rssAfter)} after the storm (peak ${rssAfter.peakMiB.toFixed(0)})`,
    );
    if (failures > 0 || received !== expected || wrong > 0) {
      throw new Error('votes failed or live messages were lost: the figures above do not count');
    }
  },
};

const isVoteChanged = (message: LiveMessage) => message.type === 'vote.changed';

/** Until every socket has as many vote.changed as votes were acknowledged, or the grace period ends. */
async function waitForDelivery(sockets: LiveClient[], votes: number): Promise<void> {
  const deadline = performance.now() + DELIVERY_GRACE_MS;
  while (performance.now() < deadline) {
    if (sockets.every((socket) => socket.messages.filter(isVoteChanged).length >= votes)) return;
    await sleep(50);
  }
}

/**
 * For each vote heard on every socket, the time from its HTTP answer to its arrival on the last
 * socket (negative when every socket heard it before the answer arrived).
 */
function lastArrivals(
  sockets: LiveClient[],
  suggestions: string[],
  votes: Vote[][],
): { delays: number[]; received: number; wrong: number } {
  const last = votes.map((own) => own.map(() => -Infinity));
  const heard = votes.map((own) => own.map(() => 0));
  const connectionOf = new Map(suggestions.map((id, connection) => [id, connection]));
  let received = 0;
  let wrong = 0;
  for (const socket of sockets) {
    const seen = votes.map(() => 0);
    socket.messages.forEach((message, index) => {
      if (!isVoteChanged(message)) return;
      received += 1;
      const connection = connectionOf.get(message.suggestionId as string);
      const vote = connection === undefined ? undefined : votes[connection]![seen[connection]!];
      if (connection === undefined || vote?.votes !== message.votes) {
        wrong += 1;
        return;
      }
      heard[connection]![seen[connection]!]! += 1;
      last[connection]![seen[connection]!] = Math.max(last[connection]![seen[connection]!]!, socket.receivedAt[index]!);
      seen[connection]! += 1;
    });
  }
  const delays = votes.flatMap((own, connection) =>
    own.flatMap((vote, n) =>
      heard[connection]![n] === sockets.length ? [last[connection]![n]! - vote.answeredAt] : [],
    ),
  );
  return { delays, received, wrong };
}

export default scenario;
