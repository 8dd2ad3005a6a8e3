import { useEffect, useState } from 'react';

/** How long a newer reading is awaited before the copy already on the device opens. */
const CACHED_COPY_AFTER_MS = 3000;

/**
 * False, then true once `CACHED_COPY_AFTER_MS` have passed since the page opened: the phone may say it is online
 * while the boutique's Wi-Fi reaches nothing, and the copy already on the device should then open soon.
 */
export function useImpatient(): boolean {
  const [impatient, setImpatient] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setImpatient(true), CACHED_COPY_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return impatient;
}
