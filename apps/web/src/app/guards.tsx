import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useSession } from '../modules/auth/hooks/useSession';
import { canOpen, landingPathFor, type Space } from './spaces';

/** Signed-out visitors go to /login (remembering where they were going, query included: see `pathAfterSignIn`). */
export function RequireSession({ children }: { children: ReactNode }) {
  const { status } = useSession();
  const location = useLocation();
  if (status !== 'signedIn') return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}${location.hash}` }} />;
  return <>{children}</>;
}

/** A space the user's roles do not open sends them to their own landing space. */
export function RequireSpace({ space, children }: { space: Space; children: ReactNode }) {
  const { viewer } = useSession();
  if (!viewer) return <Navigate to="/login" replace />;
  if (!canOpen(viewer.roles, space)) return <Navigate to={landingPathFor(viewer.roles) ?? '/'} replace />;
  return <>{children}</>;
}
