import { CreateIdentityAndTenancy1763884800000 } from './1763884800000-CreateIdentityAndTenancy';
import { EnforceTenantIsolation1763884800001 } from './1763884800001-EnforceTenantIsolation';

// Every migration, in order. The API is bundled by webpack, so migrations are imported explicitly (no globs).
export const MIGRATIONS = [CreateIdentityAndTenancy1763884800000, EnforceTenantIsolation1763884800001];
