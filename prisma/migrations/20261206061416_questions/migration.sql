-- CreateEnum
CREATE TYPE "QuestionState" AS ENUM ('NEW', 'ROUTED', 'SUBMITTED', 'ENDORSED', 'ANSWERED', 'DECLINED');

-- CreateTable
CREATE TABLE "Question" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "state" "QuestionState" NOT NULL DEFAULT 'NEW',
    "askerName" TEXT NOT NULL,
    "askerEmail" TEXT,
    "askerPhone" TEXT,
    "showName" BOOLEAN NOT NULL DEFAULT false,
    "consentAt" TIMESTAMP(3) NOT NULL,
    "communeId" INTEGER NOT NULL,
    "fieldId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "attachmentId" INTEGER,
    "unitId" INTEGER,
    "routedAt" TIMESTAMP(3),
    "dueDays" INTEGER NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "answerBody" JSONB,
    "answerText" TEXT NOT NULL DEFAULT '',
    "answerWriterId" INTEGER,
    "submittedAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "declineReason" TEXT,
    "declinedAt" TIMESTAMP(3),
    "remindedAt" TIMESTAMP(3),
    "askerEmailedAt" TIMESTAMP(3),
    "addressHash" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionEvent" (
    "id" SERIAL NOT NULL,
    "questionId" INTEGER NOT NULL,
    "actorId" INTEGER,
    "action" TEXT NOT NULL,
    "fromState" "QuestionState",
    "toState" "QuestionState" NOT NULL,
    "unitId" INTEGER,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionRoutingRule" (
    "id" SERIAL NOT NULL,
    "fieldId" INTEGER,
    "communeId" INTEGER,
    "unitId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuestionRoutingRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicHoliday" (
    "date" DATE NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PublicHoliday_pkey" PRIMARY KEY ("date")
);

-- CreateIndex
CREATE UNIQUE INDEX "Question_code_key" ON "Question"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Question_slug_key" ON "Question"("slug");

-- CreateIndex
CREATE INDEX "Question_state_answeredAt_idx" ON "Question"("state", "answeredAt" DESC);

-- CreateIndex
CREATE INDEX "Question_unitId_state_idx" ON "Question"("unitId", "state");

-- CreateIndex
CREATE INDEX "Question_fieldId_state_idx" ON "Question"("fieldId", "state");

-- CreateIndex
CREATE INDEX "Question_addressHash_createdAt_idx" ON "Question"("addressHash", "createdAt");

-- CreateIndex
CREATE INDEX "Question_askerEmail_createdAt_idx" ON "Question"("askerEmail", "createdAt");

-- CreateIndex
CREATE INDEX "Question_contentHash_idx" ON "Question"("contentHash");

-- CreateIndex
CREATE INDEX "QuestionEvent_questionId_createdAt_idx" ON "QuestionEvent"("questionId", "createdAt");

-- CreateIndex
CREATE INDEX "QuestionRoutingRule_fieldId_communeId_idx" ON "QuestionRoutingRule"("fieldId", "communeId");

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "LegalField"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_attachmentId_fkey" FOREIGN KEY ("attachmentId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Question" ADD CONSTRAINT "Question_answerWriterId_fkey" FOREIGN KEY ("answerWriterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionEvent" ADD CONSTRAINT "QuestionEvent_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionEvent" ADD CONSTRAINT "QuestionEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionRoutingRule" ADD CONSTRAINT "QuestionRoutingRule_fieldId_fkey" FOREIGN KEY ("fieldId") REFERENCES "LegalField"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionRoutingRule" ADD CONSTRAINT "QuestionRoutingRule_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionRoutingRule" ADD CONSTRAINT "QuestionRoutingRule_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Diacritic-free search of published questions (lib/questions/public-queries.ts), the same folding as
-- articles: lower(immutable_unaccent(…)) with trigram indexes for LIKE '%…%'.
CREATE INDEX "Question_title_search_idx" ON "Question" USING GIN (lower(public.immutable_unaccent("title")) gin_trgm_ops);
CREATE INDEX "Question_content_search_idx" ON "Question" USING GIN (lower(public.immutable_unaccent("content")) gin_trgm_ops);
CREATE INDEX "Question_answerText_search_idx" ON "Question" USING GIN (lower(public.immutable_unaccent("answerText")) gin_trgm_ops);
