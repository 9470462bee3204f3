// multipart/form-data uploads (API and UI): the body is size-limited while it streams in,
// then parsed; `file` is the upload, the other fields are asset metadata.
import { AppError } from "@/lib/errors";
import { readBytes, requireMediaType } from "@/lib/http/read-body";
import { assetMetaFromForm } from "./asset.schemas";
import { maxUploadBytes, type UploadedFile } from "./store-asset-file";

/** Room for the multipart framing and metadata fields around the file. */
const FORM_OVERHEAD = 256 * 1024;

export async function fileFromForm(form: FormData): Promise<UploadedFile> {
  const file = form.get("file");
  if (!file || typeof file === "string") throw new AppError("UPLOAD_FILE_MISSING", { status: 422 });
  if (file.size > maxUploadBytes()) throw new AppError("PAYLOAD_TOO_LARGE", { details: { limitBytes: maxUploadBytes() } });
  return { name: file.name || "file", bytes: Buffer.from(await file.arrayBuffer()) };
}

export async function readUploadForm(req: Request): Promise<{ meta: Record<string, unknown>; file: UploadedFile }> {
  requireMediaType(req, ["multipart/form-data"]);
  const bytes = await readBytes(req, maxUploadBytes() + FORM_OVERHEAD);
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(bytes), { headers: { "content-type": req.headers.get("content-type")! } }).formData();
  } catch {
    throw new AppError("BAD_REQUEST", { message: "The multipart body could not be read" });
  }
  return { meta: assetMetaFromForm(form), file: await fileFromForm(form) };
}
