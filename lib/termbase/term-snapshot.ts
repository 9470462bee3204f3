// What the audit log keeps of a term and a concept (before/after of every change).
export type TermRow = {
  id: string;
  locale: string;
  text: string;
  status: string;
  doNotTranslate: boolean;
  caseSensitive: boolean;
  partOfSpeech: string | null;
  usageNote: string | null;
  backTranslation: string | null;
  marketId: string | null;
};

export const termSelect = {
  id: true,
  conceptId: true,
  locale: true,
  text: true,
  status: true,
  doNotTranslate: true,
  caseSensitive: true,
  partOfSpeech: true,
  usageNote: true,
  backTranslation: true,
  marketId: true,
  // TBX elements kept without a column, shown on the concept page (tbx-extra.ts).
  extra: true,
  updatedAt: true,
} as const;

export function termSnapshot(t: TermRow) {
  return {
    termId: t.id,
    locale: t.locale,
    text: t.text,
    status: t.status,
    doNotTranslate: t.doNotTranslate,
    caseSensitive: t.caseSensitive,
    partOfSpeech: t.partOfSpeech,
    usageNote: t.usageNote,
    backTranslation: t.backTranslation,
    marketId: t.marketId,
  };
}

export function conceptSnapshot(c: { subject: string | null; definition: string | null; note: string | null; externalId?: string | null }) {
  return { subject: c.subject, definition: c.definition, note: c.note, externalId: c.externalId ?? null };
}
