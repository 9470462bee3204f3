-- AlterTable
ALTER TABLE "VariantBlock" ADD COLUMN     "confirmed" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "origin" JSONB;
