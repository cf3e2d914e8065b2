package se.brobygge.shared.ui;

import com.vaadin.flow.component.html.Section;
import java.util.Locale;
import java.util.Optional;
import org.springframework.core.Ordered;

/**
 * A part of the start page that a module contributes (this week's events, the person's next event,
 * suggestions for them), so the shell shows what modules have without depending on them. Sections
 * ordered below {@link #WAYS_IN} come before the three ways in, the others after.
 */
public interface StartPageSection extends Ordered {

    /** Where the start page's three ways in (meet people, associations, dialogue) stand. */
    int WAYS_IN = 100;

    /**
     * The section for the visitor now on the start page, in the page's language; empty when it has
     * nothing for them (e.g. a signed-out visitor has no next event). Called once per page view,
     * on the UI's thread, with the visitor's security context.
     */
    Optional<Section> create(Locale locale);
}
