package se.brobygge.events.ui;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;
import se.brobygge.events.Audience;
import se.brobygge.events.Category;
import se.brobygge.events.EventDraft;
import se.brobygge.events.EventId;
import se.brobygge.events.EventService;
import se.brobygge.identity.Roles;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceFilter;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.InvalidInputException;
import se.brobygge.shared.ui.FieldErrors;

/** Staff publish an event; every problem is explained next to its field and nothing is saved. */
@Route("staff/events/new")
@Menu(order = 101, title = "nav.newEvent", icon = "vaadin:calendar-clock")
@RolesAllowed({Roles.STAFF, Roles.ADMIN})
class EventEditorView extends Main implements HasDynamicTitle {

    static final java.util.List<String> LANGUAGES = java.util.List.of("sv", "en", "ar", "prs", "so", "ti", "uk",
            "fa", "ku", "bs", "pl", "es", "fr", "de", "ru", "tr");

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final DateTimePicker startsAt = new DateTimePicker();
    final DateTimePicker endsAt = new DateTimePicker();
    final Select<Category> category = new Select<>();
    final Select<Audience> audience = new Select<>();
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final Select<Place> place = new Select<>();
    final TextField onlineUrl = new TextField();
    final IntegerField capacity = new IntegerField();
    final DateTimePicker deadline = new DateTimePicker();
    final BigDecimalField cost = new BigDecimalField();
    final Checkbox childFriendly = new Checkbox();
    final Button save = new Button();

    EventEditorView(EventService events, PlaceService places) {
        addClassName("narrow-view");
        add(new H1(getTranslation("events.editor.title")));
        Locale locale = UI.getCurrent().getLocale();
        title.setLabel(getTranslation("events.editor.name"));
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(150);
        description.setLabel(getTranslation("events.editor.description"));
        description.setHelperText(getTranslation("events.editor.description.help"));
        description.setMaxLength(5000);
        // no required indicator on date-time pickers: the web component puts aria-required on a
        // host without a role (axe: aria-allowed-attr); the helper text says it instead
        startsAt.setLabel(getTranslation("events.editor.startsAt"));
        startsAt.setHelperText(getTranslation("events.editor.required"));
        startsAt.setLocale(locale);
        endsAt.setLabel(getTranslation("events.editor.endsAt"));
        endsAt.setHelperText(getTranslation("events.editor.required"));
        endsAt.setLocale(locale);
        category.setLabel(getTranslation("events.filter.category"));
        category.setItems(Arrays.asList(Category.values()));
        category.setItemLabelGenerator(c -> getTranslation("events.category." + c));
        category.setValue(Category.LANGUAGE_CAFE);
        audience.setLabel(getTranslation("events.filter.audience"));
        audience.setItems(Arrays.asList(Audience.values()));
        audience.setItemLabelGenerator(a -> getTranslation("events.audience." + a));
        audience.setValue(Audience.EVERYONE);
        languages.setLabel(getTranslation("events.languages"));
        languages.setItems(LANGUAGES);
        languages.setItemLabelGenerator(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale));
        place.setLabel(getTranslation("events.editor.place"));
        place.setHelperText(getTranslation("events.editor.place.help"));
        place.setItems(places.published(PlaceFilter.ALL));
        place.setItemLabelGenerator(p -> p == null ? getTranslation("events.editor.noPlace") : p.name());
        place.setEmptySelectionAllowed(true);
        place.setEmptySelectionCaption(getTranslation("events.editor.noPlace"));
        onlineUrl.setLabel(getTranslation("events.editor.onlineUrl"));
        onlineUrl.setHelperText(getTranslation("events.editor.onlineUrl.help"));
        capacity.setLabel(getTranslation("events.editor.capacity"));
        capacity.setHelperText(getTranslation("events.editor.capacity.help"));
        capacity.setMin(1);
        deadline.setLabel(getTranslation("events.editor.deadline"));
        deadline.setLocale(locale);
        cost.setLabel(getTranslation("events.editor.cost"));
        cost.setHelperText(getTranslation("events.editor.cost.help"));
        childFriendly.setLabel(getTranslation("events.childFriendly"));
        save.setText(getTranslation("events.editor.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        FormLayout form = new FormLayout(title, description, startsAt, endsAt, category, audience, languages,
                place, onlineUrl, capacity, deadline, cost, childFriendly);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, save);

        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("title", title),
                Map.entry("description", description), Map.entry("startsAt", startsAt), Map.entry("endsAt", endsAt),
                Map.entry("category", category), Map.entry("audience", audience), Map.entry("languages", languages),
                Map.entry("placeId", place), Map.entry("onlineUrl", onlineUrl), Map.entry("capacity", capacity),
                Map.entry("signupDeadline", deadline), Map.entry("costSek", cost));
        save.addClickListener(e -> {
            try {
                BigDecimal price = cost.getValue();
                EventId id = events.create(new EventDraft(title.getValue(), description.getValue(),
                        place.getValue() == null ? null : place.getValue().id().value(),
                        onlineUrl.getValue(), startsAt.getValue(), endsAt.getValue(), category.getValue(),
                        audience.getValue(), new HashSet<>(languages.getValue()), childFriendly.getValue(), price,
                        capacity.getValue(), deadline.getValue()));
                FieldErrors.clear(fields);
                UI.getCurrent().navigate(EventView.class, new RouteParameters("id", id.toString()));
            } catch (InvalidInputException ex) {
                FieldErrors.show(ex, fields, this);
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("events.editor.title") + " – Brobygge";
    }
}
