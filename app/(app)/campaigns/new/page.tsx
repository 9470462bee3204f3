import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getT } from "@/lib/i18n/request";
import { findMarkets } from "@/lib/markets/find-markets";
import { canCreateCampaign } from "@/lib/permissions/campaigns";
import { BriefForm } from "../brief-form";

export const metadata: Metadata = { title: "New campaign" };

export default async function NewCampaignPage() {
  const actor = await requireActor();
  if (!canCreateCampaign(actor)) notFound();
  const { t } = await getT();
  const markets = await findMarkets(actor);
  return (
    <>
      <PageHeader title={t("campaigns:new")} />
      <div className="max-w-3xl">
        <BriefForm
          markets={markets.map((m) => ({ code: m.code, name: m.name }))}
          initial={{
            name: "",
            objective: "",
            kpi: "",
            segments: [],
            funnelStage: "awareness",
            channels: [],
            markets: [],
            sourceLocale: "en-US",
            startDate: "",
            endDate: "",
            dueDate: "",
            requiresBrandSignoff: false,
            prefillTargets: false,
            briefNotes: "",
          }}
        />
      </div>
    </>
  );
}
