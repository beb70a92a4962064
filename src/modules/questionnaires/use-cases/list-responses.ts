import type { UseCaseContext } from '../../../platform/use-case';
import type { QuestionnaireDefinition } from '../definition/definition.schema';
import { responseAccess } from '../questionnaires.policy';
import type { ParticipantRole } from '../questionnaires.tables';
import { listResponsesOfPerson } from '../responses.repository';

/** The responses the logged-in person takes part in (no answers: a list, not a read of a case). */
export async function listMyResponses(ctx: UseCaseContext) {
  const { db, scope } = ctx;
  if (scope.actorType !== 'person') return [];
  const rows = await listResponsesOfPerson(db, scope.organisationId, scope.actorId);
  return rows.map((row) => {
    const definition = row.definition as QuestionnaireDefinition;
    const role = row.participantRole as ParticipantRole;
    return {
      row,
      definition,
      role,
      access: responseAccess(definition.privacy, role, scope.roles, row.status),
    };
  });
}
