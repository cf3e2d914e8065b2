package se.brobygge.mentoring.internal;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.brobygge.shared.privacy.AccountRows;
import se.brobygge.shared.privacy.AccountTables;
import se.brobygge.shared.privacy.ErasedPerson;

/**
 * Mentoring profiles, sensitive details, consents, round membership, mentorships, meeting logs and
 * check-ins. Erasing withdraws the profile (and sensitive details), takes the person out of rounds
 * not yet confirmed, ends open mentorships early, removes their meeting-log lines and their own
 * check-in answers and feedback. Consent records stay (as withdrawn) as proof of what was agreed.
 */
@Component
class MentoringPersonalData extends AccountTables {

    private static final Map<String, Set<String>> COLUMNS = Map.ofEntries(
            Map.entry("mentoring_profile", Set.of("account_id")),
            Map.entry("mentoring_sensitive", Set.of("account_id")),
            Map.entry("mentoring_consent", Set.of("account_id")),
            Map.entry("mentoring_round", Set.of("created_by", "confirmed_by")),
            Map.entry("mentoring_round_member", Set.of("account_id")),
            Map.entry("mentoring_proposal", Set.of("mentee_id", "mentor_id")),
            Map.entry("mentoring_unmatched", Set.of("account_id")),
            Map.entry("mentoring_mentorship", Set.of("mentee_id", "mentor_id", "coordinator_id")),
            Map.entry("mentoring_meeting", Set.of("author_id")));

    MentoringPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "mentoring", COLUMNS, "version");
    }

    @Override
    public Map<String, Object> export(long accountId) {
        AccountRows rows = rows();
        Map<String, Object> data = new LinkedHashMap<>(super.export(accountId));
        data.put(
                "mentoring_checkin",
                rows.query(
                        "SELECT c.mentorship_id, c.month, c.created_at, "
                                + "CASE WHEN m.mentee_id = ? THEN c.mentee_score ELSE c.mentor_score END AS my_score, "
                                + "CASE WHEN m.mentee_id = ? THEN c.mentee_comment ELSE c.mentor_comment END AS my_comment "
                                + "FROM mentoring_checkin c JOIN mentoring_mentorship m ON m.id = c.mentorship_id "
                                + "WHERE m.mentee_id = ? OR m.mentor_id = ?",
                        accountId,
                        accountId,
                        accountId,
                        accountId));
        return data;
    }

    @Override
    public void erase(ErasedPerson person) {
        long id = person.accountId();
        jdbc.update("DELETE FROM mentoring_profile WHERE account_id = ?", id);
        jdbc.update("DELETE FROM mentoring_sensitive WHERE account_id = ?", id);
        jdbc.update(
                "UPDATE mentoring_consent SET withdrawn_at = ? WHERE account_id = ? AND withdrawn_at IS NULL",
                Timestamp.from(person.at()),
                id);
        jdbc.update(
                "DELETE m FROM mentoring_round_member m JOIN mentoring_round r ON r.id = m.round_id "
                        + "WHERE m.account_id = ? AND r.status <> 'CONFIRMED'",
                id);
        jdbc.update(
                "DELETE p FROM mentoring_proposal p JOIN mentoring_round r ON r.id = p.round_id "
                        + "WHERE (p.mentee_id = ? OR p.mentor_id = ?) AND r.status <> 'CONFIRMED'",
                id,
                id);
        jdbc.update("DELETE FROM mentoring_unmatched WHERE account_id = ?", id);
        jdbc.update(
                "UPDATE mentoring_mentorship SET status = CASE WHEN status = 'INVITED' THEN 'DECLINED' "
                        + "ELSE 'ENDED_EARLY' END, ended_at = ?, version = version + 1 "
                        + "WHERE (mentee_id = ? OR mentor_id = ?) AND status IN ('INVITED', 'ACTIVE', 'PAUSED')",
                Timestamp.from(person.at()),
                id,
                id);
        jdbc.update("UPDATE mentoring_mentorship SET mentee_feedback = NULL WHERE mentee_id = ?", id);
        jdbc.update("UPDATE mentoring_mentorship SET mentor_feedback = NULL WHERE mentor_id = ?", id);
        jdbc.update(
                "UPDATE mentoring_checkin c JOIN mentoring_mentorship m ON m.id = c.mentorship_id "
                        + "SET c.mentee_comment = NULL WHERE m.mentee_id = ?",
                id);
        jdbc.update(
                "UPDATE mentoring_checkin c JOIN mentoring_mentorship m ON m.id = c.mentorship_id "
                        + "SET c.mentor_comment = NULL WHERE m.mentor_id = ?",
                id);
        jdbc.update("DELETE FROM mentoring_meeting WHERE author_id = ?", id);
    }
}
