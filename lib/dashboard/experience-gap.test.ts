import { describe, expect, it } from "vitest";
import { EXPERIENCE_GAP_FORMULA, experienceGap, median, rankMarketsByExperienceGap, type MarketExperienceInput } from "./experience-gap";

const perfect: MarketExperienceInput = {
  marketCode: "DE",
  campaigns: 4,
  approvedOnTime: 4,
  medianDaysToApproval: 0,
  openErrorFindings: 0,
  openWarningFindings: 0,
  overdue: 0,
};
const worst: MarketExperienceInput = {
  marketCode: "FR",
  campaigns: 2,
  approvedOnTime: 0,
  medianDaysToApproval: 45,
  openErrorFindings: 50,
  openWarningFindings: 100,
  overdue: 2,
};

function score(input: MarketExperienceInput) {
  const outcome = experienceGap(input);
  if (!outcome.ok) throw new Error(outcome.code);
  return outcome.value;
}

describe("experienceGap", () => {
  it("0 for a perfect market, 100 for the worst", () => {
    expect(score(perfect).score).toBe(0);
    expect(score(worst).score).toBe(100);
  });

  it("follows the documented formula", () => {
    // late 1 − 3/4 = 0.25; slow 10/20 = 0.5; errors 4/4/5 = 0.2; warnings 8/4/20 = 0.1; overdue 1/4 = 0.25
    // 30·0.25 + 20·0.5 + 25·0.2 + 10·0.1 + 15·0.25 = 7.5 + 10 + 5 + 1 + 3.75 = 27.25 → 27
    const gap = score({ ...perfect, approvedOnTime: 3, medianDaysToApproval: 10, openErrorFindings: 4, openWarningFindings: 8, overdue: 1 });
    expect(gap.components).toEqual({ late: 0.25, slow: 0.5, errors: 0.2, warnings: 0.1, overdue: 0.25 });
    expect(gap.score).toBe(27);
  });

  it("leaves out 'slow' when nothing was approved yet and rescales the other weights", () => {
    // late 1, errors 0, warnings 0, overdue 0 → 30 / 80 = 37.5 → 38
    const gap = score({ ...perfect, approvedOnTime: 0, medianDaysToApproval: null });
    expect(gap.components.slow).toBeNull();
    expect(gap.score).toBe(38);
  });

  it("no campaigns → no score", () => {
    expect(score({ ...perfect, campaigns: 0, approvedOnTime: 0 }).score).toBeNull();
  });

  it("rejects inconsistent or invalid numbers with codes", () => {
    expect(experienceGap({ ...perfect, approvedOnTime: 5 })).toEqual({ ok: false, code: "EXPERIENCE_GAP_APPROVED_EXCEEDS_CAMPAIGNS", marketCode: "DE", field: "approvedOnTime" });
    expect(experienceGap({ ...perfect, overdue: -1 })).toMatchObject({ ok: false, code: "EXPERIENCE_GAP_INVALID_NUMBER", field: "overdue" });
    expect(experienceGap({ ...perfect, medianDaysToApproval: NaN })).toMatchObject({ ok: false, field: "medianDaysToApproval" });
  });

  it("explains itself", () => {
    for (const word of ["late", "slow", "errors", "warnings", "overdue", "weight 30", "0 = no gap"]) expect(EXPERIENCE_GAP_FORMULA).toContain(word);
  });
});

describe("rankMarketsByExperienceGap", () => {
  it("ranks worst first, shares ranks on ties, puts markets without data last", () => {
    const outcome = rankMarketsByExperienceGap([
      perfect,
      { ...perfect, marketCode: "AT" },
      worst,
      { ...perfect, marketCode: "JP", campaigns: 0, approvedOnTime: 0 },
      { ...perfect, marketCode: "IT", approvedOnTime: 3, medianDaysToApproval: 10, openErrorFindings: 4, openWarningFindings: 8, overdue: 1 },
    ]);
    if (!outcome.ok) throw new Error(outcome.code);
    expect(outcome.value.map((m) => [m.marketCode, m.score, m.rank])).toEqual([
      ["FR", 100, 1],
      ["IT", 27, 2],
      ["AT", 0, 3],
      ["DE", 0, 3],
      ["JP", null, null],
    ]);
  });

  it("is all-or-nothing", () => {
    expect(rankMarketsByExperienceGap([perfect, { ...worst, campaigns: -2 }])).toMatchObject({ ok: false, marketCode: "FR", field: "campaigns" });
  });
});

describe("median", () => {
  it.each([
    [[], null],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[1, NaN, 3, Infinity], 2],
  ])("median(%j) = %j", (values, expected) => expect(median(values)).toBe(expected));

  it("does not mutate its input", () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
