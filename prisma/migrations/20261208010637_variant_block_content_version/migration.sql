-- AlterTable
ALTER TABLE "VariantBlock" ADD COLUMN     "contentVersion" INTEGER NOT NULL DEFAULT 0;
