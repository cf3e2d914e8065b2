package se.brobygge.employers.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.brobygge.employers.EmployerService;
import se.brobygge.employers.Interest;
import se.brobygge.employers.InterestService;
import se.brobygge.employers.InterestStatus;
import se.brobygge.employers.Posting;
import se.brobygge.employers.PostingId;
import se.brobygge.employers.PostingService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.MultilingualText;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.TranslatedText;

/** One internship or job: everything about it, save it, and send my interest with my card. */
@Route("jobs/:id")
@PermitAll
class PostingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PostingService postings;
    private final InterestService interests;
    private final EmployerService employers;
    final Paragraph status = new Paragraph();
    private Posting posting;

    PostingView(PostingService postings, InterestService interests, EmployerService employers) {
        this.postings = postings;
        this.interests = interests;
        this.employers = employers;
        addClassName("narrow-view");
        status.getElement().setAttribute("role", "status");
        status.addClassName("interest-status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent e) {
        posting = e.getRouteParameters()
                .getLong("id")
                .flatMap(id -> postings.posting(new PostingId(id)))
                .orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        removeAll();
        Locale locale = UI.getCurrent().getLocale();
        // the employer's texts in the page's language when they gave it, else Swedish marked so
        MultilingualText.Shown title = posting.titles().in(TranslatedText.page(this));
        add(TranslatedText.text(new H1(title.text()), title));
        TranslatedText.mark(title, this).ifPresent(this::add);
        add(new PostingSummary(posting, locale, false));
        if (posting.hidden()) {
            add(new Paragraph(getTranslation("employers.hiddenByModerator")));
        }
        DescriptionList facts = new DescriptionList();
        fact(facts, "employers.posting.description", posting.descriptions());
        fact(facts, "employers.posting.hours", posting.hoursTexts());
        fact(facts, "employers.posting.support", posting.supportTexts());
        fact(facts, "employers.posting.accessibility", posting.accessibilityTexts());
        if (!posting.contact().isBlank()) {
            facts.add(
                    new DescriptionList.Term(getTranslation("employers.posting.contact")),
                    new DescriptionList.Description(posting.contact()));
        }
        add(facts);
        if (employers.mayRepresent(posting.employerId())) {
            add(new Paragraph(new RouterLink(
                    getTranslation("employers.posting.interests"),
                    InterestsView.class,
                    new RouteParameters("id", posting.id().toString()))));
            add(new Paragraph(new RouterLink(
                    getTranslation("employers.posting.editLink"),
                    PostingEditorView.class,
                    new RouteParameters(Map.of(
                            "id",
                            posting.employerId().toString(),
                            "postingId",
                            posting.id().toString())))));
        }
        boolean saved = postings.saved().stream().anyMatch(p -> p.id().equals(posting.id()));
        Button save =
                new Button(getTranslation(saved ? "employers.posting.unsave" : "employers.posting.save"), click -> {
                    postings.save(posting.id(), !saved);
                    render();
                    status.setText(getTranslation(saved ? "employers.posting.unsaved" : "employers.posting.saved"));
                });
        add(save);
        add(new H2(getTranslation("employers.posting.interest")), status);
        Optional<Interest> mine = interests.mine().stream()
                .filter(i -> i.postingId().equals(posting.id()))
                .findFirst();
        if (mine.isPresent() && mine.get().status() != InterestStatus.WITHDRAWN) {
            Interest i = mine.get();
            add(new Paragraph(getTranslation(
                    "employers.posting.interestSent", getTranslation("employers.interestStatus." + i.status()))));
            if (i.answer() != null) {
                add(new Paragraph(getTranslation("employers.posting.answer", i.answer())));
            }
            if (i.status().withdrawable()) {
                add(new WithdrawInterestButton(interests, i, status, this::render));
            }
            return;
        }
        if (mine.isPresent()) {
            add(new Paragraph(getTranslation("employers.posting.interestWithdrawn")));
        }
        add(
                new Paragraph(getTranslation("employers.posting.interestHelp")),
                new Paragraph(new RouterLink(getTranslation("employers.session.myCard"), CardEditorView.class)));
        TextArea message = new TextArea(getTranslation("employers.posting.message"));
        message.setMaxLength(1000);
        message.setWidthFull();
        Button send = new Button(getTranslation("employers.posting.send"), click -> {
            try {
                interests.express(posting.id(), message.getValue());
                render();
                status.setText(getTranslation("employers.posting.sent"));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, Map.of("posting", message, "message", message, "card", message), this);
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-interest");
        add(message, send);
    }

    /** A text the employer wrote, in the reader's language or the Swedish original marked so. */
    private void fact(DescriptionList facts, String key, MultilingualText value) {
        if (!value.originalText().isBlank()) {
            facts.add(
                    new DescriptionList.Term(getTranslation(key)),
                    new DescriptionList.Description(TranslatedText.line(value, this)));
        }
    }

    @Override
    public String getPageTitle() {
        return (posting == null
                        ? getTranslation("employers.jobs.title")
                        : posting.titles().in(TranslatedText.page(this)).text())
                + " – Brobygge";
    }
}
