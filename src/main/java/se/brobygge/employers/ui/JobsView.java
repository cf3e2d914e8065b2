package se.brobygge.employers.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import se.brobygge.employers.Interest;
import se.brobygge.employers.InterestService;
import se.brobygge.employers.InterestStatus;
import se.brobygge.employers.LanguageLevel;
import se.brobygge.employers.Posting;
import se.brobygge.employers.PostingFilter;
import se.brobygge.employers.PostingKind;
import se.brobygge.employers.PostingService;
import se.brobygge.employers.Suggestion;
import se.brobygge.identity.AccountService;
import se.brobygge.shared.i18n.ListText;
import se.brobygge.shared.ui.DateField;
import se.brobygge.shared.ui.FilterPanel;
import se.brobygge.shared.ui.OccupationField;

/** Internships and jobs: suggestions for me with the reason, filters, saved posts, and my interest's status. */
@Route("jobs")
@Menu(order = 26, title = "employers.nav.jobs", icon = "vaadin:briefcase")
@PermitAll
class JobsView extends Main implements HasDynamicTitle {

    private final PostingService postings;
    private final InterestService interests;
    final OccupationField occupation;
    final Select<String> area = new Select<>();
    final Select<LanguageLevel> level = new Select<>();
    final DateField from = new DateField();
    final Select<PostingKind> kind = new Select<>();
    /** Behind one "Filter" button on a phone, so the postings come first. */
    final FilterPanel filters = new FilterPanel();

    final Paragraph count = new Paragraph();
    final Div results = new Div();

    JobsView(PostingService postings, InterestService interests, AccountService accounts) {
        this.postings = postings;
        this.interests = interests;
        addClassName("narrow-view");
        Locale locale = UI.getCurrent().getLocale();
        add(new H1(getTranslation("employers.jobs.title")), new Paragraph(getTranslation("employers.jobs.intro")));
        add(new Paragraph(new RouterLink(getTranslation("employers.session.myCard"), CardEditorView.class)));

        List<Suggestion<Posting>> suggestions = interests.suggestionsForMe();
        if (!suggestions.isEmpty()) {
            add(new H2(getTranslation("employers.jobs.suggested")));
            for (Suggestion<Posting> s : suggestions) {
                Div box = new Div(new PostingSummary(s.item(), locale));
                box.add(new Paragraph(getTranslation(
                        "employers.jobs.why",
                        ListText.of(
                                s.reasons().stream().map(r -> reason(r, locale)).toList(), locale))));
                box.addClassName("suggestion");
                add(box);
            }
        }
        List<Interest> mine = interests.mine();
        if (!mine.isEmpty()) {
            add(new H2(getTranslation("employers.jobs.myInterest")));
            UnorderedList list = new UnorderedList();
            Paragraph withdrawStatus = new Paragraph();
            withdrawStatus.getElement().setAttribute("role", "status");
            mine.forEach(i -> list.add(interestLine(i, withdrawStatus)));
            add(list, withdrawStatus);
        }
        List<Posting> saved = postings.saved();
        if (!saved.isEmpty()) {
            add(new H2(getTranslation("employers.jobs.saved")));
            saved.forEach(p -> add(new PostingSummary(p, locale)));
        }

        add(new H2(getTranslation("employers.jobs.all")));
        occupation = new OccupationField(getTranslation("employers.posting.occupation"), locale);
        occupation.setClearButtonVisible(true);
        area.setLabel(getTranslation("employers.posting.area"));
        area.setItems(accounts.areas());
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("employers.jobs.any"));
        level.setLabel(getTranslation("employers.jobs.mySwedish"));
        level.setItems(Arrays.asList(LanguageLevel.values()));
        level.setItemLabelGenerator(
                l -> l == null ? getTranslation("employers.jobs.any") : getTranslation("employers.level." + l));
        level.setEmptySelectionAllowed(true);
        from.setLabel(getTranslation("employers.jobs.from"));
        from.setClearButtonVisible(true);
        kind.setLabel(getTranslation("employers.posting.kind"));
        kind.setItems(Arrays.asList(PostingKind.values()));
        kind.setItemLabelGenerator(
                k -> k == null ? getTranslation("employers.jobs.any") : getTranslation("employers.postingKind." + k));
        kind.setEmptySelectionAllowed(true);
        filters.addFilters(occupation, area, level, from, kind);
        filters.addClassName("filters");
        count.getElement().setAttribute("role", "status");
        add(filters, count, results);
        occupation.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        level.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        kind.addValueChangeListener(e -> refresh());
        refresh();
    }

    private String reason(Suggestion.Reason r, Locale locale) {
        return switch (r.key()) {
            case "employers.reason.occupation" -> getTranslation(r.key(), Choices.occupationName(r.argument(), locale));
            case "employers.reason.language" ->
                getTranslation(r.key(), getTranslation("employers.level." + r.argument()));
            default -> getTranslation(r.key(), r.argument());
        };
    }

    private void refresh() {
        results.removeAll();
        Locale locale = UI.getCurrent().getLocale();
        List<Posting> found = postings.browse(new PostingFilter(
                Choices.code(occupation.getValue()),
                area.getValue(),
                level.getValue(),
                from.getValue(),
                kind.getValue()));
        filters.setActive((int)
                Stream.of(occupation.getValue(), area.getValue(), level.getValue(), from.getValue(), kind.getValue())
                        .filter(Objects::nonNull)
                        .count());
        count.setText(getTranslation("employers.jobs.count", found.size()));
        found.forEach(p -> results.add(new PostingSummary(p, locale)));
    }

    private ListItem interestLine(Interest i, Paragraph withdrawStatus) {
        RouterLink link = new RouterLink(
                getTranslation(
                        "employers.jobs.interestLine",
                        i.postingTitle(),
                        i.employerName(),
                        getTranslation("employers.interestStatus." + i.status())),
                PostingView.class,
                new RouteParameters("id", i.postingId().toString()));
        ListItem line = new ListItem(link);
        if (i.status().withdrawable()) {
            line.add(new WithdrawInterestButton(interests, i, withdrawStatus, () -> {
                link.setText(getTranslation(
                        "employers.jobs.interestLine",
                        i.postingTitle(),
                        i.employerName(),
                        getTranslation("employers.interestStatus." + InterestStatus.WITHDRAWN)));
                line.getChildren()
                        .filter(WithdrawInterestButton.class::isInstance)
                        .toList()
                        .forEach(line::remove);
            }));
        }
        return line;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employers.jobs.title") + " – Brobygge";
    }
}
