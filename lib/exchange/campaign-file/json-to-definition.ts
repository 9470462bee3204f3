// JSON accepted by the campaign import, besides a full campaign definition (the POST
// /api/v1/campaigns body): a key → text map, flat or nested. Top-level strings go to one
// touchpoint; each top-level object becomes a touchpoint whose nested keys are joined with dots.
// A message object ({"message"|"defaultMessage", "description"}) is one text with its note; ARB
// metadata keys ("@…") are skipped.
import type { ImportProblem } from "../exchange.schemas";
import { blockKeyFrom, chunkTouchpoint, type DraftTouchpoint } from "./draft-definition";
import { toIcuSource } from "./to-icu-source";

/**
 * One message with its description, as Chrome extensions' messages.json ({"message",
 * "description", "placeholders"}) and FormatJS ({"defaultMessage", "description"}) write it.
 */
function messageOf(node: Record<string, unknown>): { text: string; description?: string } | undefined {
  const text = typeof node.message === "string" ? node.message : typeof node.defaultMessage === "string" ? node.defaultMessage : undefined;
  if (text === undefined) return undefined;
  if (!Object.keys(node).every((k) => MESSAGE_KEYS.has(k))) return undefined;
  return typeof node.description === "string" && node.description ? { text, description: node.description } : { text };
}

const MESSAGE_KEYS = new Set(["message", "defaultMessage", "description", "placeholders"]);

/** Deeper maps are refused: nobody writes copy 33 keys deep, and recursion must stay bounded. */
const MAX_DEPTH = 32;

export function jsonMapToTouchpoints(value: Record<string, unknown>, defaultName: string): { touchpoints: DraftTouchpoint[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const touchpoints: DraftTouchpoint[] = [];
  const loose: DraftTouchpoint = { name: defaultName, blocks: [], keys: new Set() };

  const addLeaves = (tp: DraftTouchpoint, node: unknown, keyPath: string[], jsonPath: string) => {
    if (node === null || node === undefined) return;
    if (keyPath.length > MAX_DEPTH) {
      problems.push({ path: jsonPath.slice(0, 200), code: "JSON_TOO_DEEP", message: `Keys may nest at most ${MAX_DEPTH} levels deep.` });
      return;
    }
    if (typeof node === "string" || typeof node === "number" || typeof node === "boolean") {
      tp.blocks.push({
        key: blockKeyFrom(tp.keys, keyPath.join(".")),
        type: "body",
        policy: "translate",
        source: toIcuSource(String(node)),
        origin: { path: jsonPath },
      });
      return;
    }
    if (Array.isArray(node)) {
      problems.push({ path: jsonPath, code: "JSON_UNSUPPORTED_VALUE", message: "Lists are not supported; use an object of key → text." });
      return;
    }
    const message = messageOf(node as Record<string, unknown>);
    if (message) {
      tp.blocks.push({
        key: blockKeyFrom(tp.keys, keyPath.join(".")),
        type: "body",
        policy: "translate",
        source: toIcuSource(message.text),
        ...(message.description ? { notes: message.description.slice(0, 2000) } : {}),
        origin: { path: jsonPath },
      });
      return;
    }
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      // Flutter ARB: "@key" holds the metadata of "key", "@@locale" the file's; not copy.
      if (k.startsWith("@")) continue;
      addLeaves(tp, v, [...keyPath, k], `${jsonPath}.${k}`);
    }
  };

  for (const [key, node] of Object.entries(value)) {
    if (key.startsWith("@")) continue;
    if (node !== null && typeof node === "object" && !Array.isArray(node) && !messageOf(node as Record<string, unknown>)) {
      const tp: DraftTouchpoint = { name: key.slice(0, 200) || defaultName, blocks: [], keys: new Set() };
      addLeaves(tp, node, [], key);
      if (tp.blocks.length) touchpoints.push(tp);
    } else addLeaves(loose, node, [key], key);
  }
  if (loose.blocks.length) touchpoints.unshift(loose);
  return { touchpoints: touchpoints.flatMap(chunkTouchpoint), problems };
}
