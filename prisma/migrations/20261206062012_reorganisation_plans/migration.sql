-- CreateEnum
CREATE TYPE "ReorganisationStatus" AS ENUM ('DRAFT', 'SCHEDULED', 'APPLIED');

-- CreateTable
CREATE TABLE "ReorganisationPlan" (
    "id" SERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "rows" JSONB NOT NULL DEFAULT '[]',
    "status" "ReorganisationStatus" NOT NULL DEFAULT 'DRAFT',
    "effectiveAt" TIMESTAMP(3),
    "appliedAt" TIMESTAMP(3),
    "result" JSONB,
    "createdById" INTEGER NOT NULL,
    "appliedById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReorganisationPlan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReorganisationPlan_status_effectiveAt_idx" ON "ReorganisationPlan"("status", "effectiveAt");
