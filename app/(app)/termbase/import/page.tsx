import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { env } from "@/lib/env";
import { getT } from "@/lib/i18n/request";
import { canImportTermbase } from "@/lib/permissions/termbase";
import { canManageMarkets } from "@/lib/permissions/workspace";
import { ImportForm } from "./import-client";

export const metadata: Metadata = { title: "Termbase import and export" };

export default async function ImportPage() {
  const actor = await requireActor();
  const { t } = await getT();
  return (
    <div className="max-w-3xl space-y-6">
      <Link href="/termbase" className="text-sm text-brand-600 hover:underline dark:text-brand-400">← {t("termbase:concept.back")}</Link>
      <PageHeader title={t("termbase:import.title")} description={t("termbase:import.description")} />
      <Card>
        {canImportTermbase(actor) ? (
          <ImportForm maxMb={env().MAX_IMPORT_MB} canCreateMarkets={canManageMarkets(actor)} />
        ) : (
          <p className="text-sm text-slate-600 dark:text-slate-400">{t("termbase:import.noPermission")}</p>
        )}
      </Card>
      <Card>
        <h2 className="text-lg font-semibold">{t("termbase:import.export")}</h2>
        <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{t("termbase:import.exportHint")}</p>
        <div className="flex flex-wrap gap-2">
          <a href="/termbase/export?format=tbx" className={buttonClass("secondary")} download data-testid="export-tbx">{t("termbase:import.exportTbx")}</a>
          <a href="/termbase/export?format=tbx-v2" className={buttonClass("secondary")} download data-testid="export-tbx-v2">{t("termbase:import.exportTbxV2")}</a>
          <a href="/termbase/export?format=csv" className={buttonClass("secondary")} download data-testid="export-csv">{t("termbase:import.exportCsv")}</a>
        </div>
      </Card>
    </div>
  );
}
