import { useSession } from '../../../app/session';

/** The id of the organisation the person works in now. */
export function useOrgId(): string {
  const { activeMembership } = useSession();
  return activeMembership?.organisationId ?? '';
}

/** Field errors of a problem (`body.kinds` -> `kinds`, `body.attachments.0` -> `attachments`). */
export function fieldKey(field: string): string {
  return (
    field
      .replace(/^body\./, '')
      .replace(/\.\d+$/, '')
      .split('.')[0] ?? field
  );
}
