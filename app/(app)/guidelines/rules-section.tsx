// The accepted guideline rules: what each checks, where, how severe, and its version history.
import type { TFunction } from "i18next";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { GuidelineRuleWithHistory } from "@/lib/guidelines/find-guidelines";
import { formatDateTime } from "@/lib/i18n/format";
import { RuleForm } from "./guidelines-client";

type MarketOption = { id: string; code: string; name: string };

export function ruleDetail(r: GuidelineRuleWithHistory, t: TFunction) {
  switch (r.kind) {
    case "forbidden_phrase":
      return <q>{r.phrase}</q>;
    case "forbidden_pattern":
      return <code dir="ltr" className="text-xs">{r.pattern}</code>;
    case "required_text":
      return r.phrase ? <q>{r.phrase}</q> : <code dir="ltr" className="text-xs">{r.pattern}</code>;
    case "max_length":
      return t("guidelines:rules.chars", { count: r.maxLength ?? 0 });
    case "style":
      return t(`guidelines:styles.${r.style}`);
  }
}

export function ruleScope(r: GuidelineRuleWithHistory, t: TFunction, scopeLabel: (marketId: string | null) => string): string {
  return [
    scopeLabel(r.marketId),
    r.channel ? t(`guidelines:channels.${r.channel}`) : t("guidelines:rules.allChannels"),
    r.blockTypes.length ? r.blockTypes.map((b) => t(`guidelines:blockTypes.${b}`)).join(", ") : t("guidelines:rules.allBlocks"),
  ].join(" · ");
}

function ruleValue(r: GuidelineRuleWithHistory) {
  return {
    id: r.id,
    version: r.version,
    marketId: r.marketId,
    channel: r.channel,
    blockTypes: r.blockTypes,
    kind: r.kind,
    severity: r.severity,
    phrase: r.phrase,
    pattern: r.pattern,
    maxLength: r.maxLength,
    style: r.style,
    message: r.message,
    active: r.active,
  };
}

export function RulesSection({
  accepted,
  canEdit,
  marketOptions,
  scopeLabel,
  t,
  uiLocale,
}: {
  accepted: GuidelineRuleWithHistory[];
  canEdit: boolean;
  marketOptions: MarketOption[];
  scopeLabel: (marketId: string | null) => string;
  t: TFunction;
  uiLocale: string;
}) {
  const detail = (r: GuidelineRuleWithHistory) => ruleDetail(r, t);
  const scope = (r: GuidelineRuleWithHistory) => ruleScope(r, t, scopeLabel);
  return (
    <section aria-labelledby="g-rules">
      <h2 id="g-rules" className="mb-1 text-lg font-semibold">{t("guidelines:rules.title")}</h2>
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{t("guidelines:rules.description")}</p>
      {accepted.length === 0 ? (
        <EmptyState title={t("guidelines:rules.empty")} />
      ) : (
        <Table caption={t("guidelines:rules.title")}>
          <thead>
            <tr>
              <Th>{t("guidelines:rules.kind")}</Th>
              <Th>{t("guidelines:rules.detail")}</Th>
              <Th>{t("guidelines:rules.scope")}</Th>
              <Th>{t("guidelines:rules.severity")}</Th>
              <Th>{t("guidelines:rules.history")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {accepted.map((r) => (
              <tr key={r.id} className={r.active ? "" : "opacity-60"}>
                <Td>
                  <div>{t(`guidelines:ruleKinds.${r.kind}`)}</div>
                  {!r.active ? <Badge>{t("guidelines:rules.inactive")}</Badge> : null}
                </Td>
                <Td>
                  <div>{detail(r)}</div>
                  {r.message ? <div className="text-xs text-slate-500">{r.message}</div> : null}
                </Td>
                <Td className="text-xs">{scope(r)}</Td>
                <Td><Badge tone={r.severity === "error" ? "danger" : "warning"}>{t(`guidelines:severities.${r.severity}`)}</Badge></Td>
                <Td>
                  <details>
                    <summary className="cursor-pointer text-sm text-brand-600">{t("guidelines:rules.version", { version: r.version })}</summary>
                    <ol className="mt-2 space-y-1 text-xs">
                      {r.versions.map((v) => (
                        <li key={v.id}>
                          <span className="font-medium">{t("guidelines:rules.version", { version: v.version })}</span>{" "}
                          {t("guidelines:rules.changedBy", { name: v.changedByName ?? t("guidelines:rules.unknownUser"), date: formatDateTime(v.changedAt, uiLocale) })}
                        </li>
                      ))}
                    </ol>
                    {canEdit ? (
                      <div className="mt-3 w-[min(42rem,80vw)]">
                        <RuleForm rule={ruleValue(r)} markets={marketOptions} />
                      </div>
                    ) : null}
                  </details>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      {canEdit ? (
        <details className="mt-4">
          <summary className="cursor-pointer text-sm font-medium text-brand-600">{t("guidelines:rules.add")}</summary>
          <Card className="mt-2"><RuleForm markets={marketOptions} /></Card>
        </details>
      ) : null}
    </section>
  );
}
