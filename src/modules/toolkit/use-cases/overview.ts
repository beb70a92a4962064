import { audit } from '../../../platform/audit/audit';
import { withPeople } from '../../../platform/identity';
import { addMonths, amsterdamDate } from '../../../platform/time';
import type { UseCaseContext } from '../../../platform/use-case';
import { officeHolderTerms } from '../../integrity';
import { day } from '../toolkit.presenter';
import { attendedTrainings } from '../toolkit.repository';
import { requiredTrainingOf } from './required-training';

interface Person {
  personId: string;
  office: string | null;
  since: string | null;
  trainings: { slug: string; title: string; attendedOn: string }[];
}

/**
 * Who followed which training in the organisation, and which office holders are past the
 * organisation's term without its required training. For the org admin; the read is audited.
 */
export async function trainingOverview(ctx: UseCaseContext) {
  return ctx.db.transaction().execute(async (trx) => {
    const orgId = ctx.scope.organisationId;
    const today = amsterdamDate(ctx.clock.now());
    const required = await requiredTrainingOf(trx, orgId);
    const people = new Map<string, Person>();
    const personOf = (personId: string): Person => {
      let p = people.get(personId);
      if (!p) {
        p = { personId, office: null, since: null, trainings: [] };
        people.set(personId, p);
      }
      return p;
    };
    for (const term of await officeHolderTerms(trx, orgId)) {
      if (term.until !== null && day(term.until) < today) continue;
      const p = personOf(term.person_id);
      p.office = term.office;
      p.since = day(term.since);
    }
    for (const a of await attendedTrainings(trx, orgId)) {
      personOf(a.person_id).trainings.push({
        slug: a.slug,
        title: a.title,
        attendedOn: amsterdamDate(new Date(a.starts_at)),
      });
    }
    const named = await withPeople(
      trx,
      [...people.values()],
      (p) => p.personId,
      {
        name: 'display_name',
      },
      'byName',
    );
    await audit(trx, ctx, 'training_overview.read', { type: 'organisation', id: orgId });
    return {
      requiredTraining: required.item,
      withinMonths: required.withinMonths,
      people: named.map((p) => {
        const requiredDone = p.trainings.some((t) => t.slug === required.item?.slug);
        const dueOn = p.since ? addMonths(p.since, required.withinMonths) : null;
        return {
          personId: p.personId,
          name: p.name,
          office: p.office,
          since: p.since,
          trainings: p.trainings,
          requiredDone,
          dueOn,
          overdue: dueOn !== null && !requiredDone && dueOn < today,
        };
      }),
    };
  });
}
