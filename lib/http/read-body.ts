// Request bodies for the API: content type checked (415), size limited (413), JSON validated
// with the same zod schema the UI form uses (422 with the issues).
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import { rejectUnstorableText } from "@/lib/validation/storable-text";

const DEFAULT_LIMIT = 1_000_000;

export async function readBytes(req: Request, limitBytes: number): Promise<Buffer> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limitBytes) throw tooLarge(limitBytes);
  if (!req.body) return Buffer.alloc(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      await reader.cancel();
      throw tooLarge(limitBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(limitBytes: number): AppError {
  return new AppError("PAYLOAD_TOO_LARGE", {
    message: `The body is larger than ${limitBytes} bytes`,
    details: { limitBytes },
  });
}

export function mediaType(req: Request): string {
  return (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}

export function requireMediaType(req: Request, accepted: string[]): string {
  const type = mediaType(req);
  if (!accepted.includes(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", {
      message: `Content-Type must be one of: ${accepted.join(", ")}`,
      details: { accepted },
    });
  }
  return type;
}

export async function readJson<S extends z.ZodType>(
  req: Request,
  schema: S,
  limitBytes = DEFAULT_LIMIT,
): Promise<z.infer<S>> {
  requireMediaType(req, ["application/json"]);
  const bytes = await readBytes(req, limitBytes);
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new AppError("BAD_REQUEST", { message: "The body is not valid JSON" });
  }
  rejectUnstorableText(value);
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    throw new AppError("VALIDATION_FAILED", {
      message: "The input is not valid",
      details: parsed.error.issues.map((i) => ({ path: i.path.join("."), code: i.code, message: i.message })),
    });
  }
  return parsed.data;
}
