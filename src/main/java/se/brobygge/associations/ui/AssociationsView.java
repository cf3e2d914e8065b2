package se.brobygge.associations.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import se.brobygge.associations.Activity;
import se.brobygge.associations.ActivityService;
import se.brobygge.associations.Association;
import se.brobygge.associations.AssociationFilter;
import se.brobygge.associations.AssociationId;
import se.brobygge.associations.AssociationService;
import se.brobygge.associations.AssociationType;
import se.brobygge.identity.CurrentUser;
import se.brobygge.shared.ui.FilterPanel;
import se.brobygge.shared.ui.SignInLink;

/** The public directory of associations, with filters and Swedish-aware search. */
@Route("associations")
@Menu(order = 20, title = "associations.nav", icon = "vaadin:group")
@AnonymousAllowed
class AssociationsView extends Main implements HasDynamicTitle {

    final TextField text = new TextField();
    final Select<AssociationType> type = new Select<>();
    final Select<String> area = new Select<>();
    final Select<String> language = new Select<>();
    final Checkbox newcomerHelp = new Checkbox();
    final Checkbox free = new Checkbox();
    /** Behind one "Filter" button on a phone, so the associations come first. */
    final FilterPanel filters = new FilterPanel();

    private final Paragraph count = new Paragraph();
    private final Div results = new Div();
    private final AssociationService associations;
    private final ActivityService activities;

    AssociationsView(AssociationService associations, ActivityService activities, CurrentUser currentUser) {
        this.associations = associations;
        this.activities = activities;
        addClassName("associations-view");
        Locale locale = UI.getCurrent().getLocale();
        add(new H1(getTranslation("associations.list.title")));
        add(new Paragraph(getTranslation("associations.list.intro")));
        if (currentUser.isSignedIn()) {
            add(new Paragraph(
                    new RouterLink(getTranslation("associations.register.link"), RegisterAssociationView.class)));
        } else {
            add(new Paragraph(new SignInLink(getTranslation("associations.register.loginFirst"))));
        }
        text.setLabel(getTranslation("associations.filter.text"));
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        type.setLabel(getTranslation("associations.filter.type"));
        type.setItems(Arrays.asList(AssociationType.values()));
        type.setItemLabelGenerator(
                t -> t == null ? getTranslation("associations.filter.all") : getTranslation("associations.type." + t));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("associations.filter.all"));
        area.setLabel(getTranslation("associations.filter.area"));
        area.setItems(associations.areas());
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(getTranslation("associations.filter.all"));
        area.setItemLabelGenerator(a -> a == null ? getTranslation("associations.filter.all") : a);
        language.setLabel(getTranslation("associations.filter.language"));
        language.setItems(AssociationForm.LANGUAGES);
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("associations.filter.all"));
        language.setItemLabelGenerator(
                c -> c == null ? getTranslation("associations.filter.all") : AssociationForm.languageName(c, locale));
        newcomerHelp.setLabel(getTranslation("associations.filter.newcomerHelp"));
        free.setLabel(getTranslation("associations.filter.free"));
        filters.addFilters(text, type, area, language, newcomerHelp, free);
        text.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        area.addValueChangeListener(e -> refresh());
        language.addValueChangeListener(e -> refresh());
        newcomerHelp.addValueChangeListener(e -> refresh());
        free.addValueChangeListener(e -> refresh());
        count.getElement().setAttribute("role", "status");
        results.addClassName("event-list");
        add(filters, count, results);
        refresh();
    }

    private void refresh() {
        filters.setActive((int) Stream.of(
                        !text.getValue().isBlank(),
                        type.getValue() != null,
                        area.getValue() != null,
                        language.getValue() != null,
                        newcomerHelp.getValue(),
                        free.getValue())
                .filter(Boolean::booleanValue)
                .count());
        List<Association> found = associations.directory(new AssociationFilter(
                text.getValue(),
                type.getValue(),
                area.getValue(),
                language.getValue(),
                newcomerHelp.getValue(),
                free.getValue()));
        Map<AssociationId, List<Activity>> activitiesOf = activities.of(found);
        results.removeAll();
        found.forEach(a -> results.add(new AssociationCard(a, activitiesOf.getOrDefault(a.id(), List.of()))));
        count.setText(
                found.isEmpty()
                        ? getTranslation("associations.list.none")
                        : getTranslation("associations.list.count", found.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("associations.list.title") + " – Brobygge";
    }
}
