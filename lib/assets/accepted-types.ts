// The file types the asset library accepts (by sniffed MIME type), safe to import in the browser.
export type AssetKind = "image" | "video" | "document";

export const ALLOWED: Record<string, { kind: AssetKind; extensions: string[] }> = {
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

