import { describe, expect, it } from "vitest";
import { RESULT_CONVERSIONS_EXCEED_USERS, RESULT_PERIOD_REVERSED, resultSchema } from "./result.schemas";

const rate = {
  metric: "first purchase",
  kind: "rate",
  period: { from: "2026-10-01", to: "2026-10-31" },
  exposed: { users: 10000, conversions: 620 },
  holdout: { users: 10000, conversions: 550 },
};
const mean = {
  metric: "revenue per user",
  kind: "mean",
  period: { from: "2026-10-01", to: "2026-10-01" },
  exposed: { users: 900, mean: 12.5, sd: 4.2 },
  holdout: { users: 100, mean: 11.9, sd: 0 },
};

function codes(input: unknown): string[] {
  const parsed = resultSchema.safeParse(input);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => `${i.path.join(".")}:${i.code === "custom" ? (i as { params?: { code?: string } }).params?.code : i.code}`);
}

describe("resultSchema", () => {
  it("accepts the documented rate and mean shapes, holdout optional", () => {
    expect(resultSchema.parse(rate)).toEqual(rate);
    expect(resultSchema.parse(mean)).toEqual(mean);
    const { holdout: _h, ...noHoldout } = rate;
    expect(resultSchema.safeParse(noHoldout).success).toBe(true);
  });

  it("trims the metric name", () => {
    expect(resultSchema.parse({ ...rate, metric: "  signups " }).metric).toBe("signups");
  });

  it("rejects conversions > users with a code", () => {
    expect(codes({ ...rate, holdout: { users: 10, conversions: 11 } })).toEqual([`holdout.conversions:${RESULT_CONVERSIONS_EXCEED_USERS}`]);
  });

  it("rejects a reversed period and impossible dates", () => {
    expect(codes({ ...rate, period: { from: "2026-10-31", to: "2026-10-01" } })).toEqual([`period.to:${RESULT_PERIOD_REVERSED}`]);
    expect(codes({ ...rate, period: { from: "2026-02-30", to: "2026-03-01" } })).toEqual(["period.from:invalid_format"]);
    expect(codes({ ...rate, period: { from: "01/10/2026", to: "2026-10-31" } })).toEqual(["period.from:invalid_format"]);
  });

  it("rejects mixed shapes, negative sd, fractional or zero users, unknown kind", () => {
    expect(codes({ ...rate, exposed: { users: 10, mean: 1, sd: 1 } }).length).toBeGreaterThan(0);
    expect(codes({ ...mean, exposed: { users: 10, mean: 1, sd: -1 } })).toEqual(["exposed.sd:too_small"]);
    expect(codes({ ...rate, exposed: { users: 10.5, conversions: 1 } })).toEqual(["exposed.users:invalid_type"]);
    expect(codes({ ...rate, exposed: { users: 0, conversions: 0 } })).toEqual(["exposed.users:too_small"]);
    expect(codes({ ...rate, kind: "median" })).toEqual(["kind:invalid_union"]);
    expect(codes({ ...rate, metric: "   " })).toEqual(["metric:too_small"]);
  });
});
