package se.brobygge.associations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import se.brobygge.associations.Association;
import se.brobygge.associations.AssociationService;
import se.brobygge.associations.JoinRequest;
import se.brobygge.associations.JoinRequestService;
import se.brobygge.shared.i18n.Formats;

/** "My associations": the ones I represent, and my join requests and questions with their answers. */
@Route("my-associations")
@Menu(order = 82, title = "associations.nav.mine", icon = "vaadin:users")
@PermitAll
class MyAssociationsView extends Main implements HasDynamicTitle {

    MyAssociationsView(AssociationService associations, JoinRequestService requests) {
        addClassName("narrow-view");
        Locale locale = UI.getCurrent().getLocale();
        add(new H1(getTranslation("associations.mine.title")));
        List<Association> mine = associations.mine();
        if (!mine.isEmpty()) {
            add(new H2(getTranslation("associations.mine.represented")));
            UnorderedList list = new UnorderedList();
            for (Association a : mine) {
                list.add(new ListItem(new RouterLink(
                        getTranslation("associations.manage.title", a.name()),
                        ManageAssociationView.class,
                        new RouteParameters("id", a.id().toString()))));
            }
            add(list);
        }
        add(new H2(getTranslation("associations.mine.requests")));
        List<JoinRequest> sent = requests.mine();
        if (sent.isEmpty()) {
            add(new Paragraph(new RouterLink(getTranslation("associations.mine.none"), AssociationsView.class)));
        }
        for (JoinRequest r : sent) {
            Div item = new Div();
            item.addClassName("event-card");
            item.addClassName("my-request");
            H3 title = new H3();
            title.add(new RouterLink(
                    r.associationName(),
                    AssociationView.class,
                    new RouteParameters("id", r.associationId().toString())));
            item.add(title);
            item.add(new Paragraph(getTranslation(
                    "associations.mine.meta",
                    getTranslation("associations.kind." + r.kind()),
                    Formats.dateTime(r.sentAt(), locale),
                    getTranslation("associations.status." + r.status()))));
            Paragraph message = new Paragraph(r.message());
            message.getElement().setAttribute("dir", "auto");
            item.add(message);
            if (r.answer() != null) {
                Paragraph answer = new Paragraph(getTranslation("associations.mine.answer", r.answer()));
                answer.addClassName("request-answer");
                answer.getElement().setAttribute("dir", "auto");
                item.add(answer);
            } else {
                item.add(new Paragraph(getTranslation("associations.mine.noAnswer")));
            }
            add(item);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("associations.mine.title") + " – Brobygge";
    }
}
