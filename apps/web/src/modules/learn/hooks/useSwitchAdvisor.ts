import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { useLogout } from '../../auth/hooks/useLogout';
import { canSwitchAdvisor, forgetDevice, type AdvisorSwitchCheck } from '../../offline/device-data';
import { useOnline } from '../../offline/hooks/useAnswerSync';
import { learnAnswerQueue } from '../device-queue';
import { useLearnSyncIfAny } from './learn-sync';

/**
 * Hands a shared boutique tablet to a colleague: never while this advisor's answers still wait on the device
 * (switching would lose them); otherwise forgets what the device keeps of them, signs out (which empties
 * Apollo's cache) and opens the sign-in page.
 */
export function useSwitchAdvisor(userId: string) {
  const { logout, loading } = useLogout();
  const navigate = useNavigate();

  const check = useCallback((): Promise<AdvisorSwitchCheck> => canSwitchAdvisor(userId, learnAnswerQueue), [userId]);

  const switchAdvisor = useCallback(async (): Promise<AdvisorSwitchCheck> => {
    // Checked again at the last moment: an answer may have been queued since the dialog opened.
    const result = await forgetDevice(userId, { queue: learnAnswerQueue });
    if (!result.ok) return result;
    await logout();
    await navigate('/login', { replace: true });
    return result;
  }, [userId, logout, navigate]);

  return { check, switchAdvisor, loading };
}

export interface HandOver {
  opened: boolean;
  close: () => void;
  /** What waits on the device; null while it is counted. */
  state: AdvisorSwitchCheck | null;
  busy: boolean;
  online: boolean;
  /** Whether "Send now" can send: only an advisor's shell runs the sync. */
  canSend: boolean;
  /** Opens the dialog on what waits: a last confirmation, or why not yet ("Switch advisor"). */
  review: () => Promise<void>;
  /** Signs out at once when nothing waits; otherwise opens the dialog on what does ("Sign out", and the confirmation). */
  leave: () => Promise<void>;
  sendNow: () => Promise<void>;
}

/**
 * Every sign-out the user asks for ("Switch advisor", the header's "Sign out"): refused, with the count and a way to
 * send them, while this advisor's answers still wait on the device; otherwise the device forgets them and the
 * sign-in page opens (`useSwitchAdvisor`).
 */
export function useHandOver(userId: string): HandOver {
  const sync = useLearnSyncIfAny();
  const online = useOnline();
  const { check, switchAdvisor, loading } = useSwitchAdvisor(userId);
  const [opened, setOpened] = useState(false);
  const [state, setState] = useState<AdvisorSwitchCheck | null>(null);
  const [busy, setBusy] = useState(false);

  const run = useCallback(async (step: () => Promise<void>) => {
    setBusy(true);
    try {
      await step();
    } finally {
      setBusy(false);
    }
  }, []);

  const review = useCallback(async () => {
    setOpened(true);
    setState(null);
    setState(await check());
  }, [check]);

  const leave = useCallback(
    () =>
      run(async () => {
        const result = await switchAdvisor();
        if (!result.ok) {
          setState(result);
          setOpened(true);
        }
      }),
    [run, switchAdvisor],
  );

  const sendNow = useCallback(
    () =>
      run(async () => {
        await sync?.flush();
        setState(await check());
      }),
    [run, sync, check],
  );

  const close = useCallback(() => setOpened(false), []);

  return { opened, close, state, busy: busy || loading, online, canSend: sync !== null, review, leave, sendNow };
}
