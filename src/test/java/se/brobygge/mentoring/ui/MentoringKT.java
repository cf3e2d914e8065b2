package se.brobygge.mentoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.brobygge.identity.Roles;
import se.brobygge.mentoring.AgeBand;
import se.brobygge.mentoring.Gender;
import se.brobygge.mentoring.Interest;
import se.brobygge.mentoring.LanguageLevel;
import se.brobygge.mentoring.MeetingMode;
import se.brobygge.mentoring.MentoringKind;
import se.brobygge.mentoring.MentorshipService;
import se.brobygge.mentoring.PoolEntry;
import se.brobygge.mentoring.ProfileDraft;
import se.brobygge.mentoring.ProfileService;
import se.brobygge.mentoring.RoundService;
import se.brobygge.mentoring.RoundStatus;
import se.brobygge.mentoring.TimeSlot;
import se.brobygge.shared.occupation.Occupations;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** The mentoring pages: profile form, staff round with explanations and confirmation, invitations. */
class MentoringKT extends KaribuTest {

    @Autowired
    ProfileService profiles;

    @Autowired
    RoundService rounds;

    @Autowired
    MentorshipService mentorships;

    private static ProfileDraft draft(boolean mentee, Map<String, LanguageLevel> languages) {
        return new ProfileDraft(
                mentee,
                !mentee,
                mentee ? Set.of(MentoringKind.PROFESSION) : Set.of(),
                mentee ? Set.of() : Set.of(MentoringKind.PROFESSION, MentoringKind.LANGUAGE),
                languages,
                "22",
                Set.of(Interest.COOKING),
                "",
                "Norrby",
                Set.of(TimeSlot.EVENINGS),
                Set.of(MeetingMode.IN_PERSON),
                AgeBand.AGE_36_50,
                Gender.WOMAN,
                false,
                null,
                null,
                1,
                mentee ? "Jobba som sjuksköterska" : "Stötta");
    }

    @Test
    void aResidentOptsInWithErrorsShownNextToTheFieldsAndGivesSensitiveDetailsWithConsent() {
        signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate("mentoring/profile");
        ProfileView view = _get(ProfileView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Min mentorprofil");

        view.asMentee.setValue(true);
        view.save.click();
        assertThat(view.seeking.isInvalid()).isTrue();
        assertThat(view.seeking.getErrorMessage()).isEqualTo("Välj minst en sak du söker.");
        assertThat(view.languages.getErrorMessage()).isEqualTo("Välj minst ett språk.");

        view.seeking.setValue(Set.of(MentoringKind.LANGUAGE));
        view.languages.setValue(Set.of("ar", "sv"));
        assertThat(view.levelFields).containsKeys("ar", "sv");
        assertThat(view.levelFields.get("ar").getLabel()).isEqualTo("Nivå i arabiska");
        view.times.setValue(Set.of(TimeSlot.EVENINGS));
        view.modes.setValue(Set.of(MeetingMode.IN_PERSON));
        view.occupation.setValue(Occupations.byCode("22").orElseThrow());
        view.save.click();
        assertThat(view.status.getText()).isEqualTo("Din mentorprofil är sparad.");
        assertThat(view.seeking.isInvalid()).isFalse();
        assertThat(profiles.myProfile().profile().languages())
                .containsEntry("ar", LanguageLevel.FLUENT)
                .containsEntry("sv", LanguageLevel.BASIC);

        view.country.setValue("Syrien");
        view.saveSensitive.click();
        assertThat(view.consent.isInvalid()).isTrue();
        assertThat(profiles.mySensitiveDetails()).isEmpty();
        view.consent.setValue(true);
        view.saveSensitive.click();
        assertThat(view.sensitiveStatus.getText()).isEqualTo("Uppgifterna är sparade med ditt samtycke.");
        view.withdraw.click();
        assertThat(profiles.mySensitiveDetails()).isEmpty();
        assertThat(view.sensitiveStatus.getText())
                .isEqualTo("Ditt samtycke är återkallat och uppgifterna är raderade.");
    }

    @Test
    void staffRunARoundSeeTheExplanationConfirmAndBothAcceptFromTheirPage() {
        TestAccounts.Created mentee = accounts.create("Amal Haddad", Roles.RESIDENT);
        TestAccounts.Created mentor = accounts.create("Erik Lindqvist", Roles.RESIDENT);
        RunAs.as(
                mentee,
                Roles.RESIDENT,
                () -> profiles.saveMyProfile(
                        draft(true, Map.of("ar", LanguageLevel.FLUENT, "sv", LanguageLevel.BASIC)), -1));
        RunAs.as(
                mentor,
                Roles.RESIDENT,
                () -> profiles.saveMyProfile(
                        draft(false, Map.of("sv", LanguageLevel.FLUENT, "ar", LanguageLevel.BASIC)), -1));

        TestAccounts.Created staff = accounts.create("Lina", Roles.STAFF);
        signInAs(staff, Roles.STAFF);
        UI.getCurrent().navigate("staff/mentoring/rounds");
        RoundsView roundsView = _get(RoundsView.class);
        roundsView.start.click();
        assertThat(roundsView.name.getErrorMessage()).isEqualTo("Ge rundan ett namn.");
        roundsView.name.setValue("Höstens par");
        roundsView.mentees.setValue(
                Set.of(entry(roundsView.mentees.getListDataView().getItems().toList(), mentee)));
        roundsView.mentors.setValue(
                Set.of(entry(roundsView.mentors.getListDataView().getItems().toList(), mentor)));
        roundsView.start.click();

        RoundView roundView = _get(RoundView.class);
        Awaitility.await()
                .pollInSameThread()
                .atMost(Duration.ofSeconds(20))
                .until(() -> rounds.rounds().stream()
                        .filter(r -> r.name().equals("Höstens par"))
                        .allMatch(r -> r.status() != RoundStatus.RUNNING));
        roundView.refresh();
        assertThat(roundView.heading.getText()).isEqualTo("Höstens par");
        assertThat(texts())
                .contains(
                        "gemensamma språk: arabiska, svenska +20",
                        "söker det mentorn erbjuder: yrke och karriär +10",
                        "gemensamma intressen: matlagning +5",
                        "samma yrkesområde: Yrken med krav på fördjupad högskolekompetens inom hälso- och sjukvård +25",
                        "båda i Norrby +10",
                        "gemensamma tider: kvällar +5");
        roundView.confirm.click();
        assertThat(roundView.message.getText()).isEqualTo("Rundan är bekräftad: 1 inbjudningar skickade.");

        signOut();
        signInAs(mentee, Roles.RESIDENT);
        UI.getCurrent().navigate("mentoring");
        MyMentorshipView mine = _get(MyMentorshipView.class);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Du har föreslagits som adept tillsammans med Erik.", "Gemensamma språk: arabiska, svenska");
        _find(Button.class).stream()
                .filter(b -> b.getText().equals("Tacka ja"))
                .findFirst()
                .orElseThrow()
                .click();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Du har tackat ja. Vi väntar på Erik.");

        signOut();
        signInAs(mentor, Roles.RESIDENT);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate("mentoring");
        _find(Button.class).stream()
                .filter(b -> b.getText().equals("Tacka ja"))
                .findFirst()
                .orElseThrow()
                .click();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Pågår");
        assertThat(texts()).anyMatch(t -> t.startsWith("Mål: Jobba som sjuksköterska"));
        assertThat(mine).isNotNull();
    }

    @Test
    void thePagesAreTranslatedIntoEnglishAndArabic() {
        signIn("Lina", Roles.STAFF);
        useLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("mentoring");
        assertThat(_get(H1.class).getText()).isEqualTo("My mentorship");
        UI.getCurrent().navigate("staff/mentoring");
        assertThat(_get(H1.class).getText()).isEqualTo("Mentorships: follow-up");
        useLocale(Locale.forLanguageTag("ar"));
        UI.getCurrent().navigate("staff/mentoring/rounds");
        assertThat(_get(H1.class).getText()).isEqualTo("جولات المطابقة");
        UI.getCurrent().navigate("mentoring/profile");
        assertThat(_get(H1.class).getText()).isEqualTo("ملفي في الإرشاد");
        assertThat(_get(ProfileView.class)
                        .occupation
                        .getItemLabelGenerator()
                        .apply(Occupations.byCode("53").orElseThrow()))
                .isEqualTo("مهن الرعاية");
    }

    @Test
    void aResidentCannotOpenTheStaffPages() {
        signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate("staff/mentoring/rounds");
        assertThat(_find(RoundsView.class)).isEmpty();
        UI.getCurrent().navigate("staff/mentoring");
        assertThat(_find(FollowUpView.class)).isEmpty();
    }

    private static PoolEntry entry(List<PoolEntry> items, TestAccounts.Created account) {
        return items.stream()
                .filter(p -> p.accountId().equals(account.id()))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> texts() {
        return _find(ListItem.class).stream()
                .map(li -> li.getElement().getTextRecursively())
                .toList();
    }
}
