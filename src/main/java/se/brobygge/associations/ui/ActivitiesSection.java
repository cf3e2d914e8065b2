package se.brobygge.associations.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import se.brobygge.associations.Activity;
import se.brobygge.associations.ActivityDraft;
import se.brobygge.associations.ActivityService;
import se.brobygge.associations.Association;
import se.brobygge.associations.Recurrence;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceFilter;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.Language;
import se.brobygge.shared.ui.FieldErrors;
import se.brobygge.shared.ui.MultilingualField;
import se.brobygge.shared.ui.TimeField;
import se.brobygge.shared.ui.Written;

/**
 * The manage page's activities: each with its publish, change and delete buttons, then the form for
 * a new one (or for the one being changed).
 */
class ActivitiesSection extends Div {

    private final ActivityService activities;
    private final PlaceService places;
    private final Association association;
    private final ManagePage page;
    private @Nullable Activity editing;

    ActivitiesSection(ActivityService activities, PlaceService places, Association association, ManagePage page) {
        this.activities = activities;
        this.places = places;
        this.association = association;
        this.page = page;
    }

    void render() {
        removeAll();
        Locale locale = UI.getCurrent().getLocale();
        List<Activity> list = activities.of(List.of(association)).getOrDefault(association.id(), List.of());
        for (Activity act : list) {
            Div item = new Div();
            item.addClassName("event-card");
            // the title and description in the page's language when given, else the marked Swedish
            Translated.add(item, act.titles(), H3::new, this);
            item.add(new Paragraph(ActivityText.line(this, act, false)));
            if (!act.description().isBlank()) {
                item.add(Translated.paragraph(act.descriptions(), this));
            }
            if (act.hidden()) {
                item.add(new Paragraph(getTranslation("associations.activity.hidden")));
            }
            if (!act.eventIds().isEmpty()) {
                item.add(new Paragraph(getTranslation(
                        "associations.activity.events", act.eventIds().size())));
            }
            IntegerField count = new IntegerField(getTranslation("associations.activity.occurrences"));
            count.setMin(1);
            count.setMax(ActivityService.MAX_OCCURRENCES);
            count.setValue(4);
            count.setStepButtonsVisible(true);
            Button publish = new Button(
                    getTranslation("associations.activity.publish"),
                    e -> page.act(() -> {
                        try {
                            int n = activities
                                    .publishAsEvents(act.id(), count.getValue() == null ? 0 : count.getValue())
                                    .size();
                            render();
                            page.say(getTranslation(
                                    association.verified()
                                            ? "associations.activity.published"
                                            : "associations.activity.publishedPending",
                                    n));
                        } catch (InvalidInputException ex) {
                            FieldErrors.show(ex, Map.of("occurrences", count, "placeId", count), this);
                        }
                    }));
            publish.addClassName("publish-activity");
            Button delete = new Button(
                    getTranslation("associations.activity.delete", act.title()),
                    e -> page.act(() -> {
                        activities.delete(act.id());
                        render();
                        page.say(getTranslation("associations.activity.deleted"));
                    }));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            Button change = new Button(getTranslation("associations.activity.change", act.title()), e -> {
                editing = act;
                render();
            });
            change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            change.addClassName("change-activity");
            item.add(new Div(count), new Div(publish, new Span(" "), change, new Span(" "), delete));
            add(item);
        }
        Activity changing = editing;
        add(Written.text(new H3(
                changing == null
                        ? getTranslation("associations.activity.add")
                        : getTranslation("associations.activity.changing", changing.title()))));
        // Swedish (the title required) and any other language the representative wants (decision 0050)
        MultilingualField title =
                MultilingualField.line("title", getTranslation("associations.activity.name"), 150, true);
        title.field(Language.SWEDISH).addClassName("activity-title");
        MultilingualField description =
                MultilingualField.area("description", getTranslation("associations.activity.description"), 2000, false);
        Select<DayOfWeek> weekday = new Select<>();
        weekday.setLabel(getTranslation("associations.activity.weekday"));
        weekday.setItems(Arrays.asList(DayOfWeek.values()));
        weekday.setItemLabelGenerator(d -> d == null ? "" : Formats.weekday(d, locale));
        weekday.addClassName("activity-weekday");
        TimeField startsAt = new TimeField(getTranslation("associations.activity.startsAt"));
        startsAt.addClassName("activity-starts");
        TimeField endsAt = new TimeField(getTranslation("associations.activity.endsAt"));
        endsAt.addClassName("activity-ends");
        Select<Recurrence> recurrence = new Select<>();
        recurrence.setLabel(getTranslation("associations.activity.recurrence"));
        recurrence.setItems(Arrays.asList(Recurrence.values()));
        recurrence.setItemLabelGenerator(r -> r == null ? "" : getTranslation("associations.recurrence." + r));
        recurrence.setValue(Recurrence.WEEKLY);
        Select<Place> place = new Select<>();
        place.setLabel(getTranslation("associations.activity.place"));
        place.setItems(places.published(PlaceFilter.ALL));
        place.setItemLabelGenerator(p -> p == null ? getTranslation("associations.activity.noPlace") : p.name());
        place.setEmptySelectionAllowed(true);
        place.setEmptySelectionCaption(getTranslation("associations.activity.noPlace"));
        place.setHelperText(getTranslation("associations.activity.place.help"));
        FormLayout activityForm = new FormLayout(title, description, weekday, startsAt, endsAt, recurrence, place);
        activityForm.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.putAll(title.fields());
        fields.putAll(description.fields());
        fields.put("weekday", weekday);
        fields.put("startsAt", startsAt);
        fields.put("endsAt", endsAt);
        fields.put("placeId", place);
        if (changing != null) {
            title.setValue(changing.titles());
            description.setValue(changing.descriptions());
            weekday.setValue(changing.weekday());
            startsAt.setValue(changing.startsAt());
            endsAt.setValue(changing.endsAt());
            recurrence.setValue(changing.recurrence());
            place.setValue(places.published(PlaceFilter.ALL).stream()
                    .filter(p -> changing.placeId() != null && p.id().value() == changing.placeId())
                    .findFirst()
                    .orElse(null));
        }
        Button add = new Button(
                getTranslation(changing == null ? "associations.activity.save" : "associations.activity.saveChanges"),
                e -> page.act(() -> {
                    try {
                        ActivityDraft draft = new ActivityDraft(
                                title.getValue(),
                                description.getValue(),
                                weekday.getValue(),
                                startsAt.getValue(),
                                endsAt.getValue(),
                                recurrence.getValue(),
                                place.getValue() == null
                                        ? null
                                        : place.getValue().id().value());
                        if (changing == null) {
                            activities.add(association.id(), draft);
                        } else {
                            activities.update(changing.id(), draft, changing.version());
                        }
                        editing = null;
                        render();
                        page.say(getTranslation(
                                changing == null ? "associations.activity.saved" : "associations.activity.changed"));
                    } catch (InvalidInputException ex) {
                        FieldErrors.show(ex, fields, this);
                        // a text with an error in another language shows that language
                        title.reveal();
                        description.reveal();
                    }
                }));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClassName("add-activity");
        add(activityForm, add);
        if (changing != null) {
            add(new Button(getTranslation("associations.activity.keep"), e -> {
                editing = null;
                render();
            }));
        }
    }
}
