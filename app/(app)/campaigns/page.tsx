import { EmptyState, PageHeader } from "@/components/ui/card";
import { requireActor } from "@/lib/auth";
import { getT } from "@/lib/i18n/request";

export default async function Page() {
  await requireActor();
  const { t } = await getT();
  return (
    <>
      <PageHeader title={t("nav.campaigns")} />
      <EmptyState title={t("empty.campaigns.title")} description={t("empty.campaigns.description")} />
    </>
  );
}
