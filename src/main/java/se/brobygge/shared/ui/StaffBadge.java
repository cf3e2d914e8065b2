package se.brobygge.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

/**
 * The badge beside an author's name wherever staff write (dialogue posts and answers, messages), as
 * verified associations and employers show theirs: a word in the reader's language, so it is read
 * out and never rests on colour alone.
 */
public final class StaffBadge {

    private StaffBadge() {}

    public static Span of(Component translator) {
        Span badge = new Span(translator.getTranslation("badge.staff"));
        badge.getElement().getThemeList().add("badge contrast");
        badge.addClassName("staff-badge");
        badge.getElement().setAttribute("title", translator.getTranslation("badge.staff.title"));
        return badge;
    }
}
