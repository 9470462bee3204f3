"use client";
// "Try the checker": the text is checked as you type (debounced) with the same function the
// editors use; findings are listed in a live region and highlighted in a preview.
import { findingMessage } from "@/components/findings/finding-message";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormError } from "@/components/form/form-error";
import { Badge } from "@/components/ui/badge";
import { Field, Select, Textarea } from "@/components/ui/field";
import type { Finding } from "@/lib/core/checker/finding.types";
import { BLOCK_TYPES, CHANNELS } from "@/lib/core/checker/rules.types";
import { tryCheckAction } from "@/lib/checker/checker.actions";
import { directionOf } from "@/lib/i18n/config";

const RANK = { error: 3, warning: 2, info: 1 } as const;
const MARK: Record<Finding["severity"], string> = {
  error: "bg-red-200 underline decoration-red-600 decoration-wavy dark:bg-red-900/60",
  warning: "bg-amber-200 underline decoration-amber-600 dark:bg-amber-900/60",
  info: "bg-sky-100 dark:bg-sky-900/50",
};

/** Splits text at every finding boundary; each piece takes the worst severity covering it. */
function highlight(text: string, findings: Finding[]) {
  const ranged = findings.filter((f) => f.end > f.start);
  const cuts = [...new Set([0, text.length, ...ranged.flatMap((f) => [f.start, f.end])])]
    .filter((n) => n >= 0 && n <= text.length)
    .sort((a, b) => a - b);
  const pieces: { text: string; severity: Finding["severity"] | null }[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [a, b] = [cuts[i]!, cuts[i + 1]!];
    let severity: Finding["severity"] | null = null;
    for (const f of ranged) if (f.start <= a && f.end >= b && (!severity || RANK[f.severity] > RANK[severity])) severity = f.severity;
    pieces.push({ text: text.slice(a, b), severity });
  }
  return pieces;
}

export function CheckerPanel({ markets, locales }: { markets: { code: string; name: string; locales: string[] }[]; locales: string[] }) {
  const { t } = useTranslation("guidelines");
  const [text, setText] = useState("");
  const [locale, setLocale] = useState(locales[0] ?? "en-US");
  const [market, setMarket] = useState("");
  const [channel, setChannel] = useState("");
  const [blockType, setBlockType] = useState("");
  const [findings, setFindings] = useState<Finding[]>([]);
  const [checkedText, setCheckedText] = useState("");
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState<string | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    const id = ++seq.current;
    if (!text.trim()) return; // nothing shown for an empty text (see `shown` below)
    const timer = setTimeout(async () => {
      setBusy(true);
      const result = await tryCheckAction({ text, locale, market: market || null, channel: channel || null, blockType: blockType || null });
      if (id !== seq.current) return; // a newer keystroke is on its way
      setBusy(false);
      if (!result.ok) return setCode(result.error.code);
      setCode(null);
      setFindings(result.data.findings);
      setCheckedText(text);
    }, 350);
    return () => clearTimeout(timer);
  }, [text, locale, market, channel, blockType]);

  const isEmpty = !text.trim();
  const shown = isEmpty ? "" : checkedText;
  const pieces = useMemo(() => highlight(shown, findings), [shown, findings]);
  const dir = directionOf(locale);

  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
      <div className="space-y-3">
        <div className="grid grid-cols-2 gap-3">
          <Field label={t("checker.locale")} htmlFor="chk-locale">
            <Select id="chk-locale" value={locale} onChange={(e) => setLocale(e.target.value)} dir="ltr">
              {locales.map((l) => (
                <option key={l} value={l}>{l}</option>
              ))}
            </Select>
          </Field>
          <Field label={t("checker.market")} htmlFor="chk-market">
            <Select
              id="chk-market"
              value={market}
              onChange={(e) => {
                setMarket(e.target.value);
                const first = markets.find((m) => m.code === e.target.value)?.locales[0];
                if (first) setLocale(first);
              }}
            >
              <option value="">{t("checker.none")}</option>
              {markets.map((m) => (
                <option key={m.code} value={m.code}>{m.code} — {m.name}</option>
              ))}
            </Select>
          </Field>
          <Field label={t("checker.channel")} htmlFor="chk-channel">
            <Select id="chk-channel" value={channel} onChange={(e) => setChannel(e.target.value)}>
              <option value="">{t("checker.none")}</option>
              {CHANNELS.map((c) => (
                <option key={c} value={c}>{t(`channels.${c}`)}</option>
              ))}
            </Select>
          </Field>
          <Field label={t("checker.blockType")} htmlFor="chk-block">
            <Select id="chk-block" value={blockType} onChange={(e) => setBlockType(e.target.value)}>
              <option value="">{t("checker.none")}</option>
              {BLOCK_TYPES.map((b) => (
                <option key={b} value={b}>{t(`blockTypes.${b}`)}</option>
              ))}
            </Select>
          </Field>
        </div>
        <Field label={t("checker.text")} htmlFor="chk-text">
          <Textarea
            id="chk-text"
            rows={6}
            value={text}
            lang={locale}
            dir={dir}
            placeholder={t("checker.placeholder")}
            onChange={(e) => setText(e.target.value)}
            aria-describedby="chk-results"
          />
        </Field>
        <FormError code={code} ns="guidelines" />
      </div>
      <CheckerResults locale={locale} pieces={pieces} findings={findings} shown={shown} checking={busy && !isEmpty} />
    </div>
  );
}

/** The highlighted preview and the findings list (a live region). */
function CheckerResults({
  locale,
  pieces,
  findings,
  shown,
  checking,
}: {
  locale: string;
  pieces: ReturnType<typeof highlight>;
  findings: Finding[];
  shown: string;
  checking: boolean;
}) {
  const { t } = useTranslation("guidelines");
  const dir = directionOf(locale);
  return (
    <div>
      <h3 className="mb-1 text-sm font-medium text-slate-700 dark:text-slate-300">{t("checker.preview")}</h3>
      <div lang={locale} dir={dir} className="min-h-16 whitespace-pre-wrap rounded-md border border-slate-200 bg-slate-50 p-3 text-sm dark:border-slate-700 dark:bg-slate-950">
        {pieces.map((p, i) =>
          p.severity ? (
            <mark key={i} className={`rounded-sm text-inherit ${MARK[p.severity]}`}>{p.text}</mark>
          ) : (
            <span key={i}>{p.text}</span>
          ),
        )}
      </div>
      <div id="chk-results" aria-live="polite" className="mt-3 text-sm">
        {checking ? (
          <p className="text-slate-500">{t("checker.checking")}</p>
        ) : !shown ? null : findings.length === 0 ? (
          <p className="text-emerald-700 dark:text-emerald-400">{t("checker.noFindings")}</p>
        ) : (
          <>
            <p className="mb-2 font-medium">{t("checker.findings", { count: findings.length })}</p>
            <ul className="space-y-2">
              {findings.map((f, i) => (
                <li key={`${f.code}-${f.start}-${i}`} className="flex items-start gap-2">
                  <Badge tone={f.severity === "error" ? "danger" : f.severity === "warning" ? "warning" : "info"}>{t(`severities.${f.severity}`)}</Badge>
                  <span>
                    {f.end > f.start ? (
                      <q lang={locale} dir={dir} className="font-medium">{shown.slice(f.start, f.end)}</q>
                    ) : null}{" "}
                    <span className="text-slate-700 dark:text-slate-300" data-code={f.code}>{findingMessage(t, f)}</span>{" "}
                    <code className="text-xs text-slate-500" dir="ltr">{f.code}</code>
                  </span>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
