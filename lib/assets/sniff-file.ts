// Decides what an upload really is from its bytes (file-type), not from its name or the
// browser's claim. Unknown or unsupported types, and names whose extension contradicts the
// content, are refused with a code. SVG is refused: it can carry script.
import { fileTypeFromBuffer } from "file-type";
import { AppError } from "@/lib/errors";

export type AssetKind = "image" | "video" | "document";

const ALLOWED: Record<string, { kind: AssetKind; extensions: string[] }> = {
  "image/png": { kind: "image", extensions: ["png"] },
  "image/jpeg": { kind: "image", extensions: ["jpg", "jpeg", "jpe"] },
  "image/gif": { kind: "image", extensions: ["gif"] },
  "image/webp": { kind: "image", extensions: ["webp"] },
  "image/avif": { kind: "image", extensions: ["avif"] },
  "image/tiff": { kind: "image", extensions: ["tif", "tiff"] },
  "video/mp4": { kind: "video", extensions: ["mp4", "m4v"] },
  "video/webm": { kind: "video", extensions: ["webm"] },
  "video/quicktime": { kind: "video", extensions: ["mov", "qt"] },
  "application/pdf": { kind: "document", extensions: ["pdf"] },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { kind: "document", extensions: ["docx"] },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { kind: "document", extensions: ["xlsx"] },
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": { kind: "document", extensions: ["pptx"] },
};

export const ACCEPTED_EXTENSIONS = Object.values(ALLOWED).flatMap((a) => a.extensions.map((e) => `.${e}`));

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
