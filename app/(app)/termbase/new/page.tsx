import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getT } from "@/lib/i18n/request";
import { findMarkets } from "@/lib/markets/find-markets";
import { canEditTermbase } from "@/lib/permissions/termbase";
import { CreateConceptForm } from "../concept-forms";

export const metadata: Metadata = { title: "New concept" };

export default async function NewConceptPage() {
  const actor = await requireActor();
  if (!canEditTermbase(actor)) notFound();
  const { t } = await getT();
  const markets = await findMarkets(actor);
  return (
    <div className="max-w-3xl">
      <Link href="/termbase" className="text-sm text-brand-600 hover:underline dark:text-brand-400">← {t("termbase:concept.back")}</Link>
      <PageHeader title={t("termbase:newConcept")} />
      <CreateConceptForm markets={markets.map((m) => ({ id: m.id, code: m.code, name: m.name }))} />
      <datalist id="termbase-locales">
        {[...new Set(markets.flatMap((m) => m.locales))].map((l) => (
          <option key={l} value={l} />
        ))}
      </datalist>
    </div>
  );
}
