import { describe, expect, it } from "vitest";
import { chiSquareCdf, chiSquareUpperTail } from "./chi-square-cdf";
import { logBeta } from "./log-beta";
import { logGamma } from "./log-gamma";
import { normalCdf, normalUpperTail } from "./normal-cdf";
import { normalQuantile } from "./normal-quantile";
import { regularizedIncompleteBeta } from "./regularized-incomplete-beta";
import { studentTCdf, studentTTwoSidedP, studentTUpperTail } from "./student-t-cdf";
import { studentTQuantile } from "./student-t-quantile";

/** |actual − expected| ≤ rel·|expected| (or ≤ rel when expected = 0). */
function expectClose(actual: number, expected: number, rel = 1e-12) {
  const tolerance = expected === 0 ? rel : rel * Math.abs(expected);
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(tolerance);
}

describe("normalCdf (Cody)", () => {
  // Reference: python3 statistics.NormalDist().cdf (body) and 0.5*math.erfc(x/√2) (tails).
  it.each([
    [-3, 0.0013498980316301035],
    [-1.96, 0.024997895148220428],
    [-0.5, 0.3085375387259869],
    [0, 0.5],
    [0.3, 0.6179114221889526],
    [1, 0.8413447460685429],
    [2.5, 0.9937903346742238],
  ])("Φ(%d)", (x, expected) => expectClose(normalCdf(x), expected, 1e-14));

  it.each([
    [8, 6.220960574271819e-16],
    [20, 2.7536241186063314e-89],
    [37, 5.725571222525139e-300],
  ])("upper tail at %d keeps relative precision", (x, expected) => {
    expectClose(normalUpperTail(x), expected, 1e-12);
    expectClose(normalCdf(-x), expected, 1e-12);
  });

  it("handles infinities and NaN", () => {
    expect(normalCdf(Infinity)).toBe(1);
    expect(normalCdf(-Infinity)).toBe(0);
    expect(normalCdf(NaN)).toBeNaN();
  });
});

describe("normalQuantile (Acklam + Halley)", () => {
  // Reference: python3 statistics.NormalDist().inv_cdf (Wichura AS241).
  it.each([
    [1e-10, -6.361340902404056],
    [0.001, -3.090232306167813],
    [0.025, -1.9599639845400538],
    [0.3, -0.5244005127080407],
    [0.8, 0.8416212335729144],
    [0.975, 1.9599639845400536],
    [0.999, 3.090232306167813],
  ])("Φ⁻¹(%d)", (p, expected) => expectClose(normalQuantile(p), expected, 1e-14));

  it("is exact at the centre and the ends", () => {
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(normalQuantile(1.2)).toBeNaN();
  });

  it("round-trips with the CDF", () => {
    for (const p of [1e-300, 1e-15, 0.01, 0.2, 0.49, 0.51, 0.9, 0.99999]) expectClose(normalCdf(normalQuantile(p)), p, 1e-13);
  });
});

describe("logGamma / logBeta", () => {
  // Reference: python3 math.lgamma.
  it.each([
    [0.1, 2.2527126517342055],
    [0.5, 0.5723649429247004],
    [1, 0],
    [2.5, 0.2846828704729196],
    [10, 12.801827480081467],
    [100, 359.1342053695754],
    [1e6, 12815504.569147611],
  ])("lnΓ(%d)", (x, expected) => expectClose(logGamma(x), expected, 1e-13));

  it("lnB(a,b) matches lnΓ(a)+lnΓ(b)−lnΓ(a+b) in the small range and B(½,q)≈√(π/q) for huge q", () => {
    expectClose(logBeta(2.5, 3.5), logGamma(2.5) + logGamma(3.5) - logGamma(6), 1e-13);
    expectClose(logBeta(12, 40), logGamma(12) + logGamma(40) - logGamma(52), 1e-13);
    expectClose(logBeta(0.5, 15), logGamma(0.5) + logGamma(15) - logGamma(15.5), 1e-13);
    const q = 1e9; // ln B(½, q) = ln Γ(½) − ½ ln q − 1/(8q) + O(q⁻³)
    expect(Math.abs(logBeta(0.5, q) - (logGamma(0.5) - 0.5 * Math.log(q) + 1 / (8 * q)))).toBeLessThan(1e-14);
  });
});

describe("regularizedIncompleteBeta", () => {
  it("matches closed forms", () => {
    // I_x(1, b) = 1 − (1−x)^b ; I_x(a, 1) = x^a
    expectClose(regularizedIncompleteBeta(0.3, 1, 4), 1 - 0.7 ** 4, 1e-14);
    expectClose(regularizedIncompleteBeta(0.3, 5, 1), 0.3 ** 5, 1e-13);
    expectClose(regularizedIncompleteBeta(0.5, 7, 7), 0.5, 1e-14); // symmetry
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
    expect(regularizedIncompleteBeta(1.5, 2, 3)).toBeNaN();
  });
});

describe("Student-t CDF", () => {
  // Reference: exact finite sums for integer ν (Abramowitz & Stegun 26.7.3/26.7.4), evaluated in python3.
  it.each([
    [1.5, 3, 0.8847080673775886],
    [2.0, 5, 0.9490302605850709],
    [-1.2, 10, 0.1288981503621529],
    [0.3, 7, 0.6135549747989328],
    [3.0, 4, 0.9800290159641405],
  ])("F(%d; ν=%d)", (t, df, expected) => expectClose(studentTCdf(t, df), expected, 1e-13));

  it("two-sided p for t=2.5, ν=30", () => expectClose(studentTTwoSidedP(2.5, 30), 0.01811564906806662, 1e-12));

  it("matches closed forms for ν = 1 (Cauchy) and ν = 2", () => {
    for (const t of [-4, -0.7, 0, 0.2, 3, 50]) {
      expectClose(studentTCdf(t, 1), 0.5 + Math.atan(t) / Math.PI, 1e-13);
      expectClose(studentTCdf(t, 2), 0.5 + t / (2 * Math.sqrt(2 + t * t)), 1e-13);
    }
  });

  it("approaches the normal as ν grows (first-order Fisher expansion, ν up to 10^12)", () => {
    const t = 1.96;
    const phi = Math.exp(-t * t / 2) / Math.sqrt(2 * Math.PI);
    for (const df of [1e6, 1e8, 2e8, 1e10, 1e12]) {
      const expected = 2 * normalUpperTail(t) + (phi * (t ** 3 + t)) / (2 * df);
      expectClose(studentTTwoSidedP(t, df), expected, 1e-11);
    }
    expect(studentTTwoSidedP(1.96, Infinity)).toBe(2 * normalUpperTail(1.96));
  });

  it("keeps tiny tails for large t at huge df", () => {
    const p = studentTUpperTail(8, 2e8);
    expectClose(p, normalUpperTail(8), 1e-5);
    expect(p).toBeGreaterThan(normalUpperTail(8)); // t tails are heavier
  });
});

describe("Student-t quantile", () => {
  it("matches published t tables (0.975)", () => {
    expectClose(studentTQuantile(0.975, 10), 2.228138851986273, 1e-13);
    expectClose(studentTQuantile(0.975, 30), 2.042272456301238, 1e-13);
  });

  // Reference: bisection on the exact A&S 26.7.3/4 finite sums in python3.
  it.each([
    [3, 3.1824463052837064, 1.6377443536962097],
    [5, 2.5705818356363146, 1.4758840488244802],
    [20, 2.085963447265864, 1.3253407069850476],
    [60, 2.00029782201426, 1.2958210935157295],
    [120, 1.9799304050824338, 1.288646233656375],
  ])("ν=%d", (df, q975, q90) => {
    expectClose(studentTQuantile(0.975, df), q975, 1e-13);
    expectClose(studentTQuantile(0.9, df), q90, 1e-13);
    expectClose(studentTQuantile(0.025, df), -q975, 1e-13);
  });

  it("closed forms, fractional df, and huge df", () => {
    expectClose(studentTQuantile(0.975, 1), 12.706204736174698, 1e-13);
    expectClose(studentTQuantile(0.975, 2), 4.302652729749464, 1e-13);
    const q = studentTQuantile(0.975, 7.37);
    expectClose(studentTCdf(q, 7.37), 0.975, 1e-13);
    // Cornish–Fisher: z + (z³+z)/(4ν) + O(ν⁻²)
    const z = normalQuantile(0.975);
    expectClose(studentTQuantile(0.975, 1e8), z + (z ** 3 + z) / 4e8, 1e-14);
    expect(studentTQuantile(0.5, 9)).toBe(0);
    expect(studentTQuantile(0.975, 0)).toBeNaN();
  });
});

describe("chi-square", () => {
  // Reference: closed forms (even df: Poisson sum; odd df: erfc recursion) in python3.
  it.each([
    [3.2, 2, 0.20189651799465538],
    [10, 4, 0.0404276819945128],
    [7.5, 6, 0.2770684433661073],
    [0.5, 10, 0.9999933882894391],
    [30, 10, 0.0008566412107753004],
    [2.7, 1, 0.10034824646229074],
    [6.2, 3, 0.10227502654693751],
    [11.1, 5, 0.04943293394384856],
  ])("P(X > %d; k=%d)", (x, df, expected) => {
    expectClose(chiSquareUpperTail(x, df), expected, 1e-12);
    expect(Math.abs(chiSquareCdf(x, df) - (1 - expected))).toBeLessThan(1e-15);
  });

  it("edges", () => {
    expect(chiSquareUpperTail(0, 3)).toBe(1);
    expect(chiSquareCdf(-1, 3)).toBe(0);
    expectClose(chiSquareUpperTail(100, 4), Math.exp(-50) * 51, 1e-12);
  });
});
