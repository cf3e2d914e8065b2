package se.brobygge.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.context.request.RequestContextHolder;
import se.brobygge.dialogue.DialogueId;
import se.brobygge.dialogue.DialogueService;
import se.brobygge.dialogue.DialogueTestData;
import se.brobygge.dialogue.PostId;
import se.brobygge.dialogue.PostService;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.GuestSignUp;
import se.brobygge.events.GuestSignUpService;
import se.brobygge.events.SignUpRequest;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.Registration;
import se.brobygge.identity.RegistrationService;
import se.brobygge.identity.Roles;
import se.brobygge.messaging.MessagingService;
import se.brobygge.moderation.ReportReason;
import se.brobygge.moderation.ReportService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.content.ContentRef;
import se.brobygge.shared.ratelimit.RateLimits;
import se.brobygge.support.IntegrationTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;

/**
 * Each rate limit refuses the try after the allowance with a translated message for the form,
 * and only for that caller. (Failed logins: LocalAccountFlowKT; posts: DialogueIT.)
 */
@IntegrationTest
class RateLimitsIT {

    @Autowired
    RateLimits limits;

    @Autowired
    RegistrationService registrations;

    @Autowired
    TestAccounts accounts;

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    GuestSignUpService guestSignUps;

    @Autowired
    DialogueService dialogues;

    @Autowired
    PostService posts;

    @Autowired
    ReportService reports;

    @Autowired
    MessagingService messaging;

    @AfterEach
    void leaveTheRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static void refused(Runnable action, String field, String key) {
        assertThatThrownBy(action::run)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
                            assertThat(error.field()).isEqualTo(field);
                            assertThat(error.messageKey()).isEqualTo(key);
                        }));
    }

    @Test
    void oneAddressRegistersOnlySoManyAccountsAndTheRefusedOneIsNotCreated() {
        int allowance = limits.limit("registration").capacity();
        SecurityTestData.fromNewAddress();
        for (int i = 0; i < allowance; i++) {
            registrations.register(
                    new Registration(TestAccounts.uniqueEmail("ny"), TestAccounts.PASSWORD, "Ny Person", "sv"));
        }
        String refusedEmail = TestAccounts.uniqueEmail("en-till");
        refused(
                () -> registrations.register(new Registration(refusedEmail, TestAccounts.PASSWORD, "Ny Person", "sv")),
                "email",
                "validation.rateLimited");
        SecurityTestData.fromNewAddress();
        assertThat(registrations.register(new Registration(refusedEmail, TestAccounts.PASSWORD, "Ny Person", "sv")))
                .as("created from another address")
                .isPresent();
        assertThat(registrations.register(new Registration(refusedEmail, TestAccounts.PASSWORD, "Ny Person", "sv")))
                .as("the address has an account now: nothing new, and no error that would say so")
                .isEmpty();
    }

    @Test
    void registeringWithAddressesThatHaveAccountsCountsAgainstTheAllowanceToo() {
        int allowance = limits.limit("registration").capacity();
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        SecurityTestData.fromNewAddress();
        for (int i = 0; i < allowance; i++) {
            assertThat(registrations.register(new Registration(amal.email(), TestAccounts.PASSWORD, "Amal", "sv")))
                    .isEmpty();
        }
        refused(
                () -> registrations.register(new Registration(amal.email(), TestAccounts.PASSWORD, "Amal", "sv")),
                "email",
                "validation.rateLimited");
        refused(
                () -> registrations.register(
                        new Registration(TestAccounts.uniqueEmail("ny"), TestAccounts.PASSWORD, "Ny Person", "sv")),
                "email",
                "validation.rateLimited");
    }

    @Test
    void passwordResetsAreLimitedPerAddressAskedAboutAndPerClient() {
        int allowance = limits.limit("password-reset").capacity();
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        for (int i = 0; i < allowance; i++) {
            SecurityTestData.fromNewAddress();
            registrations.requestPasswordReset(amal.email());
        }
        SecurityTestData.fromNewAddress();
        refused(() -> registrations.requestPasswordReset(amal.email()), "email", "validation.rateLimited");
        refused(
                () -> registrations.requestPasswordReset(amal.email().toUpperCase()),
                "email",
                "validation.rateLimited");

        SecurityTestData.fromNewAddress();
        for (int i = 0; i < allowance; i++) {
            registrations.requestPasswordReset(TestAccounts.uniqueEmail("okand"));
        }
        refused(
                () -> registrations.requestPasswordReset(TestAccounts.uniqueEmail("okand")),
                "email",
                "validation.rateLimited");
    }

    @Test
    void signingUpAndCancellingOverAndOverIsStopped() {
        int allowance = limits.limit("sign-up").capacity();
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        EventId event = RunAs.as(lina, Roles.STAFF, () -> editing.create(TestEvents.draft("Språkcafé i takt", 10)));
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        TestAccounts.Created sara = accounts.create("Sara", Roles.RESIDENT);
        RunAs.run(erik, Roles.RESIDENT, () -> {
            for (int i = 0; i < allowance; i++) {
                signUps.signUp(event);
                signUps.cancel(event);
            }
            refused(() -> signUps.signUp(event), "event", "events.signup.rateLimited");
            assertThat(signUps.mine(event)).as("not signed up").isEmpty();
        });
        RunAs.run(
                sara,
                Roles.RESIDENT,
                () -> assertThat(signUps.signUp(event).status().active()).isTrue());
    }

    @Test
    void guestSignUpsFromOneAddressAreLimited() {
        int allowance = limits.limit("sign-up").capacity();
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        EventId event =
                RunAs.as(lina, Roles.STAFF, () -> editing.create(TestEvents.draft("Öppet hus för gäster", 100)));
        SecurityTestData.fromNewAddress();
        for (int i = 0; i < allowance; i++) {
            guestSignUps.requestAsGuest(
                    event, new GuestSignUp("Gäst " + i, TestAccounts.uniqueEmail("gast"), "sv", SignUpRequest.PLAIN));
        }
        refused(
                () -> guestSignUps.requestAsGuest(
                        event, new GuestSignUp("Gäst", TestAccounts.uniqueEmail("gast"), "sv", SignUpRequest.PLAIN)),
                "guestEmail",
                "events.signup.rateLimited");
    }

    @Test
    void reportsAreLimitedPerReporter() {
        int allowance = limits.limit("report").capacity();
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        DialogueId dialogue = DialogueTestData.open(dialogues, lina, DialogueTestData.unique("Parken"), false);
        List<PostId> written = new ArrayList<>();
        for (int i = 0; i <= allowance; i++) {
            TestAccounts.Created author = accounts.create("Skribent " + i, Roles.RESIDENT);
            written.add(
                    RunAs.as(author, Roles.RESIDENT, () -> posts.post(dialogue, "Fler bänkar i parken, tack.", "sv")));
        }
        TestAccounts.Created nadia = accounts.create("Nadia", Roles.RESIDENT);
        RunAs.run(nadia, Roles.RESIDENT, () -> {
            for (int i = 0; i < allowance; i++) {
                reports.report(
                        new ContentRef("dialogue", "post", written.get(i).value()),
                        ReportReason.values()[0],
                        "Stötande");
            }
            ContentRef last =
                    new ContentRef("dialogue", "post", written.get(allowance).value());
            refused(
                    () -> reports.report(last, ReportReason.values()[0], "Stötande"),
                    "reason",
                    "moderation.report.rateLimited");
            assertThat(reports.hasReported(last)).isFalse();
        });
    }

    @Test
    void privateMessagesAreLimitedPerSender() {
        int allowance = limits.limit("message").capacity();
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        EventId event = RunAs.as(lina, Roles.STAFF, () -> editing.create(TestEvents.draft("Samtalskväll", 10)));
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        RunAs.run(erik, Roles.RESIDENT, () -> signUps.signUp(event));
        long conversation = RunAs.as(erik, Roles.RESIDENT, () -> messaging.startWith(lina.id()));
        RunAs.run(erik, Roles.RESIDENT, () -> {
            for (int i = 0; i < allowance; i++) {
                messaging.send(conversation, "Hej, meddelande " + i);
            }
            refused(() -> messaging.send(conversation, "Ett till"), "text", "messaging.error.rateLimited");
            assertThat(messaging.open(conversation).messages()).hasSize(allowance);
        });
        RunAs.run(lina, Roles.STAFF, () -> messaging.send(conversation, "Hej Erik!"));
    }

    @Test
    void everyActionHasALimitAndExportsHaveOneReady() {
        for (String action : List.of(
                "login",
                "login-client",
                "login-global",
                "registration",
                "password-reset",
                "sign-up",
                "post",
                "report",
                "message",
                "export")) {
            assertThat(limits.limit(action).capacity()).as(action).isPositive();
        }
        String someone = "export-" + System.nanoTime();
        int allowance = limits.limit("export").capacity();
        for (int i = 0; i < allowance; i++) {
            assertThat(limits.tryAcquire("export", someone)).isTrue();
        }
        assertThat(limits.tryAcquire("export", someone)).isFalse();
        assertThat(limits.tryAcquire("export", someone + "-other")).isTrue();
    }
}
