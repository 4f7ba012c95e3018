-- CreateIndex
CREATE INDEX "LegalDocument_state_type_issuer_legalFieldId_issuedOn_effec_idx" ON "LegalDocument"("state", "type", "issuer", "legalFieldId", "issuedOn", "effectSet", "effectiveFrom", "expiresOn");
