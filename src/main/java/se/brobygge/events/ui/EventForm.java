package se.brobygge.events.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import se.brobygge.events.Audience;
import se.brobygge.events.Category;
import se.brobygge.events.EventDetails;
import se.brobygge.events.EventDraft;
import se.brobygge.events.EventSummary;
import se.brobygge.events.OnBehalfOf;
import se.brobygge.events.SeatQuota;
import se.brobygge.events.SeriesRule;
import se.brobygge.events.internal.EventDrafts;
import se.brobygge.events.internal.Recurrences;
import se.brobygge.identity.OrganisationInfo;
import se.brobygge.places.Place;
import se.brobygge.places.PlaceFilter;
import se.brobygge.places.PlaceService;
import se.brobygge.shared.i18n.Formats;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.ui.DateField;
import se.brobygge.shared.ui.DateTimeField;
import se.brobygge.shared.ui.MultilingualField;

/**
 * Every field of an event, for publishing and for changing one: what, when, where, seats (with
 * reserved places for a group), approval, sign-up questions, the organisation it is for, and (when
 * publishing) how it repeats. Field names match the service's field errors.
 */
class EventForm extends Composite<Div> {

    static final List<String> LANGUAGES =
            List.of("sv", "en", "ar", "prs", "so", "ti", "uk", "fa", "ku", "bs", "pl", "es", "fr", "de", "ru", "tr");

    final Select<OrganisationInfo> organisation = new Select<>();
    final MultilingualField title;
    final MultilingualField description;
    final DateTimeField startsAt = new DateTimeField();
    final DateTimeField endsAt = new DateTimeField();
    final Select<Category> category = new Select<>();
    final Select<Audience> audience = new Select<>();
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final Select<Place> place = new Select<>();
    final TextField onlineUrl = new TextField();
    final IntegerField capacity = new IntegerField();
    final DateTimeField deadline = new DateTimeField();
    final BigDecimalField cost = new BigDecimalField();
    final Checkbox childFriendly = new Checkbox();
    final IntegerField reservedSeats = new IntegerField();
    final Select<Audience> reservedFor = new Select<>();
    final IntegerField releaseDaysBefore = new IntegerField();
    final Checkbox approval = new Checkbox();
    final Checkbox companions = new Checkbox();
    final IntegerField companionsMax = new IntegerField();
    final List<TextField> questions = List.of(new TextField(), new TextField(), new TextField());
    final Select<SeriesRule.Frequency> repeat = new Select<>();
    final DateField until = new DateField();
    final CheckboxGroup<LocalDate> dates = new CheckboxGroup<>();
    private final Div seriesPart = new Div();

    EventForm(PlaceService places, List<OrganisationInfo> organisations, boolean staff, boolean withSeries) {
        Locale locale = UI.getCurrent().getLocale();
        organisation.setLabel(getTranslation("events.editor.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(o -> o == null ? getTranslation("events.editor.municipality") : o.name());
        organisation.setEmptySelectionAllowed(staff);
        organisation.setEmptySelectionCaption(getTranslation("events.editor.municipality"));
        organisation.setHelperText(getTranslation("events.editor.organisation.help"));
        if (!staff && !organisations.isEmpty()) {
            organisation.setValue(organisations.getFirst());
        }
        organisation.setVisible(!organisations.isEmpty());
        // written in Swedish, and in any other language the organiser wants (one tab each)
        title = MultilingualField.line("title", getTranslation("events.editor.name"), 150, true);
        description = MultilingualField.area("description", getTranslation("events.editor.description"), 5000, false);
        description.setHelperText(getTranslation("events.editor.description.help"));
        // no required indicator on date-time pickers: the web component puts aria-required on a
        // host without a role (axe: aria-allowed-attr); the helper text says it instead
        startsAt.setLabel(getTranslation("events.editor.startsAt"));
        startsAt.setHelperText(getTranslation("events.editor.required"));
        endsAt.setLabel(getTranslation("events.editor.endsAt"));
        endsAt.setHelperText(getTranslation("events.editor.required"));
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
        languages.setItemLabelGenerator(code -> LanguageNames.label(code, locale));
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
        cost.setLabel(getTranslation("events.editor.cost"));
        cost.setHelperText(getTranslation("events.editor.cost.help"));
        childFriendly.setLabel(getTranslation("events.childFriendly"));

        reservedSeats.setLabel(getTranslation("events.editor.reserved"));
        reservedSeats.setHelperText(getTranslation("events.editor.reserved.help"));
        reservedSeats.setMin(0);
        reservedFor.setLabel(getTranslation("events.editor.reservedFor"));
        reservedFor.setItems(Arrays.stream(Audience.values())
                .filter(a -> a != Audience.EVERYONE)
                .toList());
        reservedFor.setItemLabelGenerator(a -> getTranslation("events.audience." + a));
        reservedFor.setValue(Audience.NEWCOMERS);
        releaseDaysBefore.setLabel(getTranslation("events.editor.release"));
        releaseDaysBefore.setHelperText(getTranslation("events.editor.release.help"));
        releaseDaysBefore.setMin(0);
        releaseDaysBefore.setValue(2);
        approval.setLabel(getTranslation("events.editor.approval"));
        companions.setLabel(getTranslation("events.editor.companions"));
        companionsMax.setLabel(getTranslation("events.editor.companionsMax"));
        companionsMax.setHelperText(getTranslation("events.editor.companionsMax.help"));
        companionsMax.setMin(1);
        companionsMax.setMax(EventDrafts.MAX_COMPANIONS);
        companionsMax.setStepButtonsVisible(true);
        companionsMax.setValue(2);
        companionsMax.setVisible(false);
        companions.addValueChangeListener(e -> companionsMax.setVisible(e.getValue()));
        for (int i = 0; i < questions.size(); i++) {
            TextField q = questions.get(i);
            q.setLabel(getTranslation("events.editor.question", i + 1));
            q.setMaxLength(200);
        }
        questions.getFirst().setHelperText(getTranslation("events.editor.question.help"));

        FormLayout main = form(
                organisation,
                title,
                description,
                startsAt,
                endsAt,
                category,
                audience,
                languages,
                place,
                onlineUrl,
                cost,
                childFriendly);
        H2 signUpHeading = new H2(getTranslation("events.editor.signUpPart"));
        FormLayout signUp = form(
                capacity, deadline, reservedSeats, reservedFor, releaseDaysBefore, approval, companions, companionsMax);
        questions.forEach(signUp::add);
        getContent().add(main, signUpHeading, signUp);

        if (withSeries) {
            repeat.setLabel(getTranslation("events.editor.repeat"));
            repeat.setItems(SeriesRule.Frequency.values());
            repeat.setEmptySelectionAllowed(true);
            repeat.setEmptySelectionCaption(getTranslation("events.editor.repeat.none"));
            repeat.setItemLabelGenerator(f -> f == null
                    ? getTranslation("events.editor.repeat.none")
                    : getTranslation("events.editor.repeat." + f));
            until.setLabel(getTranslation("events.editor.until"));
            dates.setLabel(getTranslation("events.editor.dates"));
            dates.setHelperText(getTranslation("events.editor.dates.help"));
            dates.setItemLabelGenerator(d -> Formats.date(d, locale));
            until.setVisible(false);
            dates.setVisible(false);
            repeat.addValueChangeListener(e -> refreshDates());
            until.addValueChangeListener(e -> refreshDates());
            startsAt.addValueChangeListener(e -> refreshDates());
            seriesPart.add(new H2(getTranslation("events.editor.seriesPart")), form(repeat, until, dates));
            getContent().add(seriesPart);
        }
    }

    private static FormLayout form(Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        return form;
    }

    /** The dates the rule gives, all ticked: unticking one skips that date. */
    private void refreshDates() {
        boolean repeating = repeat.getValue() != null;
        until.setVisible(repeating);
        dates.setVisible(repeating && until.getValue() != null && startsAt.getValue() != null);
        if (!dates.isVisible()) {
            return;
        }
        LocalDate first = startsAt.getValue().toLocalDate();
        if (until.getValue().isBefore(first) || until.getValue().isAfter(first.plusYears(1))) {
            dates.setItems(List.of());
            return;
        }
        List<LocalDate> all = Recurrences.dates(first, repeat.getValue(), until.getValue(), Set.of());
        dates.setItems(all);
        dates.setValue(new HashSet<>(all));
    }

    boolean repeating() {
        return repeat.getValue() != null;
    }

    SeriesRule rule() {
        Set<LocalDate> skipped = new HashSet<>();
        if (repeat.getValue() != null
                && until.getValue() != null
                && startsAt.getValue() != null
                && !until.getValue().isBefore(startsAt.getValue().toLocalDate())
                && !until.getValue().isAfter(startsAt.getValue().toLocalDate().plusYears(1))) {
            skipped.addAll(Recurrences.dates(
                    startsAt.getValue().toLocalDate(), repeat.getValue(), until.getValue(), Set.of()));
            skipped.removeAll(dates.getValue());
        }
        return new SeriesRule(repeat.getValue(), until.getValue(), skipped);
    }

    EventDraft draft() {
        List<SeatQuota> quotas = new ArrayList<>();
        Integer reserved = reservedSeats.getValue();
        if (reserved != null && reserved > 0 && reservedFor.getValue() != null) {
            Instant release = null;
            if (releaseDaysBefore.getValue() != null && startsAt.getValue() != null) {
                release = startsAt.getValue()
                        .atZone(Formats.MUNICIPALITY_ZONE)
                        .toInstant()
                        .minus(Duration.ofDays(Math.max(0, releaseDaysBefore.getValue())));
            }
            quotas.add(new SeatQuota(reservedFor.getValue().name(), reserved, release));
        }
        OrganisationInfo org = organisation.getValue();
        return EventDraft.builder()
                .titles(title.getValue())
                .descriptions(description.getValue())
                .placeId(place.getValue() == null ? null : place.getValue().id())
                .onlineUrl(onlineUrl.getValue())
                .startsAt(startsAt.getValue())
                .endsAt(endsAt.getValue())
                .category(category.getValue())
                .audience(audience.getValue())
                .languages(new HashSet<>(languages.getValue()))
                .childFriendly(childFriendly.getValue())
                .costSek(cost.getValue())
                .capacity(capacity.getValue())
                .signupDeadline(deadline.getValue())
                .quotas(quotas)
                .approvalRequired(approval.getValue())
                .questions(questions.stream()
                        .map(TextField::getValue)
                        .filter(q -> !q.isBlank())
                        .toList())
                .onBehalfOf(org == null ? null : new OnBehalfOf(org.kind(), org.id()))
                .companionsMax(companionsAllowed())
                .build();
    }

    /** 0 unless companions are allowed; then the limit given (an empty field is invalid: -1). */
    private int companionsAllowed() {
        if (!companions.getValue()) {
            return 0;
        }
        return companionsMax.getValue() == null ? -1 : companionsMax.getValue();
    }

    /** Fills the form from an event, for changing it. */
    void fill(EventDetails details, List<Place> placeList) {
        EventSummary e = details.summary();
        title.setValue(e.titles());
        description.setValue(e.descriptions());
        startsAt.setValue(LocalDateTime.ofInstant(e.startsAt(), Formats.MUNICIPALITY_ZONE));
        endsAt.setValue(LocalDateTime.ofInstant(e.endsAt(), Formats.MUNICIPALITY_ZONE));
        category.setValue(e.category());
        audience.setValue(e.audience());
        languages.setValue(e.languages());
        placeList.stream().filter(p -> p.id().equals(e.placeId())).findFirst().ifPresent(place::setValue);
        onlineUrl.setValue(e.onlineUrl() == null ? "" : e.onlineUrl());
        capacity.setValue(e.capacity());
        deadline.setValue(
                e.signupDeadline() == null
                        ? null
                        : LocalDateTime.ofInstant(e.signupDeadline(), Formats.MUNICIPALITY_ZONE));
        cost.setValue(e.costSek());
        childFriendly.setValue(e.childFriendly());
        approval.setValue(e.approvalRequired());
        companions.setValue(details.companionsMax() > 0);
        if (details.companionsMax() > 0) {
            companionsMax.setValue(details.companionsMax());
        }
        details.quotas().stream().findFirst().ifPresent(q -> {
            reservedSeats.setValue(q.seats());
            Arrays.stream(Audience.values())
                    .filter(a -> a.name().equals(q.group()))
                    .findFirst()
                    .ifPresent(reservedFor::setValue);
            releaseDaysBefore.setValue(
                    q.releasedAt() == null
                            ? null
                            : (int) Duration.between(q.releasedAt(), e.startsAt())
                                    .toDays());
        });
        for (int i = 0; i < questions.size(); i++) {
            questions
                    .get(i)
                    .setValue(
                            i < details.questions().size() ? details.questions().get(i) : "");
        }
        organisation.setVisible(false);
    }

    /** Brings the language tabs of a title and a description with errors into view. */
    void revealErrors() {
        title.reveal();
        description.reveal();
    }

    /** The fields by the names the service uses in its errors. */
    Map<String, HasValidation> fields() {
        Map<String, HasValidation> fields = new LinkedHashMap<>();
        fields.put("organisation", organisation);
        fields.putAll(title.fields());
        fields.putAll(description.fields());
        fields.put("startsAt", startsAt);
        fields.put("endsAt", endsAt);
        fields.put("category", category);
        fields.put("audience", audience);
        fields.put("languages", languages);
        fields.put("placeId", place);
        fields.put("onlineUrl", onlineUrl);
        fields.put("capacity", capacity);
        fields.put("signupDeadline", deadline);
        fields.put("costSek", cost);
        fields.put("quotas", reservedSeats);
        fields.put("questions", questions.getFirst());
        fields.put("companionsMax", companionsMax);
        fields.put("frequency", repeat);
        fields.put("until", until);
        return fields;
    }
}
