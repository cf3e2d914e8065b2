package se.brobygge.employers;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import se.brobygge.identity.Roles;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.support.KaribuTest;
import se.brobygge.support.RunAs;
import se.brobygge.support.TestAccounts;

/** A resident takes back interest in a post; the employer no longer sees it as active. */
class WithdrawInterestKT extends KaribuTest {

    @Autowired
    EmployerService employers;

    @Autowired
    PostingService postings;

    @Autowired
    CardService cards;

    @Autowired
    InterestService interests;

    @Test
    @SuppressWarnings("unchecked")
    void aResidentWithdrawsOnThePostsPageAndTheEmployerNoLongerCountsIt() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created johan = accounts.create("Johan", Roles.RESIDENT);
        String title = "Praktik i butiken " + System.nanoTime();
        EmployerId employer =
                RunAs.as(johan, Roles.RESIDENT, () -> employers.register(EmployerTestData.employer("Butiken AB")));
        RunAs.run(lina, Roles.STAFF, () -> employers.verify(employer));
        PostingId posting =
                RunAs.as(johan, Roles.RESIDENT, () -> postings.post(EmployerTestData.posting(employer, title, "51")));

        TestAccounts.Created amal = signIn("Amal", Roles.RESIDENT);
        RunAs.run(amal, Roles.RESIDENT, () -> cards.saveMyCard(EmployerTestData.card("51", Set.of("ar"), true)));
        UI.getCurrent().navigate("jobs/" + posting.value());
        _click(_get(Button.class, spec -> spec.withText("Skicka intresseanmälan")));
        _click(_get(Button.class, spec -> spec.withText("Ta tillbaka min intresseanmälan")));

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains(
                        "Du har tagit tillbaka din intresseanmälan till " + title + ".",
                        "Du har tagit tillbaka din intresseanmälan. Du kan skicka den igen om du vill.");
        assertThat(_find(Button.class, spec -> spec.withText("Skicka intresseanmälan")))
                .as("she may send it again")
                .hasSize(1);

        signOut();
        signInAs(johan, Roles.RESIDENT);
        UI.getCurrent().navigate("jobs/" + posting.value() + "/interests");
        assertThat(_get(H2.class, spec -> spec.withText("Intresseanmälningar (0)")))
                .isNotNull();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Läge: Återtagen");
        assertThat(_find(Select.class, spec -> spec.withLabel("Nytt läge för Amal")))
                .as("nothing to answer")
                .isEmpty();
        InterestId id = RunAs.as(
                        johan,
                        Roles.RESIDENT,
                        () -> interests.forPosting(posting).getFirst())
                .id();
        long version = RunAs.as(johan, Roles.RESIDENT, () -> interests.version(id));
        assertThatThrownBy(() -> RunAs.run(
                        johan,
                        Roles.RESIDENT,
                        () -> interests.answer(id, version, InterestStatus.INTERVIEW, "Välkommen")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> RunAs.run(johan, Roles.RESIDENT, () -> interests.withdraw(id)))
                .as("only the sender withdraws")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aResidentWithdrawsFromTheListOfHerInterestInArabic() {
        TestAccounts.Created lina = accounts.create("Lina", Roles.STAFF);
        TestAccounts.Created johan = accounts.create("Johan", Roles.RESIDENT);
        String title = "Jobb i bageriet " + System.nanoTime();
        EmployerId employer =
                RunAs.as(johan, Roles.RESIDENT, () -> employers.register(EmployerTestData.employer("Bageriet AB")));
        RunAs.run(lina, Roles.STAFF, () -> employers.verify(employer));
        PostingId posting =
                RunAs.as(johan, Roles.RESIDENT, () -> postings.post(EmployerTestData.posting(employer, title, "51")));
        TestAccounts.Created amal = signIn("Amal", Roles.RESIDENT);
        RunAs.run(amal, Roles.RESIDENT, () -> {
            cards.saveMyCard(EmployerTestData.card("51", Set.of("ar"), true));
            interests.express(posting, "Jag vill gärna baka.");
        });
        useLocale(Locale.forLanguageTag("ar"));
        UI.getCurrent().navigate("jobs");
        _click(_get(Button.class, spec -> spec.withText("سحب طلب اهتمامي")));

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("لقد سحبت طلب اهتمامك بـ") && t.contains(title));
        assertThat(_find(RouterLink.class).stream().map(RouterLink::getText))
                .anyMatch(t -> t.contains(title) && t.endsWith("تم السحب"));
        assertThat(_find(Button.class, spec -> spec.withText("سحب طلب اهتمامي")))
                .isEmpty();
        assertThat(RunAs.as(amal, Roles.RESIDENT, () -> interests.mine())
                        .getFirst()
                        .status())
                .isEqualTo(InterestStatus.WITHDRAWN);
    }
}
