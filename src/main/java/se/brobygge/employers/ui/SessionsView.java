package se.brobygge.employers.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import se.brobygge.employers.ParticipantRole;
import se.brobygge.employers.Session;
import se.brobygge.employers.SessionService;
import se.brobygge.identity.CurrentUser;
import se.brobygge.identity.Roles;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.MetaLine;
import se.brobygge.shared.ui.TranslatedText;

/** Upcoming näringslivsupprop: where and when, and seats left per role. */
@Route("employer-sessions")
@Menu(order = 25, title = "employers.nav.sessions", icon = "vaadin:handshake")
@PermitAll
class SessionsView extends Main implements HasDynamicTitle {

    SessionsView(SessionService sessions, CurrentUser currentUser) {
        addClassName("narrow-view");
        add(
                new H1(getTranslation("employers.sessions.title")),
                new Paragraph(getTranslation("employers.sessions.intro")));
        boolean staff = currentUser.hasRole(Roles.STAFF) || currentUser.hasRole(Roles.ADMIN);
        if (staff) {
            add(new Paragraph(new RouterLink(getTranslation("employers.sessions.new"), SessionEditorView.class)));
        }
        Locale locale = UI.getCurrent().getLocale();
        List<Session> upcoming = sessions.upcoming();
        if (upcoming.isEmpty()) {
            add(new Paragraph(getTranslation("employers.sessions.none")));
        }
        upcoming.forEach(s -> add(card(s, locale)));
        if (staff) {
            add(new H2(getTranslation("employers.sessions.past")));
            sessions.past().forEach(s -> add(card(s, locale)));
        }
    }

    private Div card(Session s, Locale locale) {
        Div card = new Div();
        card.addClassName("session-card");
        // the theme in the reader's language when staff gave it, else Swedish marked so
        MultilingualText.Shown theme = s.themes().in(TranslatedText.page(this));
        RouterLink link = TranslatedText.text(
                new RouterLink(theme.text(), SessionView.class, new RouteParameters("id", s.id().toString())), theme);
        H2 heading = new H2(link);
        TranslatedText.mark(theme, this).ifPresent(mark -> heading.add(new Span(" "), mark));
        heading.addClassName("session-card-title");
        card.add(heading, new Paragraph(new MetaLine(Formats.dateTime(s.startsAt(), locale), s.area())));
        if (s.cancelled()) {
            Span cancelled = new Span(getTranslation("employers.session.cancelledNotice"));
            cancelled.getElement().getThemeList().add("badge error");
            cancelled.addClassName("session-cancelled");
            card.add(new Paragraph(cancelled));
            return card;
        }
        StringBuilder left = new StringBuilder();
        for (ParticipantRole role : ParticipantRole.values()) {
            if (s.quotas().getOrDefault(role, 0) > 0) {
                if (!left.isEmpty()) {
                    left.append(" · ");
                }
                left.append(getTranslation("employers.role." + role))
                        .append(": ")
                        .append(s.seatsLeft(role));
            }
        }
        card.add(new Paragraph(getTranslation("employers.sessions.seatsLeft", left.toString())));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employers.sessions.title") + " – Brobygge";
    }
}
