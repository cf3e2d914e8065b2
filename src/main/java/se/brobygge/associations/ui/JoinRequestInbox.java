package se.brobygge.associations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.brobygge.associations.Association;
import se.brobygge.associations.JoinRequest;
import se.brobygge.associations.JoinRequestService;
import se.brobygge.associations.RequestStatus;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.ui.FieldErrors;

/** The manage page's inbox of join requests: each with its answer and its status. */
class JoinRequestInbox extends Div {

    private final JoinRequestService requests;
    private final Association association;
    private final ManagePage page;

    JoinRequestInbox(JoinRequestService requests, Association association, ManagePage page) {
        this.requests = requests;
        this.association = association;
        this.page = page;
    }

    void render() {
        removeAll();
        removeAll();
        Locale locale = UI.getCurrent().getLocale();
        List<JoinRequest> list = requests.inbox(association.id());
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("associations.inbox.none")));
        }
        for (JoinRequest r : list) {
            Div item = new Div();
            item.addClassName("event-card");
            item.addClassName("join-request");
            item.add(new H3(getTranslation("associations.inbox.heading." + r.kind(), r.residentName())));
            item.add(new Paragraph(getTranslation(
                    "associations.inbox.meta",
                    Formats.dateTime(r.sentAt(), locale),
                    AssociationForm.languageName(r.language(), locale),
                    getTranslation("associations.status." + r.status()))));
            Paragraph message = new Paragraph(r.message());
            message.getElement().setAttribute("lang", r.language());
            message.getElement().setAttribute("dir", "auto");
            item.add(message);
            String contact = switch (r.contactBy()) {
                case EMAIL -> getTranslation("associations.inbox.contactEmail", String.valueOf(r.contactEmail()));
                case PHONE -> getTranslation("associations.inbox.contactPhone", String.valueOf(r.contactPhone()));
                case PLATFORM -> getTranslation("associations.inbox.contactPlatform");
            };
            item.add(new Paragraph(contact));
            if (r.answer() != null) {
                item.add(new Paragraph(getTranslation("associations.inbox.answered", r.answer())));
            }
            TextArea answer = new TextArea(getTranslation("associations.inbox.answer", r.residentName()));
            answer.setMaxLength(4000);
            answer.setWidthFull();
            answer.addClassName("answer-text");
            Button send = new Button(
                    getTranslation("associations.inbox.send"),
                    e -> page.act(() -> {
                        try {
                            requests.answer(r.id(), answer.getValue(), r.version());
                            render();
                            page.say(getTranslation("associations.inbox.sent", r.residentName()));
                        } catch (InvalidInputException ex) {
                            FieldErrors.show(ex, Map.of("answer", answer), this);
                        }
                    }));
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.addClassName("send-answer");
            Select<RequestStatus> outcome = new Select<>();
            outcome.setLabel(getTranslation("associations.inbox.status", r.residentName()));
            outcome.setItems(Arrays.asList(RequestStatus.values()));
            outcome.setItemLabelGenerator(s -> s == null ? "" : getTranslation("associations.status." + s));
            outcome.setValue(r.status());
            outcome.addClassName("request-status");
            outcome.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    page.act(() -> {
                        requests.mark(r.id(), e.getValue(), r.version());
                        render();
                        page.say(getTranslation("associations.inbox.marked"));
                    });
                }
            });
            item.add(answer, new Div(send), outcome);
            add(item);
        }
    }
}
