import { graphql } from '../../../generated';

/** An entry of an item's history as AuditTrail shows it: who did what, when, and each field before → after. */
export const AuditTrailEntryFragment = graphql(`
  fragment AuditTrail_entry on AuditEntry {
    id
    action
    actorName
    createdAt
    changes {
      field
      before
      after
    }
  }
`);
