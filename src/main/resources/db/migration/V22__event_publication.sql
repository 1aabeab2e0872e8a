-- Spring Modulith's event publication registry (schema v2 of spring-modulith-events-jdbc 2.1, for MariaDB):
-- an event to another module's @ApplicationModuleListener is stored in the publishing transaction and marked
-- complete when the listener has run, so work cut off by a crash is resubmitted at the next start.
-- SERIALIZED_EVENT is TEXT rather than the stock VARCHAR(4000), so that no event is refused for its size.
CREATE TABLE EVENT_PUBLICATION (
    ID                     VARCHAR(36)  NOT NULL,
    LISTENER_ID            VARCHAR(512) NOT NULL,
    EVENT_TYPE             VARCHAR(512) NOT NULL,
    SERIALIZED_EVENT       TEXT         NOT NULL,
    PUBLICATION_DATE       TIMESTAMP(6) NOT NULL,
    COMPLETION_DATE        TIMESTAMP(6) NULL DEFAULT NULL,
    STATUS                 VARCHAR(20),
    COMPLETION_ATTEMPTS    INT,
    LAST_RESUBMISSION_DATE TIMESTAMP(6) NULL,
    PRIMARY KEY (ID),
    INDEX EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX (COMPLETION_DATE)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
