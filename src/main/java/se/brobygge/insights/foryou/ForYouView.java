package se.brobygge.insights.foryou;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.occupation.Occupations;

/**
 * "For you": a signed-in resident's next steps, each with a one-line reason and a "Not interested"
 * button. With nothing told yet, three short questions instead of an empty page.
 */
@Route("for-you")
@Menu(order = 5, title = "foryou.nav", icon = "vaadin:lightbulb")
@PermitAll
class ForYouView extends Main implements HasDynamicTitle {

    private final ForYouService service;
    private final Div content = new Div();

    ForYouView(ForYouService service) {
        this.service = service;
        addClassName("prose");
        add(new H1(getTranslation("foryou.title")));
        add(content);
        show();
    }

    private void show() {
        content.removeAll();
        ForYou forYou = service.forMe();
        if (forYou.emptyProfile()) {
            content.add(new Paragraph(getTranslation("foryou.start.intro")));
            content.add(questions(forYou.answers()));
            return;
        }
        content.add(new Paragraph(getTranslation("foryou.intro")));
        Button change = new Button(getTranslation("foryou.change"), e -> {
            content.removeAll();
            content.add(questions(service.myAnswers()));
        });
        change.addClassName("foryou-change");
        Anchor profile = new Anchor("profile", getTranslation("foryou.profileLink"));
        Div actions = new Div(change, new Paragraph(profile));
        content.add(actions);
        if (forYou.suggestions().isEmpty()) {
            content.add(new Paragraph(getTranslation("foryou.none")));
        }
        for (SuggestionKind kind : SuggestionKind.values()) {
            List<Suggestion> found = forYou.of(kind);
            if (found.isEmpty()) {
                continue;
            }
            Section section = new Section(new H2(getTranslation("foryou.kind." + kind)));
            section.addClassName("foryou-" + kind.name().toLowerCase(Locale.ROOT));
            Div cards = new Div();
            cards.addClassName("start-cards");
            found.forEach(s -> cards.add(card(s)));
            section.add(cards);
            content.add(section);
        }
        Button forget = new Button(getTranslation("foryou.forget"), e -> {
            service.forgetNotInterested();
            show();
        });
        forget.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        content.add(forget);
    }

    private Component card(Suggestion suggestion) {
        Div card = new Div();
        card.addClassNames("start-card", "foryou-suggestion");
        String title = title(suggestion);
        card.add(new H3(new Anchor(suggestion.link(), title)));
        if (suggestion.startsAt() != null) {
            card.add(new Paragraph(Formats.dateTime(suggestion.startsAt(), getLocale())));
        }
        Paragraph reason = new Paragraph(reasonLine(suggestion));
        reason.addClassName("foryou-reason");
        card.add(reason);
        Button dismiss = new Button(getTranslation("foryou.notInterested"), e -> {
            service.notInterested(suggestion);
            Notification.show(getTranslation("foryou.dismissed", title));
            show();
        });
        dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        dismiss.getElement().setAttribute("aria-label", getTranslation("foryou.notInterestedIn", title));
        dismiss.addClassName("foryou-dismiss");
        card.add(dismiss);
        return card;
    }

    private String title(Suggestion suggestion) {
        return title(this, suggestion);
    }

    /** The item's own title, or for mentoring the kind of mentor in the reader's language. */
    static String title(Component in, Suggestion suggestion) {
        return suggestion.kind() == SuggestionKind.MENTORING
                ? in.getTranslation("foryou.mentoring." + suggestion.itemKey())
                : suggestion.title();
    }

    /** "In Arabic, near you, every Thursday": the reasons in the reader's language, as one line. */
    String reasonLine(Suggestion suggestion) {
        String line = suggestion.reasons().stream()
                .map(this::reason)
                .collect(Collectors.joining(getTranslation("foryou.reason.separator")));
        return line.isEmpty() ? line : Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    private String reason(Reason reason) {
        Locale locale = getLocale();
        String value = switch (reason.kind()) {
            case LANGUAGE -> LanguageNames.of(reason.value(), locale);
            case ON_DAY, EVERY_DAY -> Formats.weekday(DayOfWeek.valueOf(reason.value()), locale);
            case TOPIC -> getTranslation("foryou.topic." + reason.value()).toLowerCase(locale);
            case GOAL -> "";
            case OCCUPATION ->
                Occupations.byCode(reason.value()).map(o -> o.name(locale)).orElse(reason.value());
            case AREA -> reason.value();
        };
        return reason.kind() == Reason.Kind.GOAL
                ? getTranslation("foryou.reason.GOAL." + reason.value())
                : getTranslation("foryou.reason." + reason.kind(), value);
    }

    private Component questions(Answers answers) {
        Section form = new Section();
        form.addClassName("foryou-questions");
        form.add(new H2(getTranslation("foryou.start.title")));
        CheckboxGroup<Goal> goals = group("foryou.question.goals", Goal.class, "foryou.goal.", answers.goals());
        CheckboxGroup<Topic> topics = group("foryou.question.topics", Topic.class, "foryou.topic.", answers.topics());
        CheckboxGroup<Availability> when =
                group("foryou.question.when", Availability.class, "foryou.when.", answers.availability());
        Button save = new Button(getTranslation("foryou.start.save"), e -> {
            service.saveMyAnswers(new Answers(goals.getValue(), topics.getValue(), when.getValue()));
            show();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("foryou-save");
        form.add(goals, topics, when, new Paragraph(getTranslation("foryou.start.more")), save);
        return form;
    }

    private <E extends Enum<E>> CheckboxGroup<E> group(String label, Class<E> type, String prefix, Set<E> selected) {
        CheckboxGroup<E> group = new CheckboxGroup<>(getTranslation(label));
        group.setItems(EnumSet.allOf(type));
        group.setItemLabelGenerator(e -> getTranslation(prefix + e.name()));
        group.setValue(selected);
        group.addClassName("foryou-" + type.getSimpleName().toLowerCase(Locale.ROOT));
        group.getStyle().set("display", "block");
        return group;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("foryou.title") + " – Brobygge";
    }
}
