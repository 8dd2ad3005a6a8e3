import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router';
import { SessionNotEndedError, useLogout } from '../../auth/hooks/useLogout';
import { canSwitchAdvisor, forgetDevice, type AdvisorSwitchCheck } from '../../offline/device-data';
import { useOnline } from '../../offline/hooks/useAnswerSync';
import { learnAnswerQueue } from '../device-queue';
import { useLearnSyncIfAny } from './learn-sync';

/** What stands between the user and leaving: nothing (`ok`), their answers still waiting, or the server out of reach. */
export interface HandOverCheck extends AdvisorSwitchCheck {
  /**
   * The server could not end the session (offline, or the API out of reach): its cookie would restore it at the next
   * app start, so the user stays signed in and the device forgets nothing.
   */
  unreachable: boolean;
}

const unreachable: HandOverCheck = { ok: false, pending: 0, unreachable: true };

/**
 * Hands a shared boutique tablet to a colleague: never while this advisor's answers still wait on the device
 * (switching would lose them), nor before the server has ended the session (the next app start would restore it from
 * its cookie); then forgets what the device keeps of them, signs out (which empties Apollo's cache) and opens the
 * sign-in page.
 */
export function useSwitchAdvisor(userId: string) {
  const { logout, loading } = useLogout();
  const navigate = useNavigate();

  const check = useCallback(async (): Promise<HandOverCheck> => ({ ...(await canSwitchAdvisor(userId, learnAnswerQueue)), unreachable: false }), [userId]);

  const switchAdvisor = useCallback(async (): Promise<HandOverCheck> => {
    // Checked again at the last moment: an answer may have been queued since the dialog opened.
    const waiting = await check();
    if (!waiting.ok) return waiting;
    try {
      // Forgotten only once the server has ended the session. An answer queued in between (another tab) is kept
      // rather than lost: it leaves when this advisor signs in again.
      await logout(() => forgetDevice(userId, { queue: learnAnswerQueue }));
    } catch (error) {
      if (error instanceof SessionNotEndedError) return unreachable;
      // The device's storage refused to forget: the session itself is over, on the server and here, so on to sign-in.
    }
    await navigate('/login', { replace: true });
    return waiting;
  }, [userId, check, logout, navigate]);

  return { check, switchAdvisor, loading };
}

export interface HandOver {
  opened: boolean;
  close: () => void;
  /** What waits on the device, or that the server could not end the session; null while it is counted. */
  state: HandOverCheck | null;
  busy: boolean;
  online: boolean;
  /** Whether "Send now" can send: only an advisor's shell runs the sync. */
  canSend: boolean;
  /** Opens the dialog on what waits: a last confirmation, or why not yet ("Switch advisor"). */
  review: () => Promise<void>;
  /**
   * Signs out at once when nothing waits and the server ends the session; otherwise opens the dialog on why not
   * ("Sign out", and the confirmation). Offline, it does not try: only the server can end the session.
   */
  leave: () => Promise<void>;
  sendNow: () => Promise<void>;
}

/**
 * Every sign-out the user asks for ("Switch advisor", the header's "Sign out"): refused, with the count and a way to
 * send them, while this advisor's answers still wait on the device; refused too, saying to reconnect first, until the
 * server has ended the session; otherwise the device forgets them and the sign-in page opens (`useSwitchAdvisor`).
 */
export function useHandOver(userId: string): HandOver {
  const sync = useLearnSyncIfAny();
  const online = useOnline();
  const { check, switchAdvisor, loading } = useSwitchAdvisor(userId);
  const [opened, setOpened] = useState(false);
  const [state, setState] = useState<HandOverCheck | null>(null);
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
        let result: HandOverCheck;
        if (online) result = await switchAdvisor();
        else {
          const waiting = await check();
          result = waiting.ok ? unreachable : waiting;
        }
        if (!result.ok) {
          setState(result);
          setOpened(true);
        }
      }),
    [run, online, switchAdvisor, check],
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
