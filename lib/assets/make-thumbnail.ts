// Thumbnails (WebP, max 480 px) and pixel size for image uploads, with sharp. A corrupt image
// that sharp cannot decode is refused rather than stored without a preview.
import sharp from "sharp";
import { AppError } from "@/lib/errors";

export const THUMBNAIL_SIZE = 480;

export async function makeThumbnail(bytes: Buffer): Promise<{ thumbnail: Buffer; width: number; height: number }> {
  try {
    const image = sharp(bytes, { limitInputPixels: 100_000_000, animated: false });
    const meta = await image.metadata();
    const thumbnail = await image
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer();
    // EXIF orientations 5–8 swap width and height.
    const swap = (meta.orientation ?? 1) >= 5;
    return { thumbnail, width: (swap ? meta.height : meta.width) ?? 0, height: (swap ? meta.width : meta.height) ?? 0 };
  } catch {
    throw new AppError("UPLOAD_IMAGE_UNREADABLE", { status: 422 });
  }
}
