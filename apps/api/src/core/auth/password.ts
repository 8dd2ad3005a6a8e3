import { Algorithm, hash, verify } from '@node-rs/argon2';

// OWASP minimum for argon2id: 19 MiB, 2 iterations, 1 lane (about 25 ms per hash measured here, one at a time).
const ARGON2_OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 };
const MAX_CONCURRENT_HASHES = 4;

let running = 0;
const waiting: Array<() => void> = [];

/** Caps concurrent hashes so a burst of logins queues instead of exhausting memory and the thread pool. */
async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_HASHES) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

export function hashPassword(password: string): Promise<string> {
  return withHashSlot(() => hash(password, ARGON2_OPTIONS));
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return withHashSlot(() => verify(passwordHash, password));
}

// Verified when the email is unknown, so an unknown email costs the same time as a wrong password.
const DUMMY_HASH = hash('savoir-timing-equaliser', ARGON2_OPTIONS);

export async function verifyAgainstDummy(password: string): Promise<void> {
  const dummy = await DUMMY_HASH;
  await withHashSlot(() => verify(dummy, password));
}
