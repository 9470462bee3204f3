// One mail per notification kind, rendered as subject + text + HTML in the recipient's interface
// language (uiLocale from the profile). Strings live in locales/<uiLocale>/mail.json; translations
// are trusted, every interpolated value is HTML-escaped for the HTML part.
import { directionOf, isUiLocale, type UiLocale } from "@/lib/i18n/config";
import { createTranslator } from "@/lib/i18n/create-translator";
import { formatDateTime } from "@/lib/i18n/format";
import type { NotificationKind } from "./notification-kinds";

export interface MailInput {
  kind: NotificationKind;
  data: Record<string, string | number | null>;
  link?: string | null;
  /** Free text quoted below the message (a comment's full body). */
  note?: string | null;
  recipientName: string;
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

function values(input: MailInput, t: ReturnType<typeof createTranslator>, uiLocale: UiLocale): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(input.data)) out[k] = v == null ? "" : String(v);
  if (typeof input.data.state === "string") out.state = t(`variants:states.${input.data.state}`, { defaultValue: input.data.state });
  if (typeof input.data.dueDate === "string") out.dueDate = formatDateTime(input.data.dueDate, uiLocale, "UTC") + " UTC";
  out.name = input.recipientName;
  return out;
}

function escapeAll(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, escapeHtml(v)]));
}

export function renderMail(input: MailInput, locale: string, baseUrl?: string | null): RenderedMail {
  const uiLocale: UiLocale = isUiLocale(locale) ? locale : "en";
  const t = createTranslator(uiLocale);
  const plain = values(input, t, uiLocale);
  const escaped = escapeAll(plain);
  const key = `mail:kinds.${input.kind}`;
  // Header values are not HTML: the subject is rendered from the plain values and kept on one line.
  const subject = t(`${key}.subject`, plain).replace(/[\r\n]+/g, " ");
  const url = baseUrl && input.link ? new URL(input.link, baseUrl).toString() : null;
  const note = input.note ?? (typeof input.data.comment === "string" && input.data.comment ? input.data.comment : null);

  const text = [
    t("mail:greeting", plain),
    "",
    t(`${key}.body`, plain),
    ...(note ? ["", ...note.split(/\r?\n/).map((line) => `> ${line}`)] : []),
    ...(url ? ["", `${t("mail:open")}: ${url}`] : []),
    "",
    "-- ",
    t("mail:footer"),
  ].join("\n");

  const dir = directionOf(uiLocale);
  const align = dir === "rtl" ? "right" : "left";
  const html = [
    "<!doctype html>",
    `<html lang="${uiLocale}" dir="${dir}">`,
    `<head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
    `<body dir="${dir}" style="font-family:system-ui,sans-serif;line-height:1.5;text-align:${align};color:#1f2937">`,
    `<p>${t("mail:greeting", escaped)}</p>`,
    `<p>${t(`${key}.body`, escaped)}</p>`,
    note ? `<blockquote style="margin:0;padding:0 1em;border-inline-start:3px solid #d1d5db;color:#4b5563">${escapeHtml(note).replace(/\r?\n/g, "<br>")}</blockquote>` : "",
    url ? `<p><a href="${escapeHtml(url)}">${escapeHtml(t("mail:open"))}</a></p>` : "",
    `<p style="color:#6b7280;font-size:12px">${escapeHtml(t("mail:footer"))}</p>`,
    "</body></html>",
  ]
    .filter(Boolean)
    .join("\n");
  return { subject, text, html };
}
