package se.brobygge.employers.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Locale;
import java.util.stream.Collectors;
import se.brobygge.employers.Card;
import se.brobygge.shared.i18n.LanguageNames;
import se.brobygge.shared.i18n.ListText;

/** One presentation card, with only the parts the reader may see (the service has left out the rest). */
class CardPanel extends Div {

    CardPanel(Card card, Locale locale) {
        addClassName("presentation-card");
        String heading = card.displayName();
        if (card.role() != null) {
            heading += " – " + getTranslation("employers.role." + card.role());
        }
        if (card.organisationName() != null) {
            heading += ", " + card.organisationName();
        }
        add(new H3(heading));
        if (card.hidden()) {
            add(new Paragraph(getTranslation("employers.card.hidden")));
            return;
        }
        DescriptionList facts = new DescriptionList();
        term(facts, "employers.card.presentation", card.presentation());
        term(facts, "employers.card.seeks", card.seeks());
        term(facts, "employers.card.offers", card.offers());
        if (!card.languages().isEmpty()) {
            term(
                    facts,
                    "employers.card.languages",
                    card.languages().stream()
                            .map(code -> LanguageNames.of(code, locale))
                            .sorted()
                            .collect(Collectors.collectingAndThen(
                                    Collectors.toList(), names -> ListText.of(names, locale))));
        }
        if (card.swedishLevel() != null) {
            term(facts, "employers.card.swedishLevel", getTranslation("employers.level." + card.swedishLevel()));
        }
        if (card.occupation() != null) {
            term(facts, "employers.card.occupation", Choices.occupationName(card.occupation(), locale));
        }
        if (card.area() != null) {
            term(facts, "employers.card.area", card.area());
        }
        if (card.skills() != null) {
            term(facts, "employers.card.skills", card.skills());
        }
        add(facts);
    }

    private void term(DescriptionList list, String key, String value) {
        if (!value.isBlank()) {
            list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
        }
    }
}
