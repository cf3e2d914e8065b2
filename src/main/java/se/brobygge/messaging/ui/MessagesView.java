package se.brobygge.messaging.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.brobygge.messaging.Contact;
import se.brobygge.messaging.ConversationSummary;
import se.brobygge.messaging.MessagingService;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.ListText;
import se.brobygge.shared.ui.ParticipantName;
import se.brobygge.shared.ui.Written;

/** My conversations, and the people I may start one with. */
@Route("messages")
@Menu(order = 84, title = "nav.messages", icon = "vaadin:chat")
@PermitAll
class MessagesView extends Main implements HasDynamicTitle {

    private final MessagingService messaging;

    MessagesView(MessagingService messaging) {
        this.messaging = messaging;
        addClassName("messages-view");
        add(new H1(getTranslation("messaging.list.title")));
        add(new Paragraph(getTranslation("messaging.list.intro")));
        add(conversations(), contacts());
    }

    private Section conversations() {
        Section section = new Section();
        H2 heading = new H2(getTranslation("messaging.list.conversations"));
        heading.setId("conversations-heading");
        section.getElement().setAttribute("aria-labelledby", "conversations-heading");
        section.add(heading);
        List<ConversationSummary> mine = messaging.conversations();
        if (mine.isEmpty()) {
            section.add(new Paragraph(getTranslation("messaging.list.none")));
            return section;
        }
        Locale locale = UI.getCurrent().getLocale();
        UnorderedList list = new UnorderedList();
        list.addClassName("conversation-list");
        for (ConversationSummary c : mine) {
            ListItem item = new ListItem();
            RouterLink link = Written.text(new RouterLink(
                    ParticipantName.of(c.otherName(), this),
                    ConversationView.class,
                    new RouteParameters("conversationId", Long.toString(c.id()))));
            link.addClassName("conversation-link");
            item.add(link);
            if (c.lastMessageAt() != null) {
                item.add(new Span(" · "), new Span(Formats.dateTime(c.lastMessageAt(), locale)));
            }
            if (c.unread() > 0) {
                Span unread = new Span(getTranslation("messaging.list.unread", c.unread()));
                unread.getElement().getThemeList().add("badge");
                unread.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
                item.add(unread);
            }
            if (c.closed()) {
                Span closed = new Span(getTranslation("messaging.list.closed"));
                closed.getElement().getThemeList().add("badge contrast");
                closed.getStyle().set("margin-inline-start", "var(--lumo-space-s)");
                item.add(closed);
            }
            list.add(item);
        }
        section.add(list);
        return section;
    }

    private Section contacts() {
        Section section = new Section();
        H2 heading = new H2(getTranslation("messaging.list.start"));
        heading.setId("contacts-heading");
        section.getElement().setAttribute("aria-labelledby", "contacts-heading");
        section.add(heading);
        List<Contact> contacts = messaging.contacts();
        if (contacts.isEmpty()) {
            section.add(new Paragraph(getTranslation("messaging.list.noContacts")));
            return section;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("contact-list");
        for (Contact contact : contacts) {
            ListItem item = new ListItem();
            Button write = new Button(getTranslation("messaging.list.write", contact.displayName()), e -> {
                long id = messaging.startWith(contact.accountId());
                UI.getCurrent()
                        .navigate(ConversationView.class, new RouteParameters("conversationId", Long.toString(id)));
            });
            write.addClassName("write-button");
            Span why = new Span(" "
                    + contact.relationships().stream()
                            .map(r -> r.labelIsKey() ? getTranslation(r.label()) : r.label())
                            .distinct()
                            .collect(Collectors.collectingAndThen(
                                    Collectors.toList(), labels -> ListText.of(labels, getLocale()))));
            item.add(write, why);
            list.add(item);
        }
        section.add(list);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("messaging.list.title") + " – Brobygge";
    }
}
