// What a TBX file said about the concept and its terms that Meridian has no field for (context,
// source, who and when, cross-references, term notes…): read-only, as kept for the export.
import type { TFunction } from "i18next";
import { directionOf } from "@/lib/i18n/config";
import { describeExtraNode, isTbxExtra } from "@/lib/termbase/tbx/tbx-extra";

type Item = { key: string; scope: string; lang?: string; label: string; lines: string[] };

export function MoreFromFileSection({
  concept,
  t,
}: {
  concept: { extra: unknown; terms: Array<{ id: string; locale: string; text: string; extra: unknown }> };
  t: TFunction;
}) {
  const items: Item[] = [];
  const add = (extra: unknown, scope: string, keyPrefix: string, lang?: string) => {
    if (!isTbxExtra(extra)) return;
    extra.forEach((node, i) => items.push({ key: `${keyPrefix}-${i}`, scope: node.lang ?? scope, lang: node.lang ?? lang, ...describeExtraNode(node) }));
  };
  add(concept.extra, t("termbase:moreFromFile.concept"), "c");
  for (const term of concept.terms) add(term.extra, term.text, term.id, term.locale);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="more-from-file-title" data-testid="more-from-file">
      <h2 id="more-from-file-title" className="mb-1 text-lg font-semibold">{t("termbase:moreFromFile.title")}</h2>
      <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{t("termbase:moreFromFile.description")}</p>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-2 text-sm sm:grid-cols-[14rem_1fr]">
        {items.map((item) => (
          <div key={item.key} className="contents">
            <dt className="text-slate-600 dark:text-slate-400">
              <span className="font-medium">{item.label}</span>{" "}
              <span className="text-xs" lang={item.lang} dir={item.lang ? directionOf(item.lang) : undefined}>({item.scope})</span>
            </dt>
            <dd lang={item.lang} dir="auto">
              {item.lines.map((line, i) => (
                <div key={i} className="whitespace-pre-line">{line}</div>
              ))}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
