import { useSession } from '../../auth/hooks/useSession';

/** The device's IANA time zone. */
function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The signed-in advisor's own time zone (their profile's), or the device's when there is none this browser knows. */
export function useAdvisorTimeZone(): string {
  const { viewer } = useSession();
  const own = viewer?.timezone;
  return own && isKnownTimeZone(own) ? own : deviceTimeZone();
}
