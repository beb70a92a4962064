import { bibobRetentionTerm } from '../../bibob';
import { incidentRetentionTerm } from '../../incidents';
import { integrityRetentionTerm } from '../../integrity';

/**
 * The kinds of record an organisation sets a retention term for, in the order the page shows
 * them. Each module keeps its own term and bounds; its retention job reads the same value.
 */
export const RETENTION_TERMS = {
  incidents: incidentRetentionTerm,
  integrity: integrityRetentionTerm,
  bibob: bibobRetentionTerm,
} as const;

export type RetentionKind = keyof typeof RETENTION_TERMS;
export const RETENTION_KINDS = Object.keys(RETENTION_TERMS) as RetentionKind[];
