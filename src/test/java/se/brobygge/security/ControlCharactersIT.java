package se.brobygge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static se.brobygge.support.RunAs.as;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.DialogueTestData;
import se.brobygge.dialogue.Post;
import se.brobygge.dialogue.PostService;
import se.brobygge.events.Attendee;
import se.brobygge.events.CheckInService;
import se.brobygge.events.EventDraft;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.SignUpRequest;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.AccountId;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.ProfileUpdate;
import se.brobygge.identity.Recipients;
import se.brobygge.identity.Registration;
import se.brobygge.identity.RegistrationService;
import se.brobygge.identity.Roles;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * NUL and other control characters typed (or pasted, or sent around the form) into names, answers,
 * titles and posts never reach the database; line breaks in posts stay.
 */
@IntegrationTest
class ControlCharactersIT {

    @Autowired
    RegistrationService registrations;

    @Autowired
    AccountService accountService;

    @Autowired
    Recipients recipients;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    CheckInService checkIns;

    @Autowired
    DialogueService dialogues;

    @Autowired
    PostService posts;

    @Test
    void displayNamesAreStoredWithoutControlCharacters() {
        AccountId registered = registrations
                .register(new Registration(
                        TestAccounts.uniqueEmail("nul"), TestAccounts.PASSWORD, "Ali\u0000ce\u001B", "sv"))
                .orElseThrow();
        assertThat(recipients.displayNames(List.of(registered))).containsEntry(registered, "Alice");

        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        String saved = as(
                        amal,
                        Roles.RESIDENT,
                        () -> accountService.updateMyProfile(
                                new ProfileUpdate("Amal\u0000 Hassan\u0008\r\n", "sv", Set.of(), null)))
                .displayName();
        assertThat(saved).isEqualTo("Amal Hassan");
        assertThat(as(amal, Roles.RESIDENT, () -> accountService.myProfile()).displayName())
                .isEqualTo("Amal Hassan");
    }

    @Test
    void signUpAnswersAndEventTitlesAreStoredWithoutControlCharacters() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        EventDraft d = TestEvents.draft("Språk\u0000café\u0007", 10);
        EventId id = as(
                lina,
                Roles.STAFF,
                () -> editing.create(d.toBuilder()
                        .quotas(List.of())
                        .approvalRequired(false)
                        .questions(List.of("Behöver du tolk?"))
                        .build()));
        assertThat(as(lina, Roles.STAFF, () -> events.event(id)).orElseThrow().title())
                .isEqualTo("Språkcafé");

        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        as(
                erik,
                Roles.RESIDENT,
                () -> signUps.signUp(id, new SignUpRequest(null, List.of("Ja,\u0000 ara\u0000biska"))));
        List<Attendee> attendees = as(lina, Roles.STAFF, () -> checkIns.attendees(id));
        assertThat(attendees).singleElement().extracting(Attendee::answers).isEqualTo(List.of("Ja, arabiska"));
    }

    @Test
    void postsLoseControlCharactersButKeepTheirLineBreaks() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        DialogueId id = DialogueTestData.open(dialogues, lina, DialogueTestData.unique("Kontroll"), false);
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        as(amal, Roles.RESIDENT, () -> posts.post(id, "Fler\u0000 bänkar\r\n\r\nTack\u001B!", "sv"));
        assertThat(posts.page(id, 0, 10)).extracting(Post::body).containsExactly("Fler bänkar\n\nTack!");
    }
}
