package se.brobygge.dialogue;

import java.time.LocalDateTime;
import java.util.Set;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** Dialogues for tests, opened by a staff member of their own. */
public final class DialogueTestData {

    private DialogueTestData() {}

    public static DialogueDraft draft(String title, boolean premoderated) {
        LocalDateTime now = LocalDateTime.now(Formats.MUNICIPALITY_ZONE);
        return new DialogueDraft(
                title,
                "Hur vill **du** använda biblioteket?",
                "Kulturförvaltningen",
                "Centrum",
                now.minusDays(1),
                now.plusDays(14),
                Set.of("sv", "ar", "en"),
                premoderated);
    }

    /** An open dialogue. */
    public static DialogueId open(
            DialogueService dialogues, TestAccounts.Created staff, String title, boolean premoderated) {
        return RunAs.as(staff, Roles.STAFF, () -> dialogues.open(draft(title, premoderated)));
    }

    public static String unique(String prefix) {
        return prefix + " " + Long.toString(System.nanoTime(), 36);
    }
}
