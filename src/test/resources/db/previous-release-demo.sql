/*M!999999\- enable the sandbox mode */ 

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!40101 SET @OLD_CHARACTER_SET_RESULTS=@@CHARACTER_SET_RESULTS */;
/*!40101 SET @OLD_COLLATION_CONNECTION=@@COLLATION_CONNECTION */;
/*!40101 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
/*!40111 SET @OLD_SQL_NOTES=@@SQL_NOTES, SQL_NOTES=0 */;
DROP TABLE IF EXISTS `EVENT_PUBLICATION`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `EVENT_PUBLICATION` (
  `ID` varchar(36) NOT NULL,
  `LISTENER_ID` varchar(512) NOT NULL,
  `EVENT_TYPE` varchar(512) NOT NULL,
  `SERIALIZED_EVENT` varchar(4000) NOT NULL,
  `PUBLICATION_DATE` timestamp(6) NOT NULL,
  `COMPLETION_DATE` timestamp(6) NULL DEFAULT NULL,
  `STATUS` varchar(20) DEFAULT NULL,
  `COMPLETION_ATTEMPTS` int(11) DEFAULT NULL,
  `LAST_RESUBMISSION_DATE` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `EVENT_PUBLICATION_BY_COMPLETION_DATE_IDX` (`COMPLETION_DATE`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `EVENT_PUBLICATION` WRITE;
/*!40000 ALTER TABLE `EVENT_PUBLICATION` DISABLE KEYS */;
/*!40000 ALTER TABLE `EVENT_PUBLICATION` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `associations_activity`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `associations_activity` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `association_id` bigint(20) NOT NULL,
  `title` varchar(150) NOT NULL,
  `description` varchar(2000) NOT NULL,
  `weekday` varchar(10) NOT NULL,
  `starts_at` time NOT NULL,
  `ends_at` time NOT NULL,
  `recurrence` varchar(16) NOT NULL,
  `place_id` bigint(20) DEFAULT NULL,
  `hidden_reason` varchar(500) DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `associations_activity_association_idx` (`association_id`),
  CONSTRAINT `associations_activity_fk` FOREIGN KEY (`association_id`) REFERENCES `associations_association` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `associations_activity` WRITE;
/*!40000 ALTER TABLE `associations_activity` DISABLE KEYS */;
INSERT INTO `associations_activity` VALUES
(1,1,'Fotboll för tjejer','Träning för alla nivåer. Skor finns att låna.','TUESDAY','18:00:00','19:00:00','WEEKLY',2,NULL,'2026-11-23 19:56:05.575110',0),
(2,1,'Matchträning','För dig som vill spela match.','THURSDAY','18:00:00','19:30:00','WEEKLY',2,NULL,'2026-11-23 19:56:05.982490',0),
(3,2,'Körövning','Vi övar inför vårkonserten.','WEDNESDAY','19:00:00','21:00:00','WEEKLY',4,NULL,'2026-11-23 19:56:06.317940',0),
(4,3,'Syträff','Ta med något du vill laga.','SATURDAY','11:00:00','14:00:00','BIWEEKLY',3,NULL,'2026-11-23 19:56:06.589902',0);
/*!40000 ALTER TABLE `associations_activity` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `associations_activity_event`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `associations_activity_event` (
  `activity_id` bigint(20) NOT NULL,
  `event_id` bigint(20) NOT NULL,
  PRIMARY KEY (`activity_id`,`event_id`),
  CONSTRAINT `associations_activity_event_fk` FOREIGN KEY (`activity_id`) REFERENCES `associations_activity` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `associations_activity_event` WRITE;
/*!40000 ALTER TABLE `associations_activity_event` DISABLE KEYS */;
/*!40000 ALTER TABLE `associations_activity_event` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `associations_area`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `associations_area` (
  `association_id` bigint(20) NOT NULL,
  `area` varchar(80) NOT NULL,
  PRIMARY KEY (`association_id`,`area`),
  CONSTRAINT `associations_area_fk` FOREIGN KEY (`association_id`) REFERENCES `associations_association` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `associations_area` WRITE;
/*!40000 ALTER TABLE `associations_area` DISABLE KEYS */;
INSERT INTO `associations_area` VALUES
(1,'Norrby'),
(2,'Centrum'),
(2,'Västra hamnen'),
(3,'Söderdal');
/*!40000 ALTER TABLE `associations_area` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `associations_association`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `associations_association` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(150) NOT NULL,
  `organisation_number` char(11) NOT NULL,
  `type` varchar(32) NOT NULL,
  `contact_email` varchar(254) DEFAULT NULL,
  `contact_phone` varchar(40) DEFAULT NULL,
  `website` varchar(500) DEFAULT NULL,
  `fee_sek` decimal(8,2) DEFAULT NULL,
  `meeting_times` varchar(500) DEFAULT NULL,
  `newcomer_help` tinyint(1) NOT NULL DEFAULT 0,
  `has_logo` tinyint(1) NOT NULL DEFAULT 0,
  `verified` tinyint(1) NOT NULL DEFAULT 0,
  `verified_at` timestamp(6) NULL DEFAULT NULL,
  `suspended_reason` varchar(500) DEFAULT NULL,
  `description_hidden` varchar(500) DEFAULT NULL,
  `logo_hidden` varchar(500) DEFAULT NULL,
  `registered_by` bigint(20) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `associations_association_orgnr_uk` (`organisation_number`),
  KEY `associations_association_name_idx` (`name`),
  KEY `associations_association_registrant_fk` (`registered_by`),
  CONSTRAINT `associations_association_registrant_fk` FOREIGN KEY (`registered_by`) REFERENCES `identity_account` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `associations_association` WRITE;
/*!40000 ALTER TABLE `associations_association` DISABLE KEYS */;
INSERT INTO `associations_association` VALUES
(1,'Norrby IF Tjejfotboll','802512-3459','SPORTS','tjejfotboll@norrbyif.example','040-55 12 34',NULL,NULL,'Tisdagar och torsdagar 18–19',1,0,1,'2026-11-23 19:56:05.070934',NULL,NULL,NULL,3,'2026-11-23 19:56:05.070886',0),
(2,'Brohamns Världskör','802498-7656','CULTURE','kor@brohamn.example',NULL,'https://varldskoren.example',200.00,'Onsdagar 19–21',1,0,1,'2026-11-23 19:56:06.048976',NULL,NULL,NULL,3,'2026-11-23 19:56:06.048947',0),
(3,'Söderdals syförening','802455-5115','WOMEN',NULL,'070-111 22 33',NULL,NULL,'Varannan lördag',0,0,0,NULL,NULL,NULL,NULL,2,'2026-11-23 19:56:06.356118',0);
/*!40000 ALTER TABLE `associations_association` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `associations_description`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `associations_description` (
  `association_id` bigint(20) NOT NULL,
  `language_code` varchar(8) NOT NULL,
  `text` text NOT NULL,
  PRIMARY KEY (`association_id`,`language_code`),
  CONSTRAINT `associations_description_fk` FOREIGN KEY (`association_id`) REFERENCES `associations_association` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `associations_description` WRITE;
/*!40000 ALTER TABLE `associations_description` DISABLE KEYS */;
INSERT INTO `associations_description` VALUES
(1,'ar','كرة قدم للفتيات من 10 إلى 19 عامًا في نوربي. لا حاجة إلى خبرة سابقة – تعالي وجرّبي!'),
(1,'en','Football for girls aged 10–19 in Norrby. No experience needed – come and try!'),
(1,'sv','Fotboll för tjejer 10–19 år i Norrby. Ingen förkunskap behövs – kom och prova!\nVi har ledare som pratar svenska, arabiska och somaliska.'),
(2,'en','We sing songs from all over the world. You do not need to read music.'),
(2,'sv','Vi sjunger sånger från hela världen. Du behöver inte kunna noter.'),
(3,'sv','Vi syr, lagar kläder och fikar tillsammans. Symaskiner finns.');
/*!40000 ALTER TABLE `associations_description` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `associations_language`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `associations_language` (
  `association_id` bigint(20) NOT NULL,
  `language_code` varchar(8) NOT NULL,
  PRIMARY KEY (`association_id`,`language_code`),
  CONSTRAINT `associations_language_fk` FOREIGN KEY (`association_id`) REFERENCES `associations_association` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `associations_language` WRITE;
/*!40000 ALTER TABLE `associations_language` DISABLE KEYS */;
INSERT INTO `associations_language` VALUES
(1,'ar'),
(1,'so'),
(1,'sv'),
(2,'ar'),
(2,'en'),
(2,'sv'),
(2,'uk'),
(3,'prs'),
(3,'sv'),
(3,'ti');
/*!40000 ALTER TABLE `associations_language` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `associations_logo`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `associations_logo` (
  `association_id` bigint(20) NOT NULL,
  `content` mediumblob NOT NULL,
  `uploaded_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`association_id`),
  CONSTRAINT `associations_logo_fk` FOREIGN KEY (`association_id`) REFERENCES `associations_association` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `associations_logo` WRITE;
/*!40000 ALTER TABLE `associations_logo` DISABLE KEYS */;
/*!40000 ALTER TABLE `associations_logo` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `associations_request`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `associations_request` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `association_id` bigint(20) NOT NULL,
  `account_id` bigint(20) NOT NULL,
  `kind` varchar(16) NOT NULL,
  `message` varchar(2000) NOT NULL,
  `language_code` varchar(8) NOT NULL,
  `contact_by` varchar(16) NOT NULL,
  `contact_phone` varchar(40) DEFAULT NULL,
  `status` varchar(16) NOT NULL,
  `answer` varchar(4000) DEFAULT NULL,
  `answered_by` bigint(20) DEFAULT NULL,
  `answered_at` timestamp(6) NULL DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `associations_request_association_idx` (`association_id`,`status`),
  KEY `associations_request_account_idx` (`account_id`),
  CONSTRAINT `associations_request_account_fk` FOREIGN KEY (`account_id`) REFERENCES `identity_account` (`id`) ON DELETE CASCADE,
  CONSTRAINT `associations_request_association_fk` FOREIGN KEY (`association_id`) REFERENCES `associations_association` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `associations_request` WRITE;
/*!40000 ALTER TABLE `associations_request` DISABLE KEYS */;
INSERT INTO `associations_request` VALUES
(1,1,1,'JOIN','مرحبًا، ابنتي عمرها 12 عامًا وتريد أن تلعب كرة القدم. هل يمكنها أن تأتي يوم الثلاثاء؟','ar','PLATFORM',NULL,'NEW',NULL,NULL,NULL,'2026-11-23 19:56:07.856674',0);
/*!40000 ALTER TABLE `associations_request` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `dialogue_dialogue`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dialogue_dialogue` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `title` varchar(200) NOT NULL,
  `background` text NOT NULL,
  `department` varchar(120) NOT NULL,
  `area` varchar(80) DEFAULT NULL,
  `opens_at` timestamp(6) NOT NULL,
  `closes_at` timestamp(6) NOT NULL,
  `languages` varchar(200) NOT NULL,
  `premoderated` tinyint(1) NOT NULL,
  `created_by` bigint(20) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `closed_at` timestamp(6) NULL DEFAULT NULL,
  `summary_heard` text DEFAULT NULL,
  `summary_actions` text DEFAULT NULL,
  `summary_report_back` date DEFAULT NULL,
  `summary_at` timestamp(6) NULL DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `dialogue_dialogue_window_idx` (`closes_at`,`opens_at`),
  KEY `dialogue_dialogue_creator_fk` (`created_by`),
  CONSTRAINT `dialogue_dialogue_creator_fk` FOREIGN KEY (`created_by`) REFERENCES `identity_account` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `dialogue_dialogue` WRITE;
/*!40000 ALTER TABLE `dialogue_dialogue` DISABLE KEYS */;
INSERT INTO `dialogue_dialogue` VALUES
(1,'Hur vill du använda det nya biblioteket i Norrby?','Kommunen bygger om det gamla posthuset i Norrby till bibliotek och mötesplats. Innan vi bestämmer hur lokalerna ska användas vill vi höra från **dig** som bor eller arbetar i området.\n\n- Vad saknar du i dag?\n- Vilka tider passar dig?\n- Vad skulle få dig att komma dit?\n\nSkriv på det språk du vill.','Kulturförvaltningen','Norrby','2026-11-18 19:56:34.132059','2026-12-13 19:56:34.132059','ar,en,prs,sv',0,5,'2026-11-18 19:56:34.132059',NULL,NULL,NULL,NULL,NULL,0),
(2,'Trygga vägar till skolan i Söderdal','Många föräldrar har hört av sig om trafiken vid Söderdalsskolan. Berätta var du känner dig otrygg och vad som skulle hjälpa.','Stadsbyggnadsförvaltningen','Söderdal','2026-09-24 19:56:34.132059','2026-11-03 19:56:34.132059','ar,sv',0,5,'2026-09-24 19:56:34.132059',NULL,'Vi fick 42 inlägg. Det som oroar mest är mörka övergångsställen och höga hastigheter på Storvägen.','Vi sätter upp belysning vid Ekvägen och bygger två farthinder på Storvägen under våren.','2027-03-23','2026-11-13 19:56:34.132059',1);
/*!40000 ALTER TABLE `dialogue_dialogue` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `dialogue_follow`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dialogue_follow` (
  `dialogue_id` bigint(20) NOT NULL,
  `account_id` bigint(20) NOT NULL,
  PRIMARY KEY (`dialogue_id`,`account_id`),
  KEY `dialogue_follow_account_fk` (`account_id`),
  CONSTRAINT `dialogue_follow_account_fk` FOREIGN KEY (`account_id`) REFERENCES `identity_account` (`id`),
  CONSTRAINT `dialogue_follow_dialogue_fk` FOREIGN KEY (`dialogue_id`) REFERENCES `dialogue_dialogue` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `dialogue_follow` WRITE;
/*!40000 ALTER TABLE `dialogue_follow` DISABLE KEYS */;
/*!40000 ALTER TABLE `dialogue_follow` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `dialogue_post`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dialogue_post` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `dialogue_id` bigint(20) NOT NULL,
  `parent_id` bigint(20) DEFAULT NULL,
  `thread_id` bigint(20) DEFAULT NULL,
  `thread_official` tinyint(1) NOT NULL,
  `author_id` bigint(20) NOT NULL,
  `author_name` varchar(80) NOT NULL,
  `body` text NOT NULL,
  `language` varchar(8) NOT NULL,
  `official` tinyint(1) NOT NULL,
  `department` varchar(120) DEFAULT NULL,
  `state` varchar(16) NOT NULL,
  `hidden_reason` varchar(1000) DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `edited_at` timestamp(6) NULL DEFAULT NULL,
  `agree_count` int(11) NOT NULL DEFAULT 0,
  `important_count` int(11) NOT NULL DEFAULT 0,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `dialogue_post_thread_idx` (`dialogue_id`,`thread_official`,`thread_id`,`id`),
  KEY `dialogue_post_author_idx` (`author_id`,`created_at`),
  KEY `dialogue_post_parent_fk` (`parent_id`),
  CONSTRAINT `dialogue_post_author_fk` FOREIGN KEY (`author_id`) REFERENCES `identity_account` (`id`),
  CONSTRAINT `dialogue_post_dialogue_fk` FOREIGN KEY (`dialogue_id`) REFERENCES `dialogue_dialogue` (`id`) ON DELETE CASCADE,
  CONSTRAINT `dialogue_post_parent_fk` FOREIGN KEY (`parent_id`) REFERENCES `dialogue_post` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=9 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `dialogue_post` WRITE;
/*!40000 ALTER TABLE `dialogue_post` DISABLE KEYS */;
INSERT INTO `dialogue_post` VALUES
(1,1,NULL,1,0,1,'Amal Haddad','أتمنى أن تكون هناك غرفة هادئة للدراسة، وركن للأطفال حتى تستطيع الأمهات القراءة أيضًا.','ar',0,NULL,'VISIBLE',NULL,'2026-11-19 19:56:34.132059',NULL,4,6,1),
(2,1,1,1,0,2,'Erik Lindqvist','Håller med Amal! Och gärna längre öppettider på helgerna – många jobbar på vardagarna.','sv',0,NULL,'VISIBLE',NULL,'2026-11-20 19:56:34.132059',NULL,3,1,0),
(3,1,NULL,3,0,4,'Johan Ek','A room where local employers can meet jobseekers once a month would help a lot of people here.','en',0,NULL,'VISIBLE',NULL,'2026-11-20 19:56:34.132059',NULL,2,2,1),
(4,1,NULL,4,1,5,'Lina Berg','Tack för alla förslag! Vi planerar en tyst läsesal och ett barnhörn, och vi undersöker öppet på lördagar. Fortsätt gärna skriva.','sv',1,'Kulturförvaltningen','VISIBLE',NULL,'2026-11-21 19:56:34.132059',NULL,5,0,2),
(5,1,NULL,5,0,2,'Erik Lindqvist','Det här är ju bara slöseri med skattepengar, ni på kommunen är idioter allihop.','sv',0,NULL,'VISIBLE',NULL,'2026-11-22 19:56:34.132059',NULL,0,0,1),
(6,1,NULL,6,0,3,'Sara Nilsson','Kan föreningar få låna rummen på kvällarna? Vår läxhjälp behöver mer plats.','sv',0,NULL,'PENDING',NULL,'2026-11-23 16:56:34.132059',NULL,0,0,1),
(7,2,NULL,7,0,2,'Erik Lindqvist','Övergångsstället vid Ekvägen saknar belysning.','sv',0,NULL,'VISIBLE',NULL,'2026-10-04 19:56:34.132059',NULL,7,5,1),
(8,2,NULL,8,0,1,'Amal Haddad','الأطفال يعبرون الشارع الكبير دون إشارة ضوئية. نحتاج إلى مطبات.','ar',0,NULL,'VISIBLE',NULL,'2026-10-09 19:56:34.132059',NULL,6,6,1);
/*!40000 ALTER TABLE `dialogue_post` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `dialogue_proposal`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dialogue_proposal` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `title` varchar(200) NOT NULL,
  `description` text NOT NULL,
  `language` varchar(8) NOT NULL,
  `proposed_by` bigint(20) NOT NULL,
  `status` varchar(16) NOT NULL,
  `decline_reason` varchar(1000) DEFAULT NULL,
  `dialogue_id` bigint(20) DEFAULT NULL,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `created_at` timestamp(6) NOT NULL,
  `decided_at` timestamp(6) NULL DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `dialogue_proposal_status_idx` (`status`,`created_at`),
  KEY `dialogue_proposal_author_fk` (`proposed_by`),
  KEY `dialogue_proposal_dialogue_fk` (`dialogue_id`),
  CONSTRAINT `dialogue_proposal_author_fk` FOREIGN KEY (`proposed_by`) REFERENCES `identity_account` (`id`),
  CONSTRAINT `dialogue_proposal_dialogue_fk` FOREIGN KEY (`dialogue_id`) REFERENCES `dialogue_dialogue` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `dialogue_proposal` WRITE;
/*!40000 ALTER TABLE `dialogue_proposal` DISABLE KEYS */;
INSERT INTO `dialogue_proposal` VALUES
(1,'Simtider för kvinnor i Norrbyhallen','Många kvinnor i området vill simma men behöver egna tider. Kan kommunen fråga vad som skulle passa?','sv',1,'PROPOSED',NULL,NULL,0,'2026-11-21 19:56:34.132059',NULL,0);
/*!40000 ALTER TABLE `dialogue_proposal` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `dialogue_reaction`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `dialogue_reaction` (
  `post_id` bigint(20) NOT NULL,
  `account_id` bigint(20) NOT NULL,
  `kind` varchar(16) NOT NULL,
  PRIMARY KEY (`post_id`,`account_id`,`kind`),
  KEY `dialogue_reaction_account_idx` (`account_id`),
  CONSTRAINT `dialogue_reaction_account_fk` FOREIGN KEY (`account_id`) REFERENCES `identity_account` (`id`),
  CONSTRAINT `dialogue_reaction_post_fk` FOREIGN KEY (`post_id`) REFERENCES `dialogue_post` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `dialogue_reaction` WRITE;
/*!40000 ALTER TABLE `dialogue_reaction` DISABLE KEYS */;
/*!40000 ALTER TABLE `dialogue_reaction` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `employers_card`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `employers_card` (
  `account_id` bigint(20) NOT NULL,
  `presentation` text NOT NULL,
  `seeks` text NOT NULL,
  `offers` text NOT NULL,
  `languages` varchar(200) NOT NULL,
  `swedish_level` varchar(20) NOT NULL,
  `occupation` varchar(120) DEFAULT NULL,
  `area` varchar(80) DEFAULT NULL,
  `skills` text NOT NULL,
  `visible_to_participants` tinyint(1) NOT NULL DEFAULT 0,
  `suggestible` tinyint(1) NOT NULL DEFAULT 0,
  `employers_see_skills` tinyint(1) NOT NULL DEFAULT 0,
  `employers_see_languages` tinyint(1) NOT NULL DEFAULT 1,
  `employers_see_area` tinyint(1) NOT NULL DEFAULT 0,
  `employers_see_occupation` tinyint(1) NOT NULL DEFAULT 1,
  `hidden_reason` varchar(500) DEFAULT NULL,
  `updated_at` timestamp(6) NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`account_id`),
  CONSTRAINT `employers_card_account_fk` FOREIGN KEY (`account_id`) REFERENCES `identity_account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `employers_card` WRITE;
/*!40000 ALTER TABLE `employers_card` DISABLE KEYS */;
INSERT INTO `employers_card` VALUES
(1,'Jag heter Amal och var undersköterska i Aleppo i åtta år.','Praktik inom äldreomsorgen och att lära mig svenska på jobbet.','Erfarenhet av omvårdnad, arabiska och engelska.','ar,en,sv','BASIC','53','Norrby','Omvårdnad, medicinering, matlagning.',1,1,1,1,1,1,NULL,'2026-11-23 19:56:37.880076',0),
(2,'Erik, ordförande i Söderdals IK.','Ledare och volontärer.','Ett nätverk i föreningslivet.','en,sv','FLUENT',NULL,'Söderdal','',1,0,0,1,0,0,NULL,'2026-11-23 19:56:38.896896',0),
(4,'Johan, personalchef på Brohamns Vård & Bygg.','Undersköterskor och hantverkare, gärna med arabiska.','Praktikplatser med handledare, sommarjobb.','en,sv','FLUENT','53','Västra hamnen','',1,0,0,1,0,1,NULL,'2026-11-23 19:56:38.387294',0);
/*!40000 ALTER TABLE `employers_card` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `employers_contact`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `employers_contact` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `session_id` bigint(20) NOT NULL,
  `from_account` bigint(20) NOT NULL,
  `to_account` bigint(20) NOT NULL,
  `recorded_by` bigint(20) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `employers_contact_uk` (`session_id`,`from_account`,`to_account`),
  CONSTRAINT `employers_contact_session_fk` FOREIGN KEY (`session_id`) REFERENCES `employers_session` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `employers_contact` WRITE;
/*!40000 ALTER TABLE `employers_contact` DISABLE KEYS */;
INSERT INTO `employers_contact` VALUES
(1,1,1,4,1,'2026-11-02 18:30:00.000000');
/*!40000 ALTER TABLE `employers_contact` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `employers_employer`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `employers_employer` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `org_number` char(11) NOT NULL,
  `kind` varchar(20) NOT NULL,
  `industry` varchar(120) NOT NULL,
  `size_class` varchar(20) NOT NULL,
  `address` varchar(300) NOT NULL,
  `contact_email` varchar(254) NOT NULL,
  `contact_phone` varchar(40) DEFAULT NULL,
  `description` text NOT NULL,
  `status` varchar(20) NOT NULL,
  `suspended` tinyint(1) NOT NULL DEFAULT 0,
  `hidden_reason` varchar(500) DEFAULT NULL,
  `registered_by` bigint(20) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `verified_at` timestamp(6) NULL DEFAULT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uk_employers_employer_org` (`org_number`),
  KEY `fk_employers_employer_account` (`registered_by`),
  CONSTRAINT `fk_employers_employer_account` FOREIGN KEY (`registered_by`) REFERENCES `identity_account` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `employers_employer` WRITE;
/*!40000 ALTER TABLE `employers_employer` DISABLE KEYS */;
INSERT INTO `employers_employer` VALUES
(1,'Brohamns Vård & Bygg AB','559123-4561','COMPANY','Vård och omsorg, bygg','MEDIUM','Hamngatan 12, Brohamn','johan@demo.brohamn.example','040-55 55 55','Vi driver två äldreboenden och ett byggföretag i Brohamn och tar gärna emot praktikanter.','VERIFIED',0,NULL,4,'2026-11-23 19:56:37.499075','2026-11-23 19:56:37.747838',1);
/*!40000 ALTER TABLE `employers_employer` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `employers_interest`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `employers_interest` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `posting_id` bigint(20) NOT NULL,
  `account_id` bigint(20) NOT NULL,
  `message` text NOT NULL,
  `status` varchar(20) NOT NULL,
  `answer` text DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `updated_at` timestamp(6) NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `employers_interest_uk` (`posting_id`,`account_id`),
  KEY `employers_interest_account_idx` (`account_id`),
  CONSTRAINT `employers_interest_account_fk` FOREIGN KEY (`account_id`) REFERENCES `identity_account` (`id`),
  CONSTRAINT `employers_interest_posting_fk` FOREIGN KEY (`posting_id`) REFERENCES `employers_posting` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `employers_interest` WRITE;
/*!40000 ALTER TABLE `employers_interest` DISABLE KEYS */;
/*!40000 ALTER TABLE `employers_interest` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `employers_outcome`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `employers_outcome` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `session_id` bigint(20) NOT NULL,
  `account_id` bigint(20) NOT NULL,
  `kind` varchar(30) NOT NULL,
  `occurred_on` date NOT NULL,
  `recorded_by` bigint(20) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `employers_outcome_session_idx` (`session_id`),
  CONSTRAINT `employers_outcome_session_fk` FOREIGN KEY (`session_id`) REFERENCES `employers_session` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `employers_outcome` WRITE;
/*!40000 ALTER TABLE `employers_outcome` DISABLE KEYS */;
INSERT INTO `employers_outcome` VALUES
(1,1,1,'INTERNSHIP_OFFERED','2026-11-07',5,'2026-11-07 16:30:00.000000'),
(2,1,2,'TRAINING_STARTED','2026-11-14',5,'2026-11-14 16:30:00.000000');
/*!40000 ALTER TABLE `employers_outcome` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `employers_participant`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `employers_participant` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `session_id` bigint(20) NOT NULL,
  `account_id` bigint(20) NOT NULL,
  `role` varchar(20) NOT NULL,
  `employer_id` bigint(20) DEFAULT NULL,
  `status` varchar(16) NOT NULL,
  `table_no` int(11) DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `employers_participant_uk` (`session_id`,`account_id`),
  KEY `employers_participant_account_idx` (`account_id`),
  CONSTRAINT `employers_participant_account_fk` FOREIGN KEY (`account_id`) REFERENCES `identity_account` (`id`),
  CONSTRAINT `employers_participant_session_fk` FOREIGN KEY (`session_id`) REFERENCES `employers_session` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `employers_participant` WRITE;
/*!40000 ALTER TABLE `employers_participant` DISABLE KEYS */;
INSERT INTO `employers_participant` VALUES
(1,1,1,'NEWCOMER',NULL,'CONFIRMED',1,'2026-10-26 16:30:00.000000'),
(2,1,4,'COMPANY',1,'CONFIRMED',1,'2026-10-27 16:30:00.000000'),
(3,1,2,'ASSOCIATION',NULL,'CONFIRMED',1,'2026-10-28 16:30:00.000000'),
(4,2,1,'NEWCOMER',NULL,'CONFIRMED',NULL,'2026-11-23 19:56:40.033691'),
(5,2,4,'COMPANY',1,'CONFIRMED',NULL,'2026-11-23 19:56:42.906594'),
(6,2,2,'ASSOCIATION',NULL,'CONFIRMED',NULL,'2026-11-23 19:56:43.770629');
/*!40000 ALTER TABLE `employers_participant` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `employers_posting`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `employers_posting` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `employer_id` bigint(20) NOT NULL,
  `kind` varchar(20) NOT NULL,
  `title` varchar(150) NOT NULL,
  `occupation` varchar(120) NOT NULL,
  `description` text NOT NULL,
  `area` varchar(80) NOT NULL,
  `period_from` date NOT NULL,
  `period_to` date DEFAULT NULL,
  `hours` varchar(80) NOT NULL,
  `swedish_level` varchar(20) NOT NULL,
  `support` text NOT NULL,
  `accessibility` text NOT NULL,
  `contact` varchar(200) NOT NULL,
  `status` varchar(20) NOT NULL,
  `hidden_reason` varchar(500) DEFAULT NULL,
  `created_by` bigint(20) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `employers_posting_status_idx` (`status`,`period_from`),
  KEY `employers_posting_employer_fk` (`employer_id`),
  CONSTRAINT `employers_posting_employer_fk` FOREIGN KEY (`employer_id`) REFERENCES `employers_employer` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `employers_posting` WRITE;
/*!40000 ALTER TABLE `employers_posting` DISABLE KEYS */;
INSERT INTO `employers_posting` VALUES
(1,1,'INTERNSHIP','Praktik som undersköterska','53','Sex veckors praktik på vårt äldreboende i Norrby, med en handledare som talar arabiska.','Norrby','2026-12-14','2027-01-25','Dagtid, 30 timmar i veckan','BASIC','Handledare, språkstöd och introduktion första veckan.','Hiss och ramper; hörslinga i personalrummet.','johan@demo.brohamn.example','PUBLISHED',NULL,4,'2026-11-23 19:56:38.739955',0);
/*!40000 ALTER TABLE `employers_posting` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `employers_saved`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `employers_saved` (
  `posting_id` bigint(20) NOT NULL,
  `account_id` bigint(20) NOT NULL,
  PRIMARY KEY (`account_id`,`posting_id`),
  KEY `employers_saved_posting_fk` (`posting_id`),
  CONSTRAINT `employers_saved_posting_fk` FOREIGN KEY (`posting_id`) REFERENCES `employers_posting` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `employers_saved` WRITE;
/*!40000 ALTER TABLE `employers_saved` DISABLE KEYS */;
/*!40000 ALTER TABLE `employers_saved` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `employers_session`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `employers_session` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `theme` varchar(150) NOT NULL,
  `description` text NOT NULL,
  `place_id` bigint(20) DEFAULT NULL,
  `area` varchar(80) DEFAULT NULL,
  `starts_at` timestamp(6) NOT NULL,
  `ends_at` timestamp(6) NOT NULL,
  `signup_deadline` timestamp(6) NULL DEFAULT NULL,
  `series_key` varchar(60) DEFAULT NULL,
  `event_id` bigint(20) DEFAULT NULL,
  `seats` int(11) NOT NULL,
  `quota_newcomer` int(11) NOT NULL,
  `quota_company` int(11) NOT NULL,
  `quota_association` int(11) NOT NULL,
  `quota_politician` int(11) NOT NULL,
  `quota_authority` int(11) NOT NULL,
  `table_size` int(11) NOT NULL DEFAULT 5,
  `created_by` bigint(20) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `employers_session_series_idx` (`series_key`,`starts_at`),
  KEY `employers_session_start_idx` (`starts_at`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `employers_session` WRITE;
/*!40000 ALTER TABLE `employers_session` DISABLE KEYS */;
INSERT INTO `employers_session` VALUES
(1,'Näringslivsupprop i Norrby','Det första uppropet i Norrby.',5,'Norrby','2026-11-02 16:30:00.000000','2026-11-02 18:30:00.000000',NULL,NULL,NULL,10,4,2,2,1,1,3,5,'2026-10-19 16:30:00.000000',1),
(2,'Näringslivsupprop: vård, omsorg och bygg','Nyanlända, företag, föreningar, politiker och myndigheter möts vid små bord. Berätta vad du söker och vad du kan erbjuda.',5,NULL,'2026-12-05 16:30:00.000000','2026-12-05 18:30:00.000000','2026-12-03 16:30:00.000000',NULL,11,40,16,12,4,4,4,5,5,'2026-11-23 19:56:39.546813',1);
/*!40000 ALTER TABLE `employers_session` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `employers_table_lock`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `employers_table_lock` (
  `session_id` bigint(20) NOT NULL,
  `table_no` int(11) NOT NULL,
  PRIMARY KEY (`session_id`,`table_no`),
  CONSTRAINT `employers_table_lock_session_fk` FOREIGN KEY (`session_id`) REFERENCES `employers_session` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `employers_table_lock` WRITE;
/*!40000 ALTER TABLE `employers_table_lock` DISABLE KEYS */;
/*!40000 ALTER TABLE `employers_table_lock` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `events_event`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `events_event` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `title` varchar(150) NOT NULL,
  `description` text NOT NULL,
  `place_id` bigint(20) DEFAULT NULL,
  `online_url` varchar(500) DEFAULT NULL,
  `starts_at` timestamp(6) NOT NULL,
  `ends_at` timestamp(6) NOT NULL,
  `category` varchar(32) NOT NULL,
  `audience` varchar(32) NOT NULL,
  `child_friendly` tinyint(1) NOT NULL DEFAULT 0,
  `cost_sek` decimal(8,2) DEFAULT NULL,
  `capacity` int(11) DEFAULT NULL,
  `signup_deadline` timestamp(6) NULL DEFAULT NULL,
  `organiser_id` bigint(20) NOT NULL,
  `organiser_name` varchar(150) NOT NULL,
  `status` varchar(24) NOT NULL,
  `cancel_reason` varchar(500) DEFAULT NULL,
  `confirmed_count` int(11) NOT NULL DEFAULT 0,
  `created_at` timestamp(6) NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  `approval_required` tinyint(1) NOT NULL DEFAULT 0,
  `series_id` bigint(20) DEFAULT NULL,
  `organisation_kind` varchar(24) DEFAULT NULL,
  `organisation_id` bigint(20) DEFAULT NULL,
  `review_note` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `events_event_start_idx` (`status`,`starts_at`),
  KEY `events_event_organiser_fk` (`organiser_id`),
  KEY `events_event_place_idx` (`place_id`,`ends_at`),
  KEY `events_event_series_idx` (`series_id`,`starts_at`),
  KEY `events_event_organisation_idx` (`organisation_kind`,`organisation_id`,`starts_at`),
  CONSTRAINT `events_event_organiser_fk` FOREIGN KEY (`organiser_id`) REFERENCES `identity_account` (`id`),
  CONSTRAINT `events_event_series_fk` FOREIGN KEY (`series_id`) REFERENCES `events_series` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB AUTO_INCREMENT=12 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `events_event` WRITE;
/*!40000 ALTER TABLE `events_event` DISABLE KEYS */;
INSERT INTO `events_event` VALUES
(1,'Språkcafé på Stadsbiblioteket','Öva svenska i lugn takt över en kopp kaffe. Alla nivåer är välkomna, och vi delar in oss i små grupper efter hur mycket svenska du pratar.\n\n* fika ingår\n* barn får gärna följa med',1,NULL,'2026-11-25 16:00:00.000000','2026-11-25 18:00:00.000000','LANGUAGE_CAFE','EVERYONE',1,NULL,25,NULL,5,'Brohamns kommun','PUBLISHED',NULL,0,'2026-11-23 19:55:57.836539',1,0,1,NULL,NULL,NULL),
(2,'Språkcafé på Stadsbiblioteket','Öva svenska i lugn takt över en kopp kaffe. Alla nivåer är välkomna, och vi delar in oss i små grupper efter hur mycket svenska du pratar.\n\n* fika ingår\n* barn får gärna följa med',1,NULL,'2026-12-02 16:00:00.000000','2026-12-02 18:00:00.000000','LANGUAGE_CAFE','EVERYONE',1,NULL,25,NULL,5,'Brohamns kommun','PUBLISHED',NULL,0,'2026-11-23 19:55:59.475008',1,0,1,NULL,NULL,NULL),
(3,'Språkcafé på Stadsbiblioteket','Öva svenska i lugn takt över en kopp kaffe. Alla nivåer är välkomna, och vi delar in oss i små grupper efter hur mycket svenska du pratar.\n\n* fika ingår\n* barn får gärna följa med',1,NULL,'2026-12-09 16:00:00.000000','2026-12-09 18:00:00.000000','LANGUAGE_CAFE','EVERYONE',1,NULL,25,NULL,5,'Brohamns kommun','PUBLISHED',NULL,0,'2026-11-23 19:55:59.797015',1,0,1,NULL,NULL,NULL),
(4,'Språkcafé på Stadsbiblioteket','Öva svenska i lugn takt över en kopp kaffe. Alla nivåer är välkomna, och vi delar in oss i små grupper efter hur mycket svenska du pratar.\n\n* fika ingår\n* barn får gärna följa med',1,NULL,'2026-12-23 16:00:00.000000','2026-12-23 18:00:00.000000','LANGUAGE_CAFE','EVERYONE',1,NULL,25,NULL,5,'Brohamns kommun','PUBLISHED',NULL,0,'2026-11-23 19:55:59.988762',1,0,1,NULL,NULL,NULL),
(5,'Språkcafé på Stadsbiblioteket','Öva svenska i lugn takt över en kopp kaffe. Alla nivåer är välkomna, och vi delar in oss i små grupper efter hur mycket svenska du pratar.\n\n* fika ingår\n* barn får gärna följa med',1,NULL,'2026-12-30 16:00:00.000000','2026-12-30 18:00:00.000000','LANGUAGE_CAFE','EVERYONE',1,NULL,25,NULL,5,'Brohamns kommun','PUBLISHED',NULL,0,'2026-11-23 19:56:00.205198',1,0,1,NULL,NULL,NULL),
(6,'Språkcafé på Stadsbiblioteket','Öva svenska i lugn takt över en kopp kaffe. Alla nivåer är välkomna, och vi delar in oss i små grupper efter hur mycket svenska du pratar.\n\n* fika ingår\n* barn får gärna följa med',1,NULL,'2027-01-06 16:00:00.000000','2027-01-06 18:00:00.000000','LANGUAGE_CAFE','EVERYONE',1,NULL,25,NULL,5,'Brohamns kommun','PUBLISHED',NULL,0,'2026-11-23 19:56:00.375485',1,0,1,NULL,NULL,NULL),
(7,'Cykelkurs för kvinnor','Lär dig cykla i trafiken med erfarna instruktörer. Cyklar och hjälmar finns att låna.',3,NULL,'2026-11-28 09:00:00.000000','2026-11-28 11:00:00.000000','SPORT','WOMEN',0,NULL,2,NULL,5,'Brohamns kommun','PUBLISHED',NULL,2,'2026-11-23 19:56:00.550754',1,0,NULL,NULL,NULL,NULL),
(8,'Informationsmöte: Så fungerar föreningslivet','Vad är en förening, vad kostar det och hur blir man medlem? Föreningar från hela kommunen berättar.',4,NULL,'2026-12-02 17:30:00.000000','2026-12-02 19:30:00.000000','INFORMATION_MEETING','NEWCOMERS',1,NULL,NULL,NULL,5,'Brohamns kommun','PUBLISHED',NULL,0,'2026-11-23 19:56:00.741797',0,0,NULL,NULL,NULL,NULL),
(9,'Matlagningskväll i Norrby','Vi lagar mat från olika delar av världen och äter tillsammans. Sex platser är reserverade för nyanlända fram till två dagar innan.',2,NULL,'2026-12-05 16:30:00.000000','2026-12-05 19:30:00.000000','MEETUP','EVERYONE',1,40.00,16,NULL,5,'Brohamns kommun','PUBLISHED',NULL,0,'2026-11-23 19:56:00.955710',1,0,NULL,NULL,NULL,NULL),
(10,'Studiebesök på Brohamns hamn','Vi besöker hamnen och träffar personer som arbetar där. Arrangören godkänner varje anmälan, eftersom gruppen får vara högst tolv personer.',1,NULL,'2026-12-08 08:00:00.000000','2026-12-08 11:00:00.000000','INFORMATION_MEETING','NEWCOMERS',0,NULL,12,NULL,5,'Brohamns kommun','PUBLISHED',NULL,0,'2026-11-23 19:56:01.230904',1,1,NULL,NULL,NULL,NULL),
(11,'Näringslivsupprop: vård, omsorg och bygg','Nyanlända, företag, föreningar, politiker och myndigheter möts vid små bord. Berätta vad du söker och vad du kan erbjuda.',5,NULL,'2026-12-05 16:30:00.000000','2026-12-05 18:30:00.000000','MEETUP','EVERYONE',0,NULL,40,'2026-12-03 16:30:00.000000',5,'Lina Berg','PUBLISHED',NULL,3,'2026-11-23 19:56:39.681732',3,0,NULL,NULL,NULL,NULL);
/*!40000 ALTER TABLE `events_event` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `events_event_language`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `events_event_language` (
  `event_id` bigint(20) NOT NULL,
  `language_code` varchar(8) NOT NULL,
  PRIMARY KEY (`event_id`,`language_code`),
  CONSTRAINT `events_event_language_event_fk` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `events_event_language` WRITE;
/*!40000 ALTER TABLE `events_event_language` DISABLE KEYS */;
INSERT INTO `events_event_language` VALUES
(1,'ar'),
(1,'en'),
(1,'prs'),
(1,'sv'),
(2,'ar'),
(2,'en'),
(2,'prs'),
(2,'sv'),
(3,'ar'),
(3,'en'),
(3,'prs'),
(3,'sv'),
(4,'ar'),
(4,'en'),
(4,'prs'),
(4,'sv'),
(5,'ar'),
(5,'en'),
(5,'prs'),
(5,'sv'),
(6,'ar'),
(6,'en'),
(6,'prs'),
(6,'sv'),
(7,'ar'),
(7,'so'),
(7,'sv'),
(8,'ar'),
(8,'sv'),
(8,'ti'),
(8,'uk'),
(9,'ar'),
(9,'en'),
(9,'sv'),
(10,'ar'),
(10,'sv'),
(11,'sv');
/*!40000 ALTER TABLE `events_event_language` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `events_event_question`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `events_event_question` (
  `event_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `text` varchar(200) NOT NULL,
  PRIMARY KEY (`event_id`,`position`),
  CONSTRAINT `events_event_question_fk` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `events_event_question` WRITE;
/*!40000 ALTER TABLE `events_event_question` DISABLE KEYS */;
INSERT INTO `events_event_question` VALUES
(9,0,'Har du någon matallergi?'),
(10,0,'Behöver du tolk? Vilket språk?');
/*!40000 ALTER TABLE `events_event_question` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `events_feed_token`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `events_feed_token` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `account_id` bigint(20) NOT NULL,
  `token_hash` char(64) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `events_feed_token_account_uk` (`account_id`),
  UNIQUE KEY `events_feed_token_hash_uk` (`token_hash`),
  CONSTRAINT `events_feed_token_account_fk` FOREIGN KEY (`account_id`) REFERENCES `identity_account` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `events_feed_token` WRITE;
/*!40000 ALTER TABLE `events_feed_token` DISABLE KEYS */;
/*!40000 ALTER TABLE `events_feed_token` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `events_reminder_setting`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `events_reminder_setting` (
  `account_id` bigint(20) NOT NULL,
  `hours_before` int(11) DEFAULT NULL,
  PRIMARY KEY (`account_id`),
  CONSTRAINT `events_reminder_setting_account_fk` FOREIGN KEY (`account_id`) REFERENCES `identity_account` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `events_reminder_setting` WRITE;
/*!40000 ALTER TABLE `events_reminder_setting` DISABLE KEYS */;
/*!40000 ALTER TABLE `events_reminder_setting` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `events_seat_quota`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `events_seat_quota` (
  `event_id` bigint(20) NOT NULL,
  `group_code` varchar(32) NOT NULL,
  `seats` int(11) NOT NULL,
  `released_at` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`event_id`,`group_code`),
  CONSTRAINT `events_seat_quota_event_fk` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `events_seat_quota` WRITE;
/*!40000 ALTER TABLE `events_seat_quota` DISABLE KEYS */;
INSERT INTO `events_seat_quota` VALUES
(9,'NEWCOMERS',6,'2026-12-03 16:30:00.000000'),
(11,'ASSOCIATION',4,NULL),
(11,'AUTHORITY',4,NULL),
(11,'COMPANY',12,NULL),
(11,'NEWCOMER',16,NULL),
(11,'POLITICIAN',4,NULL);
/*!40000 ALTER TABLE `events_seat_quota` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `events_series`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `events_series` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `frequency` varchar(16) NOT NULL,
  `first_date` date NOT NULL,
  `until_date` date NOT NULL,
  `organiser_id` bigint(20) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `events_series_organiser_fk` (`organiser_id`),
  CONSTRAINT `events_series_organiser_fk` FOREIGN KEY (`organiser_id`) REFERENCES `identity_account` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `events_series` WRITE;
/*!40000 ALTER TABLE `events_series` DISABLE KEYS */;
INSERT INTO `events_series` VALUES
(1,'WEEKLY','2026-11-25','2027-01-06',5,'2026-11-23 19:55:57.511419',0);
/*!40000 ALTER TABLE `events_series` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `events_series_exception`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `events_series_exception` (
  `series_id` bigint(20) NOT NULL,
  `skipped_on` date NOT NULL,
  PRIMARY KEY (`series_id`,`skipped_on`),
  CONSTRAINT `events_series_exception_fk` FOREIGN KEY (`series_id`) REFERENCES `events_series` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `events_series_exception` WRITE;
/*!40000 ALTER TABLE `events_series_exception` DISABLE KEYS */;
INSERT INTO `events_series_exception` VALUES
(1,'2026-12-16');
/*!40000 ALTER TABLE `events_series_exception` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `events_signup`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `events_signup` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `event_id` bigint(20) NOT NULL,
  `account_id` bigint(20) NOT NULL,
  `status` varchar(16) NOT NULL,
  `code` char(8) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `updated_at` timestamp(6) NOT NULL,
  `checked_in_at` timestamp(6) NULL DEFAULT NULL,
  `group_code` varchar(32) DEFAULT NULL,
  `seat_group` varchar(32) DEFAULT NULL,
  `reminded_at` timestamp(6) NULL DEFAULT NULL,
  `guest_token_hash` char(64) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `events_signup_person_uk` (`event_id`,`account_id`),
  UNIQUE KEY `events_signup_code_uk` (`code`),
  UNIQUE KEY `events_signup_guest_token_uk` (`guest_token_hash`),
  KEY `events_signup_queue_idx` (`event_id`,`status`,`created_at`,`id`),
  KEY `events_signup_account_fk` (`account_id`),
  CONSTRAINT `events_signup_account_fk` FOREIGN KEY (`account_id`) REFERENCES `identity_account` (`id`),
  CONSTRAINT `events_signup_event_fk` FOREIGN KEY (`event_id`) REFERENCES `events_event` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=8 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `events_signup` WRITE;
/*!40000 ALTER TABLE `events_signup` DISABLE KEYS */;
INSERT INTO `events_signup` VALUES
(1,10,1,'PENDING','RRS3A77E','2026-11-23 19:56:01.667052','2026-11-23 19:56:01.667052',NULL,NULL,NULL,NULL,NULL),
(2,7,1,'CONFIRMED','9AU6FFNW','2026-11-23 19:56:01.842282','2026-11-23 19:56:01.842282',NULL,NULL,NULL,NULL,NULL),
(3,7,3,'CONFIRMED','UMPC5ZAT','2026-11-23 19:56:01.965764','2026-11-23 19:56:01.965764',NULL,NULL,NULL,NULL,NULL),
(4,7,2,'WAITING','S3AJBC8T','2026-11-23 19:56:02.071751','2026-11-23 19:56:02.071751',NULL,NULL,NULL,NULL,NULL),
(5,11,1,'CONFIRMED','2EY3ADDZ','2026-11-23 19:56:40.152518','2026-11-23 19:56:40.323488',NULL,'NEWCOMER','NEWCOMER',NULL,NULL),
(6,11,4,'CONFIRMED','3F9GJ7CZ','2026-11-23 19:56:43.057150','2026-11-23 19:56:43.157328',NULL,'COMPANY','COMPANY',NULL,NULL),
(7,11,2,'CONFIRMED','TEA4BTFP','2026-11-23 19:56:43.837883','2026-11-23 19:56:43.992116',NULL,'ASSOCIATION','ASSOCIATION',NULL,NULL);
/*!40000 ALTER TABLE `events_signup` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `events_signup_answer`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `events_signup_answer` (
  `signup_id` bigint(20) NOT NULL,
  `position` int(11) NOT NULL,
  `answer` varchar(500) NOT NULL,
  PRIMARY KEY (`signup_id`,`position`),
  CONSTRAINT `events_signup_answer_fk` FOREIGN KEY (`signup_id`) REFERENCES `events_signup` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `events_signup_answer` WRITE;
/*!40000 ALTER TABLE `events_signup_answer` DISABLE KEYS */;
INSERT INTO `events_signup_answer` VALUES
(1,0,'Ja, arabiska');
/*!40000 ALTER TABLE `events_signup_answer` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `flyway_schema_history`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `flyway_schema_history` (
  `installed_rank` int(11) NOT NULL,
  `version` varchar(50) DEFAULT NULL,
  `description` varchar(200) NOT NULL,
  `type` varchar(20) NOT NULL,
  `script` varchar(1000) NOT NULL,
  `checksum` int(11) DEFAULT NULL,
  `installed_by` varchar(100) NOT NULL,
  `installed_on` timestamp NOT NULL DEFAULT current_timestamp(),
  `execution_time` int(11) NOT NULL,
  `success` tinyint(1) NOT NULL,
  PRIMARY KEY (`installed_rank`),
  KEY `flyway_schema_history_s_idx` (`success`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `flyway_schema_history` WRITE;
/*!40000 ALTER TABLE `flyway_schema_history` DISABLE KEYS */;
INSERT INTO `flyway_schema_history` VALUES
(1,'001','identity account','SQL','V001__identity_account.sql',-1227412350,'root','2026-11-23 19:52:32',135,1),
(2,'002','identity account language','SQL','V002__identity_account_language.sql',-915450731,'root','2026-11-23 19:52:33',101,1),
(3,'003','identity account role','SQL','V003__identity_account_role.sql',2085210379,'root','2026-11-23 19:52:33',145,1),
(4,'004','identity token','SQL','V004__identity_token.sql',-666452896,'root','2026-11-23 19:52:34',83,1),
(5,'005','identity representation','SQL','V005__identity_representation.sql',-2080699016,'root','2026-11-23 19:52:34',92,1),
(6,'006','notifications mail','SQL','V006__notifications_mail.sql',2059085895,'root','2026-11-23 19:52:35',98,1),
(7,'007','modulith event publication','SQL','V007__modulith_event_publication.sql',-838837982,'root','2026-11-23 19:52:35',113,1),
(8,'008','notifications mail priority','SQL','V008__notifications_mail_priority.sql',-237593622,'root','2026-11-23 19:52:36',112,1),
(9,'020','notifications shedlock','SQL','V020__notifications_shedlock.sql',-871387085,'root','2026-11-23 19:52:36',92,1),
(10,'021','notifications notification','SQL','V021__notifications_notification.sql',-1604505521,'root','2026-11-23 19:52:37',130,1),
(11,'022','notifications preference','SQL','V022__notifications_preference.sql',-810116442,'root','2026-11-23 19:52:37',175,1),
(12,'023','notifications secret','SQL','V023__notifications_secret.sql',-1310495791,'root','2026-11-23 19:52:38',47,1),
(13,'024','notifications mail unsubscribe','SQL','V024__notifications_mail_unsubscribe.sql',309172179,'root','2026-11-23 19:52:38',96,1),
(14,'030','notifications mail inline qr','SQL','V030__notifications_mail_inline_qr.sql',-1613966351,'root','2026-11-23 19:52:38',91,1),
(15,'100','places place','SQL','V100__places_place.sql',1414358527,'root','2026-11-23 19:52:38',106,1),
(16,'101','places photo','SQL','V101__places_photo.sql',-583925152,'root','2026-11-23 19:52:39',51,1),
(17,'200','events event','SQL','V200__events_event.sql',-323417304,'root','2026-11-23 19:52:39',114,1),
(18,'201','events event language','SQL','V201__events_event_language.sql',1947179153,'root','2026-11-23 19:52:39',56,1),
(19,'202','events signup','SQL','V202__events_signup.sql',828821534,'root','2026-11-23 19:52:40',62,1),
(20,'203','events feed token','SQL','V203__events_feed_token.sql',-670882284,'root','2026-11-23 19:52:40',106,1),
(21,'204','events event place idx','SQL','V204__events_event_place_idx.sql',475292610,'root','2026-11-23 19:52:40',114,1),
(22,'205','events quotas approval series','SQL','V205__events_quotas_approval_series.sql',-739666199,'root','2026-11-23 19:52:41',383,1),
(23,'206','events reminders','SQL','V206__events_reminders.sql',1922774581,'root','2026-11-23 19:52:41',181,1),
(24,'207','events guest signup','SQL','V207__events_guest_signup.sql',169302723,'root','2026-11-23 19:52:41',134,1),
(25,'300','identity representative invitation','SQL','V300__identity_representative_invitation.sql',-47637372,'root','2026-11-23 19:52:41',86,1),
(26,'301','identity representation role','SQL','V301__identity_representation_role.sql',1069282274,'root','2026-11-23 19:52:41',148,1),
(27,'302','associations association','SQL','V302__associations_association.sql',-818652863,'root','2026-11-23 19:52:42',87,1),
(28,'303','associations description','SQL','V303__associations_description.sql',-489815799,'root','2026-11-23 19:52:42',91,1),
(29,'304','associations language','SQL','V304__associations_language.sql',1346358438,'root','2026-11-23 19:52:42',65,1),
(30,'305','associations area','SQL','V305__associations_area.sql',-1721584382,'root','2026-11-23 19:52:42',26,1),
(31,'306','associations logo','SQL','V306__associations_logo.sql',-2118351103,'root','2026-11-23 19:52:43',52,1),
(32,'307','associations activity','SQL','V307__associations_activity.sql',-427267188,'root','2026-11-23 19:52:43',98,1),
(33,'308','associations activity event','SQL','V308__associations_activity_event.sql',-1042225887,'root','2026-11-23 19:52:43',108,1),
(34,'309','associations request','SQL','V309__associations_request.sql',-594302736,'root','2026-11-23 19:52:43',104,1),
(35,'400','mentoring profile','SQL','V400__mentoring_profile.sql',268479654,'root','2026-11-23 19:52:44',83,1),
(36,'401','mentoring sensitive','SQL','V401__mentoring_sensitive.sql',1047615228,'root','2026-11-23 19:52:44',97,1),
(37,'402','mentoring consent','SQL','V402__mentoring_consent.sql',1973694076,'root','2026-11-23 19:52:44',80,1),
(38,'403','mentoring round','SQL','V403__mentoring_round.sql',-677276556,'root','2026-11-23 19:52:44',40,1),
(39,'404','mentoring round member','SQL','V404__mentoring_round_member.sql',2059582135,'root','2026-11-23 19:52:44',73,1),
(40,'405','mentoring proposal','SQL','V405__mentoring_proposal.sql',1031694173,'root','2026-11-23 19:52:45',65,1),
(41,'406','mentoring unmatched','SQL','V406__mentoring_unmatched.sql',-1229552921,'root','2026-11-23 19:52:45',32,1),
(42,'407','mentoring mentorship','SQL','V407__mentoring_mentorship.sql',2009718149,'root','2026-11-23 19:52:45',60,1),
(43,'408','mentoring meeting','SQL','V408__mentoring_meeting.sql',682082537,'root','2026-11-23 19:52:45',44,1),
(44,'409','mentoring checkin','SQL','V409__mentoring_checkin.sql',534543770,'root','2026-11-23 19:52:45',37,1),
(45,'410','mentoring meeting hidden','SQL','V410__mentoring_meeting_hidden.sql',-1574322188,'root','2026-11-23 19:52:45',60,1),
(46,'411','mentoring profile goals hidden','SQL','V411__mentoring_profile_goals_hidden.sql',-221789203,'root','2026-11-23 19:52:45',41,1),
(47,'500','employers employer','SQL','V500__employers_employer.sql',-2069280172,'root','2026-11-23 19:52:45',46,1),
(48,'501','employers session','SQL','V501__employers_session.sql',-78352383,'root','2026-11-23 19:52:45',94,1),
(49,'502','employers participant','SQL','V502__employers_participant.sql',317853296,'root','2026-11-23 19:52:46',80,1),
(50,'503','employers card','SQL','V503__employers_card.sql',120124268,'root','2026-11-23 19:52:46',86,1),
(51,'504','employers table lock','SQL','V504__employers_table_lock.sql',1345214702,'root','2026-11-23 19:52:46',64,1),
(52,'505','employers contact','SQL','V505__employers_contact.sql',-426308021,'root','2026-11-23 19:52:46',81,1),
(53,'506','employers outcome','SQL','V506__employers_outcome.sql',-778603336,'root','2026-11-23 19:52:47',131,1),
(54,'507','employers posting','SQL','V507__employers_posting.sql',-403711833,'root','2026-11-23 19:52:47',21,1),
(55,'508','employers interest','SQL','V508__employers_interest.sql',-276136038,'root','2026-11-23 19:52:47',177,1),
(56,'509','employers saved','SQL','V509__employers_saved.sql',-137600153,'root','2026-11-23 19:52:48',69,1),
(57,'510','employers occupation groups','SQL','V510__employers_occupation_groups.sql',44968978,'root','2026-11-23 19:52:48',35,1),
(58,'600','dialogue dialogue','SQL','V600__dialogue_dialogue.sql',-1797974614,'root','2026-11-23 19:52:48',137,1),
(59,'601','dialogue post','SQL','V601__dialogue_post.sql',-1546276972,'root','2026-11-23 19:52:48',113,1),
(60,'602','dialogue reaction','SQL','V602__dialogue_reaction.sql',1902956974,'root','2026-11-23 19:52:49',173,1),
(61,'603','dialogue follow','SQL','V603__dialogue_follow.sql',471292871,'root','2026-11-23 19:52:49',108,1),
(62,'604','dialogue proposal','SQL','V604__dialogue_proposal.sql',388699543,'root','2026-11-23 19:52:49',75,1),
(63,'700','moderation item','SQL','V700__moderation_item.sql',1604534138,'root','2026-11-23 19:52:50',119,1),
(64,'701','moderation report','SQL','V701__moderation_report.sql',1331374172,'root','2026-11-23 19:52:50',99,1),
(65,'702','moderation decision','SQL','V702__moderation_decision.sql',-355637790,'root','2026-11-23 19:52:50',64,1),
(66,'703','moderation author','SQL','V703__moderation_author.sql',872665052,'root','2026-11-23 19:52:50',86,1),
(67,'704','moderation block','SQL','V704__moderation_block.sql',-695226862,'root','2026-11-23 19:52:51',164,1),
(68,'705','moderation log','SQL','V705__moderation_log.sql',1463352986,'root','2026-11-23 19:52:51',70,1),
(69,'706','moderation watched word','SQL','V706__moderation_watched_word.sql',1587410157,'root','2026-11-23 19:52:52',140,1),
(70,'707','moderation setting','SQL','V707__moderation_setting.sql',-1078819030,'root','2026-11-23 19:52:52',62,1),
(71,'708','moderation private context','SQL','V708__moderation_private_context.sql',-884960487,'root','2026-11-23 19:52:52',175,1),
(72,'800','messaging conversation','SQL','V800__messaging_conversation.sql',-431164728,'root','2026-11-23 19:52:53',109,1),
(73,'801','messaging message','SQL','V801__messaging_message.sql',1392419536,'root','2026-11-23 19:52:53',93,1);
/*!40000 ALTER TABLE `flyway_schema_history` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `identity_account`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `identity_account` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `email` varchar(254) NOT NULL,
  `email_verified` tinyint(1) NOT NULL DEFAULT 0,
  `password_hash` varchar(100) DEFAULT NULL,
  `display_name` varchar(80) NOT NULL,
  `preferred_language` varchar(8) NOT NULL DEFAULT 'sv',
  `area` varchar(80) DEFAULT NULL,
  `oidc_issuer` varchar(255) DEFAULT NULL,
  `oidc_subject` varchar(255) DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identity_account_email_uk` (`email`),
  UNIQUE KEY `identity_account_oidc_uk` (`oidc_issuer`,`oidc_subject`)
) ENGINE=InnoDB AUTO_INCREMENT=12 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `identity_account` WRITE;
/*!40000 ALTER TABLE `identity_account` DISABLE KEYS */;
INSERT INTO `identity_account` VALUES
(1,'amal@demo.brohamn.example',1,'{bcrypt}$2a$10$hUy/M8gSfA7swTwoWHL8.eIfEf/rHS0sZMuExR9UlqhN3ZB9eUc8m','Amal Haddad','ar','Norrby',NULL,NULL,'2026-11-23 19:55:49.008834',0),
(2,'erik@demo.brohamn.example',1,'{bcrypt}$2a$10$ahYnfI5D5n2PTvSEAi.JsuE4XD.ojR.Xr0K/7n916nbwW8pus6OD2','Erik Lindqvist','sv','Söderdal',NULL,NULL,'2026-11-23 19:55:52.153711',0),
(3,'sara@demo.brohamn.example',1,'{bcrypt}$2a$10$JaiemYAbYf6aLJHwkxs63ObrGWtLZhgmWKqkiS1hXOKjZEJF7G3Vu','Sara Nilsson','sv','Centrum',NULL,NULL,'2026-11-23 19:55:53.122712',0),
(4,'johan@demo.brohamn.example',1,'{bcrypt}$2a$10$13WK.KR/lCNjPsq6Yrg.JuP6M5uLfs5ljC9diV/WgO54A3qxSJts.','Johan Ek','sv','Västra hamnen',NULL,NULL,'2026-11-23 19:55:54.021724',0),
(5,'lina@demo.brohamn.example',1,'{bcrypt}$2a$10$JCSOiR0hbk9Rw.3U4cXWAeoHheJAsVnFHqcgCR.uq7hiZDVmzimcu','Lina Berg','sv','Centrum',NULL,NULL,'2026-11-23 19:55:54.856859',0),
(6,'admin@demo.brohamn.example',1,'{bcrypt}$2a$10$MjAseMTMCov.A6d7XBfDzeiCErjhFXXq34742.vIZ3w.bD9.RFfe6','Anders Admin','sv','Centrum',NULL,NULL,'2026-11-23 19:55:56.166720',0),
(7,'yonas@demo.brohamn.example',0,'{bcrypt}$2a$10$S71QDzHHh.QUrnAt9Pnec.7AMRMKlHkSIo2fxcC8iTnwadd0kPT6q','Yonas Tesfay','sv',NULL,NULL,NULL,'2026-11-23 19:56:24.911045',0),
(8,'olena@demo.brohamn.example',0,'{bcrypt}$2a$10$WxSm5FTUGqm0KbYdOmsUNeDD7UTn7jcoiikSPnvjRtjf24yemD9ey','Olena Kovalenko','en',NULL,NULL,NULL,'2026-11-23 19:56:27.187797',0),
(9,'farid@demo.brohamn.example',0,'{bcrypt}$2a$10$saIOII3c00UL0cI4mwhYve7o0FjaCPZY01Hj2PSxAlEX0zbPtuK4q','Farid Ahmadi','sv',NULL,NULL,NULL,'2026-11-23 19:56:28.489075',0),
(10,'maria@demo.brohamn.example',0,'{bcrypt}$2a$10$LaYmAr42Fbzdp1pobXePX.Azmm7R0ke2iBLiJf2kdAcvtAaEUqdD.','Maria Holm','sv',NULL,NULL,NULL,'2026-11-23 19:56:29.906041',0),
(11,'karin@demo.brohamn.example',0,'{bcrypt}$2a$10$t.UnmS2WjoCWXs1DT2QuJeBN7fmma32ySo82BgLJ9GI4vbYqkvW8G','Karin Öberg','sv',NULL,NULL,NULL,'2026-11-23 19:56:31.582335',0);
/*!40000 ALTER TABLE `identity_account` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `identity_account_language`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `identity_account_language` (
  `account_id` bigint(20) NOT NULL,
  `language_code` varchar(8) NOT NULL,
  PRIMARY KEY (`account_id`,`language_code`),
  CONSTRAINT `identity_account_language_account_fk` FOREIGN KEY (`account_id`) REFERENCES `identity_account` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `identity_account_language` WRITE;
/*!40000 ALTER TABLE `identity_account_language` DISABLE KEYS */;
INSERT INTO `identity_account_language` VALUES
(1,'ar'),
(1,'en'),
(1,'sv'),
(2,'en'),
(2,'sv'),
(3,'en'),
(3,'so'),
(3,'sv'),
(4,'en'),
(4,'sv'),
(5,'ar'),
(5,'en'),
(5,'sv'),
(6,'en'),
(6,'sv');
/*!40000 ALTER TABLE `identity_account_language` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `identity_account_role`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `identity_account_role` (
  `account_id` bigint(20) NOT NULL,
  `role` varchar(32) NOT NULL,
  PRIMARY KEY (`account_id`,`role`),
  CONSTRAINT `identity_account_role_account_fk` FOREIGN KEY (`account_id`) REFERENCES `identity_account` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `identity_account_role` WRITE;
/*!40000 ALTER TABLE `identity_account_role` DISABLE KEYS */;
INSERT INTO `identity_account_role` VALUES
(1,'RESIDENT'),
(2,'RESIDENT'),
(3,'RESIDENT'),
(4,'RESIDENT'),
(5,'STAFF'),
(6,'ADMIN'),
(6,'STAFF'),
(7,'RESIDENT'),
(8,'RESIDENT'),
(9,'RESIDENT'),
(10,'RESIDENT'),
(11,'RESIDENT');
/*!40000 ALTER TABLE `identity_account_role` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `identity_representation`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `identity_representation` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `account_id` bigint(20) NOT NULL,
  `organisation_kind` varchar(16) NOT NULL,
  `organisation_id` bigint(20) NOT NULL,
  `granted_at` timestamp(6) NOT NULL,
  `granted_by` bigint(20) DEFAULT NULL,
  `representative_role` varchar(24) NOT NULL DEFAULT 'EDITOR',
  PRIMARY KEY (`id`),
  UNIQUE KEY `identity_representation_uk` (`account_id`,`organisation_kind`,`organisation_id`),
  CONSTRAINT `identity_representation_account_fk` FOREIGN KEY (`account_id`) REFERENCES `identity_account` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `identity_representation` WRITE;
/*!40000 ALTER TABLE `identity_representation` DISABLE KEYS */;
INSERT INTO `identity_representation` VALUES
(1,3,'ASSOCIATION',1,'2026-11-23 19:55:53.946767',NULL,'CHAIR'),
(2,4,'EMPLOYER',1,'2026-11-23 19:55:54.780988',NULL,'EDITOR'),
(3,3,'ASSOCIATION',2,'2026-11-23 19:56:07.569177',NULL,'CONTACT_PERSON'),
(4,2,'ASSOCIATION',3,'2026-11-23 19:56:07.754113',NULL,'CHAIR');
/*!40000 ALTER TABLE `identity_representation` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `identity_representative_invitation`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `identity_representative_invitation` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `organisation_kind` varchar(16) NOT NULL,
  `organisation_id` bigint(20) NOT NULL,
  `email` varchar(254) NOT NULL,
  `representative_role` varchar(24) NOT NULL,
  `token_digest` char(64) NOT NULL,
  `invited_by` bigint(20) NOT NULL,
  `invited_at` timestamp(6) NOT NULL,
  `expires_at` timestamp(6) NOT NULL,
  `accepted_at` timestamp(6) NULL DEFAULT NULL,
  `accepted_by` bigint(20) DEFAULT NULL,
  `cancelled_at` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identity_rep_invitation_token_uk` (`token_digest`),
  KEY `identity_rep_invitation_org_idx` (`organisation_kind`,`organisation_id`),
  KEY `identity_rep_invitation_inviter_fk` (`invited_by`),
  CONSTRAINT `identity_rep_invitation_inviter_fk` FOREIGN KEY (`invited_by`) REFERENCES `identity_account` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `identity_representative_invitation` WRITE;
/*!40000 ALTER TABLE `identity_representative_invitation` DISABLE KEYS */;
/*!40000 ALTER TABLE `identity_representative_invitation` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `identity_token`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `identity_token` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `account_id` bigint(20) NOT NULL,
  `purpose` varchar(24) NOT NULL,
  `token_hash` char(64) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `expires_at` timestamp(6) NOT NULL,
  `used_at` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `identity_token_hash_uk` (`token_hash`),
  KEY `identity_token_account_fk` (`account_id`),
  CONSTRAINT `identity_token_account_fk` FOREIGN KEY (`account_id`) REFERENCES `identity_account` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `identity_token` WRITE;
/*!40000 ALTER TABLE `identity_token` DISABLE KEYS */;
INSERT INTO `identity_token` VALUES
(1,7,'VERIFY_EMAIL','72a2678f82f0b06068174ee98608b76e5fd8ea38c65f8a05509594e209424570','2026-11-23 19:56:26.101747','2026-11-25 19:56:26.101747',NULL),
(2,8,'VERIFY_EMAIL','8ba1e44ed1fb5826f1705c72c406a7ebbef5315184acf204dd3c6e3caac9a1a8','2026-11-23 19:56:28.056195','2026-11-25 19:56:28.056195',NULL),
(3,9,'VERIFY_EMAIL','c7e83927bf4ae416043c1dbe86f5ed7ab450a6b556eea7b0583cd5cf376ea381','2026-11-23 19:56:29.445069','2026-11-25 19:56:29.445069',NULL),
(4,10,'VERIFY_EMAIL','e3749070f74efae147c46a53052d995cab679d80eaac84141b1f0924e0a2bdb7','2026-11-23 19:56:30.912857','2026-11-25 19:56:30.912857',NULL),
(5,11,'VERIFY_EMAIL','56f49838967742717891ed3893e297f7264f466f3d5f42bbb51331072b73db45','2026-11-23 19:56:32.488588','2026-11-25 19:56:32.488588',NULL);
/*!40000 ALTER TABLE `identity_token` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `mentoring_checkin`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `mentoring_checkin` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `mentorship_id` bigint(20) NOT NULL,
  `month` int(11) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `mentee_score` int(11) DEFAULT NULL,
  `mentee_comment` varchar(1000) DEFAULT NULL,
  `mentee_at` timestamp(6) NULL DEFAULT NULL,
  `mentor_score` int(11) DEFAULT NULL,
  `mentor_comment` varchar(1000) DEFAULT NULL,
  `mentor_at` timestamp(6) NULL DEFAULT NULL,
  `alert` tinyint(1) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mentoring_checkin_month_uk` (`mentorship_id`,`month`),
  CONSTRAINT `mentoring_checkin_mentorship_fk` FOREIGN KEY (`mentorship_id`) REFERENCES `mentoring_mentorship` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `mentoring_checkin` WRITE;
/*!40000 ALTER TABLE `mentoring_checkin` DISABLE KEYS */;
INSERT INTO `mentoring_checkin` VALUES
(1,1,1,'2026-11-23 19:56:23.474338',NULL,NULL,NULL,4,'Det går bra, vi ses varannan vecka.','2026-11-23 19:56:24.634768',0);
/*!40000 ALTER TABLE `mentoring_checkin` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `mentoring_consent`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `mentoring_consent` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `account_id` bigint(20) NOT NULL,
  `subject` varchar(100) NOT NULL,
  `text_version` varchar(20) NOT NULL,
  `given_at` timestamp(6) NOT NULL,
  `withdrawn_at` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `mentoring_consent_account_idx` (`account_id`),
  CONSTRAINT `mentoring_consent_account_fk` FOREIGN KEY (`account_id`) REFERENCES `identity_account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `mentoring_consent` WRITE;
/*!40000 ALTER TABLE `mentoring_consent` DISABLE KEYS */;
/*!40000 ALTER TABLE `mentoring_consent` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `mentoring_meeting`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `mentoring_meeting` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `mentorship_id` bigint(20) NOT NULL,
  `author_id` bigint(20) NOT NULL,
  `met_on` date NOT NULL,
  `minutes` int(11) NOT NULL,
  `what` varchar(1000) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`id`),
  KEY `mentoring_meeting_mentorship_idx` (`mentorship_id`,`met_on`),
  CONSTRAINT `mentoring_meeting_mentorship_fk` FOREIGN KEY (`mentorship_id`) REFERENCES `mentoring_mentorship` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `mentoring_meeting` WRITE;
/*!40000 ALTER TABLE `mentoring_meeting` DISABLE KEYS */;
INSERT INTO `mentoring_meeting` VALUES
(1,1,2,'2026-11-03',90,'Fika på biblioteket, pratade om vården','2026-11-23 19:56:23.318323',0);
/*!40000 ALTER TABLE `mentoring_meeting` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `mentoring_mentorship`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `mentoring_mentorship` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `round_id` bigint(20) DEFAULT NULL,
  `mentee_id` bigint(20) NOT NULL,
  `mentor_id` bigint(20) NOT NULL,
  `coordinator_id` bigint(20) NOT NULL,
  `status` varchar(16) NOT NULL,
  `mentee_answer` varchar(16) DEFAULT NULL,
  `mentor_answer` varchar(16) DEFAULT NULL,
  `decline_reason` varchar(500) DEFAULT NULL,
  `shared_languages` varchar(200) NOT NULL,
  `shared_interests` varchar(500) NOT NULL,
  `explanation` varchar(2000) NOT NULL,
  `invited_at` timestamp(6) NOT NULL,
  `expires_at` timestamp(6) NOT NULL,
  `planned_months` int(11) NOT NULL,
  `started_at` timestamp(6) NULL DEFAULT NULL,
  `ends_at` timestamp(6) NULL DEFAULT NULL,
  `ended_at` timestamp(6) NULL DEFAULT NULL,
  `end_reason` varchar(500) DEFAULT NULL,
  `mentee_feedback` varchar(2000) DEFAULT NULL,
  `mentor_feedback` varchar(2000) DEFAULT NULL,
  `version` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `mentoring_mentorship_mentee_idx` (`mentee_id`,`status`),
  KEY `mentoring_mentorship_mentor_idx` (`mentor_id`,`status`),
  CONSTRAINT `mentoring_mentorship_mentee_fk` FOREIGN KEY (`mentee_id`) REFERENCES `identity_account` (`id`),
  CONSTRAINT `mentoring_mentorship_mentor_fk` FOREIGN KEY (`mentor_id`) REFERENCES `identity_account` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `mentoring_mentorship` WRITE;
/*!40000 ALTER TABLE `mentoring_mentorship` DISABLE KEYS */;
INSERT INTO `mentoring_mentorship` VALUES
(1,1,1,2,5,'ACTIVE','ACCEPTED','ACCEPTED',NULL,'en|sv','COOKING','SHARED_LANGUAGES=20=en|sv;SWEDISH_PRACTICE=15=;GOALS=20=LANGUAGE|PROFESSION;SAME_FIELD=25=22;SHARED_INTERESTS=5=COOKING;COMMON_TIMES=5=EVENINGS','2026-11-23 19:56:19.681336','2026-12-07 19:56:19.681336',6,'2026-10-19 19:56:23.147246','2027-05-23 18:56:22.982196',NULL,NULL,NULL,NULL,2);
/*!40000 ALTER TABLE `mentoring_mentorship` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `mentoring_profile`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `mentoring_profile` (
  `account_id` bigint(20) NOT NULL,
  `as_mentee` tinyint(1) NOT NULL,
  `as_mentor` tinyint(1) NOT NULL,
  `seeking` varchar(200) NOT NULL,
  `offering` varchar(200) NOT NULL,
  `languages` varchar(500) NOT NULL,
  `occupation` varchar(8) DEFAULT NULL,
  `interests` varchar(500) NOT NULL,
  `free_tags` varchar(300) NOT NULL,
  `area` varchar(100) DEFAULT NULL,
  `times` varchar(100) NOT NULL,
  `modes` varchar(100) NOT NULL,
  `age_band` varchar(20) DEFAULT NULL,
  `gender` varchar(20) NOT NULL,
  `same_gender_only` tinyint(1) NOT NULL,
  `partner_min_age` varchar(20) DEFAULT NULL,
  `partner_max_age` varchar(20) DEFAULT NULL,
  `capacity` int(11) NOT NULL,
  `goals` varchar(2000) NOT NULL,
  `updated_at` timestamp(6) NOT NULL,
  `version` bigint(20) NOT NULL,
  `goals_hidden` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`account_id`),
  CONSTRAINT `mentoring_profile_account_fk` FOREIGN KEY (`account_id`) REFERENCES `identity_account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `mentoring_profile` WRITE;
/*!40000 ALTER TABLE `mentoring_profile` DISABLE KEYS */;
INSERT INTO `mentoring_profile` VALUES
(1,1,0,'LANGUAGE,PROFESSION','','ar:FLUENT,en:INTERMEDIATE,sv:BASIC','22','COOKING,MUSIC','','Norrby','EVENINGS,WEEKENDS','IN_PERSON,ONLINE','AGE_26_35','WOMAN',0,NULL,NULL,1,'Jag var sjuksköterska i Aleppo och vill arbeta i vården här.','2026-11-23 19:56:09.265155',0,0),
(2,0,1,'','LANGUAGE,PROFESSION','en:FLUENT,sv:FLUENT','22','COOKING,OUTDOORS','','Söderdal','EVENINGS','IN_PERSON,ONLINE','AGE_51_65','MAN',0,NULL,NULL,2,'Sjuksköterska i trettio år, gärna fika och svenska.','2026-11-23 19:56:10.456618',0,0),
(7,1,0,'LANGUAGE,PROFESSION','','en:INTERMEDIATE,sv:BASIC,ti:FLUENT','72','SPORTS,TECHNOLOGY','','Lillån','EVENINGS','IN_PERSON,ONLINE','AGE_26_35','MAN',0,NULL,NULL,1,'Jag vill jobba som mekaniker igen.','2026-11-23 19:56:26.661631',0,0),
(8,1,0,'LANGUAGE,SOCIAL','','en:ADVANCED,sv:BEGINNER,uk:FLUENT','23','MUSIC,READING','','Centrum','EVENINGS,WEEKENDS','IN_PERSON,ONLINE','AGE_36_50','WOMAN',0,NULL,NULL,1,'Prata svenska och lära känna folk.','2026-11-23 19:56:28.138419',0,0),
(9,1,0,'STUDIES','','prs:FLUENT,sv:INTERMEDIATE','31','TECHNOLOGY','','Norrby','WEEKDAYS','IN_PERSON,ONLINE','AGE_18_25','MAN',0,NULL,NULL,1,'Komma in på ingenjörsutbildning.','2026-11-23 19:56:29.593855',0,0),
(10,0,1,'','LANGUAGE,SOCIAL','en:FLUENT,sv:FLUENT','23','OUTDOORS,READING','','Centrum','WEEKENDS','IN_PERSON,ONLINE','AGE_51_65','WOMAN',0,NULL,NULL,2,'Pensionerad lärare, gillar språk.','2026-11-23 19:56:30.946427',0,0),
(11,0,1,'','PROFESSION,STUDIES','en:ADVANCED,sv:FLUENT','21','SPORTS,TECHNOLOGY','','Norrby','EVENINGS,WEEKDAYS','IN_PERSON,ONLINE','AGE_36_50','WOMAN',0,NULL,NULL,2,'Ingenjör, vill hjälpa andra in i branschen.','2026-11-23 19:56:32.592630',0,0);
/*!40000 ALTER TABLE `mentoring_profile` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `mentoring_proposal`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `mentoring_proposal` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `round_id` bigint(20) NOT NULL,
  `mentee_id` bigint(20) NOT NULL,
  `mentor_id` bigint(20) NOT NULL,
  `score` int(11) NOT NULL,
  `explanation` varchar(2000) NOT NULL,
  `status` varchar(16) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `mentoring_proposal_pair_uk` (`round_id`,`mentee_id`,`mentor_id`),
  CONSTRAINT `mentoring_proposal_round_fk` FOREIGN KEY (`round_id`) REFERENCES `mentoring_round` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `mentoring_proposal` WRITE;
/*!40000 ALTER TABLE `mentoring_proposal` DISABLE KEYS */;
INSERT INTO `mentoring_proposal` VALUES
(1,1,1,2,90,'SHARED_LANGUAGES=20=en|sv;SWEDISH_PRACTICE=15=;GOALS=20=LANGUAGE|PROFESSION;SAME_FIELD=25=22;SHARED_INTERESTS=5=COOKING;COMMON_TIMES=5=EVENINGS','PROPOSED'),
(2,2,7,2,60,'SHARED_LANGUAGES=20=en|sv;SWEDISH_PRACTICE=15=;GOALS=20=LANGUAGE|PROFESSION;COMMON_TIMES=5=EVENINGS','PROPOSED'),
(3,2,8,10,100,'SHARED_LANGUAGES=20=en|sv;SWEDISH_PRACTICE=15=;GOALS=20=LANGUAGE|SOCIAL;SAME_FIELD=25=23;SHARED_INTERESTS=5=READING;SAME_AREA=10=Centrum;COMMON_TIMES=5=WEEKENDS','PROPOSED'),
(4,2,9,11,40,'SHARED_LANGUAGES=10=sv;GOALS=10=STUDIES;SHARED_INTERESTS=5=TECHNOLOGY;SAME_AREA=10=Norrby;COMMON_TIMES=5=WEEKDAYS','PROPOSED');
/*!40000 ALTER TABLE `mentoring_proposal` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `mentoring_round`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `mentoring_round` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `name` varchar(200) NOT NULL,
  `status` varchar(16) NOT NULL,
  `created_by` bigint(20) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `computed_at` timestamp(6) NULL DEFAULT NULL,
  `confirmed_by` bigint(20) DEFAULT NULL,
  `confirmed_at` timestamp(6) NULL DEFAULT NULL,
  `total_score` bigint(20) NOT NULL,
  `failure` varchar(500) DEFAULT NULL,
  `version` bigint(20) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `mentoring_round_creator_fk` (`created_by`),
  CONSTRAINT `mentoring_round_creator_fk` FOREIGN KEY (`created_by`) REFERENCES `identity_account` (`id`)
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `mentoring_round` WRITE;
/*!40000 ALTER TABLE `mentoring_round` DISABLE KEYS */;
INSERT INTO `mentoring_round` VALUES
(1,'Höstens vårdpar','CONFIRMED',5,'2026-11-23 19:56:11.175406','2026-11-23 19:56:18.856336',5,'2026-11-23 19:56:19.627580',90,NULL,2),
(2,'Vårens språkpar','PROPOSED',5,'2026-11-23 19:56:33.035315','2026-11-23 19:56:33.653824',NULL,NULL,200,NULL,1);
/*!40000 ALTER TABLE `mentoring_round` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `mentoring_round_member`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `mentoring_round_member` (
  `round_id` bigint(20) NOT NULL,
  `account_id` bigint(20) NOT NULL,
  `mentee` tinyint(1) NOT NULL,
  PRIMARY KEY (`round_id`,`account_id`,`mentee`),
  KEY `mentoring_round_member_account_fk` (`account_id`),
  CONSTRAINT `mentoring_round_member_account_fk` FOREIGN KEY (`account_id`) REFERENCES `identity_account` (`id`),
  CONSTRAINT `mentoring_round_member_round_fk` FOREIGN KEY (`round_id`) REFERENCES `mentoring_round` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `mentoring_round_member` WRITE;
/*!40000 ALTER TABLE `mentoring_round_member` DISABLE KEYS */;
INSERT INTO `mentoring_round_member` VALUES
(1,1,1),
(1,2,0),
(2,2,0),
(2,7,1),
(2,8,1),
(2,9,1),
(2,10,0),
(2,11,0);
/*!40000 ALTER TABLE `mentoring_round_member` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `mentoring_sensitive`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `mentoring_sensitive` (
  `account_id` bigint(20) NOT NULL,
  `country_of_origin` varchar(100) DEFAULT NULL,
  `arrival_year` int(11) DEFAULT NULL,
  `updated_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`account_id`),
  CONSTRAINT `mentoring_sensitive_account_fk` FOREIGN KEY (`account_id`) REFERENCES `identity_account` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `mentoring_sensitive` WRITE;
/*!40000 ALTER TABLE `mentoring_sensitive` DISABLE KEYS */;
/*!40000 ALTER TABLE `mentoring_sensitive` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `mentoring_unmatched`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `mentoring_unmatched` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `round_id` bigint(20) NOT NULL,
  `account_id` bigint(20) NOT NULL,
  `mentee` tinyint(1) NOT NULL,
  `reason` varchar(32) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `mentoring_unmatched_round_fk` (`round_id`),
  CONSTRAINT `mentoring_unmatched_round_fk` FOREIGN KEY (`round_id`) REFERENCES `mentoring_round` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `mentoring_unmatched` WRITE;
/*!40000 ALTER TABLE `mentoring_unmatched` DISABLE KEYS */;
/*!40000 ALTER TABLE `mentoring_unmatched` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `messaging_conversation`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `messaging_conversation` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `account_a` bigint(20) NOT NULL,
  `account_b` bigint(20) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `last_message_at` timestamp(6) NULL DEFAULT NULL,
  `blocked_by` bigint(20) DEFAULT NULL,
  `blocked_at` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `messaging_conversation_pair_uk` (`account_a`,`account_b`),
  KEY `messaging_conversation_b_idx` (`account_b`),
  CONSTRAINT `messaging_conversation_a_fk` FOREIGN KEY (`account_a`) REFERENCES `identity_account` (`id`) ON DELETE CASCADE,
  CONSTRAINT `messaging_conversation_b_fk` FOREIGN KEY (`account_b`) REFERENCES `identity_account` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `messaging_conversation` WRITE;
/*!40000 ALTER TABLE `messaging_conversation` DISABLE KEYS */;
INSERT INTO `messaging_conversation` VALUES
(1,1,2,'2026-11-23 19:56:46.192705','2026-11-23 19:56:46.930493',NULL,NULL);
/*!40000 ALTER TABLE `messaging_conversation` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `messaging_message`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `messaging_message` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `conversation_id` bigint(20) NOT NULL,
  `sender_id` bigint(20) NOT NULL,
  `body` varchar(2000) NOT NULL,
  `sent_at` timestamp(6) NOT NULL,
  `read_at` timestamp(6) NULL DEFAULT NULL,
  `reported_at` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `messaging_message_conversation_idx` (`conversation_id`,`id`),
  KEY `messaging_message_sender_fk` (`sender_id`),
  CONSTRAINT `messaging_message_conversation_fk` FOREIGN KEY (`conversation_id`) REFERENCES `messaging_conversation` (`id`) ON DELETE CASCADE,
  CONSTRAINT `messaging_message_sender_fk` FOREIGN KEY (`sender_id`) REFERENCES `identity_account` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=5 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `messaging_message` WRITE;
/*!40000 ALTER TABLE `messaging_message` DISABLE KEYS */;
INSERT INTO `messaging_message` VALUES
(1,1,1,'Hej! Tack för fikan på biblioteket. Kan vi ses igen på torsdag?','2026-11-23 19:56:46.362593','2026-11-23 19:56:46.578786',NULL),
(2,1,1,'مرحباً، أريد أن أتدرّب على كتابة السيرة الذاتية بالسويدية. هل يمكنك مساعدتي؟','2026-11-23 19:56:46.551732','2026-11-23 19:56:46.578786',NULL),
(3,1,2,'Hej Amal! Torsdag klockan 17 passar bra. Ta med ditt CV så går vi igenom det tillsammans.','2026-11-23 19:56:46.741304',NULL,NULL),
(4,1,2,'شكراً! Det är nästan det enda jag kan säga på arabiska, men jag lär mig gärna mer.','2026-11-23 19:56:46.930493',NULL,NULL);
/*!40000 ALTER TABLE `messaging_message` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `moderation_author`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `moderation_author` (
  `account_id` bigint(20) NOT NULL,
  `first_seen_at` timestamp(6) NOT NULL,
  `submitted_count` int(11) NOT NULL DEFAULT 0,
  `trusted` tinyint(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (`account_id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `moderation_author` WRITE;
/*!40000 ALTER TABLE `moderation_author` DISABLE KEYS */;
INSERT INTO `moderation_author` VALUES
(1,'2026-11-23 19:56:09.536941',5,0),
(2,'2026-11-23 19:56:10.502171',6,0),
(3,'2026-11-23 19:56:35.690480',1,0),
(4,'2026-11-23 19:56:34.881859',4,0),
(5,'2026-11-23 19:56:35.140535',1,0),
(7,'2026-11-23 19:56:26.736425',1,0),
(8,'2026-11-23 19:56:28.155500',1,0),
(9,'2026-11-23 19:56:29.626905',1,0),
(10,'2026-11-23 19:56:30.999386',1,0),
(11,'2026-11-23 19:56:32.628657',1,0);
/*!40000 ALTER TABLE `moderation_author` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `moderation_block`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `moderation_block` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `account_id` bigint(20) NOT NULL,
  `until_at` timestamp(6) NULL DEFAULT NULL,
  `justification` varchar(1000) NOT NULL,
  `created_by` bigint(20) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `lifted_by` bigint(20) DEFAULT NULL,
  `lifted_at` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `moderation_block_account_idx` (`account_id`,`lifted_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `moderation_block` WRITE;
/*!40000 ALTER TABLE `moderation_block` DISABLE KEYS */;
/*!40000 ALTER TABLE `moderation_block` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `moderation_decision`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `moderation_decision` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `item_id` bigint(20) NOT NULL,
  `moderator_id` bigint(20) DEFAULT NULL,
  `action` varchar(20) NOT NULL,
  `reason` varchar(1000) DEFAULT NULL,
  `text` text NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `moderation_decision_item_idx` (`item_id`,`id`),
  CONSTRAINT `moderation_decision_item_fk` FOREIGN KEY (`item_id`) REFERENCES `moderation_item` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=2 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `moderation_decision` WRITE;
/*!40000 ALTER TABLE `moderation_decision` DISABLE KEYS */;
INSERT INTO `moderation_decision` VALUES
(1,14,NULL,'QUEUED',NULL,'Kan föreningar få låna rummen på kvällarna? Vår läxhjälp behöver mer plats.','2026-11-23 19:56:36.009431');
/*!40000 ALTER TABLE `moderation_decision` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `moderation_item`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `moderation_item` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `module` varchar(40) NOT NULL,
  `type` varchar(40) NOT NULL,
  `content_id` bigint(20) NOT NULL,
  `author_id` bigint(20) NOT NULL,
  `text` text NOT NULL,
  `language` varchar(8) DEFAULT NULL,
  `link` varchar(500) DEFAULT NULL,
  `hidden` tinyint(1) NOT NULL DEFAULT 0,
  `hidden_reason` varchar(1000) DEFAULT NULL,
  `hidden_by` bigint(20) DEFAULT NULL,
  `hidden_by_block` bigint(20) DEFAULT NULL,
  `review` varchar(16) DEFAULT NULL,
  `review_since` timestamp(6) NULL DEFAULT NULL,
  `claimed_by` bigint(20) DEFAULT NULL,
  `claimed_at` timestamp(6) NULL DEFAULT NULL,
  `report_count` int(11) NOT NULL DEFAULT 0,
  `kept_at_reports` int(11) NOT NULL DEFAULT 0,
  `appeal_text` varchar(2000) DEFAULT NULL,
  `appealed_at` timestamp(6) NULL DEFAULT NULL,
  `submitted_at` timestamp(6) NOT NULL,
  `updated_at` timestamp(6) NOT NULL,
  `version` bigint(20) NOT NULL DEFAULT 0,
  `private_content` tinyint(1) NOT NULL DEFAULT 0,
  `context` text DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `moderation_item_ref_uk` (`module`,`type`,`content_id`),
  KEY `moderation_item_queue_idx` (`review`,`review_since`),
  KEY `moderation_item_author_idx` (`author_id`)
) ENGINE=InnoDB AUTO_INCREMENT=23 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `moderation_item` WRITE;
/*!40000 ALTER TABLE `moderation_item` DISABLE KEYS */;
INSERT INTO `moderation_item` VALUES
(1,'mentoring','goals',1,1,'Jag var sjuksköterska i Aleppo och vill arbeta i vården här.',NULL,'/mentoring/profile',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:09.536941','2026-11-23 19:56:09.536941',0,0,NULL),
(2,'mentoring','goals',2,2,'Sjuksköterska i trettio år, gärna fika och svenska.',NULL,'/mentoring/profile',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:10.502171','2026-11-23 19:56:10.502171',0,0,NULL),
(3,'mentoring','meeting',1,2,'Fika på biblioteket, pratade om vården',NULL,'/mentoring',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:23.377064','2026-11-23 19:56:23.377064',0,0,NULL),
(4,'mentoring','goals',7,7,'Jag vill jobba som mekaniker igen.',NULL,'/mentoring/profile',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:26.736425','2026-11-23 19:56:26.736425',0,0,NULL),
(5,'mentoring','goals',8,8,'Prata svenska och lära känna folk.',NULL,'/mentoring/profile',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:28.155500','2026-11-23 19:56:28.155500',0,0,NULL),
(6,'mentoring','goals',9,9,'Komma in på ingenjörsutbildning.',NULL,'/mentoring/profile',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:29.626905','2026-11-23 19:56:29.626905',0,0,NULL),
(7,'mentoring','goals',10,10,'Pensionerad lärare, gillar språk.',NULL,'/mentoring/profile',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:30.999386','2026-11-23 19:56:30.999386',0,0,NULL),
(8,'mentoring','goals',11,11,'Ingenjör, vill hjälpa andra in i branschen.',NULL,'/mentoring/profile',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:32.628657','2026-11-23 19:56:32.628657',0,0,NULL),
(9,'dialogue','post',1,1,'أتمنى أن تكون هناك غرفة هادئة للدراسة، وركن للأطفال حتى تستطيع الأمهات القراءة أيضًا.','ar','/dialogues/1#post-1',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:34.399841','2026-11-23 19:56:34.399841',0,0,NULL),
(10,'dialogue','post',2,2,'Håller med Amal! Och gärna längre öppettider på helgerna – många jobbar på vardagarna.','sv','/dialogues/1#post-2',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:34.654062','2026-11-23 19:56:34.654062',0,0,NULL),
(11,'dialogue','post',3,4,'A room where local employers can meet jobseekers once a month would help a lot of people here.','en','/dialogues/1#post-3',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:34.881859','2026-11-23 19:56:34.881859',0,0,NULL),
(12,'dialogue','post',4,5,'Tack för alla förslag! Vi planerar en tyst läsesal och ett barnhörn, och vi undersöker öppet på lördagar. Fortsätt gärna skriva.','sv','/dialogues/1#post-4',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:35.140535','2026-11-23 19:56:35.140535',0,0,NULL),
(13,'dialogue','post',5,2,'Det här är ju bara slöseri med skattepengar, ni på kommunen är idioter allihop.','sv','/dialogues/1#post-5',0,NULL,NULL,NULL,'REPORTED','2026-11-23 19:56:47.951938',NULL,NULL,2,0,NULL,NULL,'2026-11-23 19:56:35.409405','2026-11-23 19:56:48.315356',2,0,NULL),
(14,'dialogue','post',6,3,'Kan föreningar få låna rummen på kvällarna? Vår läxhjälp behöver mer plats.','sv','/dialogues/1#post-6',1,NULL,NULL,NULL,'PREMODERATION','2026-11-23 19:56:36.009431',NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:35.690480','2026-11-23 19:56:36.009431',1,0,NULL),
(15,'dialogue','post',7,2,'Övergångsstället vid Ekvägen saknar belysning.','sv','/dialogues/2#post-7',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:36.252443','2026-11-23 19:56:36.252443',0,0,NULL),
(16,'dialogue','post',8,1,'الأطفال يعبرون الشارع الكبير دون إشارة ضوئية. نحتاج إلى مطبات.','ar','/dialogues/2#post-8',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:36.551327','2026-11-23 19:56:36.551327',0,0,NULL),
(17,'dialogue','proposal',1,1,'Simtider för kvinnor i Norrbyhallen\n\nMånga kvinnor i området vill simma men behöver egna tider. Kan kommunen fråga vad som skulle passa?','sv','/dialogues/proposals',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:36.795048','2026-11-23 19:56:36.795048',0,0,NULL),
(18,'employers','employer',1,4,'Brohamns Vård & Bygg AB\n\nVi driver två äldreboenden och ett byggföretag i Brohamn och tar gärna emot praktikanter.',NULL,'/employers/1',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:37.543004','2026-11-23 19:56:37.543004',0,0,NULL),
(19,'employers','card',1,1,'Jag heter Amal och var undersköterska i Aleppo i åtta år.\n\nPraktik inom äldreomsorgen och att lära mig svenska på jobbet.\n\nErfarenhet av omvårdnad, arabiska och engelska.\n\nOmvårdnad, medicinering, matlagning.',NULL,'/employers/cards/1',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:38.184420','2026-11-23 19:56:38.184420',0,0,NULL),
(20,'employers','card',4,4,'Johan, personalchef på Brohamns Vård & Bygg.\n\nUndersköterskor och hantverkare, gärna med arabiska.\n\nPraktikplatser med handledare, sommarjobb.',NULL,'/employers/cards/4',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:38.552964','2026-11-23 19:56:38.552964',0,0,NULL),
(21,'employers','posting',1,4,'Praktik som undersköterska\n\nSex veckors praktik på vårt äldreboende i Norrby, med en handledare som talar arabiska.\n\nHandledare, språkstöd och introduktion första veckan.\n\nHiss och ramper; hörslinga i personalrummet.',NULL,'/jobs/1',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:38.789983','2026-11-23 19:56:38.789983',0,0,NULL),
(22,'employers','card',2,2,'Erik, ordförande i Söderdals IK.\n\nLedare och volontärer.\n\nEtt nätverk i föreningslivet.',NULL,'/employers/cards/2',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,0,0,NULL,NULL,'2026-11-23 19:56:39.018232','2026-11-23 19:56:39.018232',0,0,NULL);
/*!40000 ALTER TABLE `moderation_item` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `moderation_log`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `moderation_log` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `actor_id` bigint(20) DEFAULT NULL,
  `action` varchar(30) NOT NULL,
  `target` varchar(140) NOT NULL,
  `reason` varchar(1000) DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `moderation_log_time_idx` (`created_at`)
) ENGINE=InnoDB AUTO_INCREMENT=7 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `moderation_log` WRITE;
/*!40000 ALTER TABLE `moderation_log` DISABLE KEYS */;
INSERT INTO `moderation_log` VALUES
(1,NULL,'QUEUED','dialogue:post:6',NULL,'2026-11-23 19:56:36.009431'),
(2,1,'REPORT','dialogue:post:5','offensive','2026-11-23 19:56:47.951938'),
(3,3,'REPORT','dialogue:post:5','offensive','2026-11-23 19:56:48.315356'),
(4,5,'WORD_ADD','word:sv:idioter','FLAG','2026-11-23 19:56:48.586201'),
(5,5,'WORD_ADD','word:*:casino','QUEUE','2026-11-23 19:56:48.664063'),
(6,5,'WORD_ADD','word:sv:dödshot','BLOCK','2026-11-23 19:56:48.697799');
/*!40000 ALTER TABLE `moderation_log` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `moderation_report`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `moderation_report` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `item_id` bigint(20) NOT NULL,
  `reporter_id` bigint(20) NOT NULL,
  `reason` varchar(20) NOT NULL,
  `comment` varchar(1000) DEFAULT NULL,
  `text` text NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `moderation_report_person_uk` (`item_id`,`reporter_id`),
  CONSTRAINT `moderation_report_item_fk` FOREIGN KEY (`item_id`) REFERENCES `moderation_item` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=3 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `moderation_report` WRITE;
/*!40000 ALTER TABLE `moderation_report` DISABLE KEYS */;
INSERT INTO `moderation_report` VALUES
(1,13,1,'OFFENSIVE','Personangrepp på kommunens personal','Det här är ju bara slöseri med skattepengar, ni på kommunen är idioter allihop.','2026-11-23 19:56:47.951938'),
(2,13,3,'OFFENSIVE',NULL,'Det här är ju bara slöseri med skattepengar, ni på kommunen är idioter allihop.','2026-11-23 19:56:48.315356');
/*!40000 ALTER TABLE `moderation_report` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `moderation_setting`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `moderation_setting` (
  `name` varchar(60) NOT NULL,
  `value` varchar(200) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `moderation_setting` WRITE;
/*!40000 ALTER TABLE `moderation_setting` DISABLE KEYS */;
/*!40000 ALTER TABLE `moderation_setting` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `moderation_watched_word`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `moderation_watched_word` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `language` varchar(8) NOT NULL,
  `word` varchar(100) NOT NULL,
  `action` varchar(10) NOT NULL,
  `message` varchar(500) DEFAULT NULL,
  `created_by` bigint(20) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `moderation_watched_word_uk` (`language`,`word`)
) ENGINE=InnoDB AUTO_INCREMENT=4 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `moderation_watched_word` WRITE;
/*!40000 ALTER TABLE `moderation_watched_word` DISABLE KEYS */;
INSERT INTO `moderation_watched_word` VALUES
(1,'sv','idioter','FLAG',NULL,5,'2026-11-23 19:56:48.586201'),
(2,'*','casino','QUEUE',NULL,5,'2026-11-23 19:56:48.664063'),
(3,'sv','dödshot','BLOCK','Hot är inte tillåtna i Brobygge.',5,'2026-11-23 19:56:48.697799');
/*!40000 ALTER TABLE `moderation_watched_word` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `notifications_mail`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `notifications_mail` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `dedup_key` varchar(120) NOT NULL,
  `recipient` varchar(254) NOT NULL,
  `language` varchar(8) NOT NULL,
  `subject` varchar(255) NOT NULL,
  `text_body` text NOT NULL,
  `html_body` text NOT NULL,
  `status` varchar(16) NOT NULL,
  `attempts` int(11) NOT NULL DEFAULT 0,
  `next_attempt_at` timestamp(6) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  `sent_at` timestamp(6) NULL DEFAULT NULL,
  `last_error` varchar(500) DEFAULT NULL,
  `priority` tinyint(4) NOT NULL DEFAULT 5,
  `unsubscribe_url` varchar(500) DEFAULT NULL,
  `inline_qr` varchar(500) DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `notifications_mail_dedup_uk` (`dedup_key`),
  KEY `notifications_mail_due_idx` (`status`,`next_attempt_at`)
) ENGINE=InnoDB AUTO_INCREMENT=23 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `notifications_mail` WRITE;
/*!40000 ALTER TABLE `notifications_mail` DISABLE KEYS */;
INSERT INTO `notifications_mail` VALUES
(1,'n:2:mentoring-invitation-1-2','erik@demo.brohamn.example','sv','Du har föreslagits till ett mentorskap','Hej Erik Lindqvist!\n\nDu har föreslagits till ett mentorskap med Amal. Gemensamma språk: engelska, svenska. Gemensamma intressen: matlagning. Svara senast 7 dec. 2026 20:56.\n\nÖppna i Brobygge:\nhttp://localhost:8080/mentoring\n\nVänliga hälsningar\nBrohamns kommun – Brobygge\n\n--\nSluta få e-post om ”Mentorskap”:\nhttp://localhost:8080/unsubscribe?token=2.MENTORING.FpjhUOOF8n53zdkNGcRzYV3fVw3FFWLyr9hUX8DwMg4\nVälj hur du får aviseringar:\nhttp://localhost:8080/notifications/settings\n','<!DOCTYPE html>\n<html lang=\"sv\" dir=\"ltr\">\n<head><meta charset=\"utf-8\"><title>Du har f&ouml;reslagits till ett mentorskap</title></head>\n<body dir=\"ltr\" style=\"font-family: sans-serif; line-height: 1.5; text-align: left; color: #1a1a1a;\">\n<p>Hej Erik Lindqvist!</p>\n<p style=\"white-space: pre-line;\">Du har f&ouml;reslagits till ett mentorskap med Amal. Gemensamma spr&aring;k: engelska, svenska. Gemensamma intressen: matlagning. Svara senast 7 dec. 2026 20:56.</p>\n<p><a href=\"http://localhost:8080/mentoring\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">&Ouml;ppna i Brobygge</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/mentoring</p>\n<p style=\"white-space: pre-line;\">V&auml;nliga h&auml;lsningar\nBrohamns kommun &ndash; Brobygge</p>\n<hr>\n<p style=\"font-size: 0.85em; color: #444444;\"><a href=\"http://localhost:8080/unsubscribe?token=2.MENTORING.FpjhUOOF8n53zdkNGcRzYV3fVw3FFWLyr9hUX8DwMg4\">Sluta f&aring; e-post om &rdquo;Mentorskap&rdquo;</a><br><a href=\"http://localhost:8080/notifications/settings\">V&auml;lj hur du f&aring;r aviseringar</a></p>\n</body>\n</html>\n','PENDING',15,'2026-11-23 19:56:50.383479','2026-11-23 19:56:23.293340',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',5,'http://localhost:8080/mail/unsubscribe?token=2.MENTORING.FpjhUOOF8n53zdkNGcRzYV3fVw3FFWLyr9hUX8DwMg4',NULL),
(2,'n:1:mentoring-invitation-1-1','amal@demo.brohamn.example','ar','تم اقتراحك لإرشاد','مرحبًا Amal Haddad،\n\nتم اقتراحك لإرشاد مع Erik. اللغات المشتركة: الإنجليزية, السويدية. الاهتمامات المشتركة: الطبخ. يرجى الرد قبل 07‏/12‏/2026، 8:56 م.\n\nافتح في Brobygge:\nhttp://localhost:8080/mentoring\n\nمع أطيب التحيات\nBrohamns kommun – Brobygge\n\n--\nأوقف الرسائل عن «الإرشاد»:\nhttp://localhost:8080/unsubscribe?token=1.MENTORING.j1bCUC-P_i0HxXqBqtCT5yXxjKUQ6CU_aRFNQW8tdBk\nاختر كيف تصلك الإشعارات:\nhttp://localhost:8080/notifications/settings\n','<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head><meta charset=\"utf-8\"><title>تم اقتراحك لإرشاد</title></head>\n<body dir=\"rtl\" style=\"font-family: sans-serif; line-height: 1.5; text-align: right; color: #1a1a1a;\">\n<p>مرحبًا Amal Haddad،</p>\n<p style=\"white-space: pre-line;\">تم اقتراحك لإرشاد مع Erik. اللغات المشتركة: الإنجليزية, السويدية. الاهتمامات المشتركة: الطبخ. يرجى الرد قبل 07&rlm;/12&rlm;/2026، 8:56 م.</p>\n<p><a href=\"http://localhost:8080/mentoring\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">افتح في Brobygge</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/mentoring</p>\n<p style=\"white-space: pre-line;\">مع أطيب التحيات\nBrohamns kommun &ndash; Brobygge</p>\n<hr>\n<p style=\"font-size: 0.85em; color: #444444;\"><a href=\"http://localhost:8080/unsubscribe?token=1.MENTORING.j1bCUC-P_i0HxXqBqtCT5yXxjKUQ6CU_aRFNQW8tdBk\">أوقف الرسائل عن &laquo;الإرشاد&raquo;</a><br><a href=\"http://localhost:8080/notifications/settings\">اختر كيف تصلك الإشعارات</a></p>\n</body>\n</html>\n','PENDING',15,'2026-11-23 19:56:50.426470','2026-11-23 19:56:23.357001',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',5,'http://localhost:8080/mail/unsubscribe?token=1.MENTORING.j1bCUC-P_i0HxXqBqtCT5yXxjKUQ6CU_aRFNQW8tdBk',NULL),
(3,'n:2:mentoring-started-1-2','erik@demo.brohamn.example','sv','Ert mentorskap har börjat','Hej Erik Lindqvist!\n\nNi har båda tackat ja. Mentorskapet började 23 nov. 2026 20:56.\n\nÖppna i Brobygge:\nhttp://localhost:8080/mentoring\n\nVänliga hälsningar\nBrohamns kommun – Brobygge\n\n--\nSluta få e-post om ”Mentorskap”:\nhttp://localhost:8080/unsubscribe?token=2.MENTORING.FpjhUOOF8n53zdkNGcRzYV3fVw3FFWLyr9hUX8DwMg4\nVälj hur du får aviseringar:\nhttp://localhost:8080/notifications/settings\n','<!DOCTYPE html>\n<html lang=\"sv\" dir=\"ltr\">\n<head><meta charset=\"utf-8\"><title>Ert mentorskap har b&ouml;rjat</title></head>\n<body dir=\"ltr\" style=\"font-family: sans-serif; line-height: 1.5; text-align: left; color: #1a1a1a;\">\n<p>Hej Erik Lindqvist!</p>\n<p style=\"white-space: pre-line;\">Ni har b&aring;da tackat ja. Mentorskapet b&ouml;rjade 23 nov. 2026 20:56.</p>\n<p><a href=\"http://localhost:8080/mentoring\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">&Ouml;ppna i Brobygge</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/mentoring</p>\n<p style=\"white-space: pre-line;\">V&auml;nliga h&auml;lsningar\nBrohamns kommun &ndash; Brobygge</p>\n<hr>\n<p style=\"font-size: 0.85em; color: #444444;\"><a href=\"http://localhost:8080/unsubscribe?token=2.MENTORING.FpjhUOOF8n53zdkNGcRzYV3fVw3FFWLyr9hUX8DwMg4\">Sluta f&aring; e-post om &rdquo;Mentorskap&rdquo;</a><br><a href=\"http://localhost:8080/notifications/settings\">V&auml;lj hur du f&aring;r aviseringar</a></p>\n</body>\n</html>\n','PENDING',15,'2026-11-23 19:56:50.426637','2026-11-23 19:56:23.399913',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',5,'http://localhost:8080/mail/unsubscribe?token=2.MENTORING.FpjhUOOF8n53zdkNGcRzYV3fVw3FFWLyr9hUX8DwMg4',NULL),
(4,'n:1:mentoring-started-1-1','amal@demo.brohamn.example','ar','بدأ إرشادكما','مرحبًا Amal Haddad،\n\nقبلتما كلاكما. بدأ الإرشاد في 23‏/11‏/2026، 8:56 م.\n\nافتح في Brobygge:\nhttp://localhost:8080/mentoring\n\nمع أطيب التحيات\nBrohamns kommun – Brobygge\n\n--\nأوقف الرسائل عن «الإرشاد»:\nhttp://localhost:8080/unsubscribe?token=1.MENTORING.j1bCUC-P_i0HxXqBqtCT5yXxjKUQ6CU_aRFNQW8tdBk\nاختر كيف تصلك الإشعارات:\nhttp://localhost:8080/notifications/settings\n','<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head><meta charset=\"utf-8\"><title>بدأ إرشادكما</title></head>\n<body dir=\"rtl\" style=\"font-family: sans-serif; line-height: 1.5; text-align: right; color: #1a1a1a;\">\n<p>مرحبًا Amal Haddad،</p>\n<p style=\"white-space: pre-line;\">قبلتما كلاكما. بدأ الإرشاد في 23&rlm;/11&rlm;/2026، 8:56 م.</p>\n<p><a href=\"http://localhost:8080/mentoring\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">افتح في Brobygge</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/mentoring</p>\n<p style=\"white-space: pre-line;\">مع أطيب التحيات\nBrohamns kommun &ndash; Brobygge</p>\n<hr>\n<p style=\"font-size: 0.85em; color: #444444;\"><a href=\"http://localhost:8080/unsubscribe?token=1.MENTORING.j1bCUC-P_i0HxXqBqtCT5yXxjKUQ6CU_aRFNQW8tdBk\">أوقف الرسائل عن &laquo;الإرشاد&raquo;</a><br><a href=\"http://localhost:8080/notifications/settings\">اختر كيف تصلك الإشعارات</a></p>\n</body>\n</html>\n','PENDING',15,'2026-11-23 19:56:50.426668','2026-11-23 19:56:23.393041',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',5,'http://localhost:8080/mail/unsubscribe?token=1.MENTORING.j1bCUC-P_i0HxXqBqtCT5yXxjKUQ6CU_aRFNQW8tdBk',NULL),
(5,'n:2:mentoring-checkin-1-2','erik@demo.brohamn.example','sv','Hur går ert mentorskap?','Hej Erik Lindqvist!\n\nDet har gått 1 månader. Svara på avstämningen under Mitt mentorskap.\n\nÖppna i Brobygge:\nhttp://localhost:8080/mentoring\n\nVänliga hälsningar\nBrohamns kommun – Brobygge\n\n--\nSluta få e-post om ”Mentorskap”:\nhttp://localhost:8080/unsubscribe?token=2.MENTORING.FpjhUOOF8n53zdkNGcRzYV3fVw3FFWLyr9hUX8DwMg4\nVälj hur du får aviseringar:\nhttp://localhost:8080/notifications/settings\n','<!DOCTYPE html>\n<html lang=\"sv\" dir=\"ltr\">\n<head><meta charset=\"utf-8\"><title>Hur g&aring;r ert mentorskap?</title></head>\n<body dir=\"ltr\" style=\"font-family: sans-serif; line-height: 1.5; text-align: left; color: #1a1a1a;\">\n<p>Hej Erik Lindqvist!</p>\n<p style=\"white-space: pre-line;\">Det har g&aring;tt 1 m&aring;nader. Svara p&aring; avst&auml;mningen under Mitt mentorskap.</p>\n<p><a href=\"http://localhost:8080/mentoring\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">&Ouml;ppna i Brobygge</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/mentoring</p>\n<p style=\"white-space: pre-line;\">V&auml;nliga h&auml;lsningar\nBrohamns kommun &ndash; Brobygge</p>\n<hr>\n<p style=\"font-size: 0.85em; color: #444444;\"><a href=\"http://localhost:8080/unsubscribe?token=2.MENTORING.FpjhUOOF8n53zdkNGcRzYV3fVw3FFWLyr9hUX8DwMg4\">Sluta f&aring; e-post om &rdquo;Mentorskap&rdquo;</a><br><a href=\"http://localhost:8080/notifications/settings\">V&auml;lj hur du f&aring;r aviseringar</a></p>\n</body>\n</html>\n','PENDING',15,'2026-11-23 19:56:50.426692','2026-11-23 19:56:24.378610',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',5,'http://localhost:8080/mail/unsubscribe?token=2.MENTORING.FpjhUOOF8n53zdkNGcRzYV3fVw3FFWLyr9hUX8DwMg4',NULL),
(6,'n:1:mentoring-checkin-1-1','amal@demo.brohamn.example','ar','كيف يسير إرشادكما؟','مرحبًا Amal Haddad،\n\nمرّت 1 أشهر. أجب عن المتابعة في صفحة إرشادي.\n\nافتح في Brobygge:\nhttp://localhost:8080/mentoring\n\nمع أطيب التحيات\nBrohamns kommun – Brobygge\n\n--\nأوقف الرسائل عن «الإرشاد»:\nhttp://localhost:8080/unsubscribe?token=1.MENTORING.j1bCUC-P_i0HxXqBqtCT5yXxjKUQ6CU_aRFNQW8tdBk\nاختر كيف تصلك الإشعارات:\nhttp://localhost:8080/notifications/settings\n','<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head><meta charset=\"utf-8\"><title>كيف يسير إرشادكما؟</title></head>\n<body dir=\"rtl\" style=\"font-family: sans-serif; line-height: 1.5; text-align: right; color: #1a1a1a;\">\n<p>مرحبًا Amal Haddad،</p>\n<p style=\"white-space: pre-line;\">مرّت 1 أشهر. أجب عن المتابعة في صفحة إرشادي.</p>\n<p><a href=\"http://localhost:8080/mentoring\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">افتح في Brobygge</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/mentoring</p>\n<p style=\"white-space: pre-line;\">مع أطيب التحيات\nBrohamns kommun &ndash; Brobygge</p>\n<hr>\n<p style=\"font-size: 0.85em; color: #444444;\"><a href=\"http://localhost:8080/unsubscribe?token=1.MENTORING.j1bCUC-P_i0HxXqBqtCT5yXxjKUQ6CU_aRFNQW8tdBk\">أوقف الرسائل عن &laquo;الإرشاد&raquo;</a><br><a href=\"http://localhost:8080/notifications/settings\">اختر كيف تصلك الإشعارات</a></p>\n</body>\n</html>\n','PENDING',15,'2026-11-23 19:56:50.426755','2026-11-23 19:56:24.386572',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',5,'http://localhost:8080/mail/unsubscribe?token=1.MENTORING.j1bCUC-P_i0HxXqBqtCT5yXxjKUQ6CU_aRFNQW8tdBk',NULL),
(7,'verify-email:1','yonas@demo.brohamn.example','sv','Bekräfta din e-postadress för Brobygge','Hej Yonas Tesfay!\n\nDu har skapat ett konto på Brobygge. Bekräfta att det här är din e-postadress.\n\nBekräfta e-postadressen:\nhttp://localhost:8080/verify-email?token=IaNOfrdnhBtRfCIp2A5E5dSwTqfMTtjSQ1qhWYwFpaE\n\nLänken gäller i 48 timmar. Om du inte har skapat något konto kan du strunta i det här mejlet.\n\nVänliga hälsningar\nBrohamns kommun – Brobygge\n','<!DOCTYPE html>\n<html lang=\"sv\" dir=\"ltr\">\n<head><meta charset=\"utf-8\"><title>Bekr&auml;fta din e-postadress f&ouml;r Brobygge</title></head>\n<body style=\"font-family: sans-serif; line-height: 1.5; text-align: left; color: #1a1a1a;\">\n<p>Hej Yonas Tesfay!</p>\n<p>Du har skapat ett konto p&aring; Brobygge. Bekr&auml;fta att det h&auml;r &auml;r din e-postadress.</p>\n<p><a href=\"http://localhost:8080/verify-email?token=IaNOfrdnhBtRfCIp2A5E5dSwTqfMTtjSQ1qhWYwFpaE\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">Bekr&auml;fta e-postadressen</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/verify-email?token=IaNOfrdnhBtRfCIp2A5E5dSwTqfMTtjSQ1qhWYwFpaE</p>\n<p>L&auml;nken g&auml;ller i 48 timmar. Om du inte har skapat n&aring;got konto kan du strunta i det h&auml;r mejlet.</p>\n<p>V&auml;nliga h&auml;lsningar\nBrohamns kommun &ndash; Brobygge</p>\n</body>\n</html>\n','PENDING',14,'2026-11-23 19:56:50.383026','2026-11-23 19:56:26.760072',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',0,NULL,NULL),
(8,'verify-email:2','olena@demo.brohamn.example','en','Confirm your email address for Brobygge','Hello Olena Kovalenko,\n\nYou have created an account on Brobygge. Please confirm that this is your email address.\n\nConfirm email address:\nhttp://localhost:8080/verify-email?token=gAPlrySXd8FCuomrQZQGvJCNriMLmxn5NAQiywHF2WE\n\nThe link is valid for 48 hours. If you did not create an account, you can ignore this email.\n\nKind regards\nBrohamns kommun – Brobygge\n','<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head><meta charset=\"utf-8\"><title>Confirm your email address for Brobygge</title></head>\n<body style=\"font-family: sans-serif; line-height: 1.5; text-align: left; color: #1a1a1a;\">\n<p>Hello Olena Kovalenko,</p>\n<p>You have created an account on Brobygge. Please confirm that this is your email address.</p>\n<p><a href=\"http://localhost:8080/verify-email?token=gAPlrySXd8FCuomrQZQGvJCNriMLmxn5NAQiywHF2WE\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">Confirm email address</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/verify-email?token=gAPlrySXd8FCuomrQZQGvJCNriMLmxn5NAQiywHF2WE</p>\n<p>The link is valid for 48 hours. If you did not create an account, you can ignore this email.</p>\n<p>Kind regards\nBrohamns kommun &ndash; Brobygge</p>\n</body>\n</html>\n','PENDING',13,'2026-11-23 19:56:50.383360','2026-11-23 19:56:28.170926',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',0,NULL,NULL),
(9,'verify-email:3','farid@demo.brohamn.example','sv','Bekräfta din e-postadress för Brobygge','Hej Farid Ahmadi!\n\nDu har skapat ett konto på Brobygge. Bekräfta att det här är din e-postadress.\n\nBekräfta e-postadressen:\nhttp://localhost:8080/verify-email?token=YiJXrktD2O0TMjFafjiFXOkIE8S9WCLlt3y07XYBros\n\nLänken gäller i 48 timmar. Om du inte har skapat något konto kan du strunta i det här mejlet.\n\nVänliga hälsningar\nBrohamns kommun – Brobygge\n','<!DOCTYPE html>\n<html lang=\"sv\" dir=\"ltr\">\n<head><meta charset=\"utf-8\"><title>Bekr&auml;fta din e-postadress f&ouml;r Brobygge</title></head>\n<body style=\"font-family: sans-serif; line-height: 1.5; text-align: left; color: #1a1a1a;\">\n<p>Hej Farid Ahmadi!</p>\n<p>Du har skapat ett konto p&aring; Brobygge. Bekr&auml;fta att det h&auml;r &auml;r din e-postadress.</p>\n<p><a href=\"http://localhost:8080/verify-email?token=YiJXrktD2O0TMjFafjiFXOkIE8S9WCLlt3y07XYBros\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">Bekr&auml;fta e-postadressen</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/verify-email?token=YiJXrktD2O0TMjFafjiFXOkIE8S9WCLlt3y07XYBros</p>\n<p>L&auml;nken g&auml;ller i 48 timmar. Om du inte har skapat n&aring;got konto kan du strunta i det h&auml;r mejlet.</p>\n<p>V&auml;nliga h&auml;lsningar\nBrohamns kommun &ndash; Brobygge</p>\n</body>\n</html>\n','PENDING',12,'2026-11-23 19:56:50.383398','2026-11-23 19:56:29.610631',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',0,NULL,NULL),
(10,'verify-email:4','maria@demo.brohamn.example','sv','Bekräfta din e-postadress för Brobygge','Hej Maria Holm!\n\nDu har skapat ett konto på Brobygge. Bekräfta att det här är din e-postadress.\n\nBekräfta e-postadressen:\nhttp://localhost:8080/verify-email?token=lC2heBvLEFsJe0Gb6xltGxihfORJyltqpg77JjSa7pI\n\nLänken gäller i 48 timmar. Om du inte har skapat något konto kan du strunta i det här mejlet.\n\nVänliga hälsningar\nBrohamns kommun – Brobygge\n','<!DOCTYPE html>\n<html lang=\"sv\" dir=\"ltr\">\n<head><meta charset=\"utf-8\"><title>Bekr&auml;fta din e-postadress f&ouml;r Brobygge</title></head>\n<body style=\"font-family: sans-serif; line-height: 1.5; text-align: left; color: #1a1a1a;\">\n<p>Hej Maria Holm!</p>\n<p>Du har skapat ett konto p&aring; Brobygge. Bekr&auml;fta att det h&auml;r &auml;r din e-postadress.</p>\n<p><a href=\"http://localhost:8080/verify-email?token=lC2heBvLEFsJe0Gb6xltGxihfORJyltqpg77JjSa7pI\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">Bekr&auml;fta e-postadressen</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/verify-email?token=lC2heBvLEFsJe0Gb6xltGxihfORJyltqpg77JjSa7pI</p>\n<p>L&auml;nken g&auml;ller i 48 timmar. Om du inte har skapat n&aring;got konto kan du strunta i det h&auml;r mejlet.</p>\n<p>V&auml;nliga h&auml;lsningar\nBrohamns kommun &ndash; Brobygge</p>\n</body>\n</html>\n','PENDING',11,'2026-11-23 19:56:50.383423','2026-11-23 19:56:31.007115',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',0,NULL,NULL),
(11,'verify-email:5','karin@demo.brohamn.example','sv','Bekräfta din e-postadress för Brobygge','Hej Karin Öberg!\n\nDu har skapat ett konto på Brobygge. Bekräfta att det här är din e-postadress.\n\nBekräfta e-postadressen:\nhttp://localhost:8080/verify-email?token=vNXPV2C365DFvlUuNVljGE3W2Q4RN5X0KWmbuy7gC28\n\nLänken gäller i 48 timmar. Om du inte har skapat något konto kan du strunta i det här mejlet.\n\nVänliga hälsningar\nBrohamns kommun – Brobygge\n','<!DOCTYPE html>\n<html lang=\"sv\" dir=\"ltr\">\n<head><meta charset=\"utf-8\"><title>Bekr&auml;fta din e-postadress f&ouml;r Brobygge</title></head>\n<body style=\"font-family: sans-serif; line-height: 1.5; text-align: left; color: #1a1a1a;\">\n<p>Hej Karin &Ouml;berg!</p>\n<p>Du har skapat ett konto p&aring; Brobygge. Bekr&auml;fta att det h&auml;r &auml;r din e-postadress.</p>\n<p><a href=\"http://localhost:8080/verify-email?token=vNXPV2C365DFvlUuNVljGE3W2Q4RN5X0KWmbuy7gC28\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">Bekr&auml;fta e-postadressen</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/verify-email?token=vNXPV2C365DFvlUuNVljGE3W2Q4RN5X0KWmbuy7gC28</p>\n<p>L&auml;nken g&auml;ller i 48 timmar. Om du inte har skapat n&aring;got konto kan du strunta i det h&auml;r mejlet.</p>\n<p>V&auml;nliga h&auml;lsningar\nBrohamns kommun &ndash; Brobygge</p>\n</body>\n</html>\n','PENDING',10,'2026-11-23 19:56:50.383454','2026-11-23 19:56:32.627294',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',0,NULL,NULL),
(12,'n:4:employers-verified-1','johan@demo.brohamn.example','sv','Er arbetsgivare är verifierad','Hej Johan Ek!\n\nKommunen har verifierat Brohamns Vård & Bygg AB. Era annonser publiceras nu direkt.\n\nÖppna i Brobygge:\nhttp://localhost:8080/employers/1\n\nVänliga hälsningar\nBrohamns kommun – Brobygge\n\n--\nSluta få e-post om ”Näringslivsupprop”:\nhttp://localhost:8080/unsubscribe?token=4.EMPLOYER_SESSION.dknyAiHAHfj775yFH4F5qhEVq3ePdLEu6GGcoVpiQFo\nVälj hur du får aviseringar:\nhttp://localhost:8080/notifications/settings\n','<!DOCTYPE html>\n<html lang=\"sv\" dir=\"ltr\">\n<head><meta charset=\"utf-8\"><title>Er arbetsgivare &auml;r verifierad</title></head>\n<body dir=\"ltr\" style=\"font-family: sans-serif; line-height: 1.5; text-align: left; color: #1a1a1a;\">\n<p>Hej Johan Ek!</p>\n<p style=\"white-space: pre-line;\">Kommunen har verifierat Brohamns V&aring;rd &amp; Bygg AB. Era annonser publiceras nu direkt.</p>\n<p><a href=\"http://localhost:8080/employers/1\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">&Ouml;ppna i Brobygge</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/employers/1</p>\n<p style=\"white-space: pre-line;\">V&auml;nliga h&auml;lsningar\nBrohamns kommun &ndash; Brobygge</p>\n<hr>\n<p style=\"font-size: 0.85em; color: #444444;\"><a href=\"http://localhost:8080/unsubscribe?token=4.EMPLOYER_SESSION.dknyAiHAHfj775yFH4F5qhEVq3ePdLEu6GGcoVpiQFo\">Sluta f&aring; e-post om &rdquo;N&auml;ringslivsupprop&rdquo;</a><br><a href=\"http://localhost:8080/notifications/settings\">V&auml;lj hur du f&aring;r aviseringar</a></p>\n</body>\n</html>\n','PENDING',6,'2026-11-23 19:56:50.426780','2026-11-23 19:56:38.073791',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',5,'http://localhost:8080/mail/unsubscribe?token=4.EMPLOYER_SESSION.dknyAiHAHfj775yFH4F5qhEVq3ePdLEu6GGcoVpiQFo',NULL),
(13,'n:1:signup-confirmed:11:1:1795463800152','amal@demo.brohamn.example','ar','تم تسجيلك: Näringslivsupprop: vård, omsorg och bygg','مرحبًا Amal Haddad،\n\nأهلًا بك في Näringslivsupprop: vård, omsorg och bygg، 05‏/12‏/2026، 5:30 م. رمز التسجيل الخاص بك هو 2EY3ADDZ – أظهِره عند وصولك.\n\nإذا لم تستطع الحضور، فألغِ تسجيلك من صفحة الفعالية، حتى يحصل شخص من قائمة الانتظار على مكانك.\n\nافتح في Brobygge:\nhttp://localhost:8080/events/11\n\nمع أطيب التحيات\nBrohamns kommun – Brobygge\n','<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head><meta charset=\"utf-8\"><title>تم تسجيلك: N&auml;ringslivsupprop: v&aring;rd, omsorg och bygg</title></head>\n<body dir=\"rtl\" style=\"font-family: sans-serif; line-height: 1.5; text-align: right; color: #1a1a1a;\">\n<p>مرحبًا Amal Haddad،</p>\n<p style=\"white-space: pre-line;\">أهلًا بك في N&auml;ringslivsupprop: v&aring;rd, omsorg och bygg، 05&rlm;/12&rlm;/2026، 5:30 م. رمز التسجيل الخاص بك هو 2EY3ADDZ &ndash; أظهِره عند وصولك.</p>\n<p style=\"white-space: pre-line;\">إذا لم تستطع الحضور، فألغِ تسجيلك من صفحة الفعالية، حتى يحصل شخص من قائمة الانتظار على مكانك.</p>\n<p><a href=\"http://localhost:8080/events/11\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">افتح في Brobygge</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/events/11</p>\n<p>اعرض رمز QR هذا عند المدخل ليسجّل المنظم حضورك.</p>\n<p><img src=\"cid:checkin-qr\" alt=\"اعرض رمز QR هذا عند المدخل ليسجّل المنظم حضورك.\" width=\"200\" height=\"200\" style=\"image-rendering: pixelated;\"></p>\n<p style=\"white-space: pre-line;\">مع أطيب التحيات\nBrohamns kommun &ndash; Brobygge</p>\n</body>\n</html>\n','PENDING',3,'2026-11-23 19:56:50.426803','2026-11-23 19:56:43.011602',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',5,NULL,'http://localhost:8080/events/11/check-in?code=2EY3ADDZ'),
(14,'n:1:employers-registered-2-1-1795463800033','amal@demo.brohamn.example','ar','لقاء أصحاب العمل: Näringslivsupprop: vård, omsorg och bygg','مرحبًا Amal Haddad،\n\nأنت مسجل في Näringslivsupprop: vård, omsorg och bygg، 05‏/12‏/2026، 5:30 م. يرجى ملء بطاقة التعريف.\n\nافتح في Brobygge:\nhttp://localhost:8080/employer-sessions/2\n\nمع أطيب التحيات\nBrohamns kommun – Brobygge\n\n--\nأوقف الرسائل عن «لقاءات أصحاب العمل»:\nhttp://localhost:8080/unsubscribe?token=1.EMPLOYER_SESSION.i_7nFuEGCI5xcTmH1KPfIeHNRZYcx6dbM8OGjChvJs4\nاختر كيف تصلك الإشعارات:\nhttp://localhost:8080/notifications/settings\n','<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head><meta charset=\"utf-8\"><title>لقاء أصحاب العمل: N&auml;ringslivsupprop: v&aring;rd, omsorg och bygg</title></head>\n<body dir=\"rtl\" style=\"font-family: sans-serif; line-height: 1.5; text-align: right; color: #1a1a1a;\">\n<p>مرحبًا Amal Haddad،</p>\n<p style=\"white-space: pre-line;\">أنت مسجل في N&auml;ringslivsupprop: v&aring;rd, omsorg och bygg، 05&rlm;/12&rlm;/2026، 5:30 م. يرجى ملء بطاقة التعريف.</p>\n<p><a href=\"http://localhost:8080/employer-sessions/2\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">افتح في Brobygge</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/employer-sessions/2</p>\n<p style=\"white-space: pre-line;\">مع أطيب التحيات\nBrohamns kommun &ndash; Brobygge</p>\n<hr>\n<p style=\"font-size: 0.85em; color: #444444;\"><a href=\"http://localhost:8080/unsubscribe?token=1.EMPLOYER_SESSION.i_7nFuEGCI5xcTmH1KPfIeHNRZYcx6dbM8OGjChvJs4\">أوقف الرسائل عن &laquo;لقاءات أصحاب العمل&raquo;</a><br><a href=\"http://localhost:8080/notifications/settings\">اختر كيف تصلك الإشعارات</a></p>\n</body>\n</html>\n','PENDING',3,'2026-11-23 19:56:50.426831','2026-11-23 19:56:42.965838',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',5,'http://localhost:8080/mail/unsubscribe?token=1.EMPLOYER_SESSION.i_7nFuEGCI5xcTmH1KPfIeHNRZYcx6dbM8OGjChvJs4',NULL),
(15,'n:4:employers-registered-2-4-1795463802906','johan@demo.brohamn.example','sv','Näringslivsupprop: Näringslivsupprop: vård, omsorg och bygg','Hej Johan Ek!\n\nDu är anmäld till Näringslivsupprop: vård, omsorg och bygg, 5 dec. 2026 17:30. Fyll gärna i ditt presentationskort.\n\nÖppna i Brobygge:\nhttp://localhost:8080/employer-sessions/2\n\nVänliga hälsningar\nBrohamns kommun – Brobygge\n\n--\nSluta få e-post om ”Näringslivsupprop”:\nhttp://localhost:8080/unsubscribe?token=4.EMPLOYER_SESSION.dknyAiHAHfj775yFH4F5qhEVq3ePdLEu6GGcoVpiQFo\nVälj hur du får aviseringar:\nhttp://localhost:8080/notifications/settings\n','<!DOCTYPE html>\n<html lang=\"sv\" dir=\"ltr\">\n<head><meta charset=\"utf-8\"><title>N&auml;ringslivsupprop: N&auml;ringslivsupprop: v&aring;rd, omsorg och bygg</title></head>\n<body dir=\"ltr\" style=\"font-family: sans-serif; line-height: 1.5; text-align: left; color: #1a1a1a;\">\n<p>Hej Johan Ek!</p>\n<p style=\"white-space: pre-line;\">Du &auml;r anm&auml;ld till N&auml;ringslivsupprop: v&aring;rd, omsorg och bygg, 5 dec. 2026 17:30. Fyll g&auml;rna i ditt presentationskort.</p>\n<p><a href=\"http://localhost:8080/employer-sessions/2\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">&Ouml;ppna i Brobygge</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/employer-sessions/2</p>\n<p style=\"white-space: pre-line;\">V&auml;nliga h&auml;lsningar\nBrohamns kommun &ndash; Brobygge</p>\n<hr>\n<p style=\"font-size: 0.85em; color: #444444;\"><a href=\"http://localhost:8080/unsubscribe?token=4.EMPLOYER_SESSION.dknyAiHAHfj775yFH4F5qhEVq3ePdLEu6GGcoVpiQFo\">Sluta f&aring; e-post om &rdquo;N&auml;ringslivsupprop&rdquo;</a><br><a href=\"http://localhost:8080/notifications/settings\">V&auml;lj hur du f&aring;r aviseringar</a></p>\n</body>\n</html>\n','PENDING',3,'2026-11-23 19:56:51.250748','2026-11-23 19:56:43.918032',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',5,'http://localhost:8080/mail/unsubscribe?token=4.EMPLOYER_SESSION.dknyAiHAHfj775yFH4F5qhEVq3ePdLEu6GGcoVpiQFo',NULL),
(16,'n:4:signup-confirmed:11:4:1795463803057','johan@demo.brohamn.example','sv','Du är anmäld: Näringslivsupprop: vård, omsorg och bygg','Hej Johan Ek!\n\nVälkommen till Näringslivsupprop: vård, omsorg och bygg, 5 dec. 2026 17:30. Din registreringskod är 3F9GJ7CZ – visa den när du kommer.\n\nKan du inte komma? Avanmäl dig på evenemangets sida, så får någon i kön din plats.\n\nÖppna i Brobygge:\nhttp://localhost:8080/events/11\n\nVänliga hälsningar\nBrohamns kommun – Brobygge\n','<!DOCTYPE html>\n<html lang=\"sv\" dir=\"ltr\">\n<head><meta charset=\"utf-8\"><title>Du &auml;r anm&auml;ld: N&auml;ringslivsupprop: v&aring;rd, omsorg och bygg</title></head>\n<body dir=\"ltr\" style=\"font-family: sans-serif; line-height: 1.5; text-align: left; color: #1a1a1a;\">\n<p>Hej Johan Ek!</p>\n<p style=\"white-space: pre-line;\">V&auml;lkommen till N&auml;ringslivsupprop: v&aring;rd, omsorg och bygg, 5 dec. 2026 17:30. Din registreringskod &auml;r 3F9GJ7CZ &ndash; visa den n&auml;r du kommer.</p>\n<p style=\"white-space: pre-line;\">Kan du inte komma? Avanm&auml;l dig p&aring; evenemangets sida, s&aring; f&aring;r n&aring;gon i k&ouml;n din plats.</p>\n<p><a href=\"http://localhost:8080/events/11\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">&Ouml;ppna i Brobygge</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/events/11</p>\n<p>Visa QR-koden vid entr&eacute;n, s&aring; checkar arrang&ouml;ren in dig.</p>\n<p><img src=\"cid:checkin-qr\" alt=\"Visa QR-koden vid entr&eacute;n, s&aring; checkar arrang&ouml;ren in dig.\" width=\"200\" height=\"200\" style=\"image-rendering: pixelated;\"></p>\n<p style=\"white-space: pre-line;\">V&auml;nliga h&auml;lsningar\nBrohamns kommun &ndash; Brobygge</p>\n</body>\n</html>\n','PENDING',3,'2026-11-23 19:56:51.269569','2026-11-23 19:56:43.937890',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',5,NULL,'http://localhost:8080/events/11/check-in?code=3F9GJ7CZ'),
(17,'n:2:signup-confirmed:11:2:1795463803837','erik@demo.brohamn.example','sv','Du är anmäld: Näringslivsupprop: vård, omsorg och bygg','Hej Erik Lindqvist!\n\nVälkommen till Näringslivsupprop: vård, omsorg och bygg, 5 dec. 2026 17:30. Din registreringskod är TEA4BTFP – visa den när du kommer.\n\nKan du inte komma? Avanmäl dig på evenemangets sida, så får någon i kön din plats.\n\nÖppna i Brobygge:\nhttp://localhost:8080/events/11\n\nVänliga hälsningar\nBrohamns kommun – Brobygge\n','<!DOCTYPE html>\n<html lang=\"sv\" dir=\"ltr\">\n<head><meta charset=\"utf-8\"><title>Du &auml;r anm&auml;ld: N&auml;ringslivsupprop: v&aring;rd, omsorg och bygg</title></head>\n<body dir=\"ltr\" style=\"font-family: sans-serif; line-height: 1.5; text-align: left; color: #1a1a1a;\">\n<p>Hej Erik Lindqvist!</p>\n<p style=\"white-space: pre-line;\">V&auml;lkommen till N&auml;ringslivsupprop: v&aring;rd, omsorg och bygg, 5 dec. 2026 17:30. Din registreringskod &auml;r TEA4BTFP &ndash; visa den n&auml;r du kommer.</p>\n<p style=\"white-space: pre-line;\">Kan du inte komma? Avanm&auml;l dig p&aring; evenemangets sida, s&aring; f&aring;r n&aring;gon i k&ouml;n din plats.</p>\n<p><a href=\"http://localhost:8080/events/11\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">&Ouml;ppna i Brobygge</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/events/11</p>\n<p>Visa QR-koden vid entr&eacute;n, s&aring; checkar arrang&ouml;ren in dig.</p>\n<p><img src=\"cid:checkin-qr\" alt=\"Visa QR-koden vid entr&eacute;n, s&aring; checkar arrang&ouml;ren in dig.\" width=\"200\" height=\"200\" style=\"image-rendering: pixelated;\"></p>\n<p style=\"white-space: pre-line;\">V&auml;nliga h&auml;lsningar\nBrohamns kommun &ndash; Brobygge</p>\n</body>\n</html>\n','PENDING',3,'2026-11-23 19:56:51.269850','2026-11-23 19:56:44.627252',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',5,NULL,'http://localhost:8080/events/11/check-in?code=TEA4BTFP'),
(18,'n:2:employers-registered-2-2-1795463803770','erik@demo.brohamn.example','sv','Näringslivsupprop: Näringslivsupprop: vård, omsorg och bygg','Hej Erik Lindqvist!\n\nDu är anmäld till Näringslivsupprop: vård, omsorg och bygg, 5 dec. 2026 17:30. Fyll gärna i ditt presentationskort.\n\nÖppna i Brobygge:\nhttp://localhost:8080/employer-sessions/2\n\nVänliga hälsningar\nBrohamns kommun – Brobygge\n\n--\nSluta få e-post om ”Näringslivsupprop”:\nhttp://localhost:8080/unsubscribe?token=2.EMPLOYER_SESSION.ryQOKTuc-CFpHjk4M4JBU52ejl0DDBq8NJxhhpRuwzo\nVälj hur du får aviseringar:\nhttp://localhost:8080/notifications/settings\n','<!DOCTYPE html>\n<html lang=\"sv\" dir=\"ltr\">\n<head><meta charset=\"utf-8\"><title>N&auml;ringslivsupprop: N&auml;ringslivsupprop: v&aring;rd, omsorg och bygg</title></head>\n<body dir=\"ltr\" style=\"font-family: sans-serif; line-height: 1.5; text-align: left; color: #1a1a1a;\">\n<p>Hej Erik Lindqvist!</p>\n<p style=\"white-space: pre-line;\">Du &auml;r anm&auml;ld till N&auml;ringslivsupprop: v&aring;rd, omsorg och bygg, 5 dec. 2026 17:30. Fyll g&auml;rna i ditt presentationskort.</p>\n<p><a href=\"http://localhost:8080/employer-sessions/2\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">&Ouml;ppna i Brobygge</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/employer-sessions/2</p>\n<p style=\"white-space: pre-line;\">V&auml;nliga h&auml;lsningar\nBrohamns kommun &ndash; Brobygge</p>\n<hr>\n<p style=\"font-size: 0.85em; color: #444444;\"><a href=\"http://localhost:8080/unsubscribe?token=2.EMPLOYER_SESSION.ryQOKTuc-CFpHjk4M4JBU52ejl0DDBq8NJxhhpRuwzo\">Sluta f&aring; e-post om &rdquo;N&auml;ringslivsupprop&rdquo;</a><br><a href=\"http://localhost:8080/notifications/settings\">V&auml;lj hur du f&aring;r aviseringar</a></p>\n</body>\n</html>\n','PENDING',3,'2026-11-23 19:56:51.269892','2026-11-23 19:56:44.690480',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',5,'http://localhost:8080/mail/unsubscribe?token=2.EMPLOYER_SESSION.ryQOKTuc-CFpHjk4M4JBU52ejl0DDBq8NJxhhpRuwzo',NULL),
(19,'n:2:message:2','erik@demo.brohamn.example','sv','Nytt meddelande från Amal Haddad','Hej Erik Lindqvist!\n\nAmal Haddad har skickat ett meddelande till dig i Brobygge. Öppna samtalet för att läsa och svara.\n\nÖppna i Brobygge:\nhttp://localhost:8080/messages/1\n\nVänliga hälsningar\nBrohamns kommun – Brobygge\n\n--\nSluta få e-post om ”Privata meddelanden”:\nhttp://localhost:8080/unsubscribe?token=2.MESSAGE.KGjxrg_eXSgFFKBlxdLbOT-L_DcPAuO1zh5JfUJYrPU\nVälj hur du får aviseringar:\nhttp://localhost:8080/notifications/settings\n','<!DOCTYPE html>\n<html lang=\"sv\" dir=\"ltr\">\n<head><meta charset=\"utf-8\"><title>Nytt meddelande fr&aring;n Amal Haddad</title></head>\n<body dir=\"ltr\" style=\"font-family: sans-serif; line-height: 1.5; text-align: left; color: #1a1a1a;\">\n<p>Hej Erik Lindqvist!</p>\n<p style=\"white-space: pre-line;\">Amal Haddad har skickat ett meddelande till dig i Brobygge. &Ouml;ppna samtalet f&ouml;r att l&auml;sa och svara.</p>\n<p><a href=\"http://localhost:8080/messages/1\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">&Ouml;ppna i Brobygge</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/messages/1</p>\n<p style=\"white-space: pre-line;\">V&auml;nliga h&auml;lsningar\nBrohamns kommun &ndash; Brobygge</p>\n<hr>\n<p style=\"font-size: 0.85em; color: #444444;\"><a href=\"http://localhost:8080/unsubscribe?token=2.MESSAGE.KGjxrg_eXSgFFKBlxdLbOT-L_DcPAuO1zh5JfUJYrPU\">Sluta f&aring; e-post om &rdquo;Privata meddelanden&rdquo;</a><br><a href=\"http://localhost:8080/notifications/settings\">V&auml;lj hur du f&aring;r aviseringar</a></p>\n</body>\n</html>\n','PENDING',2,'2026-11-23 19:56:50.426853','2026-11-23 19:56:46.594972',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',5,'http://localhost:8080/mail/unsubscribe?token=2.MESSAGE.KGjxrg_eXSgFFKBlxdLbOT-L_DcPAuO1zh5JfUJYrPU',NULL),
(20,'n:2:message:1','erik@demo.brohamn.example','sv','Nytt meddelande från Amal Haddad','Hej Erik Lindqvist!\n\nAmal Haddad har skickat ett meddelande till dig i Brobygge. Öppna samtalet för att läsa och svara.\n\nÖppna i Brobygge:\nhttp://localhost:8080/messages/1\n\nVänliga hälsningar\nBrohamns kommun – Brobygge\n\n--\nSluta få e-post om ”Privata meddelanden”:\nhttp://localhost:8080/unsubscribe?token=2.MESSAGE.KGjxrg_eXSgFFKBlxdLbOT-L_DcPAuO1zh5JfUJYrPU\nVälj hur du får aviseringar:\nhttp://localhost:8080/notifications/settings\n','<!DOCTYPE html>\n<html lang=\"sv\" dir=\"ltr\">\n<head><meta charset=\"utf-8\"><title>Nytt meddelande fr&aring;n Amal Haddad</title></head>\n<body dir=\"ltr\" style=\"font-family: sans-serif; line-height: 1.5; text-align: left; color: #1a1a1a;\">\n<p>Hej Erik Lindqvist!</p>\n<p style=\"white-space: pre-line;\">Amal Haddad har skickat ett meddelande till dig i Brobygge. &Ouml;ppna samtalet f&ouml;r att l&auml;sa och svara.</p>\n<p><a href=\"http://localhost:8080/messages/1\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">&Ouml;ppna i Brobygge</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/messages/1</p>\n<p style=\"white-space: pre-line;\">V&auml;nliga h&auml;lsningar\nBrohamns kommun &ndash; Brobygge</p>\n<hr>\n<p style=\"font-size: 0.85em; color: #444444;\"><a href=\"http://localhost:8080/unsubscribe?token=2.MESSAGE.KGjxrg_eXSgFFKBlxdLbOT-L_DcPAuO1zh5JfUJYrPU\">Sluta f&aring; e-post om &rdquo;Privata meddelanden&rdquo;</a><br><a href=\"http://localhost:8080/notifications/settings\">V&auml;lj hur du f&aring;r aviseringar</a></p>\n</body>\n</html>\n','PENDING',2,'2026-11-23 19:56:50.426874','2026-11-23 19:56:46.686454',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',5,'http://localhost:8080/mail/unsubscribe?token=2.MESSAGE.KGjxrg_eXSgFFKBlxdLbOT-L_DcPAuO1zh5JfUJYrPU',NULL),
(21,'n:1:message:3','amal@demo.brohamn.example','ar','رسالة جديدة من Erik Lindqvist','مرحبًا Amal Haddad،\n\nأرسل لك Erik Lindqvist رسالة في Brobygge. افتح المحادثة لقراءتها والرد عليها.\n\nافتح في Brobygge:\nhttp://localhost:8080/messages/1\n\nمع أطيب التحيات\nBrohamns kommun – Brobygge\n\n--\nأوقف الرسائل عن «الرسائل الخاصة»:\nhttp://localhost:8080/unsubscribe?token=1.MESSAGE.ZxrlbQCtUanJw2G9fhN-P25s9ikzlY13TXUGxgStQzc\nاختر كيف تصلك الإشعارات:\nhttp://localhost:8080/notifications/settings\n','<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head><meta charset=\"utf-8\"><title>رسالة جديدة من Erik Lindqvist</title></head>\n<body dir=\"rtl\" style=\"font-family: sans-serif; line-height: 1.5; text-align: right; color: #1a1a1a;\">\n<p>مرحبًا Amal Haddad،</p>\n<p style=\"white-space: pre-line;\">أرسل لك Erik Lindqvist رسالة في Brobygge. افتح المحادثة لقراءتها والرد عليها.</p>\n<p><a href=\"http://localhost:8080/messages/1\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">افتح في Brobygge</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/messages/1</p>\n<p style=\"white-space: pre-line;\">مع أطيب التحيات\nBrohamns kommun &ndash; Brobygge</p>\n<hr>\n<p style=\"font-size: 0.85em; color: #444444;\"><a href=\"http://localhost:8080/unsubscribe?token=1.MESSAGE.ZxrlbQCtUanJw2G9fhN-P25s9ikzlY13TXUGxgStQzc\">أوقف الرسائل عن &laquo;الرسائل الخاصة&raquo;</a><br><a href=\"http://localhost:8080/notifications/settings\">اختر كيف تصلك الإشعارات</a></p>\n</body>\n</html>\n','PENDING',2,'2026-11-23 19:56:50.426893','2026-11-23 19:56:47.031375',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',5,'http://localhost:8080/mail/unsubscribe?token=1.MESSAGE.ZxrlbQCtUanJw2G9fhN-P25s9ikzlY13TXUGxgStQzc',NULL),
(22,'n:1:message:4','amal@demo.brohamn.example','ar','رسالة جديدة من Erik Lindqvist','مرحبًا Amal Haddad،\n\nأرسل لك Erik Lindqvist رسالة في Brobygge. افتح المحادثة لقراءتها والرد عليها.\n\nافتح في Brobygge:\nhttp://localhost:8080/messages/1\n\nمع أطيب التحيات\nBrohamns kommun – Brobygge\n\n--\nأوقف الرسائل عن «الرسائل الخاصة»:\nhttp://localhost:8080/unsubscribe?token=1.MESSAGE.ZxrlbQCtUanJw2G9fhN-P25s9ikzlY13TXUGxgStQzc\nاختر كيف تصلك الإشعارات:\nhttp://localhost:8080/notifications/settings\n','<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head><meta charset=\"utf-8\"><title>رسالة جديدة من Erik Lindqvist</title></head>\n<body dir=\"rtl\" style=\"font-family: sans-serif; line-height: 1.5; text-align: right; color: #1a1a1a;\">\n<p>مرحبًا Amal Haddad،</p>\n<p style=\"white-space: pre-line;\">أرسل لك Erik Lindqvist رسالة في Brobygge. افتح المحادثة لقراءتها والرد عليها.</p>\n<p><a href=\"http://localhost:8080/messages/1\" style=\"display: inline-block; padding: 10px 16px; background: #0b5cad; color: #ffffff; text-decoration: none; border-radius: 6px;\">افتح في Brobygge</a></p>\n<p style=\"font-size: 0.9em;\">http://localhost:8080/messages/1</p>\n<p style=\"white-space: pre-line;\">مع أطيب التحيات\nBrohamns kommun &ndash; Brobygge</p>\n<hr>\n<p style=\"font-size: 0.85em; color: #444444;\"><a href=\"http://localhost:8080/unsubscribe?token=1.MESSAGE.ZxrlbQCtUanJw2G9fhN-P25s9ikzlY13TXUGxgStQzc\">أوقف الرسائل عن &laquo;الرسائل الخاصة&raquo;</a><br><a href=\"http://localhost:8080/notifications/settings\">اختر كيف تصلك الإشعارات</a></p>\n</body>\n</html>\n','PENDING',2,'2026-11-23 19:56:50.426914','2026-11-23 19:56:47.285849',NULL,'MailConnectException: Couldn\'t connect to host, port: 127.0.0.1, 33295; timeout 5000',5,'http://localhost:8080/mail/unsubscribe?token=1.MESSAGE.ZxrlbQCtUanJw2G9fhN-P25s9ikzlY13TXUGxgStQzc',NULL);
/*!40000 ALTER TABLE `notifications_mail` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `notifications_notification`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `notifications_notification` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `account_id` bigint(20) NOT NULL,
  `kind` varchar(32) NOT NULL,
  `dedup_key` varchar(120) NOT NULL,
  `subject_key` varchar(120) NOT NULL,
  `body_key` varchar(120) NOT NULL,
  `args` text NOT NULL,
  `when_at` timestamp(6) NULL DEFAULT NULL,
  `link` varchar(500) DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `read_at` timestamp(6) NULL DEFAULT NULL,
  `digest` varchar(8) DEFAULT NULL,
  `digested_at` timestamp(6) NULL DEFAULT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `notifications_notification_dedup_uk` (`account_id`,`dedup_key`),
  KEY `notifications_notification_unread_idx` (`account_id`,`read_at`),
  KEY `notifications_notification_digest_idx` (`digest`,`digested_at`,`created_at`),
  CONSTRAINT `notifications_notification_account_fk` FOREIGN KEY (`account_id`) REFERENCES `identity_account` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB AUTO_INCREMENT=18 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `notifications_notification` WRITE;
/*!40000 ALTER TABLE `notifications_notification` DISABLE KEYS */;
INSERT INTO `notifications_notification` VALUES
(1,2,'MENTORING','mentoring-invitation-1-2','mentoring.notify.invitation.subject','mentoring.notify.invitation.body','Amalengelska, svenskamatlagning','2026-12-07 19:56:19.681336','/mentoring','2026-11-23 19:56:22.586520',NULL,NULL,NULL),
(2,1,'MENTORING','mentoring-invitation-1-1','mentoring.notify.invitation.subject','mentoring.notify.invitation.body','Erikالإنجليزية, السويديةالطبخ','2026-12-07 19:56:19.681336','/mentoring','2026-11-23 19:56:22.618269',NULL,NULL,NULL),
(3,1,'MENTORING','mentoring-started-1-1','mentoring.notify.started.subject','mentoring.notify.started.body','','2026-11-23 19:56:22.982196','/mentoring','2026-11-23 19:56:23.356422',NULL,NULL,NULL),
(4,2,'MENTORING','mentoring-started-1-2','mentoring.notify.started.subject','mentoring.notify.started.body','','2026-11-23 19:56:22.982196','/mentoring','2026-11-23 19:56:23.378827',NULL,NULL,NULL),
(5,1,'MENTORING','mentoring-checkin-1-1','mentoring.notify.checkin.subject','mentoring.notify.checkin.body','1',NULL,'/mentoring','2026-11-23 19:56:24.242655',NULL,NULL,NULL),
(6,2,'MENTORING','mentoring-checkin-1-2','mentoring.notify.checkin.subject','mentoring.notify.checkin.body','1',NULL,'/mentoring','2026-11-23 19:56:24.274631',NULL,NULL,NULL),
(7,4,'EMPLOYER_SESSION','employers-verified-1','employers.notify.verified.subject','employers.notify.verified.body','Brohamns Vård & Bygg AB',NULL,'/employers/1','2026-11-23 19:56:37.999484',NULL,NULL,NULL),
(8,1,'EMPLOYER_SESSION','employers-registered-2-1-1795463800033','employers.notify.registered.subject','employers.notify.registered.body','Näringslivsupprop: vård, omsorg och bygg','2026-12-05 16:30:00.000000','/employer-sessions/2','2026-11-23 19:56:42.837542',NULL,NULL,NULL),
(9,1,'SIGN_UP_CONFIRMATION','signup-confirmed:11:1:1795463800152','mail.signupConfirmed.subject','mail.signupConfirmed.intro','Näringslivsupprop: vård, omsorg och byggwhen2EY3ADDZ','2026-12-05 16:30:00.000000','/events/11','2026-11-23 19:56:42.936857',NULL,NULL,NULL),
(10,4,'EMPLOYER_SESSION','employers-registered-2-4-1795463802906','employers.notify.registered.subject','employers.notify.registered.body','Näringslivsupprop: vård, omsorg och bygg','2026-12-05 16:30:00.000000','/employer-sessions/2','2026-11-23 19:56:43.832141',NULL,NULL,NULL),
(11,4,'SIGN_UP_CONFIRMATION','signup-confirmed:11:4:1795463803057','mail.signupConfirmed.subject','mail.signupConfirmed.intro','Näringslivsupprop: vård, omsorg och byggwhen3F9GJ7CZ','2026-12-05 16:30:00.000000','/events/11','2026-11-23 19:56:43.835958',NULL,NULL,NULL),
(12,2,'SIGN_UP_CONFIRMATION','signup-confirmed:11:2:1795463803837','mail.signupConfirmed.subject','mail.signupConfirmed.intro','Näringslivsupprop: vård, omsorg och byggwhenTEA4BTFP','2026-12-05 16:30:00.000000','/events/11','2026-11-23 19:56:44.586863',NULL,NULL,NULL),
(13,2,'EMPLOYER_SESSION','employers-registered-2-2-1795463803770','employers.notify.registered.subject','employers.notify.registered.body','Näringslivsupprop: vård, omsorg och bygg','2026-12-05 16:30:00.000000','/employer-sessions/2','2026-11-23 19:56:44.582710',NULL,NULL,NULL),
(14,2,'MESSAGE','message:2','messaging.notify.subject','messaging.notify.body','Amal Haddad',NULL,'/messages/1','2026-11-23 19:56:46.589947',NULL,NULL,NULL),
(15,2,'MESSAGE','message:1','messaging.notify.subject','messaging.notify.body','Amal Haddad',NULL,'/messages/1','2026-11-23 19:56:46.566680',NULL,NULL,NULL),
(16,1,'MESSAGE','message:3','messaging.notify.subject','messaging.notify.body','Erik Lindqvist',NULL,'/messages/1','2026-11-23 19:56:46.930101',NULL,NULL,NULL),
(17,1,'MESSAGE','message:4','messaging.notify.subject','messaging.notify.body','Erik Lindqvist',NULL,'/messages/1','2026-11-23 19:56:47.143948',NULL,NULL,NULL);
/*!40000 ALTER TABLE `notifications_notification` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `notifications_preference`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `notifications_preference` (
  `account_id` bigint(20) NOT NULL,
  `kind` varchar(32) NOT NULL,
  `delivery` varchar(16) NOT NULL,
  PRIMARY KEY (`account_id`,`kind`),
  CONSTRAINT `notifications_preference_account_fk` FOREIGN KEY (`account_id`) REFERENCES `identity_account` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `notifications_preference` WRITE;
/*!40000 ALTER TABLE `notifications_preference` DISABLE KEYS */;
/*!40000 ALTER TABLE `notifications_preference` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `notifications_secret`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `notifications_secret` (
  `name` varchar(64) NOT NULL,
  `secret` varchar(128) NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `notifications_secret` WRITE;
/*!40000 ALTER TABLE `notifications_secret` DISABLE KEYS */;
INSERT INTO `notifications_secret` VALUES
('unsubscribe','amON8njAqxY8GxkaxFN8FoumnnMm9rbHadgbJf8d9Uk','2026-11-23 19:56:22.836595');
/*!40000 ALTER TABLE `notifications_secret` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `notifications_shedlock`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `notifications_shedlock` (
  `name` varchar(64) NOT NULL,
  `lock_until` timestamp(3) NOT NULL,
  `locked_at` timestamp(3) NOT NULL DEFAULT current_timestamp(3),
  `locked_by` varchar(255) NOT NULL,
  PRIMARY KEY (`name`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `notifications_shedlock` WRITE;
/*!40000 ALTER TABLE `notifications_shedlock` DISABLE KEYS */;
INSERT INTO `notifications_shedlock` VALUES
('events.release-kept-seats','2026-11-23 19:56:45.040','2026-11-23 19:56:44.651','brobygge@vm'),
('events.reminders','2026-11-23 19:56:45.156','2026-11-23 19:56:45.078','brobygge@vm'),
('mentoring.check-ins','2026-11-23 19:56:45.517','2026-11-23 19:56:45.204','brobygge@vm'),
('notifications.mail-dispatch','2026-11-23 19:56:50.356','2026-11-23 19:56:50.081','brobygge@vm'),
('notifications.resubmit-events','2026-11-23 19:56:45.758','2026-11-23 19:56:45.561','brobygge@vm');
/*!40000 ALTER TABLE `notifications_shedlock` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `places_photo`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `places_photo` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `place_id` bigint(20) NOT NULL,
  `alt_text` varchar(200) NOT NULL,
  `width` int(11) NOT NULL,
  `height` int(11) NOT NULL,
  `content` longblob NOT NULL,
  `created_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `places_photo_place` (`place_id`),
  CONSTRAINT `places_photo_place_fk` FOREIGN KEY (`place_id`) REFERENCES `places_place` (`id`) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `places_photo` WRITE;
/*!40000 ALTER TABLE `places_photo` DISABLE KEYS */;
/*!40000 ALTER TABLE `places_photo` ENABLE KEYS */;
UNLOCK TABLES;
DROP TABLE IF EXISTS `places_place`;
/*!40101 SET @saved_cs_client     = @@character_set_client */;
/*!40101 SET character_set_client = utf8mb4 */;
CREATE TABLE `places_place` (
  `id` bigint(20) NOT NULL AUTO_INCREMENT,
  `version` bigint(20) NOT NULL,
  `status` varchar(16) NOT NULL,
  `name` varchar(120) NOT NULL,
  `description` varchar(4000) NOT NULL,
  `street_address` varchar(200) NOT NULL,
  `area` varchar(80) NOT NULL,
  `latitude` double DEFAULT NULL,
  `longitude` double DEFAULT NULL,
  `opening_hours` varchar(500) NOT NULL,
  `step_free` tinyint(1) NOT NULL,
  `hearing_loop` tinyint(1) NOT NULL,
  `accessible_toilet` tinyint(1) NOT NULL,
  `contact_email` varchar(254) DEFAULT NULL,
  `contact_phone` varchar(40) DEFAULT NULL,
  `proposed_by` bigint(20) DEFAULT NULL,
  `rejection_reason` varchar(500) DEFAULT NULL,
  `created_at` timestamp(6) NOT NULL,
  `updated_at` timestamp(6) NOT NULL,
  PRIMARY KEY (`id`),
  KEY `places_place_status_area` (`status`,`area`),
  KEY `places_place_proposed_by_fk` (`proposed_by`),
  CONSTRAINT `places_place_proposed_by_fk` FOREIGN KEY (`proposed_by`) REFERENCES `identity_account` (`id`) ON DELETE SET NULL
) ENGINE=InnoDB AUTO_INCREMENT=6 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
/*!40101 SET character_set_client = @saved_cs_client */;

LOCK TABLES `places_place` WRITE;
/*!40000 ALTER TABLE `places_place` DISABLE KEYS */;
INSERT INTO `places_place` VALUES
(1,0,'PUBLISHED','Stadsbiblioteket','Språkcafé varje tisdag, läxhjälp och datorer att låna. Personalen talar svenska, engelska och arabiska.','Biblioteksgatan 1','Centrum',55.605,13.0004,'Måndag–torsdag 10–20\nFredag 10–18\nLördag 11–16',1,1,1,'bibliotek@brohamn.example','040-123 45 00',NULL,NULL,'2026-11-23 19:55:57.049688','2026-11-23 19:55:57.049688'),
(2,0,'PUBLISHED','Norrby mötesplats','Öppen förskola, kvinnogrupp och samhällsinformation på flera språk.','Norrbytorget 4','Norrby',55.616,13.012,'Måndag–fredag 9–17',1,0,0,'norrby@brohamn.example','040-123 45 10',NULL,NULL,'2026-11-23 19:55:57.135350','2026-11-23 19:55:57.135350'),
(3,0,'PUBLISHED','Söderdals fritidsgård','Fritidsgård för unga 13–18 år: idrott, musik och läxläsning.','Dalvägen 12','Söderdal',55.593,12.995,'Måndag–torsdag 15–21\nFredag 15–23',0,0,1,NULL,'040-123 45 20',NULL,NULL,'2026-11-23 19:55:57.146338','2026-11-23 19:55:57.146338'),
(4,0,'PUBLISHED','Hamnens kulturhus','Konserter, utställningar och föreningarnas öppna kvällar vid hamnen.','Kajen 7','Västra hamnen',55.6095,12.978,'Tisdag–söndag 11–21',1,1,1,'kulturhuset@brohamn.example',NULL,NULL,NULL,'2026-11-23 19:55:57.151231','2026-11-23 19:55:57.151231'),
(5,0,'PUBLISHED','Ekbackens folkets hus','Föreningslokaler, stickcafé och pensionärsträffar.','Ekbacksvägen 2','Ekbacken',55.6,13.025,'Enligt föreningarnas program',0,0,0,NULL,NULL,NULL,NULL,'2026-11-23 19:55:57.155747','2026-11-23 19:55:57.155747');
/*!40000 ALTER TABLE `places_place` ENABLE KEYS */;
UNLOCK TABLES;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;

/*!40101 SET SQL_MODE=@OLD_SQL_MODE */;
/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40101 SET CHARACTER_SET_CLIENT=@OLD_CHARACTER_SET_CLIENT */;
/*!40101 SET CHARACTER_SET_RESULTS=@OLD_CHARACTER_SET_RESULTS */;
/*!40101 SET COLLATION_CONNECTION=@OLD_COLLATION_CONNECTION */;
/*!40111 SET SQL_NOTES=@OLD_SQL_NOTES */;

