package se.brobygge.events.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.brobygge.events.MySignUp;
import se.brobygge.events.SignUpService;
import se.brobygge.identity.CurrentUser;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.StartPageSection;
import se.brobygge.shared.ui.TranslatedText;

/** For a signed-in person with a seat or a waitlist place: their next event, after the ways in. */
@Component
class NextEventOnStart implements StartPageSection {

    private final SignUpService signUps;
    private final PlaceLabels labels;
    private final CurrentUser currentUser;
    private final Clock clock;

    NextEventOnStart(SignUpService signUps, PlaceLabels labels, CurrentUser currentUser, Clock clock) {
        this.signUps = signUps;
        this.labels = labels;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public int getOrder() {
        return WAYS_IN + 10;
    }

    @Override
    public Optional<Section> create(Locale locale) {
        if (!currentUser.isSignedIn()) {
            return Optional.empty();
        }
        return signUps.mine().stream()
                .filter(s -> s.event().endsAt().isAfter(clock.instant()))
                .findFirst()
                .map(next -> section(next, locale));
    }

    private Section section(MySignUp next, Locale locale) {
        UI ui = UI.getCurrent();
        Section section = new Section();
        section.addClassName("start-next-event");
        H2 title = new H2(ui.getTranslation("events.start.next"));
        title.setId("start-next-event-title");
        section.getElement().setAttribute("aria-labelledby", "start-next-event-title");
        MultilingualText.Shown shown = next.event().titles().in(Language.of(locale));
        Paragraph what = new Paragraph(
                TranslatedText.text(new Anchor("events/" + next.event().id(), shown.text()), shown));
        TranslatedText.mark(shown, ui).ifPresent(mark -> what.add(new Span(" "), mark));
        section.add(title, what, new Paragraph(Formats.dateTime(next.event().startsAt(), locale)));
        String where = labels.where(next.event(), ui::getTranslation);
        if (!where.isEmpty()) {
            section.add(new Paragraph(where));
        }
        section.add(new Paragraph(MyEventsView.statusText(ui, next)));
        section.add(new Paragraph(new Anchor("my-events", ui.getTranslation("events.start.mine"))));
        return section;
    }
}
