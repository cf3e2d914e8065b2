-- Runs once, when the MariaDB container creates its data directory (as root).
--
-- Two database users (docs/decisions/0029):
--   brobygge_owner  owns the schema: Flyway migrates with it (SPRING_FLYWAY_USER) and, after every
--                   migration, grants the application user its rights table by table
--                   (BROBYGGE_DB_APP_USER).
--   brobygge        the application at run time: reads every table; INSERT, UPDATE, DELETE on every
--                   table except privacy_audit, where it gets SELECT and INSERT only. Triggers refuse
--                   UPDATE and DELETE on privacy_audit even to the owner.
GRANT ALL PRIVILEGES ON `brobygge`.* TO 'brobygge_owner'@'%' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS 'brobygge'@'%' IDENTIFIED BY 'brobygge';
GRANT SELECT ON `brobygge`.* TO 'brobygge'@'%';
