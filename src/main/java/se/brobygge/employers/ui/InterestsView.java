package se.brobygge.employers.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.brobygge.employers.Card;
import se.brobygge.employers.EmployerService;
import se.brobygge.employers.Interest;
import se.brobygge.employers.InterestService;
import se.brobygge.employers.InterestStatus;
import se.brobygge.employers.Posting;
import se.brobygge.employers.PostingId;
import se.brobygge.employers.PostingService;
import se.brobygge.employers.Suggestion;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;

/** A representative's view of a post: the interest sent to it, answers, and suggested newcomers. */
@Route("jobs/:id/interests")
@PermitAll
class InterestsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PostingService postings;
    private final InterestService interests;
    private final EmployerService employers;
    final Paragraph status = new Paragraph();
    private Posting posting;

    InterestsView(PostingService postings, InterestService interests, EmployerService employers) {
        this.postings = postings;
        this.interests = interests;
        this.employers = employers;
        addClassName("narrow-view");
        status.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        posting = e.getRouteParameters()
                .getLong("id")
                .flatMap(id -> postings.posting(new PostingId(id)))
                .filter(p -> employers.mayRepresent(p.employerId()))
                .orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        Locale locale = UI.getCurrent().getLocale();
        add(
                new H1(getTranslation("employers.interests.title", posting.title())),
                status,
                new Paragraph(getTranslation("employers.postingStatus." + posting.status())));
        List<Interest> received = interests.forPosting(posting.id());
        add(new H2(getTranslation(
                "employers.interests.received",
                received.stream()
                        .filter(i -> i.status() != InterestStatus.WITHDRAWN)
                        .count())));
        for (Interest i : received) {
            Div box = new Div();
            box.addClassName("interest");
            if (i.card() != null) {
                box.add(new CardPanel(i.card(), locale));
            }
            box.add(
                    new Paragraph(getTranslation("employers.interests.message", i.message())),
                    new Paragraph(getTranslation(
                            "employers.interests.statusNow",
                            getTranslation("employers.interestStatus." + i.status()))));
            if (i.status() == InterestStatus.WITHDRAWN) {
                box.addClassName("withdrawn");
                add(box);
                continue;
            }
            Select<InterestStatus> next = new Select<>();
            next.setLabel(getTranslation("employers.interests.next", i.displayName()));
            next.setItems(Arrays.stream(InterestStatus.values())
                    .filter(s -> s != InterestStatus.SENT && s != InterestStatus.WITHDRAWN)
                    .toList());
            next.setItemLabelGenerator(s -> s == null ? "" : getTranslation("employers.interestStatus." + s));
            TextArea answer = new TextArea(getTranslation("employers.interests.answer", i.displayName()));
            answer.setMaxLength(2000);
            answer.setWidthFull();
            long version = interests.version(i.id());
            Button send = new Button(getTranslation("employers.interests.send"), click -> {
                if (next.getValue() == null) {
                    next.setErrorMessage(getTranslation("employers.validation.required"));
                    next.setInvalid(true);
                    return;
                }
                try {
                    interests.answer(i.id(), version, next.getValue(), answer.getValue());
                    render();
                    status.setText(getTranslation("employers.interests.sent", i.displayName()));
                } catch (InvalidInputException ex) {
                    FieldErrors.show(ex, Map.of("status", next, "answer", next), this);
                }
            });
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            send.addClassName("send-answer");
            box.add(next, answer, send);
            add(box);
        }
        List<Suggestion<Card>> suggested = interests.suggestionsFor(posting.id());
        add(
                new H2(getTranslation("employers.interests.suggested")),
                new Paragraph(getTranslation("employers.interests.suggested.help")));
        if (suggested.isEmpty()) {
            add(new Paragraph(getTranslation("employers.interests.noSuggestions")));
        }
        suggested.forEach(s -> add(new CardPanel(s.item(), locale)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employers.interests.title", posting == null ? "" : posting.title()) + " – Brobygge";
    }
}
