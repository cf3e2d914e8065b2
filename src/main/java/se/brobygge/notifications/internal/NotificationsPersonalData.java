package se.brobygge.notifications.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import se.brobygge.shared.privacy.AccountTables;
import se.brobygge.shared.privacy.ErasedPerson;

/**
 * A person's in-app notifications, delivery preferences and the mail sent to them. Erasing removes
 * them all, and takes the name and address out of other people's notifications and mail.
 */
@Component
class NotificationsPersonalData extends AccountTables {

    private static final Map<String, Set<String>> COLUMNS = Map.of(
            "notifications_notification", Set.of("account_id"),
            "notifications_preference", Set.of("account_id"));

    NotificationsPersonalData(JdbcTemplate jdbc) {
        super(jdbc, "notifications", COLUMNS);
    }

    @Override
    public void erase(ErasedPerson person) {
        long id = person.accountId();
        jdbc.update("DELETE FROM notifications_notification WHERE account_id = ?", id);
        jdbc.update("DELETE FROM notifications_preference WHERE account_id = ?", id);
        jdbc.update("DELETE FROM notifications_mail WHERE recipient = ?", person.email());
        for (String text : List.of(person.email(), person.displayName())) {
            if (text.length() < 2) {
                continue;
            }
            String like = "%" + text + "%";
            jdbc.update(
                    "UPDATE notifications_notification SET args = REPLACE(args, ?, '') WHERE args LIKE ?", text, like);
            jdbc.update(
                    "UPDATE notifications_mail SET subject = REPLACE(subject, ?, ''), "
                            + "text_body = REPLACE(text_body, ?, ''), html_body = REPLACE(html_body, ?, '') "
                            + "WHERE subject LIKE ? OR text_body LIKE ? OR html_body LIKE ?",
                    text,
                    text,
                    text,
                    like,
                    like,
                    like);
        }
    }
}
