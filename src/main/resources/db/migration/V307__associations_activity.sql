-- Regular activities, e.g. football for girls on Tuesdays 18-19 at a sports hall.
CREATE TABLE associations_activity (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    association_id BIGINT        NOT NULL,
    title          VARCHAR(150)  NOT NULL,
    description    VARCHAR(2000) NOT NULL,
    weekday        VARCHAR(10)   NOT NULL,
    starts_at      TIME          NOT NULL,
    ends_at        TIME          NOT NULL,
    recurrence     VARCHAR(16)   NOT NULL,
    place_id       BIGINT        NULL,
    hidden_reason  VARCHAR(500)  NULL,
    created_at     TIMESTAMP(6)  NOT NULL,
    version        BIGINT        NOT NULL DEFAULT 0,
    INDEX associations_activity_association_idx (association_id),
    CONSTRAINT associations_activity_fk FOREIGN KEY (association_id) REFERENCES associations_association (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
