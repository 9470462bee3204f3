// JSON accepted by the campaign import, besides a full campaign definition (the POST
// /api/v1/campaigns body): a key → text map, flat or nested. Top-level strings go to one
// touchpoint; each top-level object becomes a touchpoint whose nested keys are joined with dots.
// A message object ({"message"|"defaultMessage", "description"}) is one text with its note; ARB
// metadata keys ("@…") are skipped.
import type { ImportProblem } from "../exchange.schemas";
import { blockKeyFrom, chunkTouchpoint, type DraftTouchpoint } from "./draft-definition";
import { toIcuSource } from "./to-icu-source";

/**
 * One message with its description, as FormatJS ({"defaultMessage", "description"}) and Chrome
 * extensions' messages.json ({"message", "description", "placeholders"}) write it.
 */
function messageOf(node: Record<string, unknown>, chrome: boolean): { text: string; description?: string } | undefined {
  // {"message", "description"} alone is also plain copy (e.g. a notification's title and text):
  // read as one message only in a Chrome messages.json, whose every entry has that shape.
  const text = typeof node.defaultMessage === "string" ? node.defaultMessage : chrome && typeof node.message === "string" ? node.message : undefined;
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
    const message = messageOf(node as Record<string, unknown>, chrome && keyPath.length === 1);
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

  const entries = Object.entries(value).filter(([key]) => !key.startsWith("@"));
  const isObject = (node: unknown): node is Record<string, unknown> => node !== null && typeof node === "object" && !Array.isArray(node);
  const chrome = entries.length > 0 && entries.every(([, node]) => isObject(node) && messageOf(node, true) !== undefined);
  for (const [key, node] of entries) {
    if (isObject(node) && !messageOf(node, chrome)) {
      const tp: DraftTouchpoint = { name: key.slice(0, 200) || defaultName, blocks: [], keys: new Set() };
      addLeaves(tp, node, [], key);
      if (tp.blocks.length) touchpoints.push(tp);
    } else addLeaves(loose, node, [key], key);
  }
  if (loose.blocks.length) touchpoints.unshift(loose);
  return { touchpoints: touchpoints.flatMap(chunkTouchpoint), problems };
}
