-- CreateTable
CREATE TABLE "QuestionCitation" (
    "questionId" INTEGER NOT NULL,
    "documentId" INTEGER NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "QuestionCitation_pkey" PRIMARY KEY ("questionId","documentId")
);

-- CreateIndex
CREATE INDEX "QuestionCitation_documentId_idx" ON "QuestionCitation"("documentId");

-- AddForeignKey
ALTER TABLE "QuestionCitation" ADD CONSTRAINT "QuestionCitation_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionCitation" ADD CONSTRAINT "QuestionCitation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "LegalDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;
