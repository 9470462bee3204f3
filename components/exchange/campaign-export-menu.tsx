"use client";
// Export menu for a campaign page: approved texts as JSON or CSV, every visible variant as a zip
// of XLIFF files. Plain links to the session-authenticated download route; keyboard-usable
// through the native <details> disclosure.
import { useTranslation } from "react-i18next";
import { buttonClass } from "@/components/ui/button";

const ITEMS = [
  { key: "json", query: "format=json" },
  { key: "csv", query: "format=csv" },
  { key: "xliff20", query: "format=xliff-zip&version=2.0" },
  { key: "xliff12", query: "format=xliff-zip&version=1.2" },
] as const;

export function CampaignExportMenu({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation("exchange");
  return (
    <details className="relative">
      <summary className={buttonClass("secondary", "cursor-pointer list-none")}>
        {t("campaignExport.menu")} <span aria-hidden>▾</span>
      </summary>
      <ul className="absolute end-0 z-30 mt-1 w-64 rounded-md border border-slate-200 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        {ITEMS.map((item) => (
          <li key={item.key}>
            <a
              href={`/api/campaigns/${encodeURIComponent(campaignId)}/export?${item.query}`}
              download
              className="block px-3 py-2 text-start text-sm hover:bg-slate-100 focus:bg-slate-100 focus:outline-none dark:hover:bg-slate-800 dark:focus:bg-slate-800"
            >
              {t(`campaignExport.${item.key}`)}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
