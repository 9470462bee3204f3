// A touchpoint rendered in a simple channel frame (e-mail, landing page, social card, banner,
// push notification, print, SMS) in one content locale, right-to-left where the locale is, with
// sample values for the ICU placeholders. No hooks: usable from server and client components.
import { formatSample, type SampleValue } from "@/lib/core/text/icu-placeholders";
import { directionOf } from "@/lib/i18n/config";

export interface PreviewBlock {
  key: string;
  type: string;
  text: string;
  imageUrl?: string | null;
  omitted?: boolean;
}

export interface TouchpointPreviewProps {
  channel: string;
  name: string;
  /** The content locale (e.g. "ar-SA"); sets lang, dir and number/date formats. */
  locale: string;
  blocks: PreviewBlock[];
  sampleValues?: Record<string, string | number>;
  /** Accessible name of the preview region; defaults to the touchpoint name. */
  label?: string;
}

export const DEFAULT_SAMPLE_VALUES: Record<string, SampleValue> = {
  firstName: "Alex",
  lastName: "Morgan",
  name: "Alex",
  count: 3,
  amount: 1250,
  price: 49.99,
  percent: 0.15,
  date: new Date("2025-10-15T12:00:00Z"),
  gender: "other",
};

function render(text: string, locale: string, values: Record<string, SampleValue>): string {
  const result = formatSample(text, locale, values);
  return result.ok ? result.text : text;
}

type Rendered = { key: string; type: string; text: string; imageUrl?: string | null };

function pick(blocks: Rendered[], type: string): Rendered[] {
  return blocks.filter((b) => b.type === type);
}

function PreviewImage({ block }: { block: Rendered }) {
  return block.imageUrl ? (
    // eslint-disable-next-line @next/next/no-img-element -- previews show arbitrary asset URLs
    <img src={block.imageUrl} alt="" className="h-auto w-full rounded object-cover" />
  ) : (
    <div aria-hidden className="flex aspect-[16/7] w-full items-center justify-center rounded bg-gradient-to-br from-slate-200 to-slate-300 text-3xl text-slate-500 dark:from-slate-700 dark:to-slate-800">
      ▧
    </div>
  );
}

function Body({ blocks }: { blocks: Rendered[] }) {
  return (
    <div className="space-y-2">
      {blocks.map((b) => {
        switch (b.type) {
          case "headline":
            return <p key={b.key} className="text-xl font-bold leading-tight">{b.text}</p>;
          case "subheadline":
            return <p key={b.key} className="text-base font-medium text-slate-600 dark:text-slate-300">{b.text}</p>;
          case "cta":
            return (
              <p key={b.key}>
                <span className="inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white">{b.text}</span>
              </p>
            );
          case "legal":
            return <p key={b.key} className="text-[11px] leading-snug text-slate-500">{b.text}</p>;
          case "image":
            return <PreviewImage key={b.key} block={b} />;
          default:
            return <p key={b.key} className="whitespace-pre-line text-sm leading-relaxed">{b.text}</p>;
        }
      })}
    </div>
  );
}

export function TouchpointPreview({ channel, name, locale, blocks, sampleValues, label }: TouchpointPreviewProps) {
  const values = { ...DEFAULT_SAMPLE_VALUES, ...sampleValues };
  const shown: Rendered[] = blocks
    .filter((b) => !b.omitted)
    .map((b) => ({ key: b.key, type: b.type, imageUrl: b.imageUrl, text: b.type === "image" ? "" : render(b.text, locale, values) }));
  const dir = directionOf(locale);
  const headline = pick(shown, "headline")[0]?.text ?? name;
  const frame = "overflow-hidden rounded-lg border border-slate-200 bg-white text-slate-900 shadow-sm dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100";
  let content;
  switch (channel) {
    case "email":
      content = (
        <div className={frame}>
          <div className="space-y-1 border-b border-slate-200 bg-slate-50 px-4 py-2 text-xs text-slate-500 dark:border-slate-700 dark:bg-slate-800">
            <div className="font-semibold text-slate-700 dark:text-slate-200">{headline}</div>
            <div className="truncate">{pick(shown, "subheadline")[0]?.text ?? pick(shown, "body")[0]?.text ?? ""}</div>
          </div>
          <div className="p-5"><Body blocks={shown} /></div>
        </div>
      );
      break;
    case "landing_page":
      content = (
        <div className={frame}>
          <div aria-hidden className="flex gap-1 border-b border-slate-200 bg-slate-100 px-3 py-2 dark:border-slate-700 dark:bg-slate-800">
            <span className="h-2.5 w-2.5 rounded-full bg-red-400" />
            <span className="h-2.5 w-2.5 rounded-full bg-amber-400" />
            <span className="h-2.5 w-2.5 rounded-full bg-emerald-400" />
          </div>
          <div className="bg-gradient-to-b from-brand-50 to-white p-8 text-center dark:from-slate-800 dark:to-slate-900"><Body blocks={shown} /></div>
        </div>
      );
      break;
    case "social":
      content = (
        <div className={`${frame} max-w-sm`}>
          <div className="flex items-center gap-2 px-3 py-2">
            <span aria-hidden className="h-8 w-8 rounded-full bg-gradient-to-br from-brand-500 to-emerald-400" />
            <span className="text-sm font-semibold">Meridian</span>
          </div>
          {pick(shown, "image").map((b) => <PreviewImage key={b.key} block={b} />)}
          <div className="p-3"><Body blocks={shown.filter((b) => b.type !== "image")} /></div>
        </div>
      );
      break;
    case "banner":
      content = (
        <div className={`${frame} flex items-center gap-4 bg-gradient-to-r from-brand-600 to-brand-500 p-4 text-white dark:text-white`}>
          <div className="min-w-0 flex-1">
            <p className="truncate text-lg font-bold">{headline}</p>
            <p className="truncate text-sm opacity-90">{pick(shown, "subheadline")[0]?.text ?? pick(shown, "body")[0]?.text ?? ""}</p>
          </div>
          {pick(shown, "cta")[0] ? <span className="shrink-0 rounded bg-white px-3 py-1.5 text-sm font-semibold text-brand-700">{pick(shown, "cta")[0]!.text}</span> : null}
        </div>
      );
      break;
    case "push":
    case "sms":
      content = (
        <div className="max-w-sm rounded-2xl bg-slate-800 p-3 text-white shadow-lg">
          <div className="flex gap-3">
            <span aria-hidden className="mt-0.5 h-8 w-8 shrink-0 rounded-lg bg-gradient-to-br from-brand-500 to-emerald-400" />
            <div className="min-w-0 text-sm">
              <p className="font-semibold">{channel === "push" ? headline : "Meridian"}</p>
              <p className="text-slate-200">
                {shown.filter((b) => b.type !== "image" && (channel === "sms" || b.type !== "headline")).map((b) => b.text).join(" ")}
              </p>
            </div>
          </div>
        </div>
      );
      break;
    default:
      content = <div className={`${frame} p-6`}><Body blocks={shown} /></div>;
  }
  return (
    <figure role="group" aria-label={label ?? name} lang={locale} dir={dir} className="text-start">
      {content}
    </figure>
  );
}
