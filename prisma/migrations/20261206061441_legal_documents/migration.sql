-- CreateEnum
CREATE TYPE "DocumentState" AS ENUM ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'RETURNED');

-- CreateEnum
CREATE TYPE "DocumentEffect" AS ENUM ('IN_FORCE', 'PARTLY_EXPIRED', 'EXPIRED', 'NOT_YET');

-- CreateEnum
CREATE TYPE "DocumentRelationKind" AS ENUM ('REPLACES', 'AMENDS', 'GUIDES');

-- CreateTable
CREATE TABLE "LegalDocument" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "numberKey" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "issuer" TEXT NOT NULL,
    "signer" TEXT,
    "issuedOn" DATE NOT NULL,
    "effectiveFrom" DATE,
    "expiresOn" DATE,
    "effectSet" "DocumentEffect",
    "summary" TEXT NOT NULL,
    "legalFieldId" INTEGER,
    "unitId" INTEGER NOT NULL,
    "createdById" INTEGER NOT NULL,
    "state" "DocumentState" NOT NULL DEFAULT 'DRAFT',
    "returnReason" TEXT,
    "submittedAt" TIMESTAMP(3),
    "publishedAt" TIMESTAMP(3),
    "searchWords" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LegalDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalDocumentFile" (
    "documentId" INTEGER NOT NULL,
    "fileId" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "LegalDocumentFile_pkey" PRIMARY KEY ("documentId","fileId")
);

-- CreateTable
CREATE TABLE "LegalDocumentRelation" (
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "kind" "DocumentRelationKind" NOT NULL,

    CONSTRAINT "LegalDocumentRelation_pkey" PRIMARY KEY ("fromId","toId","kind")
);

-- CreateTable
CREATE TABLE "ArticleCitation" (
    "articleId" INTEGER NOT NULL,
    "documentId" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ArticleCitation_pkey" PRIMARY KEY ("articleId","documentId")
);

-- CreateIndex
CREATE UNIQUE INDEX "LegalDocument_slug_key" ON "LegalDocument"("slug");

-- CreateIndex
CREATE INDEX "LegalDocument_state_issuedOn_idx" ON "LegalDocument"("state", "issuedOn" DESC);

-- CreateIndex
CREATE INDEX "LegalDocument_unitId_state_idx" ON "LegalDocument"("unitId", "state");

-- CreateIndex
CREATE INDEX "LegalDocument_searchWords_idx" ON "LegalDocument" USING GIN ("searchWords");

-- CreateIndex
CREATE UNIQUE INDEX "LegalDocument_numberKey_issuer_key" ON "LegalDocument"("numberKey", "issuer");

-- CreateIndex
CREATE INDEX "LegalDocumentFile_fileId_idx" ON "LegalDocumentFile"("fileId");

-- CreateIndex
CREATE INDEX "LegalDocumentRelation_toId_idx" ON "LegalDocumentRelation"("toId");

-- CreateIndex
CREATE INDEX "ArticleCitation_documentId_idx" ON "ArticleCitation"("documentId");

-- AddForeignKey
ALTER TABLE "LegalDocument" ADD CONSTRAINT "LegalDocument_legalFieldId_fkey" FOREIGN KEY ("legalFieldId") REFERENCES "LegalField"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalDocument" ADD CONSTRAINT "LegalDocument_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalDocument" ADD CONSTRAINT "LegalDocument_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalDocumentFile" ADD CONSTRAINT "LegalDocumentFile_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "LegalDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalDocumentFile" ADD CONSTRAINT "LegalDocumentFile_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "StoredFile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalDocumentRelation" ADD CONSTRAINT "LegalDocumentRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "LegalDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalDocumentRelation" ADD CONSTRAINT "LegalDocumentRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "LegalDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleCitation" ADD CONSTRAINT "ArticleCitation_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArticleCitation" ADD CONSTRAINT "ArticleCitation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "LegalDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;
