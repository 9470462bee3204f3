// @mentions in a comment body: "@dana@example.com", "@\"Dana Schmidt\"" or "@Dana" (a first or
// full name without spaces, only when exactly one candidate matches). Pure.
export interface MentionCandidate {
  id: string;
  email: string;
  name: string;
}

const EMAIL = /@([^\s@"]+@[^\s@"]+\.[^\s@",;:!?)]+[^\s@",;:!?.)])/g;
const QUOTED = /@"([^"]{1,100})"/g;
const WORD = /(?:^|[\s(])@([\p{L}\p{N}_.-]{2,50})/gu;

export function parseMentions(body: string, candidates: readonly MentionCandidate[]): MentionCandidate[] {
  const found = new Map<string, MentionCandidate>();
  const byEmail = new Map(candidates.map((c) => [c.email.toLowerCase(), c]));
  for (const m of body.matchAll(EMAIL)) {
    const c = byEmail.get(m[1]!.toLowerCase());
    if (c) found.set(c.id, c);
  }
  for (const m of body.matchAll(QUOTED)) {
    const wanted = m[1]!.trim().toLowerCase();
    const c = candidates.find((x) => x.name.toLowerCase() === wanted);
    if (c) found.set(c.id, c);
  }
  for (const m of body.matchAll(WORD)) {
    const word = m[1]!.replace(/[.]+$/, "").toLowerCase();
    if (word.includes("@")) continue;
    const matches = candidates.filter(
      (x) => x.name.toLowerCase().replace(/\s+/g, "") === word || x.name.toLowerCase().split(/\s+/)[0] === word,
    );
    if (matches.length === 1) found.set(matches[0]!.id, matches[0]!);
  }
  return [...found.values()];
}
