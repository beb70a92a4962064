/**
 * Distribution functions the confidence intervals need: log-gamma, log-beta,
 * the regularised incomplete beta function and its inverse, the normal and
 * Student t distributions. Written from the textbook formulas (Stirling series,
 * the continued fraction of the incomplete beta, Newton steps on the CDF) and
 * tested against R to about 1e-14 relative; R's own `qt` stops refining at
 * 1e-14, which is the level at which the two can differ.
 */

const LN_SQRT_2PI = 0.9189385332046727;
const SQRT_2PI = 2.5066282746310002;
const DBL_EPSILON = 2.220446049250313e-16;

/** Below this argument log-gamma shifts upwards before using the Stirling series. */
const STIRLING_MIN_ARGUMENT = 10;
/** Above this shape the beta front factor uses the Stirling form (no cancellation). */
const LARGE_SHAPE = 8;
/** The incomplete-beta continued fraction stops when a step changes it less than this. */
const CONTINUED_FRACTION_TOLERANCE = 1e-16;
/** Large shapes converge in about sqrt(a + b) steps; this bound is far above that. */
const CONTINUED_FRACTION_MAX_STEPS = 2_000_000;
/** Newton iterations for quantiles converge in a handful of steps; bisection backs them up. */
const QUANTILE_MAX_STEPS = 400;
/**
 * Below this the normal tail comes from the Taylor series of Phi (the tail is
 * still above 0.24, so 1/2 - series keeps its digits); above it from the Mills-
 * ratio continued fraction, which converges in under 800 steps there.
 */
const NORMAL_SERIES_LIMIT = 0.7;
/** Tiny number that keeps the Lentz algorithm away from division by zero. */
const LENTZ_FLOOR = 1e-300;

/** Error raised when a numerical routine is called outside its domain or fails to converge. */
export class NumericalError extends Error {
  override name = 'NumericalError';
}

/**
 * Stirling correction lgamma(x) - [(x - 1/2) ln x - x + ln sqrt(2 pi)] for x >= 8:
 * the asymptotic series with Bernoulli numbers, whose next term is below 1e-16 there.
 */
function stirlingCorrection(x: number): number {
  const r = 1 / x;
  const r2 = r * r;
  return (
    r *
    (1 / 12 +
      r2 *
        (-1 / 360 +
          r2 *
            (1 / 1260 +
              r2 *
                (-1 / 1680 +
                  r2 *
                    (1 / 1188 + r2 * (-691 / 360360 + r2 * (1 / 156 + r2 * (-3617 / 122400))))))))
  );
}

/** Natural logarithm of the gamma function for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0)) return Number.NaN;
  if (x === Number.POSITIVE_INFINITY) return x;
  if (x === 1 || x === 2) return 0;
  if (x >= STIRLING_MIN_ARGUMENT) {
    return (x - 0.5) * Math.log(x) - x + LN_SQRT_2PI + stirlingCorrection(x);
  }
  // Gamma(x) = Gamma(x + k) / (x (x + 1) ... (x + k - 1)): the product has at most
  // ten factors, so it loses nothing measurable.
  let product = 1;
  let z = x;
  while (z < STIRLING_MIN_ARGUMENT) {
    product *= z;
    z += 1;
  }
  return logGamma(z) - Math.log(product);
}

/**
 * Natural logarithm of the beta function B(a, b) for a, b > 0. For large shapes
 * the three log-gamma terms nearly cancel, so the large parts are combined
 * analytically and only the small Stirling corrections are subtracted.
 */
export function logBeta(a: number, b: number): number {
  if (!(a > 0 && b > 0)) return Number.NaN;
  const p = Math.min(a, b);
  const q = Math.max(a, b);
  const s = p + q;
  if (p >= STIRLING_MIN_ARGUMENT) {
    const corr = stirlingCorrection(p) + stirlingCorrection(q) - stirlingCorrection(s);
    return (
      -0.5 * Math.log(q) + LN_SQRT_2PI + corr + (p - 0.5) * Math.log(p / s) + q * Math.log1p(-p / s)
    );
  }
  if (q >= STIRLING_MIN_ARGUMENT) {
    const corr = stirlingCorrection(q) - stirlingCorrection(s);
    return logGamma(p) + corr + p - p * Math.log(s) + (q - 0.5) * Math.log1p(-p / s);
  }
  return logGamma(p) + logGamma(q) - logGamma(s);
}

/**
 * e - log(1 + e) for e > -1, without cancellation near 0. Far from 0 the caller
 * passes log(1 + e) computed from its own accurate inputs, because forming 1 + e
 * from e near -1 would lose digits.
 */
function logOnePlusRemainder(e: number, logOnePlusE: () => number): number {
  if (Math.abs(e) > 0.5) return e - logOnePlusE();
  // log(1 + e) = 2 atanh(r) with r = e / (2 + e), and e - 2r = r e exactly.
  const r = e / (2 + e);
  const r2 = r * r;
  let term = r * r2;
  let sum = 0;
  for (let k = 3; ; k += 2) {
    const next = term / k;
    sum += next;
    if (Math.abs(next) <= 1e-17 * Math.abs(sum)) break;
    term *= r2;
  }
  return r * e - 2 * sum;
}

/** Exact sum of two doubles as (sum, error), Knuth's two-sum. */
function twoSum(a: number, b: number): [number, number] {
  const s = a + b;
  const bb = s - a;
  return [s, a - (s - bb) + (b - bb)];
}

/** Dekker's splitting constant 2^27 + 1 for exact products without fused multiply-add. */
const SPLITTER = 134217729;

/** Exact product of two doubles as (product, error), Dekker's two-product. */
function twoProduct(a: number, b: number): [number, number] {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}

/**
 * lambda = a - (a + b) x = (a + b) y - b, the distance from the mode that the
 * continued fraction and the large-shape front factor need. Near the mode it is
 * a small difference of large numbers, so it is computed with exact products and
 * sums from whichever of x and y is the smaller (and so the accurately known) one.
 */
function modeDistance(x: number, y: number, a: number, b: number): number {
  const [s, sErr] = twoSum(a, b);
  if (x <= y) {
    const [p, pErr] = twoProduct(s, x);
    return a - p - pErr - sErr * x;
  }
  const [p, pErr] = twoProduct(s, y);
  return p - b + pErr + sErr * y;
}

/**
 * x^a y^b / B(a, b) with y = 1 - x given separately (so neither loses digits).
 * For large shapes it is written around the mode a / (a + b), which keeps the
 * huge exponents from cancelling (the same idea as TOMS 708's brcomp).
 */
function betaFrontFactor(x: number, y: number, a: number, b: number, lambda: number): number {
  if (x <= 0 || y <= 0) return 0;
  const logX = (): number => (x < 0.5 ? Math.log(x) : Math.log1p(-y));
  const logY = (): number => (y < 0.5 ? Math.log(y) : Math.log1p(-x));
  if (Math.min(a, b) >= LARGE_SHAPE) {
    const s = a + b;
    // x / x0 = 1 - lambda/a and y / y0 = 1 + lambda/b, with x0 = a/s and y0 = b/s.
    const exponent = -(
      a * logOnePlusRemainder(-lambda / a, () => logX() + Math.log1p(b / a)) +
      b * logOnePlusRemainder(lambda / b, () => logY() + Math.log1p(a / b))
    );
    const corr = stirlingCorrection(a) + stirlingCorrection(b) - stirlingCorrection(s);
    return (Math.sqrt((a * b) / s) / SQRT_2PI) * Math.exp(exponent - corr);
  }
  return Math.exp(a * logX() + b * logY() - logBeta(a, b));
}

/**
 * The continued fraction 1 / (1 + d1/(1 + d2/(1 + ...))) of I_x(a, b), valid for
 * x below (a+1)/(a+b+2). In that form each odd level 1 + d(2m+1) nearly cancels
 * when x is near the mode and a is large (the Student t with many degrees of
 * freedom lives there), costing up to a * 1e-16 in relative error. So we take its
 * even contraction, whose partial denominators contain 1 + d(2m+1) as a whole,
 * and write that sum exactly through lambda = a - (a + b) x.
 */
function betaContinuedFraction(x: number, a: number, b: number, lambda: number): number {
  const s = a + b;
  const dEven = (m: number): number => (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
  const dOdd = (m: number): number => -((a + m) * (s + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
  // 1 + d(2m+1) = [(a+2m)(a+2m+1)(a+b) - a(a+m)(a+b+m) + (a+m)(a+b+m) lambda] / [(a+b)(a+2m)(a+2m+1)]
  const onePlusDOdd = (m: number): number => {
    const exact = a * a * (2 * m + 1) + a * b * (3 * m + 1) + 2 * m * (2 * m + 1) * s - a * m * m;
    return (exact + (a + m) * (s + m) * lambda) / (s * (a + 2 * m) * (a + 2 * m + 1));
  };
  // Tail T = A2/(B2 + A3/(B3 + ...)) with A_k = -d(2k-2) d(2k-1), B_k = 1 + d(2k-1) + d(2k),
  // evaluated with the modified Lentz algorithm.
  let f = LENTZ_FLOOR;
  let c = f;
  let d = 0;
  for (let k = 2; k <= CONTINUED_FRACTION_MAX_STEPS; k++) {
    const m = k - 1;
    const num = -dEven(m) * dOdd(m);
    const den = onePlusDOdd(m) + dEven(k);
    d = den + num * d;
    if (Math.abs(d) < LENTZ_FLOOR) d = LENTZ_FLOOR;
    c = den + num / c;
    if (Math.abs(c) < LENTZ_FLOOR) c = LENTZ_FLOOR;
    d = 1 / d;
    const del = c * d;
    f *= del;
    if (Math.abs(del - 1) <= CONTINUED_FRACTION_TOLERANCE) {
      const d2 = dEven(1);
      // 1/F = G / (G + d1) with G = 1 + d2 + T and G + d1 = (1 + d1) + d2 + T.
      return (1 + d2 + f) / (onePlusDOdd(0) + d2 + f);
    }
  }
  throw new NumericalError(`incomplete beta did not converge for x=${x}, a=${a}, b=${b}`);
}

/** Both tails of the regularised incomplete beta function. */
export interface BetaTails {
  /** I_x(a, b) = P(X <= x) for X ~ Beta(a, b). */
  lower: number;
  /** 1 - I_x(a, b), computed directly so it keeps its relative accuracy when small. */
  upper: number;
}

/**
 * Regularised incomplete beta function I_x(a, b), both tails. Pass y = 1 - x
 * when it is known more accurately than the subtraction would give.
 */
export function incompleteBeta(x: number, a: number, b: number, y = 1 - x): BetaTails {
  if (!(a > 0 && b > 0) || Number.isNaN(x) || Number.isNaN(y)) {
    return { lower: Number.NaN, upper: Number.NaN };
  }
  if (x <= 0) return { lower: 0, upper: 1 };
  if (y <= 0) return { lower: 1, upper: 0 };
  const lambda = modeDistance(x, y, a, b);
  const front = betaFrontFactor(x, y, a, b, lambda);
  // The fraction converges fast below (a+1)/(a+b+2), i.e. for lambda > (a-b)/(a+b+2).
  if (lambda > (a - b) / (a + b + 2)) {
    const lower = (front * betaContinuedFraction(x, a, b, lambda)) / a;
    return { lower, upper: 1 - lower };
  }
  const upper = (front * betaContinuedFraction(y, b, a, -lambda)) / b;
  return { lower: 1 - upper, upper };
}

/** Cumulative distribution function of the Beta(a, b) distribution. */
export function pbeta(x: number, a: number, b: number): number {
  return incompleteBeta(x, a, b).lower;
}

/**
 * Quantile function of the Beta(a, b) distribution: the x with P(X <= x) = p.
 * Safeguarded Newton steps on whichever tail is smaller (so both tails keep
 * their relative accuracy), with bisection on a shrinking bracket as backup.
 */
export function qbeta(p: number, a: number, b: number): number {
  if (!(a > 0 && b > 0) || !(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return 0;
  if (p === 1) return 1;
  if (a === Number.POSITIVE_INFINITY || b === Number.POSITIVE_INFINITY) {
    return a === b ? 0.5 : a === Number.POSITIVE_INFINITY ? 1 : 0;
  }
  // Target the smaller tail: lower tail = p, or upper tail = 1 - p (exact for p >= 0.5).
  const useLower = p <= 0.5;
  const target = useLower ? p : 1 - p;
  const logB = logBeta(a, b);
  const tail = (x: number): number => {
    const t = incompleteBeta(x, a, b);
    return useLower ? t.lower : t.upper;
  };
  // f(x) > 0 when x lies above the quantile, for either tail.
  const excess = (x: number): number => (useLower ? tail(x) - target : target - tail(x));
  const density = (x: number): number =>
    Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - logB);

  let lo = 0;
  let hi = 1;
  let x = initialBetaGuess(p, a, b, logB);
  for (let step = 0; step < QUANTILE_MAX_STEPS; step++) {
    const f = excess(x);
    if (f === 0) return x;
    if (f > 0) hi = x;
    else lo = x;
    const dens = density(x);
    let next = x - f / dens;
    if (!(next > lo && next < hi) || !Number.isFinite(next)) {
      // Bisect, geometrically when the bracket spans orders of magnitude near 0 or 1.
      if (lo > 0 && hi / lo > 1e3) next = Math.sqrt(lo * hi);
      else if (lo === 0) next = hi / 1e3 < Number.MIN_VALUE ? hi / 2 : hi / 1e3;
      else if (1 - lo > 0 && (1 - lo) / (1 - hi) > 1e3 && hi < 1)
        next = 1 - Math.sqrt((1 - lo) * (1 - hi));
      else next = (lo + hi) / 2;
    }
    if (Math.abs(next - x) <= 2 * DBL_EPSILON * Math.abs(x) || next === lo || next === hi) {
      return next;
    }
    x = next;
  }
  return x;
}

/** Starting point for qbeta: tail approximations at the extremes, the mean otherwise. */
function initialBetaGuess(p: number, a: number, b: number, logB: number): number {
  const mean = a / (a + b);
  // Lower tail: I_x(a,b) ~ x^a / (a B(a,b)) for small x.
  const lowerTail = Math.exp((Math.log(p) + Math.log(a) + logB) / a);
  if (lowerTail < mean / 2 && lowerTail > 0) return lowerTail;
  // Upper tail: 1 - I_x(a,b) ~ (1-x)^b / (b B(a,b)) for x near 1.
  const upperTail = 1 - Math.exp((Math.log1p(-p) + Math.log(b) + logB) / b);
  if (upperTail > (1 + mean) / 2 && upperTail < 1) return upperTail;
  // Normal approximation around the mean.
  const sd = Math.sqrt((a * b) / ((a + b) ** 2 * (a + b + 1)));
  const guess = mean + qnorm(p) * sd;
  return Math.min(Math.max(guess, mean / 2), (1 + mean) / 2);
}

/** Density of the standard normal distribution, with exp(-x^2/2) split so large x keep their digits. */
function normalDensity(x: number): number {
  const ax = Math.abs(x);
  const xs = Math.trunc(ax * 16) / 16;
  const del = ax - xs;
  return (Math.exp((-xs * xs) / 2) * Math.exp((-del * (ax + xs)) / 2)) / SQRT_2PI;
}

/** Upper tail P(Z > x) of the standard normal for x >= 0, accurate relative to its own size. */
function normalUpperTail(x: number): number {
  if (x < NORMAL_SERIES_LIMIT) {
    // Phi(x) - 1/2 = phi(x) * (x + x^3/3 + x^5/(3*5) + ...), all terms positive.
    let term = x;
    let sum = x;
    const x2 = x * x;
    for (let k = 3; term > 1e-17 * sum; k += 2) {
      term *= x2 / k;
      sum += term;
    }
    return 0.5 - normalDensity(x) * sum;
  }
  // Mills ratio as the continued fraction x + 1/(x + 2/(x + 3/(x + ...))).
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 5000; k++) {
    d = x + k * d;
    if (Math.abs(d) < LENTZ_FLOOR) d = LENTZ_FLOOR;
    c = x + k / c;
    if (Math.abs(c) < LENTZ_FLOOR) c = LENTZ_FLOOR;
    d = 1 / d;
    const del = c * d;
    f *= del;
    if (Math.abs(del - 1) <= 1e-16) break;
  }
  // In logs, so the far tail fades into subnormal numbers instead of flushing to 0.
  const xs = Math.trunc(x * 16) / 16;
  return Math.exp((-xs * xs) / 2 - ((x - xs) * (x + xs)) / 2 - LN_SQRT_2PI - Math.log(f));
}

/** Cumulative distribution function of the standard normal distribution. */
export function pnorm(x: number): number {
  if (Number.isNaN(x)) return x;
  return x < 0 ? normalUpperTail(-x) : 1 - normalUpperTail(x);
}

/** Quantile function of the standard normal distribution. */
export function qnorm(p: number): number {
  if (!(p >= 0 && p <= 1)) return Number.NaN;
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  const tail = p < 0.5 ? p : 1 - p;
  // Abramowitz & Stegun 26.2.23 (error < 4.5e-4) as the start for Newton steps.
  const t = Math.sqrt(-2 * Math.log(tail));
  let z =
    t -
    (2.515517 + 0.802853 * t + 0.010328 * t * t) /
      (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
  for (let step = 0; step < 50; step++) {
    const dens = normalDensity(z);
    if (dens === 0) break;
    // Halley step on Q(z) - tail = 0, where Q' = -phi and Q'' = z phi.
    const f = normalUpperTail(z) - tail;
    const newton = f / dens;
    const delta = newton / (1 + (z * newton) / 2);
    z += delta;
    if (Math.abs(delta) <= 1e-16 * Math.abs(z)) break;
  }
  return p < 0.5 ? -z : z;
}

/** Upper tail P(T > t) of Student's t for t >= 0, through the incomplete beta. */
function studentUpperTail(t: number, df: number): number {
  const t2 = t * t;
  const denom = df + t2;
  return 0.5 * incompleteBeta(df / denom, df / 2, 0.5, t2 / denom).lower;
}

/** Density of Student's t distribution with df degrees of freedom. */
export function dt(t: number, df: number): number {
  if (!(df > 0)) return Number.NaN;
  if (df === Number.POSITIVE_INFINITY) return normalDensity(t);
  return Math.exp(
    -((df + 1) / 2) * Math.log1p((t * t) / df) - 0.5 * Math.log(df) - logBeta(df / 2, 0.5),
  );
}

/** Cumulative distribution function of Student's t distribution with df > 0 degrees of freedom. */
export function pt(t: number, df: number): number {
  if (!(df > 0) || Number.isNaN(t)) return Number.NaN;
  if (df === Number.POSITIVE_INFINITY) return pnorm(t);
  if (t === Number.POSITIVE_INFINITY) return 1;
  if (t === Number.NEGATIVE_INFINITY) return 0;
  return t < 0 ? studentUpperTail(-t, df) : 1 - studentUpperTail(t, df);
}

/**
 * Quantile function of Student's t distribution with df > 0 degrees of freedom
 * (df = Infinity gives the normal quantile). Newton steps on the upper tail from
 * a Cornish-Fisher or power-tail start, kept inside a bracket.
 */
export function qt(p: number, df: number): number {
  if (!(df > 0) || !(p >= 0 && p <= 1)) return Number.NaN;
  if (df === Number.POSITIVE_INFINITY) return qnorm(p);
  if (p === 0) return Number.NEGATIVE_INFINITY;
  if (p === 1) return Number.POSITIVE_INFINITY;
  if (p === 0.5) return 0;
  const tail = p < 0.5 ? p : 1 - p;
  const t = studentQuantileUpper(tail, df);
  return p < 0.5 ? -t : t;
}

/** The t > 0 with P(T > t) = tail, for 0 < tail < 1/2. */
function studentQuantileUpper(tail: number, df: number): number {
  // Start: Cornish-Fisher around the normal quantile, or the power-law tail
  // P(T > t) ~ df^(df/2 - 1) t^-df / B(df/2, 1/2) when that is further out.
  const z = -qnorm(tail);
  const z2 = z * z;
  const cornishFisher =
    z +
    (z * (z2 + 1)) / (4 * df) +
    (z * ((5 * z2 + 16) * z2 + 3)) / (96 * df * df) +
    (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / (384 * df * df * df);
  const powerTail = Math.sqrt(df) * Math.exp(-(Math.log(tail * df) + logBeta(df / 2, 0.5)) / df);
  let x = Number.isFinite(powerTail) && powerTail > cornishFisher ? powerTail : cornishFisher;
  if (!(x > 0) || !Number.isFinite(x)) x = 1;

  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  for (let step = 0; step < QUANTILE_MAX_STEPS; step++) {
    const f = studentUpperTail(x, df) - tail; // decreasing in x
    if (f === 0) return x;
    if (f > 0) lo = x;
    else hi = x;
    const dens = dt(x, df);
    let next = x + f / dens;
    if (!(next > lo && next < hi) || !Number.isFinite(next)) {
      next = hi === Number.POSITIVE_INFINITY ? x * 2 : lo === 0 ? hi / 2 : Math.sqrt(lo * hi);
    }
    if (Math.abs(next - x) <= 2 * DBL_EPSILON * x) return next;
    x = next;
  }
  return x;
}
