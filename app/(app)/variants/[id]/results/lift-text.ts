// Plain-words lift explanation and number formatting shared by the variant and campaign results
// pages (server side: takes the request's translator).
import type { TFunction } from "i18next";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { ApiResult } from "@/lib/results/to-api-result";

export function formatAbsolute(t: TFunction, value: number, kind: "rate" | "mean", uiLocale: string): string {
  if (kind === "rate") return t("results:pp", { value: formatNumber(value * 100, uiLocale, { maximumFractionDigits: 2, signDisplay: "exceptZero" }) });
  return formatNumber(value, uiLocale, { maximumFractionDigits: 2, signDisplay: "exceptZero" });
}

export function formatValue(value: number | null, kind: "rate" | "mean", uiLocale: string): string {
  if (value === null) return "—";
  return kind === "rate" ? formatPercent(value, uiLocale, 2) : formatNumber(value, uiLocale, { maximumFractionDigits: 2 });
}

export function formatRelative(value: number, uiLocale: string): string {
  return new Intl.NumberFormat(uiLocale, { style: "percent", maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(value);
}

export function formatP(p: number | null, uiLocale: string): string {
  if (p === null) return "—";
  return p < 0.001 ? "< " + formatNumber(0.001, uiLocale) : formatNumber(p, uiLocale, { maximumFractionDigits: 3 });
}

export function explainLift(t: TFunction, result: ApiResult, uiLocale: string): string {
  const { lift } = result;
  const abs = lift.absolute;
  const values = {
    metric: result.metric,
    exposed: formatValue(lift.exposedValue, lift.kind, uiLocale),
    holdout: formatValue(lift.holdoutValue, lift.kind, uiLocale),
    absolute: abs ? formatAbsolute(t, abs.estimate, lift.kind, uiLocale) : "—",
    relative: lift.relative ? formatRelative(lift.relative.estimate, uiLocale) : "—",
    lower: abs?.ci ? formatAbsolute(t, abs.ci.lower, lift.kind, uiLocale) : "—",
    upper: abs?.ci ? formatAbsolute(t, abs.ci.upper, lift.kind, uiLocale) : "—",
    p: formatP(lift.pValue, uiLocale),
  };
  return t(`results:explain.${lift.explanation}`, values);
}

export function explainPower(t: TFunction, result: ApiResult, uiLocale: string): string | null {
  const power = result.lift.power;
  if (!power) return null;
  const mde = formatPercent(power.minimumDetectableEffect, uiLocale, 1);
  if (power.additional.enough) return t("results:power.enough", { mde, perGroup: formatNumber(power.usersPerGroup, uiLocale) });
  return t("results:power.needMore", {
    mde,
    perGroup: formatNumber(power.usersPerGroup, uiLocale),
    exposedMore: formatNumber(power.additional.exposed, uiLocale),
    holdoutMore: formatNumber(power.additional.holdout, uiLocale),
    total: formatNumber(power.additional.total, uiLocale),
  });
}
