import type { Draft } from '../api';

/** Who the original came from, as the person will recognise it. */
export function senderOf(draft: Pick<Draft, 'email'>, unknown: string): string {
  const { senderName, senderAddress } = draft.email;
  if (senderName && senderAddress) return `${senderName} <${senderAddress}>`;
  return senderName || senderAddress || unknown;
}
