/**
 * The intercept-only quasibinomial fit that `svyciprop(method = "logit")` runs
 * through `svyglm`, replayed step by step. R's iteratively reweighted least
 * squares stops when the deviance changes by less than 1e-8 relative, which can
 * leave the fitted proportion 1e-9 away from the weighted mean; to agree with R
 * to the 12th digit we stop exactly where R stops. After the first step every row
 * has the same fitted value, so all later steps need only two sums.
 */

/** glm.control()'s convergence tolerance on the relative change in deviance. */
export const GLM_EPSILON = 1e-8;
/** glm.control()'s iteration limit. */
export const GLM_MAX_ITERATIONS = 25;
/** R's logit link clamps the linear predictor beyond +-30 (family.c THRESH). */
const LOGIT_THRESHOLD = 30;
const DBL_EPSILON = 2.220446049250313e-16;

/** Inverse logit as R's `binomial()$linkinv` computes it, with its clamping. */
export function logitLinkInverse(eta: number): number {
  const e =
    eta < -LOGIT_THRESHOLD ? DBL_EPSILON : eta > LOGIT_THRESHOLD ? 1 / DBL_EPSILON : Math.exp(eta);
  return e / (1 + e);
}

/** d mu / d eta as R's `binomial()$mu.eta` computes it, with its clamping. */
export function logitMuEta(eta: number): number {
  if (eta > LOGIT_THRESHOLD || eta < -LOGIT_THRESHOLD) return DBL_EPSILON;
  const e = Math.exp(eta);
  const opexp = 1 + e;
  return e / (opexp * opexp);
}

/**
 * The survey package's expit, exp(x) / (1 + exp(x)), used for the estimate and
 * its CI. Past x = 709 R's version divides infinity by infinity and reports NA
 * for an interval bound; the limit is 1, which is what we return.
 */
export function expit(x: number): number {
  const e = Math.exp(x);
  return e === Number.POSITIVE_INFINITY ? 1 : e / (1 + e);
}

/**
 * Sums over the domain's rows from the first IRLS step, which starts every row
 * at its own mu = (pw y + 1/2) / (pw + 1) with pw the weight divided by the
 * domain's mean weight.
 */
export interface FirstStepSums {
  /** Sum of the working weights pw mu (1 - mu). */
  sumWorkingWeight: number;
  /** Sum of working weight times working response. */
  sumWorkingWeightResponse: number;
  /**
   * Deviance at the starting values, for R's convergence check after step one;
   * NaN when it is known to be too far from the first-step deviance to matter.
   */
  startDeviance: number;
}

/** Contribution of one row (normalised weight pw, outcome y in {0, 1}) to the first-step sums. */
export function addFirstStepRow(sums: FirstStepSums, pw: number, y: number): void {
  // With mu0 = (pw y + 1/2)/(pw + 1): eta0 = +-log(1 + 2 pw), mu0 (1 - mu0) =
  // (pw + 1/2) / (2 (pw + 1)^2) for either outcome, the working response is
  // eta0 + (y - mu0) / (mu0 (1 - mu0)) = +-(log(1 + 2 pw) + (pw + 1)/(pw + 1/2)),
  // and the deviance residual is 2 pw log((pw + 1)/(pw + 1/2)).
  const half = pw + 0.5;
  const one = pw + 1;
  const working = (0.5 * pw * half) / (one * one);
  const z = Math.log1p(2 * pw) + one / half;
  sums.sumWorkingWeight += working;
  sums.sumWorkingWeightResponse += y === 1 ? working * z : -working * z;
  sums.startDeviance += 2 * pw * Math.log1p(0.5 / half);
}

/**
 * Quasibinomial deviance of a constant fitted proportion mu, with s1 and s0 the
 * normalised weight totals of the rows with y = 1 and y = 0.
 */
export function logitDeviance(mu: number, s1: number, s0: number): number {
  return 2 * (s1 * -Math.log(mu) + s0 * -Math.log(1 - mu));
}

/** Where the replayed fit ended. */
export interface LogitFit {
  /** The fitted intercept on the logit scale. */
  coefficient: number;
  /** Fitted proportion linkinv(coefficient), as the residuals use it. */
  mu: number;
  /** d mu / d eta at the coefficient. */
  muEta: number;
  /** IRLS steps taken. */
  iterations: number;
  /** Whether the deviance criterion was met within GLM_MAX_ITERATIONS. */
  converged: boolean;
}

/**
 * Replay R's IRLS for an intercept-only logistic model given the first-step
 * sums, the weighted proportion pHat and the normalised weight totals: s1 =
 * sum of pw over rows with y = 1 and s0 = the same for y = 0.
 */
export function fitLogitIntercept(
  first: FirstStepSums,
  pHat: number,
  s1: number,
  s0: number,
): LogitFit {
  const deviance = (mu: number): number => logitDeviance(mu, s1, s0);
  let coefficient = first.sumWorkingWeightResponse / first.sumWorkingWeight;
  let mu = logitLinkInverse(coefficient);
  let dev = deviance(mu);
  let iterations = 1;
  let converged = Math.abs(dev - first.startDeviance) / (Math.abs(dev) + 0.1) < GLM_EPSILON;
  while (!converged && iterations < GLM_MAX_ITERATIONS) {
    iterations++;
    // Every row now has eta = coefficient, so the weighted least-squares step is
    // eta + (weighted mean of y - mu) / mu.eta.
    coefficient += (pHat - mu) / logitMuEta(coefficient);
    mu = logitLinkInverse(coefficient);
    const next = deviance(mu);
    converged = Math.abs(next - dev) / (Math.abs(next) + 0.1) < GLM_EPSILON;
    dev = next;
  }
  return { coefficient, mu, muEta: logitMuEta(coefficient), iterations, converged };
}
