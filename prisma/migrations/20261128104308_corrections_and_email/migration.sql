/*
  Warnings:

  - A unique constraint covering the columns `[correctionRevisionId]` on the table `Article` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterEnum
ALTER TYPE "RevisionKind" ADD VALUE 'CORRECTION';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "WorkflowAction" ADD VALUE 'SUBMIT_CORRECTION';
ALTER TYPE "WorkflowAction" ADD VALUE 'APPROVE_CORRECTION';
ALTER TYPE "WorkflowAction" ADD VALUE 'DISCARD_CORRECTION';

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "correctionRevisionId" INTEGER,
ADD COLUMN     "correctionSubmittedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "emailedAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "Article_correctionRevisionId_key" ON "Article"("correctionRevisionId");

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_correctionRevisionId_fkey" FOREIGN KEY ("correctionRevisionId") REFERENCES "ArticleRevision"("id") ON DELETE SET NULL ON UPDATE CASCADE;
