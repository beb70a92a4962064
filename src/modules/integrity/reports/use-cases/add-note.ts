import type { UseCaseContext } from '../../../../platform/use-case';
import { caseStep } from './case-step';

/** An investigation note: kept in the case file, encrypted, never shown to the reporter. */
export async function addNote(ctx: UseCaseContext, reportId: string, note: string) {
  return caseStep(ctx, reportId, 'note', async () => ({ result: undefined, note, event: 'note' }));
}
