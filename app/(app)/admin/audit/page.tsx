import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/card";
import { inputClass } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import { buttonClass } from "@/components/ui/button";
import { findAuditEvents } from "@/lib/audit/find-audit-events";
import { requireActor } from "@/lib/auth";
import { formatDateTime } from "@/lib/i18n/format";
import { getT } from "@/lib/i18n/request";
import { canViewAuditLog } from "@/lib/permissions/workspace";

export const metadata: Metadata = { title: "Audit log" };

type Search = { action?: string; actor?: string; entityType?: string; entityId?: string; cursor?: string };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requireActor();
  if (!canViewAuditLog(actor)) notFound();
  const { t, uiLocale } = await getT();
  const params = await searchParams;
  const { items, nextCursor } = await findAuditEvents(actor, params);
  const next = new URLSearchParams({ ...params, cursor: nextCursor ?? "" } as Record<string, string>);
  return (
    <>
      <PageHeader title={t("admin:audit.title")} description={t("admin:audit.description")} />
      <form className="mb-4 flex flex-wrap items-end gap-3" role="search">
        {(["action", "actor", "entityType", "entityId"] as const).map((name) => (
          <label key={name} className="text-xs font-medium">
            {t(`admin:audit.${name}`)}
            <input name={name} defaultValue={params[name]} className={`${inputClass} mt-1 w-44`} />
          </label>
        ))}
        <button type="submit" className={buttonClass("secondary")}>{t("filter")}</button>
      </form>
      <Table caption={t("admin:audit.title")}>
        <thead>
          <tr>
            <Th>{t("admin:audit.when")}</Th>
            <Th>{t("admin:audit.actor")}</Th>
            <Th>{t("admin:audit.action")}</Th>
            <Th>{t("admin:audit.entity")}</Th>
            <Th>{t("admin:audit.change")}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
          {items.map((e) => (
            <tr key={e.id}>
              <Td className="whitespace-nowrap">{formatDateTime(e.createdAt, uiLocale)}</Td>
              <Td dir="ltr">{e.actorEmail ?? t("admin:audit.system")}</Td>
              <Td className="font-mono text-xs" dir="ltr">{e.action}</Td>
              <Td className="font-mono text-xs" dir="ltr">{e.entityType}{e.entityId ? ` ${e.entityId}` : ""}</Td>
              <Td>
                {e.before || e.after || e.meta ? (
                  <details>
                    <summary className="cursor-pointer text-xs text-brand-600">{t("admin:audit.details")}</summary>
                    <pre className="mt-1 max-w-xl overflow-x-auto text-xs" dir="ltr">{JSON.stringify({ before: e.before, after: e.after, meta: e.meta }, null, 2)}</pre>
                  </details>
                ) : null}
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {nextCursor ? (
        <div className="mt-4">
          <Link className={buttonClass("secondary")} href={`/admin/audit?${next.toString()}`}>{t("admin:audit.older")}</Link>
        </div>
      ) : null}
    </>
  );
}
