/**
 * Exact bounds by (integer) linear programming, for the disclosure tests: given what a
 * reader learns from every published answer as linear constraints over non-negative
 * integer counts, the smallest and largest value a linear combination can take.
 * On YALPS (a kept LP/MIP solver, devDependency only).
 */
import { type Constraint, solve } from 'yalps';

export interface LinearFact {
  /** Variables summed (coefficient 1 each). */
  vars: readonly string[];
  /** What the reader knows about that sum. */
  bound: Constraint;
}

export interface BoundsProblem {
  variables: readonly string[];
  facts: readonly LinearFact[];
}

/**
 * The least (or greatest) integer value of sum(target) subject to the facts. The LP
 * relaxation is solved first; when its optimal vertex is integral it is the integer
 * optimum as well, otherwise branch and bound settles it.
 */
export function extreme(
  problem: BoundsProblem,
  target: readonly string[],
  direction: 'minimize' | 'maximize',
): number {
  const coefficients = new Map<string, Map<string, number>>();
  for (const v of problem.variables) coefficients.set(v, new Map());
  const constraints = new Map<string, Constraint>();
  const seen = new Set<string>();
  problem.facts.forEach((fact, i) => {
    const signature = `${JSON.stringify(fact.bound)}:${[...fact.vars].sort().join(',')}`;
    if (seen.has(signature)) return;
    seen.add(signature);
    const name = `f${i}`;
    constraints.set(name, fact.bound);
    for (const v of fact.vars) coefficients.get(v)!.set(name, 1);
  });
  for (const v of target) coefficients.get(v)!.set('objective', 1);
  const model = { direction, objective: 'objective', constraints, variables: coefficients };
  const options = { timeout: 120_000, maxPivots: 500_000 };
  const relaxed = solve(model, options);
  if (relaxed.status !== 'optimal') throw new Error(`LP ${relaxed.status}`);
  if (relaxed.variables.every(([, value]) => Math.abs(value - Math.round(value)) < 1e-6)) {
    return Math.round(relaxed.result);
  }
  const solution = solve({ ...model, integers: true }, options);
  if (solution.status !== 'optimal') throw new Error(`MIP ${solution.status}`);
  return Math.round(solution.result);
}
