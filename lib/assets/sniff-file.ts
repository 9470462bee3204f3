// Decides what an upload really is from its bytes (file-type), not from its name or the
// browser's claim. Unknown or unsupported types, and names whose extension contradicts the
// content, are refused with a code. SVG is refused: it can carry script.
import { fileTypeFromBuffer } from "file-type";
import { AppError } from "@/lib/errors";
import { ALLOWED, type AssetKind } from "./accepted-types";

export type { AssetKind };

export interface SniffedFile {
  kind: AssetKind;
  mimeType: string;
  extension: string;
}

export async function sniffFile(bytes: Uint8Array, fileName: string): Promise<SniffedFile> {
  const detected = await fileTypeFromBuffer(bytes);
  const allowed = detected ? ALLOWED[detected.mime] : undefined;
  if (!detected || !allowed) {
    throw new AppError("UPLOAD_TYPE_UNSUPPORTED", { status: 415, details: { detected: detected?.mime ?? null } });
  }
  const dot = fileName.lastIndexOf(".");
  const claimed = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
  if (claimed && !allowed.extensions.includes(claimed)) {
    throw new AppError("UPLOAD_TYPE_MISMATCH", { status: 415, details: { extension: claimed, detected: detected.mime } });
  }
  return { kind: allowed.kind, mimeType: detected.mime, extension: allowed.extensions[0]! };
}
