import type { Condition } from '../indicators/indicator-condition';
import type {
  Answers,
  Gender,
  Layer,
  Population,
  StratumRole,
  WaveStatus,
} from '../monitor.tables';

/** Everything the estimation of one wave needs, loaded once; no database past this point. */
export interface WaveData {
  wave: {
    id: string;
    year: number;
    population: Population;
    title: string;
    status: WaveStatus;
    synthetic: boolean;
    minCellSize: number;
    fieldStart: string;
    fieldEnd: string;
  };
  strata: {
    id: string;
    code: string;
    layer: Layer;
    role: StratumRole;
    sizeClass: string;
    populationCount: number;
    sampleSize: number | null;
  }[];
  responses: {
    stratumId: string;
    weight: number | null;
    gender: Gender | null;
    answers: Answers;
    indicatorValues: Record<string, number>;
  }[];
  indicators: IndicatorDefinition[];
  /** Invitations sent by Weerbaar per stratum id: invited and answered. */
  invitations: Map<string, { invited: number; used: number }>;
}

/** An indicator as the wave defines it. */
export interface IndicatorDefinition {
  key: string;
  name: string;
  description: string;
  questions: string[];
  condition: Condition;
  baseCondition: Condition | null;
  baseLabel: string;
  comparabilityKey: string;
  comparabilityNote: string | null;
  sortOrder: number;
}
