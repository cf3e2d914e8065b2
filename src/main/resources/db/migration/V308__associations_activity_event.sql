-- Events (in the events module) created from an activity, so its page can list them.
CREATE TABLE associations_activity_event (
    activity_id BIGINT NOT NULL,
    event_id    BIGINT NOT NULL,
    PRIMARY KEY (activity_id, event_id),
    CONSTRAINT associations_activity_event_fk FOREIGN KEY (activity_id) REFERENCES associations_activity (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
