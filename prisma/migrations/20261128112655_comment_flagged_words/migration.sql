-- AlterTable
ALTER TABLE "Comment" ADD COLUMN     "flaggedWords" TEXT[] DEFAULT ARRAY[]::TEXT[];
