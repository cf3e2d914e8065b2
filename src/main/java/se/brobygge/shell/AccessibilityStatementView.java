package se.brobygge.shell;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import se.brobygge.shared.BrobyggeProperties;

/**
 * The accessibility statement (tillgänglighetsredogörelse) required of Swedish public bodies by the
 * law on accessibility of digital public services (DOS-lagen).
 */
@Route("accessibility")
@AnonymousAllowed
class AccessibilityStatementView extends Main implements HasDynamicTitle {

    AccessibilityStatementView(BrobyggeProperties properties) {
        addClassName("prose");
        String municipality = properties.municipality().name();
        String contact = properties.municipality().accessibilityContact();
        add(new H1(getTranslation("a11y.title")));
        add(new Paragraph(getTranslation("a11y.intro", municipality)));
        add(new H2(getTranslation("a11y.aim.title")));
        add(new Paragraph(getTranslation("a11y.aim.text")));
        add(new UnorderedList(
                new ListItem(getTranslation("a11y.aim.keyboard")),
                new ListItem(getTranslation("a11y.aim.screenreader")),
                new ListItem(getTranslation("a11y.aim.languages")),
                new ListItem(getTranslation("a11y.aim.zoom"))));
        add(new H2(getTranslation("a11y.known.title")));
        add(new Paragraph(getTranslation("a11y.known.text")));
        add(new H2(getTranslation("a11y.report.title")));
        Paragraph report = new Paragraph(getTranslation("a11y.report.text") + " ");
        report.add(new Anchor("mailto:" + contact, contact));
        add(report);
        add(new H2(getTranslation("a11y.supervision.title")));
        add(new Paragraph(getTranslation("a11y.supervision.text")));
        add(new H2(getTranslation("a11y.method.title")));
        add(new Paragraph(getTranslation("a11y.method.text")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("a11y.title") + " – Brobygge";
    }
}
