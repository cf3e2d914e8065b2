package se.brobygge.insights;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.brobygge.identity.Roles;
import se.brobygge.support.KaribuTest;

/** The insights pages a resident, a visitor and staff use: For you, help, open data, accessibility. */
class InsightsPagesKT extends KaribuTest {

    @Test
    void anEmptyProfileAnswersThreeQuestionsAndThenSeesSuggestionsWithAReason() {
        signIn("Amal", Roles.RESIDENT);
        UI.getCurrent().navigate("for-you");
        assertThat(_find(CheckboxGroup.class)).as("three questions").hasSize(3);

        @SuppressWarnings("unchecked")
        CheckboxGroup<Object> goals = _get(CheckboxGroup.class, spec -> spec.withClasses("foryou-goal"));
        goals.setValue(Set.of(goals.getListDataView()
                .getItems()
                .filter(g -> g.toString().equals("GET_MENTOR"))
                .findFirst()
                .orElseThrow()));
        _click(_get(Button.class, spec -> spec.withText("Visa mina förslag")));

        assertThat(_find(CheckboxGroup.class)).isEmpty();
        assertThat(_find(H3.class).stream().map(h -> _get(h, Anchor.class).getText()))
                .contains("Få en mentor");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("foryou-reason")).stream()
                        .map(Paragraph::getText))
                .contains("Du vill ha en mentor");

        _click(_get(Button.class, spec -> spec.withText("Inte intresserad")));
        assertThat(_find(H3.class).stream().map(h -> _get(h, Anchor.class).getText()))
                .doesNotContain("Få en mentor");
    }

    @Test
    void theEasyReadSwitchShowsOneIdeaPerLineInEveryLanguage() {
        UI.getCurrent().navigate("help");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Brobygge är Brohamns kommuns tjänst"));
        _get(Checkbox.class, spec -> spec.withClasses("easy-read-switch")).setValue(true);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Brobygge är en webbplats.", "Tryck på Anmäl mig.", "Du får be oss ta bort dina uppgifter.");

        UI.getCurrent().setLocale(Locale.forLanguageTag("ar"));
        UI.getCurrent().navigate("help", QueryParameters.simple(Map.of("easy", "")));
        assertThat(_get(Checkbox.class, spec -> spec.withClasses("easy-read-switch"))
                        .getValue())
                .isTrue();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Brobygge موقع على الإنترنت.");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("help");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Press Sign me up.");
    }

    @Test
    void theAccessibilityStatementListsKnownGapsAndTakesABarrierReport() {
        UI.getCurrent().navigate("accessibility", QueryParameters.simple(Map.of("page", "/events/7")));
        assertThat(_find(ListItem.class).stream().map(ListItem::getText)).anyMatch(t -> t.startsWith("PDF-filer"));
        _click(_get(Button.class, spec -> spec.withText("Skicka")));
        assertThat(_get(TextArea.class).isInvalid())
                .as("the description is required")
                .isTrue();
        assertThat(_get(TextArea.class).getErrorMessage()).isEqualTo("Skriv vad som inte fungerade.");

        _get(TextArea.class).setValue("Kartan går inte att använda med skärmläsare");
        _get(EmailField.class).setValue("fel");
        _click(_get(Button.class, spec -> spec.withText("Skicka")));
        assertThat(_get(EmailField.class).isInvalid()).isTrue();

        _get(EmailField.class).setValue("");
        _click(_get(Button.class, spec -> spec.withText("Skicka")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("barrier-sent"))
                        .getText())
                .isEqualTo("Tack! Vi har fått din rapport.");

        signIn("Lina", Roles.STAFF);
        UI.getCurrent().navigate("staff/barriers");
        assertThat(_get(H1.class).getText()).isEqualTo("Rapporterade hinder");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Kartan går inte att använda med skärmläsare", "Sida: /events/7");
    }

    @Test
    void theOpenDataPageLinksEveryFeedAndTheSchema() {
        UI.getCurrent().navigate("open-data");
        assertThat(_get(H1.class).getText()).isEqualTo("Öppna data");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref))
                .contains(
                        "http://localhost:8080/feeds/open/events.json", "http://localhost:8080/feeds/open/events.atom",
                        "http://localhost:8080/feeds/open/events.ics", "http://localhost:8080/feeds/open/places.json",
                        "http://localhost:8080/feeds/open/activities.ics",
                                "http://localhost:8080/feeds/open/schema.json")
                .allMatch(h -> !h.contains("null"));
    }
}
