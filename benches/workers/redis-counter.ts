import Redis from 'ioredis';

/**
 * Preloaded (`node -r`) into a bench's child process: counts every command the process's ioredis clients send
 * (BullMQ's included), so Redis traffic is attributed to this process alone even on a Redis others share.
 * A command is one request answered by Redis (an EVALSHA counts once, whatever its script runs inside Redis);
 * a round trip is one wait for replies: a lone command, or a whole pipeline / MULTI…EXEC block sent in one write.
 * The parent asks for the running totals over IPC (`{ type: 'redis-counts' }`).
 */
export interface RedisCounts {
  commands: number;
  roundTrips: number;
  byCommand: Record<string, number>;
}

const counts: RedisCounts = { commands: 0, roundTrips: 0, byCommand: {} };
const pipelines = new WeakSet<object>();

type SendCommand = (this: Redis, command: { name: string }, stream?: { isPipeline?: boolean }) => unknown;
const prototype = Redis.prototype as unknown as { sendCommand: SendCommand };
const original = prototype.sendCommand;
prototype.sendCommand = function (command, stream) {
  counts.commands += 1;
  counts.byCommand[command.name] = (counts.byCommand[command.name] ?? 0) + 1;
  if (stream?.isPipeline) {
    if (!pipelines.has(stream)) {
      pipelines.add(stream);
      counts.roundTrips += 1;
    }
  } else {
    counts.roundTrips += 1;
  }
  return original.call(this, command, stream);
};

process.on('message', (message: { type?: string }) => {
  if (message?.type === 'redis-counts') process.send?.({ type: 'redis-counts', counts: { ...counts, byCommand: { ...counts.byCommand } } });
});
// The IPC channel must not keep a finished child alive.
process.channel?.unref();
