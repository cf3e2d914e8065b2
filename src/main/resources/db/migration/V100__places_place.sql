-- Meeting places. Staff maintain them; a resident may propose one (status PROPOSED) that staff
-- approve (PUBLISHED) or reject (REJECTED, with a reason). version: optimistic locking.
CREATE TABLE places_place (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    version           BIGINT        NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    name              VARCHAR(120)  NOT NULL,
    description       VARCHAR(4000) NOT NULL,
    street_address    VARCHAR(200)  NOT NULL,
    area              VARCHAR(80)   NOT NULL,
    latitude          DOUBLE        NULL,
    longitude         DOUBLE        NULL,
    opening_hours     VARCHAR(500)  NOT NULL,
    step_free         BOOLEAN       NOT NULL,
    hearing_loop      BOOLEAN       NOT NULL,
    accessible_toilet BOOLEAN       NOT NULL,
    contact_email     VARCHAR(254)  NULL,
    contact_phone     VARCHAR(40)   NULL,
    proposed_by       BIGINT        NULL,
    rejection_reason  VARCHAR(500)  NULL,
    created_at        TIMESTAMP(6)  NOT NULL,
    updated_at        TIMESTAMP(6)  NOT NULL,
    INDEX places_place_status_area (status, area),
    CONSTRAINT places_place_proposed_by_fk FOREIGN KEY (proposed_by) REFERENCES identity_account (id) ON DELETE SET NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
