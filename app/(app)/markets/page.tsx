import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth";
import { getT } from "@/lib/i18n/request";
import { findMarkets } from "@/lib/markets/find-markets";
import { canManageMarkets } from "@/lib/permissions/workspace";
import { findUsers } from "@/lib/users/find-users";
import { MarketForm } from "./market-form";

export const metadata: Metadata = { title: "Markets" };

export default async function MarketsPage() {
  const actor = await requireActor();
  const { t, uiLocale } = await getT();
  const admin = canManageMarkets(actor);
  const markets = await findMarkets(actor, { includeArchived: admin });
  const leads = admin ? (await findUsers(actor)).filter((u) => !u.disabledAt).map((u) => ({ id: u.id, name: u.name })) : [];
  const now = new Date();
  return (
    <>
      <PageHeader title={t("markets:title")} description={t("markets:description")} />
      <Table caption={t("markets:title")}>
        <thead>
          <tr>
            <Th>{t("markets:code")}</Th>
            <Th>{t("markets:name")}</Th>
            <Th>{t("markets:region")}</Th>
            <Th>{t("markets:locales")}</Th>
            <Th>{t("markets:currency")}</Th>
            <Th>{t("markets:timeZone")}</Th>
            <Th>{t("markets:localTime")}</Th>
            <Th>{t("markets:lead")}</Th>
            {admin ? <Th><span className="sr-only">{t("actions")}</span></Th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {markets.map((m) => (
            <tr key={m.id} data-testid={`market-row-${m.code}`}>
              <Td className="font-mono">{m.code}</Td>
              <Td>
                {m.name} {m.archivedAt ? <Badge tone="warning">{t("markets:archived")}</Badge> : null}
              </Td>
              <Td>{m.region}</Td>
              <Td dir="ltr">{m.locales.join(", ")}</Td>
              <Td>
                {m.currency}{" "}
                <span className="text-slate-500">
                  {new Intl.NumberFormat(m.locales[0], { style: "currency", currency: m.currency }).format(1234.5)}
                </span>
              </Td>
              <Td dir="ltr">{m.timeZone}</Td>
              <Td>{new Intl.DateTimeFormat(uiLocale, { timeStyle: "short", timeZone: m.timeZone }).format(now)}</Td>
              <Td>{m.lead?.name ?? "—"}</Td>
              {admin ? (
                <Td>
                  <details>
                    <summary className="cursor-pointer text-sm text-brand-600">{t("markets:edit")}</summary>
                    <div className="mt-2 w-[36rem] max-w-[80vw]">
                      <MarketForm
                        leads={leads}
                        market={{
                          id: m.id,
                          code: m.code,
                          name: m.name,
                          region: m.region,
                          locales: m.locales,
                          currency: m.currency,
                          timeZone: m.timeZone,
                          fallbackLocale: m.fallbackLocale,
                          leadId: m.leadId,
                          archived: !!m.archivedAt,
                        }}
                      />
                    </div>
                  </details>
                </Td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </Table>
      {admin ? (
        <div className="mt-8 max-w-2xl">
          <h2 className="mb-3 text-lg font-semibold">{t("markets:create")}</h2>
          <MarketForm />
        </div>
      ) : null}
    </>
  );
}
