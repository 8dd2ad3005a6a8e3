import { useEffect, useRef } from 'react';
import { useLearnSync } from './learn-sync';

/**
 * Runs `retry` when the connection comes back while `failed`: a page whose reading failed offline recovers by itself,
 * as the answers waiting on the device leave by themselves.
 */
export function useRetryWhenBackOnline(failed: boolean, retry: () => Promise<unknown>): void {
  const { online } = useLearnSync();
  const wasOnline = useRef(online);
  useEffect(() => {
    if (online && !wasOnline.current && failed) retry().catch(() => undefined);
    wasOnline.current = online;
  }, [online, failed, retry]);
}
