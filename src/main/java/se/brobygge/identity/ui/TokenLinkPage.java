package se.brobygge.identity.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page a mailed single-use link opens ({@code ?token=…}): it uses the token once and says, in a
 * heading, a sentence and a link onwards, whether that worked.
 */
abstract class TokenLinkPage extends Main implements BeforeEnterObserver, HasDynamicTitle {

    TokenLinkPage() {
        addClassName("narrow-view");
    }

    /** Uses the token (empty when the link had none) and shows the outcome with {@link #outcome}. */
    abstract void use(String token, Location location);

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        String token = event.getLocation()
                .getQueryParameters()
                .getParameters()
                .getOrDefault("token", List.of(""))
                .getFirst();
        removeAll();
        use(token, event.getLocation());
    }

    final void outcome(String titleKey, String textKey, @Nullable Component onwards) {
        add(new H1(getTranslation(titleKey)));
        add(new Paragraph(getTranslation(textKey)));
        if (onwards != null) {
            add(onwards);
        }
    }
}
