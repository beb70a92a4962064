import { audit } from '../../../platform/audit/audit';
import { notFound } from '../../../platform/errors/app-error';
import { listOrganisationRefs } from '../../../platform/identity';
import type { UseCaseContext } from '../../../platform/use-case';
import { type PeerFigure, peerFigures, populationLabel, sliceOf } from '../answers';
import type { NationalAnswer, NationalQuery } from '../national.schemas';
import { disclosureK } from '../national-config';
import type { Layer } from '../national-dimensions';
import { loadPublication, sizeClassOf } from '../publication';

/** One fixed national question, answered from the protected publication (audited). */
export async function nationalStatistics(
  ctx: UseCaseContext,
  query: NationalQuery,
): Promise<NationalAnswer> {
  return ctx.db.transaction().execute(async (trx) => {
    const k = disclosureK(ctx.config);
    const loaded = await loadPublication(trx, ctx.db, ctx.clock.now(), k);
    const slice = sliceOf(loaded.publication, query);
    await audit(trx, ctx, 'insight.national.read', { type: 'national_statistics', id: null });
    return {
      level: query.level,
      granularity: query.granularity,
      filter: { kind: query.kind ?? null, target: query.target ?? null },
      k,
      periods: slice.periods,
      cells: slice.cells,
      totals: slice.totals,
      denominator: {
        source: loaded.denominator.source,
        population: loaded.denominator.source ? populationLabel(query) : null,
        synthetic: loaded.denominator.synthetic,
      },
      refreshedAt: loaded.refreshedAt?.toISOString() ?? null,
    };
  });
}

const LAYER_LABELS: Record<Layer, string> = {
  gemeente: 'Gemeenten',
  provincie: 'Provincies',
  waterschap: 'Waterschappen',
  rijk: 'Rijk',
};

export interface PeersResult {
  organisation: { code: string; name: string; type: Layer };
  sizeClass: { code: string; label: string };
  k: number;
  minimumPeers: number;
  figures: PeerFigure[];
}

/**
 * The organisation's own quarterly counts beside the median of its size class: the
 * organisations of its layer with the same `sizeClass` setting (the layer alone when
 * it has none). Audited.
 */
export async function peerComparison(ctx: UseCaseContext): Promise<PeersResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const k = disclosureK(ctx.config);
    const loaded = await loadPublication(trx, ctx.db, ctx.clock.now(), k);
    const orgs = await listOrganisationRefs(trx);
    const self = orgs.find((o) => o.id === ctx.scope.organisationId);
    if (!self) throw notFound('Deze organisatie');
    const sizeClass = sizeClassOf(self.settings);
    const peers = orgs.filter((o) => o.type === self.type && sizeClassOf(o.settings) === sizeClass);
    const ref = { id: self.id, code: self.code, name: self.name, type: self.type };
    const figures = peerFigures(
      loaded.publication,
      ref,
      loaded.publication.ownCounts(self.id),
      peers.map((p) => ({ id: p.id, code: p.code, name: p.name, type: p.type })),
    );
    await audit(trx, ctx, 'insight.peers.read', { type: 'organisation', id: self.id });
    return {
      organisation: { code: self.code, name: self.name, type: self.type },
      sizeClass: {
        code: sizeClass ? `${self.type}:${sizeClass}` : self.type,
        label: sizeClass
          ? `${LAYER_LABELS[self.type]}, grootteklasse ${sizeClass}`
          : LAYER_LABELS[self.type],
      },
      k,
      minimumPeers: 5,
      figures,
    };
  });
}
