package se.brobygge.shell;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;

/**
 * A section whose module is not in place yet. It says so plainly instead of answering 404, and
 * leads back to the start page. Each module replaces its page when it lands.
 */
abstract class ComingSoonView extends Main implements HasDynamicTitle {

    private final String titleKey;

    ComingSoonView(String titleKey, String textKey) {
        this.titleKey = titleKey;
        addClassName("coming-soon");
        add(new H1(getTranslation(titleKey)));
        add(new Paragraph(getTranslation(textKey)));
        add(new Paragraph(getTranslation("comingSoon.text")));
        add(new RouterLink(getTranslation("comingSoon.back"), StartView.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " – Brobygge";
    }
}
