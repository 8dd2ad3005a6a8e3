import { SpaceShell } from './SpaceShell';

const ADMIN_SECTIONS = ['users', 'organisation', 'cohorts', 'import'] as const;

/** The Admin space: users, boutiques and regions, cohorts, imports. */
export function AdminShell() {
  return <SpaceShell space="admin" sections={ADMIN_SECTIONS} />;
}
