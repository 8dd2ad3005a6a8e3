import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useLogout } from '../../auth/hooks/useLogout';
import { canSwitchAdvisor, forgetDevice, type AdvisorSwitchCheck } from '../../offline/device-data';
import { learnAnswerQueue } from '../device-queue';

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
