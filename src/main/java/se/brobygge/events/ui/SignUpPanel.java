package se.brobygge.events.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.brobygge.events.EventDetails;
import se.brobygge.events.EventService;
import se.brobygge.events.EventStatus;
import se.brobygge.events.EventSummary;
import se.brobygge.events.GuestSignUp;
import se.brobygge.events.GuestSignUpService;
import se.brobygge.events.MySignUp;
import se.brobygge.events.SeatsLeft;
import se.brobygge.events.SignUpRequest;
import se.brobygge.events.SignUpService;
import se.brobygge.events.SignUpStatus;
import se.brobygge.events.internal.GroupNames;
import se.brobygge.identity.CurrentUser;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.EasyReadButton;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.SignInLink;

/**
 * The sign-up part of an event's page: seats left, and for the visitor signing up (with a group,
 * answers and companions), changing who comes along, cancelling, or signing up as a guest.
 */
class SignUpPanel extends Div {

    private final EventService events;
    private final SignUpService signUps;
    private final GuestSignUpService guests;
    private final CurrentUser currentUser;
    private final Paragraph status = new Paragraph();
    private final Div action = new Div();
    private EventSummary event;

    SignUpPanel(
            EventService events,
            SignUpService signUps,
            GuestSignUpService guests,
            CurrentUser currentUser,
            EventSummary event) {
        this.events = events;
        this.signUps = signUps;
        this.guests = guests;
        this.currentUser = currentUser;
        this.event = event;
        addClassName("signup-panel");
        setId("sign-up"); // the start page's "Sign up" links here: events/{id}#sign-up
        status.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("events.signup.title")), new EasyReadButton("signup", "signup"), status, action);
        render();
    }

    private void render() {
        action.removeAll();
        status.setText(new EventCard(event, UI.getCurrent().getLocale()).seats(event)
                + keptSeats(signUps.seatsLeft(event.id())));
        if (event.status() != EventStatus.PUBLISHED) {
            return;
        }
        if (!currentUser.isSignedIn()) {
            action.add(new Paragraph(new SignInLink(getTranslation("events.signup.loginFirst"))));
            action.add(guestForm());
            return;
        }
        Optional<MySignUp> mine = signUps.mine(event.id());
        if (mine.isPresent()) {
            renderMine(mine.get());
        } else {
            renderForm();
        }
    }

    /** Where my sign-up stands, who comes with me (changeable), and cancelling. */
    private void renderMine(MySignUp s) {
        action.add(new Paragraph(MyEventsView.statusText(this, s)));
        int companionsMax = details().companionsMax();
        if (companionsMax > 0) {
            Companions companions = new Companions(companionsMax, s.adults(), s.children());
            Button change = new Button(getTranslation("events.party.change"), e -> {
                try {
                    signUps.changeParty(event.id(), companions.adults.count(), companions.children.count());
                    reload(getTranslation("events.party.changed"));
                } catch (InvalidInputException ex) {
                    companions.show(ex);
                }
            });
            change.addClassName("party-change");
            action.add(companions.adults, companions.children, change);
        }
        Button cancel = new Button(
                getTranslation(
                        s.status() == SignUpStatus.WAITING ? "events.signup.leaveWaitlist" : "events.signup.cancel"),
                e -> CancelSignUpDialog.open(this, event.title(), s.status() == SignUpStatus.WAITING, () -> {
                    signUps.cancel(event.id());
                    reload(getTranslation("events.signup.cancelledNote"));
                }));
        cancel.addClassName("signup-cancel");
        action.add(cancel);
    }

    /** Reserved places for a group, companions, the organiser's questions, and the button. */
    private void renderForm() {
        EventDetails details = details();
        SeatsLeft left = signUps.seatsLeft(event.id());
        Checkbox inGroup = new Checkbox();
        String group = left.kept().keySet().stream().findFirst().orElse(null);
        if (group != null) {
            inGroup.setLabel(getTranslation(
                    "events.signup.inGroup",
                    GroupNames.of(group, this::getTranslation),
                    left.kept().get(group)));
            inGroup.addClassName("signup-group");
            action.add(inGroup);
        }
        Companions companions = new Companions(details.companionsMax(), 0, 0);
        if (details.companionsMax() > 0) {
            action.add(companions.adults, companions.children);
        }
        List<TextField> answers = answerFields(details);
        answers.forEach(action::add);
        if (event.approvalRequired()) {
            action.add(new Paragraph(getTranslation("events.signup.approvalNote")));
        }
        boolean seat = left.seatFor(group);
        Button signUp = new Button(
                getTranslation(
                        seat || event.approvalRequired() ? "events.signup.button" : "events.signup.joinWaitlist"),
                e -> {
                    try {
                        MySignUp s = signUps.signUp(
                                event.id(),
                                new SignUpRequest(
                                        inGroup.getValue() ? group : null,
                                        answers.stream()
                                                .map(TextField::getValue)
                                                .toList(),
                                        companions.adults.count(),
                                        companions.children.count()));
                        reload(
                                switch (s.status()) {
                                    case CONFIRMED -> getTranslation("events.signup.doneConfirmed");
                                    case PENDING -> getTranslation("events.signup.donePending");
                                    default -> getTranslation("events.signup.doneWaiting");
                                });
                    } catch (InvalidInputException ex) {
                        if (!companions.show(ex)) {
                            Notification.show(
                                    getTranslation(ex.errors().getFirst().messageKey()));
                        }
                    }
                });
        signUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signUp.addClassName("signup-button");
        action.add(signUp);
    }

    private List<TextField> answerFields(EventDetails details) {
        List<TextField> answers = new ArrayList<>();
        for (String question : details.questions()) {
            var answer = new TextField(question);
            answer.setMaxLength(500);
            answer.setWidthFull();
            answers.add(answer);
        }
        return answers;
    }

    /** Signing up without an account: name and e-mail; the link in the mail confirms. */
    private Component guestForm() {
        Details details = new Details(getTranslation("events.guest.title"));
        details.addClassName("guest-signup");
        var name = new TextField(getTranslation("events.guest.nameLabel"));
        name.setMaxLength(80);
        name.setAutocomplete(Autocomplete.NAME);
        var email = new EmailField(getTranslation("events.guest.emailLabel"));
        email.setAutocomplete(Autocomplete.EMAIL);
        List<TextField> answers = answerFields(details());
        Paragraph done = new Paragraph();
        done.getElement().setAttribute("role", "status");
        Button send = new Button(getTranslation("events.guest.send"), click -> {
            try {
                guests.requestAsGuest(
                        event.id(),
                        new GuestSignUp(
                                name.getValue(),
                                email.getValue(),
                                UI.getCurrent().getLocale().getLanguage(),
                                new SignUpRequest(
                                        null,
                                        answers.stream()
                                                .map(TextField::getValue)
                                                .toList())));
                name.setInvalid(false);
                email.setInvalid(false);
                done.setText(getTranslation("events.guest.sent", email.getValue()));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("guestName", name, "guestEmail", email), this);
            }
        });
        send.addClassName("guest-send");
        FormLayout form = new FormLayout(name, email);
        answers.forEach(form::add);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        details.add(new Paragraph(getTranslation("events.guest.help")), form, send, done);
        return details;
    }

    private String keptSeats(SeatsLeft left) {
        StringBuilder text = new StringBuilder();
        left.kept()
                .forEach((group, free) -> text.append(' ')
                        .append(getTranslation("events.seats.kept", free, GroupNames.of(group, this::getTranslation))));
        return text.toString();
    }

    private EventDetails details() {
        return events.details(event.id()).orElseThrow();
    }

    private void reload(String message) {
        event = events.event(event.id()).orElse(event);
        render();
        Notification.show(message);
    }

    /** How many adults and children come along, within the event's limit. */
    private final class Companions {
        final CountField adults = new CountField("events.party.adults", "party-adults");
        final CountField children = new CountField("events.party.children", "party-children");

        Companions(int max, int adultsNow, int childrenNow) {
            adults.setMax(max);
            children.setMax(max);
            adults.setValue(adultsNow);
            children.setValue(childrenNow);
            adults.setHelperText(getTranslation("events.party.help", max));
        }

        /** Shows a "companions" error next to the fields; false when the error is about something else. */
        boolean show(InvalidInputException ex) {
            boolean ours = ex.errors().stream().anyMatch(f -> f.field().equals("companions"));
            if (ours) {
                FieldErrors.show(ex, Map.of("companions", adults), SignUpPanel.this);
            }
            return ours;
        }
    }

    /** A small number field; empty counts as 0. */
    private final class CountField extends IntegerField {
        CountField(String labelKey, String className) {
            super(SignUpPanel.this.getTranslation(labelKey));
            setMin(0);
            setStepButtonsVisible(true);
            addClassName(className);
        }

        int count() {
            Integer value = getValue();
            return value == null ? 0 : value;
        }
    }
}
