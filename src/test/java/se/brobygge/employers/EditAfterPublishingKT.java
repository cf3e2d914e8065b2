package se.brobygge.employers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.identity.Roles;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** Representatives change their employer's details and a post after publishing. */
class EditAfterPublishingKT extends KaribuTest {

    @Autowired
    EmployerService employers;

    @Autowired
    PostingService postings;

    @Autowired
    CardService cards;

    @Autowired
    InterestService interests;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRepresentativeChangesTheVerifiedEmployersDetailsAndBadInputIsShownNextToTheField() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created johan = accounts.create("Johan", Roles.RESIDENT);
        EmployerId employer =
                RunAs.as(johan, Roles.RESIDENT, () -> employers.register(EmployerTestData.employer("Verkstaden AB")));
        RunAs.run(lina, Roles.STAFF, () -> employers.verify(employer));

        signInAs(johan, Roles.RESIDENT);
        UI.getCurrent().navigate("employers/" + employer.value());
        assertThat(_get(Span.class, spec -> spec.withClasses("verified-badge")).getText())
                .isEqualTo("Verifierad arbetsgivare");
        UI.getCurrent()
                .navigate(_get(RouterLink.class, spec -> spec.withText("Ändra arbetsgivarens uppgifter"))
                        .getHref());
        TextField name = _get(TextField.class, spec -> spec.withLabel("Namn"));
        assertThat(name.getValue()).as("the form shows the details as they are").isEqualTo("Verkstaden AB");
        name.setValue("");
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(employers.employer(employer).orElseThrow().name()).isEqualTo("Verkstaden AB");

        name.setValue("Verkstaden i Brohamn AB");
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna")));
        assertThat(_find(H1.class).getFirst().getText()).isEqualTo("Verkstaden i Brohamn AB");
        assertThat(_find(Span.class, spec -> spec.withClasses("verified-badge")))
                .as("still verified")
                .hasSize(1);

        TestAccounts.Created other = accounts.create("Pelle", Roles.RESIDENT);
        assertThatThrownBy(() -> RunAs.run(
                        other, Roles.RESIDENT, () -> employers.update(employer, EmployerTestData.employer("Kapat AB"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRepresentativeChangesAPublishedPostAndThoseInterestedAreTold() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created johan = accounts.create("Johan", Roles.RESIDENT);
        EmployerId employer =
                RunAs.as(johan, Roles.RESIDENT, () -> employers.register(EmployerTestData.employer("Snickeriet AB")));
        RunAs.run(lina, Roles.STAFF, () -> employers.verify(employer));
        String title = "Praktik i snickeriet " + System.nanoTime();
        PostingId posting =
                RunAs.as(johan, Roles.RESIDENT, () -> postings.post(EmployerTestData.posting(employer, title, "51")));
        TestAccounts.Created amal = accounts.create("Amal", Roles.RESIDENT);
        RunAs.run(amal, Roles.RESIDENT, () -> {
            cards.saveMyCard(EmployerTestData.card("51", Set.of("ar"), true));
            interests.express(posting, "Jag har snickrat förut.");
        });

        signInAs(johan, Roles.RESIDENT);
        UI.getCurrent().navigate("jobs/" + posting.value());
        UI.getCurrent()
                .navigate(_get(RouterLink.class, spec -> spec.withText("Ändra annonsen"))
                        .getHref());
        TextField titleField = _get(TextField.class, spec -> spec.withLabel("Rubrik"));
        assertThat(titleField.getValue()).isEqualTo(title);
        titleField.setValue("");
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna")));
        assertThat(titleField.isInvalid()).as("a title is needed").isTrue();

        titleField.setValue(title + " (vår)");
        DatePicker from = _get(DatePicker.class, spec -> spec.withLabel("Från"));
        from.setValue(from.getValue().plusWeeks(2));
        _click(_get(Button.class, spec -> spec.withText("Spara ändringarna")));

        assertThat(_find(H1.class).getFirst().getText()).isEqualTo(title + " (vår)");
        assertThat(postings.posting(posting).orElseThrow().status())
                .as("a verified employer's post stays published")
                .isEqualTo(PostingStatus.PUBLISHED);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "select subject_key from notifications_notification where account_id = ?",
                                String.class,
                                amal.id().value()))
                        .contains("employers.notify.postingChanged.subject"));
        assertThat(_find(Paragraph.class)).isNotEmpty();
    }
}
