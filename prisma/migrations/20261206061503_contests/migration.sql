-- CreateEnum
CREATE TYPE "ContestQuestionKind" AS ENUM ('SINGLE', 'MULTIPLE');

-- CreateTable
CREATE TABLE "Contest" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rules" JSONB NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "showResults" BOOLEAN NOT NULL DEFAULT true,
    "resultsPublished" BOOLEAN NOT NULL DEFAULT false,
    "tieBreakQuestion" TEXT,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Contest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContestGroup" (
    "id" SERIAL NOT NULL,
    "contestId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ContestGroup_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContestRound" (
    "id" SERIAL NOT NULL,
    "contestId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "questionCount" INTEGER NOT NULL,
    "timeLimitSeconds" INTEGER NOT NULL,
    "attemptsAllowed" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "ContestRound_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContestQuestion" (
    "id" SERIAL NOT NULL,
    "contestId" INTEGER NOT NULL,
    "groupId" INTEGER,
    "kind" "ContestQuestionKind" NOT NULL,
    "text" TEXT NOT NULL,
    "options" TEXT[],
    "correct" INTEGER[],
    "explanation" TEXT NOT NULL,
    "legalFieldId" INTEGER,
    "difficulty" INTEGER NOT NULL DEFAULT 2,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContestQuestion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContestEntrant" (
    "id" SERIAL NOT NULL,
    "contestId" INTEGER NOT NULL,
    "groupId" INTEGER NOT NULL,
    "communeId" INTEGER NOT NULL,
    "fullName" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContestEntrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContestPhoneCode" (
    "id" SERIAL NOT NULL,
    "contestId" INTEGER NOT NULL,
    "phone" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "tries" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContestPhoneCode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContestAttempt" (
    "id" SERIAL NOT NULL,
    "entrantId" INTEGER NOT NULL,
    "roundId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "questionIds" INTEGER[],
    "startedAt" TIMESTAMP(3) NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "correctCount" INTEGER,
    "durationMs" INTEGER,
    "tieBreakGuess" INTEGER,
    "prize" TEXT,

    CONSTRAINT "ContestAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContestAnswer" (
    "attemptId" INTEGER NOT NULL,
    "questionId" INTEGER NOT NULL,
    "chosen" INTEGER[],
    "answeredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ContestAnswer_pkey" PRIMARY KEY ("attemptId","questionId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Contest_slug_key" ON "Contest"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "ContestGroup_contestId_name_key" ON "ContestGroup"("contestId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "ContestRound_contestId_number_key" ON "ContestRound"("contestId", "number");

-- CreateIndex
CREATE INDEX "ContestQuestion_contestId_groupId_idx" ON "ContestQuestion"("contestId", "groupId");

-- CreateIndex
CREATE UNIQUE INDEX "ContestEntrant_tokenHash_key" ON "ContestEntrant"("tokenHash");

-- CreateIndex
CREATE INDEX "ContestEntrant_contestId_groupId_idx" ON "ContestEntrant"("contestId", "groupId");

-- CreateIndex
CREATE UNIQUE INDEX "ContestEntrant_contestId_phone_key" ON "ContestEntrant"("contestId", "phone");

-- CreateIndex
CREATE INDEX "ContestPhoneCode_contestId_phone_idx" ON "ContestPhoneCode"("contestId", "phone");

-- CreateIndex
CREATE INDEX "ContestAttempt_roundId_submittedAt_idx" ON "ContestAttempt"("roundId", "submittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ContestAttempt_entrantId_roundId_number_key" ON "ContestAttempt"("entrantId", "roundId", "number");

-- AddForeignKey
ALTER TABLE "ContestGroup" ADD CONSTRAINT "ContestGroup_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestRound" ADD CONSTRAINT "ContestRound_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestQuestion" ADD CONSTRAINT "ContestQuestion_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestQuestion" ADD CONSTRAINT "ContestQuestion_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ContestGroup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestQuestion" ADD CONSTRAINT "ContestQuestion_legalFieldId_fkey" FOREIGN KEY ("legalFieldId") REFERENCES "LegalField"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestEntrant" ADD CONSTRAINT "ContestEntrant_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestEntrant" ADD CONSTRAINT "ContestEntrant_groupId_fkey" FOREIGN KEY ("groupId") REFERENCES "ContestGroup"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestEntrant" ADD CONSTRAINT "ContestEntrant_communeId_fkey" FOREIGN KEY ("communeId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestPhoneCode" ADD CONSTRAINT "ContestPhoneCode_contestId_fkey" FOREIGN KEY ("contestId") REFERENCES "Contest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestAttempt" ADD CONSTRAINT "ContestAttempt_entrantId_fkey" FOREIGN KEY ("entrantId") REFERENCES "ContestEntrant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestAttempt" ADD CONSTRAINT "ContestAttempt_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ContestRound"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestAnswer" ADD CONSTRAINT "ContestAnswer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "ContestAttempt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContestAnswer" ADD CONSTRAINT "ContestAnswer_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "ContestQuestion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
