-- AlterTable
ALTER TABLE "Variant" ADD COLUMN     "contentEditorIds" TEXT[] DEFAULT ARRAY[]::TEXT[];
