-- Invitations to represent an organisation (association or employer), sent by e-mail with a link.
-- Only the SHA-256 digest of the link's secret is kept. Owned by the identity module.
CREATE TABLE identity_representative_invitation (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    organisation_kind VARCHAR(16)  NOT NULL,
    organisation_id   BIGINT       NOT NULL,
    email             VARCHAR(254) NOT NULL,
    representative_role VARCHAR(24) NOT NULL,
    token_digest      CHAR(64)     NOT NULL,
    invited_by        BIGINT       NOT NULL,
    invited_at        TIMESTAMP(6) NOT NULL,
    expires_at        TIMESTAMP(6) NOT NULL,
    accepted_at       TIMESTAMP(6) NULL,
    accepted_by       BIGINT       NULL,
    cancelled_at      TIMESTAMP(6) NULL,
    CONSTRAINT identity_rep_invitation_token_uk UNIQUE (token_digest),
    INDEX identity_rep_invitation_org_idx (organisation_kind, organisation_id),
    CONSTRAINT identity_rep_invitation_inviter_fk FOREIGN KEY (invited_by) REFERENCES identity_account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
