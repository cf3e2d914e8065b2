package se.brobygge.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.events.EventEditingService;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.events.SignUpService;
import se.brobygge.events.SignUpStatus;
import se.brobygge.identity.AccountService;
import se.brobygge.identity.Roles;
import se.brobygge.mentoring.AgeBand;
import se.brobygge.mentoring.Gender;
import se.brobygge.mentoring.LanguageLevel;
import se.brobygge.mentoring.MeetingMode;
import se.brobygge.mentoring.MentoringKind;
import se.brobygge.mentoring.MentorshipService;
import se.brobygge.mentoring.ProfileDraft;
import se.brobygge.mentoring.ProfileService;
import se.brobygge.mentoring.RoundId;
import se.brobygge.mentoring.RoundService;
import se.brobygge.mentoring.RoundStatus;
import se.brobygge.mentoring.TimeSlot;
import se.brobygge.messaging.MessagingService;
import se.brobygge.notifications.NotificationService;
import se.brobygge.notifications.internal.UnsubscribeTokens;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.notify.NotificationKind;
import se.brobygge.support.BrowserTest;
import se.brobygge.support.Mailbox;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;
import se.brobygge.support.TestEvents;
import se.brobygge.support.TestSmtp;

/** The bell, the notification list and private conversations in a real browser, with axe. */
class NotificationsAndMessagingBT extends BrowserTest {

    @Autowired
    EventService events;

    @Autowired
    EventEditingService editing;

    @Autowired
    SignUpService signUps;

    @Autowired
    NotificationService notifications;

    @Autowired
    MessagingService messaging;

    @Autowired
    UnsubscribeTokens tokens;

    @Autowired
    AccountService accountService;

    @Autowired
    ProfileService profiles;

    @Autowired
    RoundService rounds;

    @Autowired
    MentorshipService mentorships;

    private String bellLabel(Page page) {
        return page.locator("vaadin-button.notification-bell").getAttribute("aria-label");
    }

    private long unread(TestAccounts.Created who) {
        return RunAs.as(who, Roles.RESIDENT, () -> notifications.unreadCount());
    }

    @Test
    void aWaitlistedResidentIsPromotedSeesTheBellCountRiseAndGetsTheMail() {
        GreenMail smtp = TestSmtp.start();
        String title = "Kvällsfika " + System.nanoTime();
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        EventId event = RunAs.as(lina, Roles.STAFF, () -> editing.create(TestEvents.draft(title, 1)));
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        RunAs.run(erik, Roles.RESIDENT, () -> signUps.signUp(event));

        Page page = newPage(Language.SWEDISH);
        TestAccounts.Created amal = signIn(page, "Amal", Roles.RESIDENT);
        assertThat(RunAs.as(amal, Roles.RESIDENT, () -> signUps.signUp(event)).status())
                .isEqualTo(SignUpStatus.WAITING);
        await().atMost(Duration.ofSeconds(20)).until(() -> unread(amal) == 1); // the waitlist receipt
        open(page, "my-events");
        assertThat(bellLabel(page)).isEqualTo("Aviseringar, 1 olästa");
        assertThat(page.locator("vaadin-button.notification-bell .notification-count")
                        .textContent())
                .isEqualTo("1");

        page.evaluate("() => { window.stillTheSamePage = true; }");
        RunAs.run(erik, Roles.RESIDENT, () -> signUps.cancel(event)); // Amal gets the seat
        var mail = Mailbox.awaitCount(smtp, amal.email(), 2).stream()
                .filter(m -> subject(m).startsWith("Du har fått en plats"))
                .findFirst()
                .orElseThrow();
        assertThat(Mailbox.text(mail)).contains(title);

        // the bell rises on the open page by server push, without a reload
        PlaywrightAssertions.assertThat(page.locator("vaadin-button.notification-bell"))
                .hasAttribute(
                        "aria-label",
                        "Aviseringar, 2 olästa",
                        new LocatorAssertions.HasAttributeOptions().setTimeout(20_000));
        assertThat(page.locator("vaadin-button.notification-bell .notification-count")
                        .textContent())
                .isEqualTo("2");
        assertThat(page.evaluate("() => window.stillTheSamePage === true"))
                .as("not reloaded")
                .isEqualTo(true);
        assertThat(page.url()).isEqualTo(url("my-events"));

        page.locator("vaadin-button.notification-bell").click();
        page.waitForURL(url("notifications"));
        waitUntilIdle(page);
        assertThat(page.getByRole(
                                AriaRole.HEADING,
                                new Page.GetByRoleOptions().setName("Du har fått en plats: " + title + " Ny"))
                        .isVisible())
                .isTrue();
        assertNoAxeViolations(page, "/notifications (sv)");
        page.getByText("Markera alla som lästa").click();
        page.getByText("Alla aviseringar är markerade som lästa.").waitFor();
        open(page, "notifications/settings");
        assertNoAxeViolations(page, "/notifications/settings (sv)");
    }

    /** An active mentorship between the two, made as staff and people do it: a round, confirmed and accepted. */
    private void mentorship(TestAccounts.Created mentee, TestAccounts.Created mentor) {
        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        RunAs.as(
                mentee,
                Roles.RESIDENT,
                () -> profiles.saveMyProfile(
                        new ProfileDraft(
                                true,
                                false,
                                Set.of(MentoringKind.LANGUAGE),
                                Set.of(),
                                Map.of("ar", LanguageLevel.FLUENT, "sv", LanguageLevel.BASIC),
                                null,
                                Set.of(),
                                "",
                                "Norrby",
                                Set.of(TimeSlot.EVENINGS),
                                Set.of(MeetingMode.IN_PERSON),
                                AgeBand.AGE_26_35,
                                Gender.WOMAN,
                                false,
                                null,
                                null,
                                1,
                                "Öva svenska"),
                        -1));
        RunAs.as(
                mentor,
                Roles.RESIDENT,
                () -> profiles.saveMyProfile(
                        new ProfileDraft(
                                false,
                                true,
                                Set.of(),
                                Set.of(MentoringKind.LANGUAGE),
                                Map.of("sv", LanguageLevel.FLUENT, "ar", LanguageLevel.INTERMEDIATE),
                                null,
                                Set.of(),
                                "",
                                "Norrby",
                                Set.of(TimeSlot.EVENINGS),
                                Set.of(MeetingMode.IN_PERSON),
                                AgeBand.AGE_51_65,
                                Gender.MAN,
                                false,
                                null,
                                null,
                                1,
                                "Dela erfarenhet"),
                        -1));
        RoundId round = RunAs.as(
                staff,
                Roles.STAFF,
                () -> rounds.start("Språkpar " + System.nanoTime(), List.of(mentee.id()), List.of(mentor.id())));
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        RunAs.as(staff, Roles.STAFF, () -> rounds.round(round).status()) == RoundStatus.PROPOSED);
        RunAs.as(
                staff,
                Roles.STAFF,
                () -> rounds.confirm(round, rounds.round(round).version()));
        long id = RunAs.as(mentee, Roles.RESIDENT, () -> mentorships.mine())
                .getFirst()
                .id();
        RunAs.as(mentee, Roles.RESIDENT, () -> mentorships.accept(id));
        RunAs.as(mentor, Roles.RESIDENT, () -> mentorships.accept(id));
    }

    /** Types a message into the conversation's text area, as a person does, and sends it. */
    private void write(Page page, String text) {
        Locator area = page.locator("vaadin-text-area textarea");
        area.click();
        area.pressSequentially(text);
        page.locator("vaadin-button.send-button").click();
        page.getByText("Meddelandet är skickat.").waitFor();
        PlaywrightAssertions.assertThat(page.locator(".message-text").last()).hasText(text);
    }

    @Test
    void aMenteeAndMentorExchangeMessagesAndOneBlocksTheOther() {
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        TestAccounts.Created erik = accounts.create("Erik", Roles.RESIDENT);
        mentorship(amal, erik);

        // Amal, the mentee, writes to her mentor
        Page page = newPage(Language.SWEDISH);
        signInAs(page, amal);
        open(page, "messages");
        assertNoAxeViolations(page, "/messages (sv)");
        page.getByText("Skriv till Erik").click();
        page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Samtal med Erik"))
                .waitFor();
        waitUntilIdle(page);
        write(page, "Hej Erik! Ses vi på torsdag? مرحبا");
        long id = RunAs.as(amal, Roles.RESIDENT, () -> messaging.conversations())
                .getFirst()
                .id();
        assertThat(page.url()).isEqualTo(url("messages/" + id));

        // Erik, the mentor, reads it, answers and then blocks
        page = newPage(Language.SWEDISH);
        signInAs(page, erik);
        open(page, "messages/" + id);
        assertThat(page.locator(".message-text").allTextContents())
                .containsExactly("Hej Erik! Ses vi på torsdag? مرحبا");
        write(page, "Ja, klockan 17 på biblioteket.");
        assertThat(page.locator(".message-text").allTextContents())
                .containsExactly("Hej Erik! Ses vi på torsdag? مرحبا", "Ja, klockan 17 på biblioteket.");
        assertNoAxeViolations(page, "/messages/id (sv)");
        var forAmal =
                RunAs.as(amal, Roles.RESIDENT, () -> messaging.conversations()).getFirst();
        assertThat(forAmal.unread()).isEqualTo(1);

        page.locator("vaadin-button.block-button").click();
        page.locator("vaadin-button.confirm-block").click();
        page.getByText("Du har blockerat den här personen. Samtalet är stängt.").waitFor();
        assertThat(page.locator("vaadin-button.send-button").isVisible()).isFalse();
        assertThat(page.locator("vaadin-text-area").isVisible()).isFalse();
        // the confirmation fades out: checked half-transparent, its text fails the contrast rule
        page.waitForFunction("() => ![...document.querySelectorAll('vaadin-dialog, vaadin-dialog-overlay')]"
                + ".some(d => d.opened || d.hasAttribute('opened') || d.hasAttribute('closing'))");
        page.waitForTimeout(300);
        assertNoAxeViolations(page, "/messages/id blocked (sv)");
        var seenByAmal = RunAs.as(amal, Roles.RESIDENT, () -> messaging.open(id));
        assertThat(seenByAmal.open()).isFalse();
        assertThat(seenByAmal.messages().getFirst().readAt()).as("Erik read it").isNotNull();
    }

    static Stream<Language> otherLanguages() {
        return Stream.of(Language.ENGLISH, Language.ARABIC);
    }

    @ParameterizedTest(name = "routes in {0}")
    @MethodSource("otherLanguages")
    void routesHaveNoAxeViolationsInEnglishAndArabic(Language language) {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        EventId event =
                RunAs.as(lina, Roles.STAFF, () -> editing.create(TestEvents.draft("Axe " + System.nanoTime(), 10)));
        Page page = newPage(language);
        TestAccounts.Created erik = signIn(page, "Erik", Roles.RESIDENT);
        RunAs.run(erik, Roles.RESIDENT, () -> signUps.signUp(event));
        RunAs.run(erik, Roles.RESIDENT, () -> accountService.changeMyLanguage(language)); // pages follow the account
        long id = RunAs.as(erik, Roles.RESIDENT, () -> messaging.startWith(lina.id()));
        RunAs.run(lina, Roles.STAFF, () -> messaging.send(id, "مرحبا! Welcome."));
        await().atMost(Duration.ofSeconds(20)).until(() -> unread(erik) >= 1);
        for (String route : new String[] {
            "notifications",
            "notifications/settings",
            "messages",
            "messages/" + id,
            "unsubscribe?token=" + tokens.token(erik.id().value(), NotificationKind.MESSAGE)
        }) {
            open(page, route);
            assertThat(page.locator("html").getAttribute("lang")).isEqualTo(language.code());
            if (language.rightToLeft()) {
                assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
            }
            assertNoAxeViolations(page, "/" + route.replaceAll("\\?.*", "") + " (" + language.code() + ")");
        }
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
