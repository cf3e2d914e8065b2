package se.brobygge.insights.foryou;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import se.brobygge.identity.CurrentUser;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.ui.StartPageSection;
import se.brobygge.shared.ui.Written;

/**
 * For a signed-in person, the start page's last part: their three best "For you" suggestions, or,
 * when they have told nothing yet, an invitation to say what they look for.
 */
@Component
class ForYouOnStart implements StartPageSection {

    static final int SHOWN = 3;

    private final ForYouService forYou;
    private final CurrentUser currentUser;

    ForYouOnStart(ForYouService forYou, CurrentUser currentUser) {
        this.forYou = forYou;
        this.currentUser = currentUser;
    }

    @Override
    public int getOrder() {
        return WAYS_IN + 20;
    }

    @Override
    public Optional<Section> create(Locale locale) {
        if (!currentUser.isSignedIn()) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        ForYou mine = forYou.forMe();
        Section section = new Section();
        section.addClassName("start-for-you");
        H2 title = new H2(ui.getTranslation("foryou.title"));
        title.setId("start-for-you-title");
        section.getElement().setAttribute("aria-labelledby", "start-for-you-title");
        section.add(title);
        List<Suggestion> best = mine.suggestions().stream()
                .sorted(Comparator.comparingInt(Suggestion::score).reversed())
                .limit(SHOWN)
                .toList();
        if (best.isEmpty()) {
            section.add(new Paragraph(ui.getTranslation(mine.emptyProfile() ? "foryou.start.intro" : "foryou.none")));
        } else {
            UnorderedList list = new UnorderedList();
            for (Suggestion suggestion : best) {
                ListItem item =
                        new ListItem(Written.text(new Anchor(suggestion.link(), ForYouView.title(ui, suggestion))));
                if (suggestion.startsAt() != null) {
                    item.add(new Paragraph(Formats.dateTime(suggestion.startsAt(), locale)));
                }
                list.add(item);
            }
            section.add(list);
        }
        section.add(new Paragraph(new Anchor("for-you", ui.getTranslation("foryou.start.onStart"))));
        return Optional.of(section);
    }
}
