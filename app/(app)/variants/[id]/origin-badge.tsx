"use client";
// Where a block's text came from (TM 100 %, TM 87 %, MT Apertium, AI draft) and whether a person
// has confirmed it yet; nothing for text a person wrote.
import { useTranslation } from "react-i18next";
import { Badge } from "@/components/ui/badge";
import type { VariantEditorData } from "@/lib/variants/get-variant-editor";

type Block = VariantEditorData["blocks"][number];

export function OriginBadge({ origin, confirmed }: Pick<Block, "origin" | "confirmed">) {
  const { t } = useTranslation("pretranslation");
  if (origin.kind === "human") return null;
  const label =
    origin.kind === "tm"
      ? t("origin.tm", { score: origin.score ?? 100 })
      : origin.kind === "mt"
        ? t("origin.mt", { provider: t(`providers.${origin.provider ?? "other"}`, { defaultValue: origin.provider }) })
        : t("origin.aiDraft");
  return (
    <>
      <Badge tone={origin.kind === "tm" ? "success" : "info"}>{label}</Badge>
      {!confirmed ? <Badge tone="warning">{t("origin.unconfirmed")}</Badge> : null}
    </>
  );
}
